"""A guard's head with the word of a ceremony as its complement ("a Guard of Honour", "an honour
guard", «حرس الشرف») is a welcome's formation, no body; other guards stay bodies (sentences
written for these tests)."""

from __future__ import annotations

from .helpers import names, run

EN = (
    "Peru's Defence Minister Carlos Mendoza inspected a Guard of Honour on arrival in Santiago "
    "and walked past an honour guard before he met Chile's Defence Minister Ana Torres. The "
    "Republican Guard band played both anthems."
)

AR = (
    "استعرض وزير الدفاع البيروفي كارلوس ميندوزا حرس الشرف لدى وصوله إلى سانتياغو، ثم التقى "
    "وزيرة الدفاع التشيلية آنا توريس بحضور قائد الحرس الجمهوري."
)


def test_en_guard_of_honour_is_no_body():
    agencies = names(run(EN, "en"), "Agency")
    assert not any("Honour" in a or "honour" in a for a in agencies)
    assert "Republican Guard" in agencies


def test_ar_guard_of_honour_is_no_body():
    agencies = names(run(AR, "ar"), "Agency")
    assert "حرس الشرف" not in agencies
    assert "الحرس الجمهوري" in agencies

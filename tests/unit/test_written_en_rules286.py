"""A guard's head with the word of a ceremony as its complement ("a Guard of Honour", "an honour
guard", and the Arabic construct) is a welcome's formation, no body; other guards stay bodies
(sentences written for these tests)."""

from __future__ import annotations

from .helpers import names, run

EN = (
    "A Guard of Honour lined the steps of the parliament as Latvia's Defence Minister Ilze "
    "Berzina reached Accra, and an honour guard escorted her to talks with Ghana's Defence "
    "Minister Kwame Addo. Officers of the Republican Guard watched from the gate."
)

AR = (
    "اصطف حرس الشرف على مدخل القصر لاستقبال وزيرة الدفاع اللاتفية إيلزه بيرزينا في أكرا، قبل أن "
    "تجتمع بنظيرها الغاني كوامي آدو، وتولى عناصر من الحرس الجمهوري تأمين الموكب."
)


def test_en_guard_of_honour_is_no_body():
    agencies = names(run(EN, "en"), "Agency")
    assert not any("Honour" in a or "honour" in a for a in agencies)
    assert "Republican Guard" in agencies


def test_ar_guard_of_honour_is_no_body():
    agencies = names(run(AR, "ar"), "Agency")
    assert "حرس الشرف" not in agencies
    assert "الحرس الجمهوري" in agencies

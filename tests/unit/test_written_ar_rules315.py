"""A body's name whose construct a definite word has already closed ("council of the-senators")
takes no second genitive: a definite delegation right after it is the verb's object, not a part
of the name (sentences written for these tests)."""

from __future__ import annotations

from .helpers import names, rels, run

TEXT = (
    "اختتم وفد من البرلمان الغاني أمس زيارة رسمية إلى المكسيك استمرت ثلاثة أيام.\n"
    "وكرّم رئيس مجلس الشيوخ الوفد بمأدبة عشاء في العاصمة مكسيكو.\n"
)


def test_ar_definite_delegation_after_closed_construct_is_the_object():
    ex = run(TEXT, "ar")
    assert "رئيس مجلس الشيوخ" in names(ex, "Official")
    assert "مجلس الشيوخ" in names(ex, "Agency")
    assert not any("الوفد" in n for n in names(ex, "Official") | names(ex, "Agency"))
    assert ("رئيس مجلس الشيوخ", "مجلس الشيوخ") in rels(ex, "MEMBER_OF")

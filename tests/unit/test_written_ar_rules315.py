"""A body's name whose construct a definite word has already closed ("council of the-deputies")
takes no second genitive: a definite delegation right after it is the verb's object, not a part
of the name (sentences written for these tests)."""

from __future__ import annotations

from .helpers import names, rels, run

TEXT = (
    "وصل وفد من البرلمان الأوروبي إلى نيروبي أمس في زيارة تستمر يومين.\n"
    "وسيستقبل رئيس مجلس الشيوخ الوفد صباح الخميس في مقر البرلمان.\n"
)


def test_ar_definite_delegation_after_closed_construct_is_the_object():
    ex = run(TEXT, "ar")
    assert "رئيس مجلس الشيوخ" in names(ex, "Official")
    assert "مجلس الشيوخ" in names(ex, "Agency")
    assert not any("الوفد" in n for n in names(ex, "Official"))
    assert ("رئيس مجلس الشيوخ", "مجلس الشيوخ") in rels(ex, "MEMBER_OF")

"""Arabic: a body head that is also a field's verbal noun (``field_head``: "management"), split
off its "and" and governing a definite noun after a ministry's or a minister's field, is that
field's next part, not a second body (sentences written for these tests)."""

from __future__ import annotations

from .helpers import names, rels, run


def test_ar_minister_field_goes_on_after_and_management():
    ex = run(
        "صرح وزير السياحة وإدارة الآثار الأردني، نضال العبيدات، بأن عدد الزوار ارتفع هذا الشتاء.",
        "ar",
    )
    assert "نضال العبيدات" in names(ex, "Official")
    assert ("نضال العبيدات", "وزارة السياحة وإدارة الآثار") in rels(ex, "MEMBER_OF")


def test_ar_ministry_named_with_and_management_is_one_body():
    ex = run(
        "وذكرت وزارة الشباب وإدارة المنشآت الرياضية في بيان أن الملعب الجديد سيفتتح قريبا.", "ar"
    )
    assert "وزارة الشباب وإدارة المنشآت الرياضية" in names(ex, "Agency")

"""Arabic: a body head that is also a field's verbal noun (``field_head``: "management"), split
off its "and" and governing a definite noun after a minister's field, is that
field's next part, not a second body; after a ministry's own name the same words may be a second
body (a ministry, then a directorate of its own), so a ministry's name does not
read on through them (sentences written for these tests)."""

from __future__ import annotations

from .helpers import names, rels, run


def test_ar_minister_field_goes_on_after_and_management():
    ex = run(
        "صرح وزير السياحة وإدارة الآثار الأردني، نضال العبيدات، بأن عدد الزوار ارتفع هذا الشتاء.",
        "ar",
    )
    assert "نضال العبيدات" in names(ex, "Official")
    assert ("نضال العبيدات", "وزارة السياحة وإدارة الآثار") in rels(ex, "MEMBER_OF")


def test_ar_ministry_and_management_of_a_second_body_stay_apart():
    # outside a minister's title "ministry of X and [directorate] of-the-Y" names two bodies
    ex = run(
        "وشارك في التمرين ممثلون عن وزارة الصحة وإدارة الدفاع المدني ومتطوعون من الهلال الأحمر.",
        "ar",
    )
    agencies = names(ex, "Agency")
    assert "وزارة الصحة" in agencies
    assert not any("وزارة الصحة وإدارة" in a for a in agencies)

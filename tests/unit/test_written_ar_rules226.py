"""A body for small and medium enterprises is named with both sizes: «الصغيرة» and «المتوسطة»
continue a body's name as its adjectives (round 25, sentences written for these tests)."""

from __future__ import annotations

from .helpers import names, rels, run


def test_ar_small_and_medium_enterprises_stay_in_the_body():
    ex = run(
        "لقاء اقتصادي\n"
        "والتقى رئيس صندوق دعم المشروعات الصغيرة والمتوسطة ماجد سالم العامري الوفد الزائر.",
        "ar",
    )
    assert "صندوق دعم المشروعات الصغيرة والمتوسطة" in names(ex, "Agency")
    assert ("ماجد سالم العامري", "صندوق دعم المشروعات الصغيرة والمتوسطة") in rels(ex, "MEMBER_OF")

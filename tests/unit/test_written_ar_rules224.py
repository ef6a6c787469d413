"""A federation of a country's industries, or of its trade and industry, is a body by itself,
governed by a role or not («وفد من اتحاد الصناعات البولندية»، «اتحاد التجارة والصناعة التايلاندي»)
(round 25, sentences written for these tests)."""

from __future__ import annotations

from .helpers import ent, names, rels, run


def test_ar_federation_of_industries_after_a_delegation_is_a_body():
    ex = run(
        "لقاء اقتصادي\nالتقى وزير الاقتصاد وفداً من اتحاد الصناعات البولندية في مكتبه اليوم.",
        "ar",
    )
    assert "اتحاد الصناعات البولندية" in names(ex, "Agency")
    assert ent(ex, "اتحاد الصناعات البولندية").country == "POL"


def test_ar_federation_of_trade_and_industry_alone_is_a_body():
    ex = run(
        "لقاء اقتصادي\nووقعت اتفاقية تعاون بين الغرفة واتحاد التجارة والصناعة التايلاندي أمس.",
        "ar",
    )
    assert "اتحاد التجارة والصناعة التايلاندي" in names(ex, "Agency")


def test_ar_head_of_the_federation_of_industries_is_its_member():
    ex = run(
        "لقاء اقتصادي\nواتصل رئيس اتحاد الصناعات المغربي محمد علي الفاسي بالوزير أمس.",
        "ar",
    )
    assert ("محمد علي الفاسي", "اتحاد الصناعات المغربي") in rels(ex, "MEMBER_OF")

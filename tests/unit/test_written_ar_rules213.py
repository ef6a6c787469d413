"""Arabic: "العينين" (the dual of al-ayn, a member of the appointed upper house ranked before a
name) before two names: both are officials, whether or not a dual post precedes it (sentences
written for these tests)."""

from __future__ import annotations

from .helpers import names, run


def test_ar_senators_dual_after_a_dual_post():
    ex = run(
        "واستقبل رئيس اللجنة السفير الهولندي، بحضور عضوي اللجنة العينين مها سليم الطراونة"
        " وعامر فيصل الخصاونة.",
        "ar",
    )
    officials = names(ex, "Official")
    assert {"مها سليم الطراونة", "عامر فيصل الخصاونة"} <= officials


def test_ar_senators_dual_alone_before_two_names():
    ex = run(
        "وشارك في اللقاء العينان مها سليم الطراونة وعامر فيصل الخصاونة.",
        "ar",
    )
    officials = names(ex, "Official")
    assert {"مها سليم الطراونة", "عامر فيصل الخصاونة"} <= officials

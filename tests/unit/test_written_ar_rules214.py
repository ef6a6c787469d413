"""Arabic: a body has one high commissioner: "المفوض السامي ..." with no name is an official
named by the post (sentences written for these tests)."""

from __future__ import annotations

from .helpers import names, run


def test_ar_unnamed_high_commissioner_is_an_official():
    ex = run(
        "وقال الوزير إنه أجرى الأسبوع الماضي اتصالا هاتفيا مع المفوض السامي للأمم المتحدة لحقوق"
        " الإنسان بشأن أوضاع المحتجزين.",
        "ar",
    )
    assert any(n.startswith("المفوض السامي للأمم المتحدة") for n in names(ex, "Official"))


def test_ar_samy_family_name_is_still_a_name():
    ex = run("واستقبل وزير الخارجية سالم السامي سفير البرتغال.", "ar")
    assert "سالم السامي" in names(ex, "Official")

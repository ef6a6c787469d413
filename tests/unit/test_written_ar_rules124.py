"""A family name spelled like an imperfect verb (يـ…) after two listed given names, with a post
set off right after it, is the name's last word, not a verb: "النائب محمد أمين يلماز رئيس لجنة
…" (sentences written for these tests)."""

from __future__ import annotations

from .helpers import names, run


def test_ar_verb_shaped_family_name_before_a_post():
    ex = run(
        "استقبل رئيس البرلمان وفداً برئاسة النائب محمد أمين يشار رئيس لجنة الصداقة البرلمانية.",
        "ar",
    )
    assert "محمد أمين يشار" in names(ex, "Official")
    assert "محمد أمين" not in names(ex, "Official")


def test_ar_cue_verb_after_given_names_stays_a_verb():
    ex = run("الوزير محمد علي يستقبل رئيس الوزراء الأردني في مكتبه.", "ar")
    assert not any(n.endswith("يستقبل") for n in names(ex, "Official"))

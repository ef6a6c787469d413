"""Arabic: "acting" written without the article after a post's body ("deputy director of the
bank [acting] X Y") is the post's own: the name after it is the holder's, though the clause goes
on after the name (sentences written for these tests)."""

from __future__ import annotations

from .helpers import names, run


def test_ar_name_after_acting_post():
    ex = run(
        "ووقع المذكرة عن الجانب العماني نائب الرئيس التنفيذي للهيئة بالإنابة سالم محمد الهاشمي"
        " وعن الجانب الهندي مدير الشركة.",
        "ar",
    )
    got = names(ex, "Official")
    assert "سالم محمد الهاشمي" in got
    assert "نائب الرئيس التنفيذي" not in got


def test_ar_acting_right_after_role_still_read():
    ex = run("وحضر المدير العام بالإنابة سالم محمد الهاشمي وعن الجانب الآخر الوزير.", "ar")
    assert "سالم محمد الهاشمي" in names(ex, "Official")

"""A role's title closed by a bare definite word no table tags, then a comma, then the name
(«عضوا مجلس إدارة الغرفة، X وY»): the comma does not cut the title from its names; each one
listed is in the body of that head noun named before (sentences written for these tests)."""

from __future__ import annotations

from .helpers import rels, run

_TEXT = (
    "غرفة تجارة تستقبل وفدا\n"
    "استقبل رئيس غرفة تجارة وصناعة عجمان، سالم حمد المطروشي، اليوم وفدا تجاريا من كوريا.\n"
    "وحضر اللقاء عضوا مجلس إدارة الغرفة، ماجد سيف الغفلي وعائشة راشد الزعابي."
)


def _in_chamber(ex) -> set[str]:
    return {s for s, t in rels(ex, "MEMBER_OF") if s and t == "غرفة تجارة وصناعة عجمان"}


def test_ar_names_after_a_comma_closing_the_bare_board_title_are_in_the_chamber():
    assert {"ماجد سيف الغفلي", "عائشة راشد الزعابي"} <= _in_chamber(run(_TEXT, "ar"))


def test_ar_comma_after_a_bare_word_naming_no_body_binds_nothing():
    ex = run("لقاء\nوحضر اللقاء عضوا مجلس إدارة الشركة، ماجد سيف الغفلي وعائشة راشد الزعابي.", "ar")
    assert not {t for s, t in rels(ex, "MEMBER_OF") if s == "ماجد سيف الغفلي"}

"""Officials listed by side, each title closed by its own side phrase ("X, title, for the Y side,
and Z, title, for the W side"): each holder is of the side after his own title, and so is the
ministry his title implies, round 29 (sentences written for these tests)."""

from __future__ import annotations

from .helpers import ent, rels, run

_TEXT = (
    "Consultation committee wraps up in Reykjavik\n"
    "REYKJAVIK - A bilateral consultation committee wrapped up its work in the Icelandic capital "
    "on Tuesday under Gunnar Haldorsson, Secretary-General of the Ministry for Foreign Affairs, "
    "for the Icelandic side, and Maria Benitez Alcaraz, Deputy Foreign Minister, for the "
    "Paraguayan side."
)


def test_en_second_holder_takes_the_side_closing_her_own_title():
    ex = run(_TEXT, "en")
    assert ent(ex, "Maria Benitez Alcaraz").country == "PRY"


def test_en_each_side_has_its_own_foreign_ministry():
    ex = run(_TEXT, "en")
    member = rels(ex, "MEMBER_OF")
    assert ("Maria Benitez Alcaraz", "Paraguayan Foreign Ministry") in member
    assert ("Gunnar Haldorsson", "Icelandic Foreign Ministry") in member

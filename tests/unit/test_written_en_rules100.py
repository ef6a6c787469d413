"""English official forms of round 22 (names pass 2): a post "at the <body>" whose body's name opens
with modifiers before its listed words ("at the Federal Foreign Office") and a holder whose given
name is in no list, ended by the clause's verb; a surname listed alone with a titled official is the
fuller name read before (sentences written for these tests)."""

from __future__ import annotations

from .helpers import ent, names, rels, run

_TEXT = (
    "Ministers meet in Valletta\n\n"
    "Minister of Foreign Affairs Dr. Karmenu Bartolo Zammit met on Monday with a number of "
    "visiting ministers.\n"
    "Dr. Zammit and Minister of State at the Federal Foreign Office Wiebke Hollenstein-Brandt "
    "co-chaired a seminar on maritime security.\n"
    "The seminar was held under the patronage of HH the Amir.\n"
)


def test_en_unlisted_holder_after_post_at_modified_body():
    ex = run(_TEXT, "en")
    assert "Wiebke Hollenstein-Brandt" in names(ex, "Official")
    assert ent(ex, "Wiebke Hollenstein-Brandt").title.startswith("Minister of State at the")


def test_en_surname_listed_with_titled_official_is_the_fuller_name():
    ex = run(_TEXT, "en")
    officials = names(ex, "Official")
    assert "Zammit" not in officials
    assert "Dr. Zammit" in ent(ex, "Karmenu Bartolo Zammit").aliases
    assert ("Karmenu Bartolo Zammit", "Wiebke Hollenstein-Brandt") in rels(ex, "MET_WITH") or (
        "Wiebke Hollenstein-Brandt",
        "Karmenu Bartolo Zammit",
    ) in rels(ex, "MET_WITH")


def test_en_bare_title_is_not_the_listed_surname():
    ex = run(_TEXT, "en")
    amir = ent(ex, "the Amir")
    assert "Zammit" not in amir.name
    assert "Karmenu Bartolo Zammit" not in amir.aliases


def test_en_unlisted_holder_after_modified_body_at_sentence_end():
    ex = run(
        "Talks in Valletta\n\nThe talks were attended by Minister of State at the Federal Foreign "
        "Office Wiebke Hollenstein-Brandt.\n",
        "en",
    )
    assert "Wiebke Hollenstein-Brandt" in names(ex, "Official")

""" "Minister Delegate" (the French-style junior minister attached to a minister or a head of
government) is one post: a country's Minister Delegate "to the Minister of X", with the holder's
name after that minister's title, names no unnamed "Delegate" of its own; the holder is the one
met (sentences written for these tests)."""

from __future__ import annotations

from .helpers import met, names, run

TEXT = (
    "Irrigation loans\n\n"
    "Tunisia's Minister Delegate to the Minister of Agriculture, Hela Ben Salah, spent Sunday in "
    "Brussels, where irrigation loans were discussed with Belgian Development Cooperation "
    "Minister Marc Vandenberghe.\n\n"
    "Ben Salah said afterwards that the first wells could be dug before the summer.\n"
)


def test_en_minister_delegate_is_one_post_of_the_named_holder():
    ex = run(TEXT, "en")
    officials = names(ex, "Official")
    assert "Hela Ben Salah" in officials
    assert not any("Delegate" in n for n in officials)
    assert frozenset({"Marc Vandenberghe", "Hela Ben Salah"}) in met(ex)


def test_en_minister_delegate_with_its_field_is_a_title():
    text = (
        "Port visit\n\n"
        "The Minister Delegate for Maritime Affairs, Ms. Aminata Kane, toured the port of Dakar "
        "with Spanish Ambassador Lucia Ferrer.\n"
    )
    officials = names(run(text, "en"), "Official")
    assert "Aminata Kane" in officials
    assert not any("Delegate" in n for n in officials)

"""A role that is also a given name ("Sultan") right after a body's abbreviation in brackets opens
the holder's name: "Director General of the X Fund (XF) Sultan Y Z" names Sultan Y Z (sentences
written for these tests)."""

from __future__ import annotations

from .helpers import ent, run


def test_en_given_name_role_after_a_bracketed_abbreviation():
    ex = run(
        "The signing was attended by the Director General of the Saudi Water Fund (SWF) Sultan "
        "Majed Al-Dosari and other officials.",
        "en",
    )
    assert ent(ex, "Sultan Majed Al-Dosari").type == "Official"


def test_en_sultan_after_an_honorific_keeps_the_title():
    ex = run("His Majesty Sultan Tariq bin Said received the envoy in Muscat.", "en")
    assert "Sultan Tariq bin Said" not in {e.name for e in ex.entities}

"""English delegation forms of round 22: a delegation head glued by a dash to a lower-case word
("delegation-level talks") is a compound adjective, no delegation (sentences written for these
tests)."""

from __future__ import annotations

from .helpers import names, run


def test_en_delegation_level_talks_name_no_delegation():
    ex = run(
        "News\n\n"
        "The two foreign ministers held delegation-level talks in Tashkent on Wednesday, "
        "followed by a working lunch.",
        "en",
    )
    assert not any("delegation" in n.lower() for n in names(ex, "Agency"))


def test_en_a_delegation_named_before_its_dash_word_stays():
    ex = run(
        "News\n\nThe Uzbek delegation met Foreign Minister Petra Novak in Prague on Wednesday.",
        "en",
    )
    assert "Uzbek delegation" in names(ex, "Agency")

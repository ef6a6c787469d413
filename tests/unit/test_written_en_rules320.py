"""A styled name right after "to", "from" or "with" that follows a title is that preposition's
object, another person: the title before stays an unnamed official of its own country, and the
named person neither takes its country nor an alias made of it (sentences written for these
tests)."""

from __future__ import annotations

from .helpers import ent, names, run

TEXT = (
    "Fisheries talks in Reykjavik\n\n"
    "Reykjavik, March 14 (RUV) -- Iceland's Minister of Fisheries Mr. Einar Gudmundsson held "
    "talks today with the Minister of Agriculture of Uruguay, Mr. Martin Pereyra.\n\n"
    "At the close of the talks, Pereyra handed over a letter from the President of Uruguay to "
    "Mr. Gudmundsson about a joint research vessel.\n"
)

WITH = (
    "Port visit\n\n"
    "Durban, July 2 (SABC) -- The cooperation of the Minister of Transport of Namibia with "
    "Dr. Thandiwe Nkosi, the mayor of Durban, was praised at the opening of the new quay.\n"
)


def test_en_title_before_to_and_a_styled_name_is_another_person():
    ex = run(TEXT, "en")
    assert "President of Uruguay" in names(ex, "Official")
    host = ent(ex, "Einar Gudmundsson")
    assert host.country == "ISL"
    assert not any("President" in a for a in host.aliases)


def test_en_title_before_with_and_a_styled_name_is_another_person():
    ex = run(WITH, "en")
    assert "Minister of Transport of Namibia" in names(ex, "Official")
    mayor = ent(ex, "Thandiwe Nkosi")
    assert mayor.country != "NAM"

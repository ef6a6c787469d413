""" "Minister of <fields> <Given> <Name> <Surname>": a capitalised word of no list right before a
holder's name that the name list knows, after fields naming a portfolio, is the holder's own
given name, not one more word of the ministry (sentences written for these tests)."""

from __future__ import annotations

from .helpers import names, rels, run

TEXT = (
    "Lisbon talks on fisheries\n\n"
    "Portugal's Minister of Agriculture and Marine Resources Tiago Henrique Al-Sousa received "
    "on Monday a trade mission from Ghana, which is visiting Lisbon.\n"
)

NOUN = (
    "Oslo talks on shipping\n\n"
    "Norway's Minister of Trade and Consumer Protection Maria Lindgren received on Monday a "
    "trade mission from Ghana.\n"
)


def test_en_unlisted_given_name_is_not_part_of_the_ministry():
    ex = run(TEXT, "en")
    assert "Ministry of Agriculture and Marine Resources" in names(ex, "Agency")
    assert not any("Tiago" in a for a in names(ex, "Agency"))
    assert "Tiago Henrique Al-Sousa" in names(ex, "Official")
    assert ("Tiago Henrique Al-Sousa", "Ministry of Agriculture and Marine Resources") in rels(
        ex, "MEMBER_OF"
    )


def test_en_common_noun_before_the_name_stays_in_the_field():
    ex = run(NOUN, "en")
    assert "Maria Lindgren" in names(ex, "Official")
    assert not any("Protection Maria" in o for o in names(ex, "Official"))

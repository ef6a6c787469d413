""" "Minister of <fields> <Given> <Name> <Surname>": a capitalised word of no list right before a
holder's name that the name list knows, after fields naming a portfolio, is the holder's own
given name, not one more word of the ministry (sentences written for these tests)."""

from __future__ import annotations

from .helpers import names, rels, run

TEXT = (
    "Tariff on frozen fish to be lifted\n\n"
    "Speaking to reporters at the harbour, the Minister of Fisheries and Coastal Resources Ingvild "
    "Astrid Tveitane promised that the duty would end in March.\n"
)

NOUN = (
    "Tariff on frozen fish to be lifted\n\n"
    "The tariff was criticised in Bergen by the Minister of Fisheries and Coastal Protection Marta "
    "Vikestad, who called it a tax on families.\n"
)

MINISTRY = "Ministry of Fisheries and Coastal Resources"


def test_en_unlisted_given_name_is_not_part_of_the_ministry():
    ex = run(TEXT, "en")
    assert MINISTRY in names(ex, "Agency")
    assert not any("Ingvild" in a for a in names(ex, "Agency"))
    assert "Ingvild Astrid Tveitane" in names(ex, "Official")
    assert ("Ingvild Astrid Tveitane", MINISTRY) in rels(ex, "MEMBER_OF")


def test_en_common_noun_before_the_name_stays_in_the_field():
    ex = run(NOUN, "en")
    assert "Marta Vikestad" in names(ex, "Official")
    assert not any("Protection Marta" in o for o in names(ex, "Official"))

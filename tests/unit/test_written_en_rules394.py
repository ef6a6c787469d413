""" "The memorandum was signed by A and <country>'s B" after a meeting of two stated countries: A,
of no stated country, signs for the other side and meets that country's principal (sentences
written for these tests)."""

from __future__ import annotations

from .helpers import met, run

TEXT = (
    "Poland and Iceland deepen fisheries research ties\n\n"
    "GDYNIA, June 4 - Polish Minister of Maritime Affairs Tomasz Wielgosz received Iceland's "
    "Minister of Fisheries Bjarni Haraldsson in Gdynia on Thursday for talks on cod stocks in the "
    "North Atlantic.\n\n"
    "The two ministers reviewed a plan for shared survey vessels and the training of young "
    "inspectors.\n\n"
    "A memorandum on joint stock assessment was signed by Deputy Director Ewa Lisowska-Brandt and "
    "Iceland's Deputy Minister of Fisheries Katrin Olafsdottir.\n"
)


def test_en_unstated_signer_meets_the_other_countrys_principal():
    pairs = met(run(TEXT, "en"))
    assert frozenset({"Ewa Lisowska-Brandt", "Bjarni Haraldsson"}) in pairs
    assert frozenset({"Ewa Lisowska-Brandt", "Katrin Olafsdottir"}) in pairs
    assert frozenset({"Ewa Lisowska-Brandt", "Tomasz Wielgosz"}) not in pairs

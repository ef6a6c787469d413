""" "... was signed by A and <country>'s B" after talks of two stated countries: A, whose country
the text leaves unstated, signs for the other side and meets that country's principal (sentences
written for these tests)."""

from __future__ import annotations

from .helpers import met, run

TEXT = (
    "Croatia and Namibia agree on seafarer training\n\n"
    "ZAGREB, Oct 8 - Croatian Minister of Maritime Affairs Ante Perkovic held talks on "
    "Wednesday with Namibia's Minister of Transport Petrus Nangolo on crew certification and "
    "dredging.\n\n"
    "Cadet exchanges between the naval colleges of Split and Walvis Bay were also on the "
    "agenda.\n\n"
    "Before the guests flew home, a protocol on seafarer licences was signed by Deputy Director "
    "Mirela Brkic-Juric and Namibia's Deputy Minister of Transport Selma Ndakolo.\n"
)


def test_en_unstated_signer_meets_the_other_countrys_principal():
    pairs = met(run(TEXT, "en"))
    assert frozenset({"Mirela Brkic-Juric", "Petrus Nangolo"}) in pairs
    assert frozenset({"Mirela Brkic-Juric", "Selma Ndakolo"}) in pairs
    assert frozenset({"Mirela Brkic-Juric", "Ante Perkovic"}) not in pairs

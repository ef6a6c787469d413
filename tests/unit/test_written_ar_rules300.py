"""(English) A bare "the minister" before the first naming of another minister refers back to the
one named before it who holds the role, not to a head of a body of the same portfolio named
before it too (sentences written for these tests; the file's number is the one left to this
rule)."""

from __future__ import annotations

from .helpers import ent, met, run

TEXT = (
    "Nepal's foreign minister holds talks in Oslo\n\n"
    "OSLO, March 9 -- Nepal's Minister of Foreign Affairs Sita Devi Koirala held talks on Monday "
    "with the Secretary-General of the Norwegian Ministry of Foreign Affairs, Knut Aasen Berge, "
    "on hydropower investment.\n"
    "The minister also met the Governor of Norges Bank, Ingrid Solheim Vik, to discuss remittance "
    "costs.\n"
    "On Sunday, Koirala received a phone call from Peruvian Foreign Minister Ana Lucia Paredes, "
    "who invited her to Lima.\n"
)


def test_en_bare_minister_is_the_role_holder_named_before():
    ex = run(TEXT, "en")
    assert "The minister" in ent(ex, "Sita Devi Koirala").aliases
    pairs = met(ex)
    assert frozenset({"Sita Devi Koirala", "Ingrid Solheim Vik"}) in pairs
    assert frozenset({"Ana Lucia Paredes", "Ingrid Solheim Vik"}) not in pairs

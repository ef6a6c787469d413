""" "Minister X signed an agreement with <country>", then "signed on the <nisba> side by Y":
the country's signers named after the verb of signing met X, and the signing's attendees meet
them (sentences written for these tests)."""

from __future__ import annotations

from .helpers import met, run

TEXT = (
    "Portugal and Japan sign port loan\n\n"
    "LISBON, May 2 -- Portugal's Minister of Economy Duarte Falcao Nunes on Friday signed a loan "
    "agreement with Japan for the modernisation of three Atlantic ports.\n\n"
    "The loan documents were signed on the Japanese side by Ambassador of Japan to Portugal "
    "Hiroshi Tanabe, and the technical annex was signed by JICA Chief Representative Mariko "
    "Sato.\n\n"
    "The ceremony was attended by Secretary of State for Ports Ines Valadares Cruz.\n"
)


def test_en_country_signers_meet_the_minister_who_signed_with_their_country():
    pairs = met(run(TEXT, "en"))
    assert frozenset({"Duarte Falcao Nunes", "Hiroshi Tanabe"}) in pairs
    assert frozenset({"Duarte Falcao Nunes", "Mariko Sato"}) in pairs
    assert frozenset({"Hiroshi Tanabe", "Mariko Sato"}) not in pairs


def test_en_attendees_of_the_signing_meet_the_country_signers():
    pairs = met(run(TEXT, "en"))
    assert frozenset({"Ines Valadares Cruz", "Hiroshi Tanabe"}) in pairs
    assert frozenset({"Ines Valadares Cruz", "Duarte Falcao Nunes"}) not in pairs


NO_SIGNERS = (
    "Portugal signs tourism pact\n\n"
    "LISBON, May 2 -- Portugal's Minister of Economy Duarte Falcao Nunes on Friday signed a "
    "tourism pact with Japan.\n\n"
    "Nunes later met Porto Mayor Joana Rebelo Matos to discuss the cruise terminal.\n"
)


def test_en_a_signing_with_a_country_alone_meets_no_one():
    pairs = met(run(NO_SIGNERS, "en"))
    assert not any("Duarte Falcao Nunes" in p and "Japan" in p for p in pairs)
    assert len(pairs) == 1

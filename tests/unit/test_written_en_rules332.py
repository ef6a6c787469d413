"""An agreement "signed by A and B" (subject-first, no side told for either signer, or no meeting
told before): two signers joined by "and", of two countries or of bodies apart, signed together
and so met; two signers of one country did not meet for it (sentences written for these tests)."""

from __future__ import annotations

from .helpers import met, run


def test_en_signers_of_two_countries_meet_with_no_meeting_told_before():
    text = (
        "Ports deal\n\n"
        "The memorandum on the lake ferry was signed by Zambian Transport Minister Mwila Chanda "
        "and Tanzanian Transport Minister Hamisi Mrisho in Mpulungu.\n"
    )
    assert frozenset({"Mwila Chanda", "Hamisi Mrisho"}) in met(run(text, "en"))


def test_en_minister_and_a_bank_official_signing_meet():
    text = (
        "Rail grant signed\n\n"
        "LUSAKA, May 6 - The grant agreement for the northern railway was signed by Minister of "
        "Transport and Logistics Mwila Chanda and IFAD Vice-President Hendrik Aalto at the "
        "ministry.\n"
    )
    assert frozenset({"Mwila Chanda", "Hendrik Aalto"}) in met(run(text, "en"))


def test_en_two_signers_of_one_country_do_not_meet_for_it():
    text = (
        "Budget pact\n\n"
        "The pact was signed by Zambian Transport Minister Mwila Chanda and Zambian Finance "
        "Minister Ruth Banda.\n"
    )
    assert not met(run(text, "en"))

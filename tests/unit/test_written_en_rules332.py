"""An agreement "signed by A and B" (subject-first, no side told for either signer, or no meeting
told before): two signers joined by "and", of two countries or of bodies apart, signed together
and so met; two signers of one country did not meet for it (sentences written for these tests)."""

from __future__ import annotations

from .helpers import met, run


def test_en_signers_of_two_countries_meet_with_no_meeting_told_before():
    text = (
        "Power line accord\n\n"
        "In Kigali on Wednesday, an accord on a cross-border power line was signed by Rwandan "
        "Energy Minister Claudine Uwera and Ugandan Energy Minister Joseph Ocaya, officials said.\n"
    )
    assert frozenset({"Claudine Uwera", "Joseph Ocaya"}) in met(run(text, "en"))


def test_en_minister_and_a_bank_official_signing_meet():
    text = (
        "Feeder roads\n\n"
        "ACCRA, Oct 3 - A loan deal for rural feeder roads was signed by Ghanaian Roads Minister "
        "Kwesi Asamoah-Dei and IFAD Vice-President Ines Carvalho at the finance ministry.\n"
    )
    assert frozenset({"Kwesi Asamoah-Dei", "Ines Carvalho"}) in met(run(text, "en"))


def test_en_two_signers_of_one_country_do_not_meet_for_it():
    text = (
        "Tax pact\n\n"
        "A revenue-sharing pact was signed by Rwandan Energy Minister Claudine Uwera and Rwandan "
        "Finance Minister Eric Ntwali.\n"
    )
    assert not met(run(text, "en"))

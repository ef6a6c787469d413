"""A named international body inside a title is not extended by the title's remit ("Special
Representative of the European Union for the Sahel X"), round 16 (sentences written for these
tests)."""

from __future__ import annotations

from .helpers import names, rels, run


def test_en_remit_after_an_international_body_is_the_titles():
    ex = run(
        "Talks held\n"
        "DOHA - The minister also met with HE Special Representative of the European Union for "
        "the Sahel Anna Berg Lindqvist. He had received a phone call from HE Assistant "
        "Secretary-General of the United Nations for Asia Kofi Mensah Owusu.",
        "en",
    )
    agencies = names(ex, "Agency")
    assert "European Union" in agencies
    assert "United Nations" in agencies
    assert not any(" for " in a for a in agencies)
    member = rels(ex, "MEMBER_OF")
    assert ("Anna Berg Lindqvist", "European Union") in member
    assert ("Kofi Mensah Owusu", "United Nations") in member


def test_en_body_named_with_for_keeps_its_name():
    ex = run(
        "Relief talks\n"
        "GENEVA - Maria Lopez Vidal, head of the United Nations Office for the Coordination of "
        "Humanitarian Affairs, said aid would reach the region.",
        "en",
    )
    assert (
        "Maria Lopez Vidal",
        "United Nations Office for the Coordination of Humanitarian Affairs",
    ) in rels(ex, "MEMBER_OF")

"""An agreement "signed on behalf of A by X and on behalf of B by Y": each signer named after
the party he signs for, two parties apart, so the two signers met, though no country is known
for one of them (sentences written for these tests)."""

from __future__ import annotations

from .helpers import met, run

TEXT = (
    "Loan for two research vessels\n\n"
    "Officials said the loan for two research vessels had been signed on behalf of the Nordic "
    "Coastal Fund by its Chairman Olav Skarstein and on behalf of Namibia by Fisheries Minister "
    "Peya Amukoto during a short ceremony in Bergen.\n"
)


def test_en_signers_on_behalf_of_two_parties_meet():
    assert frozenset({"Olav Skarstein", "Peya Amukoto"}) in met(run(TEXT, "en"))

"""An agreement "signed on behalf of A by X, and on behalf of B by Y": each signer named after
the party he signs for, two parties apart, so the two signers met, though no country is known
for one of them (sentences written for these tests)."""

from __future__ import annotations

from .helpers import met, run

TEXT = (
    "Port safety grant for Ecuador\n\n"
    "The accord was signed on behalf of the Harbour Trust by its chairman Mr. Odhiambo Kiprono "
    "Wafula, and on behalf of Ecuador by Director of the EPD Ms. Graciela Torres Naula, in "
    "Mombasa on Monday.\n"
)


def test_en_signers_on_behalf_of_two_parties_meet():
    assert frozenset({"Odhiambo Kiprono Wafula", "Graciela Torres Naula"}) in met(run(TEXT, "en"))

""" "X held talks with Y, and joined a roundtable with Z": the second verb, coordinated after the
object of a meeting told in the same sentence, is X's; Y does not meet Z (sentences written for
these tests)."""

from __future__ import annotations

from .helpers import met, run

TEXT = (
    "Canada and Ghana expand cocoa partnership\n\n"
    "Media release\n\n"
    "The Hon. Marie-Claude Tremblay Roy\n"
    "Minister of International Development\n\n"
    "Today I met Ghana's Minister of Finance, Mr Kofi Owusu Mensah, in Accra to sign the cocoa "
    "traceability agreement.\n\n"
    "While in Accra I also held talks with the Vice President, Mr Yaw Boateng Asare, and joined "
    "a roundtable with members of the Ghana Cocoa Board (COCOBOD).\n"
)


def test_en_coordinated_verb_keeps_the_first_verbs_subject():
    pairs = met(run(TEXT, "en"))
    assert frozenset({"Marie-Claude Tremblay Roy", "Ghana Cocoa Board"}) in pairs
    assert frozenset({"Yaw Boateng Asare", "Ghana Cocoa Board"}) not in pairs

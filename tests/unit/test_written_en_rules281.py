""" "She" after the unmarked leader of a side spoke, with a woman marked "Ms." among the leader's
companions at the meeting told last: the pronoun keeps the leader (sentences written for these
tests)."""

from __future__ import annotations

from .helpers import run, said

TEXT = (
    "Jamaican minister in Accra\n\n"
    "Jamaica's Minister of Industry, Senator Dr. Odette Reid, took part in the trade forum "
    "held in Accra.\n\n"
    "The Jamaican Minister, who was accompanied by the Director of Trade in the Ministry of "
    "Industry, Ms. Paula Greaves, and Jamaica's High Commissioner to Ghana, Mr. Neville Hurst, "
    "paid a courtesy call on the Vice President of Ghana, Dr. Kwame Asare, at Jubilee House.\n\n"
    "Speaking at the forum, Senator Reid argued that island economies needed cheaper freight. She "
    "praised the plan agreed by the partner governments to cut duties on cocoa exports.\n"
)


def test_en_she_keeps_the_side_leader_not_her_companion():
    pairs = said(run(TEXT, "en"))
    speakers = {sp for sp, q in pairs if "cocoa exports" in q}
    assert speakers == {"Odette Reid"}

""" "She" after the unmarked leader of a side spoke, with a woman marked "Ms." among the leader's
companions at the meeting told last: the pronoun keeps the leader (sentences written for these
tests)."""

from __future__ import annotations

from .helpers import run, said

TEXT = (
    "Minister holds talks in Kingston\n\n"
    "The Barbados Minister of Foreign Affairs, Senator Dr. Andrea Velk, attended the meeting of "
    "the Council in Kingston.\n\n"
    "The Barbadian Minister, who was accompanied by Permanent Secretary in the Ministry of "
    "Foreign Affairs, Ms. Sharon Clarke, and Barbados' Ambassador to CARICOM, Mr. Desmond Allen, "
    "paid a courtesy call on the President of Guyana, Dr. Vishnu Ramdin, at State House.\n\n"
    "Addressing the Council, Senator Velk stressed that small states needed climate finance. She "
    "welcomed the decision of Member States to ease the movement of skilled nationals.\n"
)


def test_en_she_keeps_the_side_leader_not_her_companion():
    pairs = said(run(TEXT, "en"))
    speakers = {sp for sp, q in pairs if "skilled nationals" in q}
    assert speakers == {"Andrea Velk"}

"""Relations, round 20 (second pass): sentences written for these tests."""

from __future__ import annotations

from .helpers import rels, run


def test_en_signers_listed_by_side_meet_each_other():
    # "signed on the X side by A and on the Y side by B": the two signers sign together
    ex = run(
        "Talks\n"
        "MUSCAT, May 5 (Agency) - The Sultan of Oman received Prime Minister Lars Henrik Olsen of "
        "Denmark on Monday. An agreement on shipping was signed on the Omani side by Minister of "
        "Trade Khalid Saif Al Harthy and on the Danish side by Soren Aage Nielsen, Minister of "
        "Transport.",
        "en",
    )
    met = rels(ex, "MET_WITH")
    assert ("Khalid Saif Al Harthy", "Soren Aage Nielsen") in met
    assert ("Soren Aage Nielsen", "Sultan of Oman") in met


def test_en_attendees_joined_as_counterparts_meet_each_other():
    # "joined by A's minister X and his B counterpart Y" (a 2+2): the two attendees meet
    ex = run(
        "Talks\n"
        "Peru's Minister of Foreign Affairs, Ana Maria Torres, held talks with Chile's Minister of "
        "Foreign Affairs, Laura Ines Fuentes, in Lima. The two ministers were joined by Peru's "
        "Minister of Defence, Jorge Luis Paredes, "
        "and his Chilean counterpart, Pablo Andres Rivera, for a 2+2 session.",
        "en",
    )
    assert ("Jorge Luis Paredes", "Pablo Andres Rivera") in rels(ex, "MET_WITH")


def test_en_attendees_of_two_sides_named_apart_stay_apart():
    # "joined by A's minister X, and by B's minister Y": each meets the other side's principal
    ex = run(
        "Dialogue\n"
        "On May 2, Chile's Minister of Foreign Affairs, Laura Ines Fuentes, and Peru's Minister of "
        "Foreign Affairs, Jorge Luis Paredes, co-chaired the first Chile-Peru Foreign Ministers' "
        "Dialogue in Lima.\n"
        "The Ministers were joined by Chile's Deputy Minister of Trade, Pablo Andres Rivera, and "
        "by Peru's Vice Minister of Energy, Carmen Rosa Quispe.",
        "en",
    )
    met = rels(ex, "MET_WITH")
    assert ("Pablo Andres Rivera", "Carmen Rosa Quispe") not in met
    assert ("Pablo Andres Rivera", "Jorge Luis Paredes") in met

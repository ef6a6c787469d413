"""Parties named but not met. A message received whose sender stands before it as its possessor
("received X's letter", "the Y Minister's invitation"): the sender sent it and met no one. A
body after a verb of discussing with no "with" before it ("discussed funding for the X
Mission") is the topic; "conferred with Y" still meets Y (sentences written for these tests)."""

from __future__ import annotations

from .helpers import met, run

TEXT = (
    "Kenyan minister in Lima\n\n"
    "Peru's Minister of Foreign Affairs, Mr. Hugo Salcedo, received Kenya's Cabinet Secretary for "
    "Trade, Ms. Wanjiku Mutua, in Lima on Monday.\n\n"
    "A courier had brought the news a day before: Mr. Salcedo received Chancellor Brandvold's "
    "letter confirming the date of the fisheries summit.\n\n"
    "By Wednesday the minister had also received the Ghanaian Foreign Minister's written "
    "invitation to a conference on ocean governance.\n"
)


def test_en_possessive_sender_of_a_received_message_is_not_met():
    pairs = met(run(TEXT, "en"))
    assert frozenset({"Hugo Salcedo", "Wanjiku Mutua"}) in pairs
    assert not any("Brandvold" in p for p in pairs)
    assert not any("Ghanaian Foreign Minister" in p for p in pairs)


def test_en_possessive_sender_with_a_curly_apostrophe():
    pairs = met(run(TEXT.replace("'s", "\u2019s"), "en"))
    assert not any("Brandvold" in p for p in pairs)


DISCUSSED = (
    "Slovenian minister in Belgrade\n\nBELGRADE, May 6 -- Slovenia's Minister of Foreign "
    "Affairs Mojca Zupan held talks on Tuesday with Serbia's Minister of Foreign Affairs "
    "Dragan Ilic in Belgrade.\n\nTheir agenda covered energy, and both ministers discussed "
    "funding for the OSCE Mission to Serbia.\n\nZupan later conferred with Serbia's Minister "
    "of Energy Milica Jovanovic on gas interconnectors.\n"
)


def test_en_body_discussed_is_a_topic_not_a_party():
    pairs = met(run(DISCUSSED, "en"))
    assert not any("OSCE Mission" in p for p in pairs)
    assert frozenset({"Mojca Zupan", "Dragan Ilic"}) in pairs
    assert frozenset({"Mojca Zupan", "Milica Jovanovic"}) in pairs

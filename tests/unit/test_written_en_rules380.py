""" "<given name> Hj. <father's name>": the short pilgrim style written inside a Malay name ends no
sentence and stays in the holder's name; another honorific so placed ("Dr.") opens a second
person's name (sentences written for these tests)."""

from __future__ import annotations

from .helpers import names, run

TEXT = (
    "Harbour plan\n\n"
    "Speaking to reporters in Kuala Terengganu on Friday, state Fisheries Commissioner Suhaila Hj. "
    "Kamaruzaman said the new harbour would open in May.\n"
)


def test_en_inner_pilgrim_style_stays_in_the_name():
    assert "Suhaila Hj. Kamaruzaman" in names(run(TEXT, "en"), "Official")


def test_en_doctor_between_two_names_joins_no_name():
    text = "Panel\n\nThe award went to Minister Julia Brandt and Omar Dr. Banjo was absent.\n"
    assert not {n for n in names(run(text, "en"), "Official") if "Dr." in n}

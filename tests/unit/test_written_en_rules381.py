""" "<Agency word> <given name> <family name>": a one-word agency name that is also a listed given
name, written as a name before another listed name, opens a person's name, not the agency
(sentences written for these tests)."""

from __future__ import annotations

from .helpers import names, run

TEXT = (
    "Libraries\n\n"
    "Culture Ministry spokeswoman Wafa Tariq Nimri said on Tuesday that three more libraries would "
    "open in the northern towns.\n"
)


def test_en_agency_word_opening_a_name_is_a_given_name():
    ex = run(TEXT, "en")
    assert "Wafa Tariq Nimri" in names(ex, "Official")
    assert not {n for n in names(ex, "Agency") if n.upper() == "WAFA"}

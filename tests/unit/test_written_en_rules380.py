""" "Aminah Hj. Rahman": the short pilgrim style written inside a Malay name, between a name word
and a capitalised one, ends no sentence and stays in the holder's name (sentences written for
these tests)."""

from __future__ import annotations

from .helpers import names, run

TEXT = (
    "Rubber board visit\n\n"
    "The forum in Ipoh was opened by Deputy Director-General Datin Aminah Hj. Rahman of the "
    "rubber board, who called for better prices for tappers.\n"
)


def test_en_inner_pilgrim_style_stays_in_the_name():
    assert "Aminah Hj. Rahman" in names(run(TEXT, "en"), "Official")

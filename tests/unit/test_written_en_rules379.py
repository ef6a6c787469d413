""" "X, Director of Water Supply.": one unlisted capitalised word after an apposed title's field,
closing the clause, is the field's last word, not a holder named "Supply" (sentences written for
these tests)."""

from __future__ import annotations

from .helpers import ent, names, run

TEXT = (
    "Water talks\n\n"
    "The minister received envoys from the lake districts. The talks were also attended by "
    "Ms. Selma Okafor-Brandt, Director of Water Supply.\n"
)


def test_en_field_word_closing_an_apposed_title_is_no_name():
    ex = run(TEXT, "en")
    assert "Supply" not in names(ex, "Official")
    assert ent(ex, "Selma Okafor-Brandt").title

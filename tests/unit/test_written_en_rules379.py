""" "X, Director of Youth Sport.": one unlisted capitalised word after an apposed title's
field, closing the clause, is the field's last word, not a holder named by that word (sentences
written for these tests)."""

from __future__ import annotations

from .helpers import ent, names, run

TEXT = (
    "Sports budget\n\n"
    "Reporters later questioned Ngozi Adeyemi-Clarke, Director of Youth Sport. She declined "
    "to give figures.\n"
)


def test_en_field_word_closing_an_apposed_title_is_no_name():
    ex = run(TEXT, "en")
    assert "Sport" not in names(ex, "Official")
    assert ent(ex, "Ngozi Adeyemi-Clarke").title

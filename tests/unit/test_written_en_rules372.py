""" "X called on <official>, and <aux> to <verb> Z": the "to" past the comma and the conjunction
opens the next verb's clause; no one is urged, and the call is a courtesy visit (sentences
written for these tests)."""

from __future__ import annotations

from .helpers import met, run, said

TEXT = (
    "Finnish minister visits Accra\n\n"
    "ACCRA, 3 May -- Finnish Minister for Development Aino Rautavaara arrived in Ghana on Monday "
    "for three days of talks.\n\n"
    "During the first day Rautavaara called on Chief Justice Abena Oppong-Mensah, and she plans "
    "to tour a solar plant in Kumasi before leaving.\n"
)


def test_en_call_on_before_a_coordinated_clause_is_a_visit():
    ex = run(TEXT, "en")
    assert frozenset({"Aino Rautavaara", "Abena Oppong-Mensah"}) in met(ex)
    assert not any("Oppong-Mensah" in q for _sp, q in said(ex))


def test_en_call_on_to_act_stays_an_appeal():
    text = TEXT.replace(", and she plans to tour a solar plant in Kumasi before leaving", " to act")
    ex = run(text, "en")
    assert frozenset({"Aino Rautavaara", "Abena Oppong-Mensah"}) not in met(ex)

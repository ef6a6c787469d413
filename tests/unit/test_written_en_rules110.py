"""Round-23 meeting rule (English): a courtesy call on an official named after honorifics ("paid a
courtesy call on His Excellency Advocate X, President of Y", "on H.E. Mr. X") is a meeting with X,
as when the name follows the noun right away (sentences written for these tests)."""

from __future__ import annotations

from .helpers import met, run

_LEAD = "WELLINGTON -- Foreign Minister Anna Berglund of Sweden arrived in Wellington on Monday.\n"


def test_en_courtesy_call_on_his_excellency_then_the_name():
    ex = run(
        _LEAD + "On the margins of the forum, the Swedish Minister paid a courtesy call on His "
        "Excellency Pablo Rojas, President of the Republic of Chile, at his hotel.",
        "en",
    )
    assert frozenset({"Anna Berglund", "Pablo Rojas"}) in met(ex)


def test_en_courtesy_call_on_he_mr_then_the_name():
    ex = run(
        _LEAD + "Berglund also paid a courtesy call on H.E. Mr. Tomas Lindgren Vaca, Vice "
        "President of the Republic of Ecuador.",
        "en",
    )
    assert frozenset({"Anna Berglund", "Tomas Lindgren Vaca"}) in met(ex)


def test_en_future_courtesy_call_after_honorifics_is_none():
    ex = run(
        _LEAD + "Berglund will pay a courtesy call on His Excellency Pablo Rojas, President of "
        "the Republic of Chile, on Friday.",
        "en",
    )
    assert frozenset({"Anna Berglund", "Pablo Rojas"}) not in met(ex)

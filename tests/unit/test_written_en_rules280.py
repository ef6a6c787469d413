"""A planned courtesy visit ("is scheduled to call on X", "will call on X") is neither a
statement nor a meeting; "called on Y to act" stays an appeal (sentences written for these
tests)."""

from __future__ import annotations

from .helpers import met, run, said

TEXT = (
    "Chilean ambassador begins rounds in Lusaka\n\n"
    "Lusaka, 3 March 2026\n\n"
    "Chile's new envoy in Lusaka, Ambassador Pedro Rojas Vidal, held an introductory meeting "
    "with Zambian Foreign Minister Mutale Banda on 2 March.\n\n"
    "Ambassador Rojas Vidal is scheduled to call on Vice President Joseph Mwila Tembo next "
    "week.\n\n"
    "The Ambassador will call on the Minister of Mines, Mr. Chanda Phiri, on Friday.\n"
)


def test_en_scheduled_call_on_is_no_statement_and_no_meeting():
    ex = run(TEXT, "en")
    assert not any(sp == "Pedro Rojas Vidal" for sp, _q in said(ex))
    m = met(ex)
    assert frozenset({"Pedro Rojas Vidal", "Mutale Banda"}) in m
    assert frozenset({"Pedro Rojas Vidal", "Joseph Mwila Tembo"}) not in m
    assert frozenset({"Pedro Rojas Vidal", "Chanda Phiri"}) not in m


def test_en_called_on_to_act_is_still_an_appeal():
    text = TEXT + "\nRojas Vidal called on both governments to expand trade in copper.\n"
    assert any(sp == "Pedro Rojas Vidal" and "copper" in q for sp, q in said(run(text, "en")))

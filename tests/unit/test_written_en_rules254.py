"""English: "welcomed the visiting official," (a lower-case adjective before a person word that is
no title row): welcoming a guest, no statement; the statement told after it stays (sentences
written for these tests)."""

from __future__ import annotations

from .helpers import met, run, said

_TEXT = (
    "Minister receives Latvian deputy minister\n\n"
    "RIGA, 3 May (Agency) - Minister of Foreign Affairs Dr. Omar Haddad received Latvian Deputy"
    " Foreign Minister Ilze Berzina today.\n"
    "The Minister welcomed the visiting official, affirming the keenness of Jordan to develop its"
    " relations with Latvia in trade and tourism.\n"
)


def test_en_welcoming_visiting_official_is_no_statement():
    ex = run(_TEXT, "en")
    quotes = [q for s, q in said(ex) if s == "Omar Haddad"]
    assert not any(q.startswith("the visiting official") for q in quotes)
    assert any("keenness" in q for q in quotes)
    assert frozenset({"Omar Haddad", "Ilze Berzina"}) in met(ex)


def test_en_welcoming_a_decision_still_a_statement():
    text = _TEXT.replace("the visiting official,", "the visiting decision of the council,")
    quotes = [q for s, q in said(run(text, "en")) if s == "Omar Haddad"]
    assert any(q.startswith("the visiting decision") for q in quotes)

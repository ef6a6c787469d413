"""A quotation before "X told <hearers>", with a later clause of its own quoting a word
("…, adding that the talks were "open""): the quotation before is what X told, not the hearers
(sentences written for these tests)."""

from __future__ import annotations

from .helpers import run, said


def test_en_quotation_before_told_hearers_with_a_quoted_later_clause():
    ex = run(
        "Minister ends tour\n"
        "LIMA (AFP) - Freedonian Trade Minister Tomas Velk met Peruvian President Ana Quispe "
        "in Lima on Tuesday.\n"
        '"We will work together for fair trade," Velk told journalists at the airport, adding '
        'that the talks had been "open".',
        "en",
    )
    quotes = [q for sp, q in said(ex) if sp == "Tomas Velk"]
    assert any(q.startswith("We will work together") for q in quotes)
    assert not any(q.startswith("journalists") for q in quotes)
    assert any("open" in q for q in quotes)

"""Forms of the nineteenth round (issue #10: a venue line under a transcript's heading;
sentences written for these tests)."""

from __future__ import annotations

from .helpers import run, said


# ---- "Remarks by X" then "State House, Abuja": the venue line is no statement of X ----
def test_en_venue_line_under_remarks_heading_is_no_statement():
    ex = run(
        "Lancaster House, London\n"
        "PRIME MINISTER OKAFOR: Good afternoon, and welcome to our guests.\n",
        "en",
        title="Remarks by Prime Minister Adaeze Okafor Before a Bilateral Meeting",
    )
    quotes = [q for _, q in said(ex)]
    assert not any("Lancaster" in q for q in quotes)
    assert any(q.startswith("Good afternoon") for q in quotes)


def test_en_statement_after_the_venue_line_is_the_headings_speaker():
    ex = run(
        "Foreign and Commonwealth Office, London\n"
        "The ceasefire agreed today is a vital step, and both parties must keep it.\n",
        "en",
        title="Statement by Foreign Secretary Helen Marsh on the Ceasefire",
    )
    found = said(ex)
    assert not any("London" in q for _, q in found)
    assert any(sp == "Helen Marsh" and "ceasefire" in q for sp, q in found)

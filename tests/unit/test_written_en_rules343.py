""" "Minister, dear X, welcome to Bergen.": a greeting opening its clause, with a place after it,
is no statement of the speaker's (sentences written for these tests)."""

from __future__ import annotations

from .helpers import run, said

TITLE = "Foreign Minister Kari Arvidsson and Uruguayan Foreign Minister Tomas Ferreyra in Bergen"


def test_en_welcome_to_a_city_after_an_address_is_a_greeting():
    text = (
        "FOREIGN MINISTER ARVIDSSON: Good day to everyone. Minister, dear Tomas, welcome to "
        "Bergen. It is a pleasure to host you and your team on the fjords.\n"
    )
    quotes = [q for _sp, q in said(run(text, "en", title=TITLE))]
    assert quotes and all(q.strip() != "to Bergen" for q in quotes)
    assert any("Good day to everyone" in q for q in quotes)

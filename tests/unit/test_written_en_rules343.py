""" "Foreign Minister, old friend, welcome to Bergen.": a greeting opening its clause, with a
place after it, is no statement of the speaker's (sentences written for these tests)."""

from __future__ import annotations

from .helpers import run, said

TITLE = "Foreign Minister Kari Arvidsson and Uruguayan Foreign Minister Tomas Ferreyra in Bergen"


def test_en_welcome_to_a_city_after_an_address_is_a_greeting():
    text = (
        "FOREIGN MINISTER ARVIDSSON: Let us begin. Foreign Minister, old friend, welcome to "
        "Bergen. Our fishing fleets have shared these waters for a century.\n"
    )
    quotes = [q for _sp, q in said(run(text, "en", title=TITLE))]
    assert quotes and all(q.strip() != "to Bergen" for q in quotes)
    assert any("Let us begin" in q for q in quotes)

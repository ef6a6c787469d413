"""Round-24 SAID rule (English), on sentences written for the tests: "the spokesperson said" is
said by the official named earlier with that title in apposition ("X, the Official Spokesperson
of the Ministry, stated …"), though the entity keeps another title for him."""

from __future__ import annotations

from .helpers import run, said

_TEXT = (
    "Lisbon – Ambassador Rui Manuel Tavares, the Official Spokesperson of the Ministry of "
    "Foreign Affairs, stated that Foreign Minister Ana Sofia Mendes received on Monday the "
    "Chilean Minister of Foreign Affairs, Pablo Andres Rojas, at the Ministry.\n"
    "Minister Mendes affirmed the strength of the relations between Portugal and Chile.\n"
    "The spokesperson noted that the two ministers also reviewed developments in Venezuela.\n"
)


def test_en_bare_spokesperson_title_is_the_official_it_was_apposed_to():
    statements = said(run(_TEXT, "en"))
    assert any(s == "Rui Manuel Tavares" and "Venezuela" in q for s, q in statements)

"""A title mention with a country, in the sentence that names an official of no known country,
is another person: "Foreign Minister X received the French foreign minister" (sentences written
for these tests)."""

from __future__ import annotations

from .helpers import ent, met, names, run


def test_en_title_with_a_country_beside_the_named_host_is_the_guest():
    ex = run("Foreign Minister Omar Haddad received the French foreign minister in Amman.", "en")
    assert ent(ex, "Omar Haddad").country is None
    assert "French foreign minister" in names(ex, "Official")
    assert frozenset({"Omar Haddad", "French foreign minister"}) in met(ex)


def test_ar_title_with_a_country_beside_the_named_host_is_the_guest():
    ex = run("استقبل وزير الخارجية عمر حداد وزير الخارجية الفرنسي في عمان.", "ar")
    assert ent(ex, "عمر حداد").country is None
    assert "وزير الخارجية الفرنسي" in names(ex, "Official")


def test_en_later_sentence_title_with_the_country_is_still_the_named_official():
    ex = run(
        "French Foreign Minister Paul Girard arrived in Amman. "
        "The French foreign minister said the visit was useful.",
        "en",
    )
    assert "The French foreign minister" in ent(ex, "Paul Girard").aliases

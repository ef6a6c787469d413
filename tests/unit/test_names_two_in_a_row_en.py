"""English: two names in a row ("Prime Minister Keir Starmer Emmanuel Macron …") are two people:
after a first name and an unlisted family name, a listed given name followed by a name word
starts the second. A chain of given names stays one name. Sentences written for these tests."""

from __future__ import annotations

from .helpers import names, run


def test_en_two_names_in_a_row_split_at_the_second_given_name():
    ex = run("Prime Minister Odran Kettleby Emmanuel Rousseau met in Paris.", "en")
    officials = names(ex, "Official")
    assert "Odran Kettleby" in officials
    assert not any("Rousseau" in n for n in officials)


def test_en_chain_of_given_names_stays_one_name():
    ex = run("Prime Minister Mostafa Hassan Ali met the envoy in Cairo.", "en")
    assert "Mostafa Hassan Ali" in names(ex, "Official")


def test_en_family_name_after_the_second_word_stays():
    ex = run("Secretary-General Ahmed Aboul Gheit met the envoy in Cairo.", "en")
    assert "Ahmed Aboul Gheit" in names(ex, "Official")

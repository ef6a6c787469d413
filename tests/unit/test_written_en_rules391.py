"""A city's name between a listed given name and one more family name is the first of a Spanish
or Portuguese name's two family names, not a place cutting the name (sentences written for these
tests)."""

from __future__ import annotations

from .helpers import met, names, run

TEXT = (
    "Fisheries talks in Mombasa\n\n"
    "Ecuadorian Fisheries Minister Beatriz Quito Alvarenga held talks on Friday with Kenyan "
    "Fisheries Minister Nyokabi Chelimo on tuna quotas.\n"
)


def test_en_city_word_inside_a_double_family_name():
    ex = run(TEXT, "en")
    assert "Beatriz Quito Alvarenga" in names(ex, "Official")
    assert "Beatriz" not in names(ex, "Official")
    assert frozenset({"Beatriz Quito Alvarenga", "Nyokabi Chelimo"}) in met(ex)

"""(English) A Malay-world style ("Tan Sri", "Datuk Seri") before a name of given names and a
patronymic: a later mention by the first name alone names that official, who then keeps the
meetings told of that mention (sentences written for these tests; the file's number is the one
left to this rule)."""

from __future__ import annotations

from .helpers import met, run

TEXT = (
    "Halal certification on the agenda in Lima\n\n"
    "LIMA, Nov 3 -- Malaysia's Minister of Agriculture and Food Security, Tan Sri Jamaludin Osman "
    "Rafie, and Peru's Minister of Production Rocio Carrasco Ugarte discussed halal certification "
    "for Peruvian exports at a meeting in Lima on Monday.\n\n"
    "On Tuesday it was Peruvian Vice President Hernan Salazar Ochoa who received Jamaludin at the "
    "Government Palace.\n"
)

PLAIN = (
    "Halal certification on the agenda in Lima\n\n"
    "LIMA, Nov 3 -- Argentina's Minister of Production Julian Ferreyra Acosta and Peru's Minister "
    "of Production Rocio Carrasco Ugarte discussed halal certification for Peruvian exports at a "
    "meeting in Lima on Monday.\n\n"
    "On Tuesday it was Peruvian Vice President Hernan Salazar Ochoa who received Julian at the "
    "Government Palace.\n"
)


def test_en_first_name_alone_after_a_malay_style_names_the_minister():
    pairs = met(run(TEXT, "en"))
    assert frozenset({"Jamaludin Osman Rafie", "Rocio Carrasco Ugarte"}) in pairs
    assert frozenset({"Jamaludin Osman Rafie", "Hernan Salazar Ochoa"}) in pairs


def test_en_first_name_alone_without_such_a_style_is_no_mention():
    pairs = met(run(PLAIN, "en"))
    assert frozenset({"Julian Ferreyra Acosta", "Hernan Salazar Ochoa"}) not in pairs

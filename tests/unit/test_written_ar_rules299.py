"""(English) A Malay-world style ("Datuk Seri", "Tan Sri") before a name of given names and a
patronymic: a later mention by the first name alone names that official, who then keeps the
meetings told of that mention (sentences written for these tests; the file's number is the one
left to this rule)."""

from __future__ import annotations

from .helpers import met, run

TEXT = (
    "Malaysia and Uruguay expand beef and palm oil trade\n\n"
    "MONTEVIDEO, Aug 12 (Bernama) -- Plantation and Commodities Minister Datuk Seri Hafizul "
    "Ikram Yusoff held talks with Uruguay's Minister of Livestock Marcela Olivera Duarte here "
    "today.\n\n"
    "Hafizul also met Uruguayan Vice President Rodolfo Techera Sosa at the Executive Tower "
    "before flying to Buenos Aires.\n"
)

PLAIN = (
    "Uruguay and Chile talk trade\n\n"
    "MONTEVIDEO -- Chile's Minister of Agriculture Tomas Ignacio Valdes held talks with Uruguay's "
    "Minister of Livestock Marcela Olivera Duarte here today.\n\n"
    "Tomas later toured a cattle auction with Uruguayan Vice President Rodolfo Techera Sosa.\n"
)


def test_en_first_name_alone_after_a_malay_style_names_the_minister():
    pairs = met(run(TEXT, "en"))
    assert frozenset({"Hafizul Ikram Yusoff", "Marcela Olivera Duarte"}) in pairs
    assert frozenset({"Hafizul Ikram Yusoff", "Rodolfo Techera Sosa"}) in pairs


def test_en_first_name_alone_without_such_a_style_is_no_mention():
    pairs = met(run(PLAIN, "en"))
    assert frozenset({"Tomas Ignacio Valdes", "Rodolfo Techera Sosa"}) not in pairs

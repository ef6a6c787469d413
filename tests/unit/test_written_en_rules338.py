"""A bare post after "visiting" ("the visiting minister") names the holder of that post from
abroad (a country other than the dateline's), not the host named first with the same post
(sentences written for these tests)."""

from __future__ import annotations

from .helpers import met, run

TEXT = (
    "Senegal hosts Estonian digital minister\n\n"
    "DAKAR, May 5 (APS) -- E-government services and cyber security were discussed on Monday by "
    "Minister of Communications Fatou Sarr Diouf and Estonia's Minister of Digital Affairs Margus "
    "Rebane, who began a two-day stay in Senegal.\n\n"
    "On Tuesday, Speaker of the National Assembly Mamadou Ndiaye Fall hosted the visiting "
    "minister for lunch at the assembly.\n"
)


def test_en_visiting_minister_is_the_guest():
    pairs = met(run(TEXT, "en"))
    assert frozenset({"Margus Rebane", "Mamadou Ndiaye Fall"}) in pairs
    assert frozenset({"Fatou Sarr Diouf", "Mamadou Ndiaye Fall"}) not in pairs

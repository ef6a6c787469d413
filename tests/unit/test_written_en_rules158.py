"""English "The <nationality> delegation included / was made up of A and B" after the one meeting
told: the delegation sat in those talks and meets the other side's principal; both delegations
listed, or a list after several meetings, link no delegation (sentences written for these
tests)."""

from __future__ import annotations

from .helpers import met, run


def test_en_delegation_listed_after_the_talks_meets_the_host():
    ex = run(
        "Foreign Minister of Latvia Ilze Berzina held talks in Riga on Monday with Foreign"
        " Minister of Portugal Duarte Mendes Lobo. The ministers discussed energy links and"
        " defence spending. Mendes Lobo thanked Latvia for its support. The Portuguese"
        " delegation was made up of Secretary of State for European Affairs Rui Sequeira and"
        " Director-General for Foreign Policy Ana Valadares.",
        "en",
    )
    assert frozenset({"Ilze Berzina", "Portuguese delegation"}) in met(ex)
    assert frozenset({"Duarte Mendes Lobo", "Portuguese delegation"}) not in met(ex)


def test_en_both_delegations_listed_link_no_delegation():
    ex = run(
        "Foreign Minister of Latvia Ilze Berzina held talks in Riga on Monday with Foreign"
        " Minister of Portugal Duarte Mendes Lobo. The Portuguese delegation included Secretary"
        " of State Rui Sequeira. The Latvian delegation included State Secretary Andris"
        " Kalnins.",
        "en",
    )
    pairs = met(ex)
    assert not any("Portuguese delegation" in p or "Latvian delegation" in p for p in pairs)

"""English "will host X (and his delegation) to a dinner": the base form "host" is a meeting verb,
so a future word before it marks a reception to come, and the meal noun after it is that planned
meeting: no one met yet (sentences written for these tests)."""

from __future__ import annotations

from .helpers import met, run


def test_en_will_host_to_a_dinner_is_no_meeting_yet():
    ex = run(
        "President Marta Ilves of Estonia held talks in Tallinn with President Joao Ramos of"
        " Portugal. President Ilves will host President Ramos and his delegation to an official"
        " dinner this evening.",
        "en",
    )
    pairs = met(ex)
    assert frozenset({"Marta Ilves", "Joao Ramos"}) in pairs
    assert not any("delegation" in " ".join(p) for p in pairs)


def test_en_will_host_a_minister_and_her_delegation_is_no_meeting():
    ex = run(
        "Prime Minister Andrus Kask will host Latvian Foreign Minister Ilze Berzina and her"
        " delegation to a working lunch.",
        "en",
    )
    assert met(ex) == set()

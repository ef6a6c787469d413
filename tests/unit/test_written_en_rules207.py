"""English reported speech of round 25: "X said the government would send the bill to parliament":
an infinitive or directional "to" after a finite auxiliary ("would", "had", "is") stands inside the
reported clause, which opens right after the verb; it opens no statement of its own (sentences
written for these tests)."""

from __future__ import annotations

from .helpers import run, said

_OPEN = (
    "Kenyan Trade Minister Otieno Wafula met Peruvian Trade Minister Carla Quispe in Lima on "
    "Monday. "
)


def test_en_to_after_would_stays_in_the_reported_clause():
    ex = run(
        _OPEN + "Minister Wafula said the government would send a new bill on port fees to the "
        "parliament in the next session.",
        "en",
    )
    assert said(ex) == [
        (
            "Otieno Wafula",
            "the government would send a new bill on port fees to the parliament in the next "
            "session",
        )
    ]


def test_en_to_after_had_stays_in_the_reported_clause():
    ex = run(
        _OPEN + "Quispe said the two countries had set a target of raising trade to USD 5 billion "
        "within three years.",
        "en",
    )
    assert said(ex) == [
        (
            "Carla Quispe",
            "the two countries had set a target of raising trade to USD 5 billion within three "
            "years",
        )
    ]


def test_en_ready_to_after_is_keeps_the_subject():
    ex = run(_OPEN + "Wafula said Nairobi is ready to host the next round of talks in June.", "en")
    assert said(ex) == [
        ("Otieno Wafula", "Nairobi is ready to host the next round of talks in June")
    ]


def test_en_that_without_auxiliary_still_opens_the_statement():
    ex = run(
        _OPEN + "Quispe stressed on Tuesday that Lima would open a trade office in Nairobi.", "en"
    )
    assert said(ex) == [("Carla Quispe", "Lima would open a trade office in Nairobi")]

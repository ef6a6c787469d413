"""Round-23 attendance cues (English): "(Also) present during the talks/meeting/courtesy call
were X and Y" lists attendees of the meeting told, as "present at the talks were" does (sentences
written for these tests)."""

from __future__ import annotations

from .helpers import met, run

_LEAD = (
    "LIMA -- Chilean Trade Minister Pedro Ramos held talks with Peruvian Finance Minister "
    "Luis Ortega in Lima on Monday.\n"
)


def test_en_also_present_during_the_talks_were():
    ex = run(
        _LEAD + "Also present during the talks were Peru's Ambassador to Chile, Rosa Quispe, and "
        "Chile's Ambassador to Peru, Jorge Silva.",
        "en",
    )
    got = met(ex)
    assert frozenset({"Jorge Silva", "Luis Ortega"}) in got
    assert frozenset({"Rosa Quispe", "Pedro Ramos"}) in got


def test_en_present_during_the_courtesy_call_was():
    ex = run(
        _LEAD + "Present during the courtesy call was Chile's Ambassador to Peru, Jorge Silva.",
        "en",
    )
    assert frozenset({"Jorge Silva", "Luis Ortega"}) in met(ex)

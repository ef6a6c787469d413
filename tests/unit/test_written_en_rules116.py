"""Round-23 statement rule (English): a sentence opening with two officials joined by "and", whose
second verb is a verb of saying after "and" ("Minister X and Minister Y discussed … and welcomed
…"), gives the statement to both, not to the first alone (sentences written for these
tests)."""

from __future__ import annotations

from .helpers import run, said

_LEAD = (
    "Foreign Minister Jan Kowalski met with Foreign Minister Pedro Alvarez Ruiz in Warsaw on "
    "Monday. "
)


def test_en_coordinated_subject_speaks_jointly_after_and():
    ex = run(
        _LEAD + "Minister Kowalski and Minister Alvarez discussed progress on the rail corridor "
        "and welcomed the opening of a new consulate in Gdansk.",
        "en",
    )
    speakers = {s for s, q in said(ex) if "consulate" in q}
    assert speakers == {"Jan Kowalski", "Pedro Alvarez Ruiz"}

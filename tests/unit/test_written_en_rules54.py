"""Bodies, round 20: short forms of several-word surnames (sentences written for these tests)."""

from __future__ import annotations

from .helpers import names, run


def test_en_titled_double_surname_is_the_full_names_short_form():
    # "Minister Garcia Pedraza" ends "Ana Lucia Garcia Pedraza": one person, not a second official
    ex = run(
        "Talks\nForeign Minister Ana Lucia Garcia Pedraza met the visiting delegation on Monday. "
        "Minister Garcia Pedraza said the talks had been useful.",
        "en",
    )
    assert names(ex, "Official") == {"Ana Lucia Garcia Pedraza"}


def test_en_surname_with_particles_is_the_full_names_short_form():
    # three words with a particle inside, not opening: the family part of the fuller name
    ex = run(
        "Visit\nState Secretary Marta Sofia Ribeiro da Costa received the ambassador on Tuesday. "
        "Secretary Ribeiro da Costa said both sides wanted closer ties.",
        "en",
    )
    assert names(ex, "Official") == {"Marta Sofia Ribeiro da Costa"}

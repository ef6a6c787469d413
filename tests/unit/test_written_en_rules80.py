"""Round-21 name rules (English), on sentences written for the tests."""

from __future__ import annotations

from .helpers import run, said


def test_en_a_style_and_the_first_of_two_surnames_is_the_official_named_before():
    ex = run(
        "Talks\n"
        "Lima, May 3 (Agency) -- Foreign Minister Paul Brennan received on Monday the Foreign "
        "Minister of Peru Ana Lucia Herrera Montalvo.\n"
        "Mrs. Herrera praised the reforms carried out in the energy sector.",
        "en",
    )
    assert ("Ana Lucia Herrera Montalvo", "the reforms carried out in the energy sector") in said(
        ex
    )


def test_en_a_style_and_a_word_two_officials_share_is_joined_to_neither():
    ex = run(
        "Talks\n"
        "Lima, May 3 (Agency) -- Foreign Minister Jorge Luis Herrera Montalvo received on Monday "
        "the Trade Minister of Peru Ana Lucia Herrera Salas.\n"
        "Mrs. Herrera praised the reforms carried out in the energy sector.",
        "en",
    )
    speakers = {s for s, _q in said(ex)}
    assert not speakers & {"Jorge Luis Herrera Montalvo", "Ana Lucia Herrera Salas"}

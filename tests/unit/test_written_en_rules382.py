"""A post held at a body an envoy is posted to ("<post> of <country> to the <body>"), the
holder's name right after the body, opened by an honorific: the body's name is no gap that keeps
the name from the post (sentences written for these tests)."""

from __future__ import annotations

from .helpers import names, run

TEXT = (
    "Lima, June 14 (PNA) - The opening of the climate workshop was attended by the Ambassador "
    "of Peru to the World Meteorological Organization Dr. Lucia Quispe Mamani, who presented "
    "the new rainfall atlas.\n"
)

SEATED = (
    "Lima, June 14 (PNA) - The signing was witnessed by the Permanent Representative of Peru "
    "to the United Nations Office in Vienna Ms. Rosa Huaman Tello.\n"
)


def test_en_honorific_name_after_the_body_a_post_is_held_at():
    ex = run(TEXT, "en")
    assert "Lucia Quispe Mamani" in names(ex, "Official")


def test_en_honorific_name_after_a_body_whose_name_holds_its_seat():
    ex = run(SEATED, "en")
    assert "Rosa Huaman Tello" in names(ex, "Official")

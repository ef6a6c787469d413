"""Two governments' standing meeting named as a council or a cabinet by a joint word (binational,
high-level, strategic partnership) is a meeting format, no body, as a joint commission already
is; a council named otherwise stays a body (sentences written for these tests)."""

from __future__ import annotations

from .helpers import names, run

TEXT = (
    "Ecuador's Foreign Minister Lucia Paredes met Bolivia's Foreign Minister Mateo Quiroga in "
    "Quito to set the agenda of their next Binational Cabinet. They also agreed that the Energy "
    "Partnership Council and the High-Level Planning Council would sit before June, and briefed "
    "the National Security Council of Ecuador."
)


def test_en_binational_and_high_level_councils_are_no_bodies():
    agencies = names(run(TEXT, "en"), "Agency")
    assert not any("Binational" in a for a in agencies)
    assert not any("Partnership Council" in a for a in agencies)
    assert not any("High-Level" in a for a in agencies)
    assert any("National Security Council" in a for a in agencies)

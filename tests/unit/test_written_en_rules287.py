"""Two governments' standing meeting named as a council or a cabinet by a joint word (binational,
high-level, partnership) is a meeting format, no body, as a joint commission already is; a
council named otherwise stays a body (sentences written for these tests)."""

from __future__ import annotations

from .helpers import names, run

TEXT = (
    "Paraguay and Uruguay will hold their first Binational Cabinet in Salto next spring, "
    "officials in Asuncion said on Friday. A draft also foresees an Energy Partnership Council "
    "and a High-Level Planning Council, which the National Security Council of Uruguay must "
    "approve."
)


def test_en_binational_and_high_level_councils_are_no_bodies():
    agencies = names(run(TEXT, "en"), "Agency")
    assert not any("Binational" in a for a in agencies)
    assert not any("Partnership Council" in a for a in agencies)
    assert not any("High-Level" in a for a in agencies)
    assert any("National Security Council" in a for a in agencies)

"""Indian releases keep the Hindi style of the Defence Minister, "Raksha Mantri", before an
honorific and the name: a role that implies the Defence Ministry (sentences written for these
tests)."""

from __future__ import annotations

from .helpers import ent, met, rels, run


def test_en_raksha_mantri_is_the_defence_minister():
    ex = run(
        "Raksha Mantri Shri Devendra Nath Joshi held talks with the Chief of Staff of the "
        "Kenya Defence Forces, General Otieno Kamau, in New Delhi.",
        "en",
    )
    assert ent(ex, "Devendra Nath Joshi").type == "Official"
    assert ("Devendra Nath Joshi", "Defence Ministry") in rels(ex, "MEMBER_OF")
    assert any("Devendra Nath Joshi" in p for p in met(ex))

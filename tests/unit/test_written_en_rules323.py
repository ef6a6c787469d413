""" "Senator the Hon. X": a senator's style puts the article and the honorific after the rank, and
the title set off before it still binds to the name (sentences written for these tests)."""

from __future__ import annotations

from .helpers import names, rels, run

TEXT = (
    "Fisheries talks in the capital\n\n"
    "The Minister for Fisheries, Senator the Hon Rowan Pike, welcomed the Tongan Minister of "
    "Fisheries, Dr. Sione Fifita, to the new research station on Thursday.\n"
)


def test_en_senator_the_hon_keeps_the_title_on_the_name():
    ex = run(TEXT, "en")
    assert "Rowan Pike" in names(ex, "Official")
    assert not any("Minister for Fisheries" in n for n in names(ex, "Official"))
    assert ("Rowan Pike", "Fisheries Ministry") in rels(ex, "MEMBER_OF")

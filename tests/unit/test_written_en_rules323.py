""" "Senator the Hon. X": a senator's style puts the article and the honorific after the rank, and
the title set off before it still binds to the name (sentences written for these tests)."""

from __future__ import annotations

from .helpers import names, rels, run

TEXT = (
    "Scallop quotas to be cut\n\n"
    "Quotas for the southern scallop fleet will be cut by a fifth next season, Minister for "
    "Fisheries, Senator the Hon Fenella Quayle, told growers gathered at the Kestrel Point "
    "wharf on Tuesday.\n"
)


def test_en_senator_the_hon_keeps_the_title_on_the_name():
    ex = run(TEXT, "en")
    assert "Fenella Quayle" in names(ex, "Official")
    assert not any("Minister for Fisheries" in n for n in names(ex, "Official"))
    assert ("Fenella Quayle", "Fisheries Ministry") in rels(ex, "MEMBER_OF")

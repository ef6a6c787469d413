"""A parliament's friendship group styled a "Friendship League" ("the Chile-Korea Parliamentary
Friendship League") is a body, as a "Friendship Group" is (sentences written for these tests)."""

from __future__ import annotations

from .helpers import names, rels, run

TEXT = (
    "Senators back new air link\n\n"
    "Senator Ximena Araya Lillo, chair of the Chile-Korea Parliamentary Friendship League, told "
    "reporters in Valparaiso on Tuesday that a direct flight to Seoul would help exporters.\n"
)


def test_en_a_friendship_league_is_a_body():
    ex = run(TEXT, "en")
    assert "Chile-Korea Parliamentary Friendship League" in names(ex, "Agency")
    assert ("Ximena Araya Lillo", "Chile-Korea Parliamentary Friendship League") in rels(
        ex, "MEMBER_OF"
    )

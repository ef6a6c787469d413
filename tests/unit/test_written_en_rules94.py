"""English meeting forms of round 22: "(Later,) together with Y, she co-chaired the session": a
co-chair fronted by a joiner and closed by a comma sat with the subject of the verb, a pronoun
carrying the official told before (sentences written for these tests)."""

from __future__ import annotations

from .helpers import rels, run

_OPEN = (
    "Visit\n\n"
    "Chile's Minister of Foreign Affairs, Carolina Ruiz Tapia, arrived in Lima on Monday.\n"
)


def test_en_fronted_together_with_co_chair_meets_the_pronoun_subject():
    ex = run(
        _OPEN + "Later, together with Peru's Minister of Foreign Affairs, Rosa Villar Ponce, she "
        "co-chaired the plenary session of the Binational Commission.",
        "en",
    )
    assert ("Carolina Ruiz Tapia", "Rosa Villar Ponce") in rels(ex, "MET_WITH")


def test_en_fronted_together_with_co_chair_to_come_is_no_meeting():
    ex = run(
        _OPEN + "Together with Peru's Minister of Foreign Affairs, Rosa Villar Ponce, she will "
        "co-chair the plenary session.",
        "en",
    )
    assert ("Carolina Ruiz Tapia", "Rosa Villar Ponce") not in rels(ex, "MET_WITH")


def test_en_fronted_together_with_co_chair_by_video_is_no_meeting():
    ex = run(
        _OPEN + "Together with Peru's Minister of Foreign Affairs, Rosa Villar Ponce, she "
        "co-chaired the session by video link.",
        "en",
    )
    assert ("Carolina Ruiz Tapia", "Rosa Villar Ponce") not in rels(ex, "MET_WITH")

"""English: "General Secretary" (a ruling party's leader) is one post, not the military rank
"General" before a "Secretary": "the General Secretary of the Communist Party of X" names one
official (sentences written for these tests)."""

from __future__ import annotations

from .helpers import ent, names, run


def test_en_general_secretary_of_a_party_is_one_unnamed_official():
    ex = run(
        "On Monday the envoy handed the President a letter from the General Secretary of the"
        " Communist Party of Laos.",
        "en",
    )
    officials = names(ex, "Official")
    assert "General Secretary of the Communist Party of Laos" in officials
    assert "Secretary of the Communist Party of Laos" not in officials


def test_en_general_secretary_before_a_name_titles_the_name():
    ex = run(
        "General Secretary Nguyen Van Minh met Prime Minister Anthony Albanese in Hanoi.", "en"
    )
    assert ent(ex, "Nguyen Van Minh").title.startswith("General Secretary")

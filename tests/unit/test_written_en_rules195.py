"""English: "Members of <body>" before two names joined by "and" makes each a member of the body
(sentences written for these tests)."""

from __future__ import annotations

from .helpers import names, run


def test_en_members_of_a_house_before_two_names():
    ex = run(
        "Members of the Federal Parliament Tomasz Wierzbicki and Agnieszka Rudnicka also "
        "attended the talks.",
        "en",
    )
    officials = names(ex, "Official")
    assert {"Tomasz Wierzbicki", "Agnieszka Rudnicka"} <= officials


def test_en_member_states_stay_no_official():
    ex = run("Member States of the Union adopted the declaration on Friday.", "en")
    assert not names(ex, "Official")

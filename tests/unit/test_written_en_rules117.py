"""English belonging of round 23: "X, also a member of the Y" / "X, who is also a member of the
Y": an auxiliary or "also" between the official and the belonging cue keeps the apposition
(sentences written for these tests)."""

from __future__ import annotations

from .helpers import rels, run


def test_en_also_a_member_of_a_body():
    ex = run(
        "HANOI, May 4 -- Vietnamese Deputy Prime Minister Tran Quoc Binh, also a member of the "
        "Secretariat of the Workers' Party Central Committee, met with Chilean Minister of Mining "
        "Rosa Valdivieso in Hanoi on Monday.",
        "en",
    )
    members = rels(ex, "MEMBER_OF")
    assert any(s == "Tran Quoc Binh" and t and "Secretariat" in t for s, t in members), members


def test_en_who_is_also_a_member_of_a_body():
    ex = run(
        "Senator Lucia Ferreyra, who is also a member of the Andean Parliament, received the "
        "visiting Minister of Energy Tomas Aguirre in Quito.",
        "en",
    )
    assert ("Lucia Ferreyra", "Andean Parliament") in rels(ex, "MEMBER_OF")

"""A department named before the ministry it belongs to and joined to it by "of the" ("the
Department of South Asian Affairs of the Thai Foreign Ministry") is a part of that ministry
(round 25, sentences written for these tests)."""

from __future__ import annotations

from .helpers import ent, rels, run


def test_en_department_of_affairs_of_the_foreign_ministry():
    ex = run(
        "Bangkok consultations\n"
        "Foreign Minister Somchai Rattanakul opened the consultations in Bangkok on Tuesday. "
        "The Department of South Asian Affairs of the Thai Foreign Ministry organised the "
        "consultations.",
        "en",
    )
    dept = ent(ex, "Department of South Asian Affairs").name
    ministry = ent(ex, "Thai Foreign Ministry").name
    assert (dept, ministry) in rels(ex, "MEMBER_OF")


def test_en_bureau_and_its_ministry_apposed_in_a_title():
    ex = run(
        "Tokyo consultations\n"
        "Foreign Minister Kenta Moriwaki opened the consultations on Tuesday.\n"
        "Mr. SUGIHARA Daisuke, Director-General of the Middle Eastern and African Affairs "
        "Bureau, Ministry of Foreign Affairs, also attended the meeting.",
        "en",
    )
    bureau = ent(ex, "Middle Eastern and African Affairs Bureau").name
    ministry = ent(ex, "Ministry of Foreign Affairs").name
    assert (bureau, ministry) in rels(ex, "MEMBER_OF")

"""English MEMBER_OF: "under" puts the body named before it under the body after it ("the Europe
Department under the Ministry of Foreign Affairs"): the department is a part of the ministry, and
the holder of a title that names the department is not placed in the ministry by it (sentences
written for these tests)."""

from __future__ import annotations

from .helpers import rels, run


def test_en_department_under_a_ministry_is_its_sub_body():
    got = rels(
        run(
            "Attending the talks were Deputy Minister Tran Quoc Binh and Director-General of the "
            "Africa Department under the Ministry of Foreign Affairs Ngo Thi Hoa.",
            "en",
        ),
        "MEMBER_OF",
    )
    assert ("Ngo Thi Hoa", "Africa Department") in got
    assert ("Africa Department", "Foreign Ministry") in got
    assert ("Ngo Thi Hoa", "Foreign Ministry") not in got


def test_en_head_of_an_administration_under_a_ministry_is_not_in_the_ministry():
    got = rels(
        run(
            "Mr. Liu Qiang, head of the National Grassland Administration (NGA) under the Ministry "
            "of Natural Resources, attended the signing.",
            "en",
        ),
        "MEMBER_OF",
    )
    assert ("Liu Qiang", "National Grassland Administration") in got
    assert ("Liu Qiang", "Ministry of Natural Resources") not in got


def test_en_at_the_ministry_still_places_the_official():
    got = rels(
        run(
            "Ms. Amal Saeed, Assistant Undersecretary for Asian Affairs at the Ministry of Foreign "
            "Affairs, received the envoy.",
            "en",
        ),
        "MEMBER_OF",
    )
    assert ("Amal Saeed", "Foreign Ministry") in got

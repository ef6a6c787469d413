"""A meeting "chaired by Y" / «برئاسة Y»: its participants meet its chair (sentences written for
these tests); "a delegation headed by Y" stays a membership."""

from __future__ import annotations

from .helpers import met, rels, run

PAIR_EN = frozenset({"Karim Haddad", "Anna Berg"})


def test_en_took_part_in_a_meeting_chaired_by():
    ex = run(
        "Foreign Minister Karim Haddad took part in the ministerial meeting chaired by Danish "
        "Foreign Minister Anna Berg in Copenhagen.",
        "en",
    )
    assert met(ex) == {PAIR_EN}


def test_en_meeting_chaired_by_then_attended_by():
    ex = run(
        "The meeting, chaired by Danish Foreign Minister Anna Berg, was attended by Foreign "
        "Minister Karim Haddad.",
        "en",
    )
    assert met(ex) == {PAIR_EN}


def test_en_chaired_by_with_no_meeting_is_nothing():
    ex = run("The committee chaired by Danish Foreign Minister Anna Berg issued its report.", "en")
    assert met(ex) == set()


def test_ar_took_part_in_a_meeting_bi_riasat():
    ex = run(
        "شارك وزير الخارجية الأردني كريم حداد في الاجتماع الوزاري الذي عقد في بغداد برئاسة وزير "
        "الخارجية العراقي فؤاد حسين.",
        "ar",
    )
    assert met(ex) == {frozenset({"كريم حداد", "فؤاد حسين"})}


def test_ar_bi_riasat_then_bi_musharakat():
    ex = run(
        "عقد الاجتماع برئاسة وزير الخارجية العراقي فؤاد حسين وبمشاركة وزير الخارجية الأردني "
        "كريم حداد.",
        "ar",
    )
    assert met(ex) == {frozenset({"كريم حداد", "فؤاد حسين"})}


def test_ar_delegation_bi_riasat_is_membership():
    ex = run(
        "استقبل وزير الخارجية العراقي فؤاد حسين وفدا أردنيا برئاسة وزير الخارجية الأردني كريم "
        "حداد.",
        "ar",
    )
    assert any(s == "كريم حداد" and t.startswith("وفد") for s, t in rels(ex, "MEMBER_OF"))

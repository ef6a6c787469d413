"""English meeting rules of round 20: members of a committee named after its chamber, a body's
members who start a clause of their own (sentences written for these tests)."""

from __future__ import annotations

from .helpers import met, rels, run, said


def test_en_members_of_a_chamber_committee_meet_as_the_committee():
    ex = run(
        "Talks\n"
        "OTTAWA - Trade Minister Farid Osmanov of Kazakhstan met Senator Claire Dubois and "
        "members of the Senate Standing Committee on Trade on Thursday.",
        "en",
    )
    pairs = met(ex)
    assert frozenset({"Farid Osmanov", "Claire Dubois"}) in pairs
    assert not any("Senate" in p for p in pairs)
    assert any("Farid Osmanov" in p and any("Committee" in n for n in p) for p in pairs), pairs


def test_en_members_of_a_chamber_committee_after_the_possessive_meet_as_the_committee():
    ex = run(
        "Talks\n"
        "OTTAWA - Trade Minister Farid Osmanov of Kazakhstan met Senator Claire Dubois and "
        "members of the Senate's Trade Committee on Thursday.",
        "en",
    )
    pairs = met(ex)
    assert not any("Senate" in p for p in pairs)


def test_en_members_of_a_body_who_start_a_clause_of_their_own_join_no_met_group():
    ex = run(
        "Talks\n"
        "OTTAWA - Trade Minister Farid Osmanov of Kazakhstan met Senator Claire Dubois and "
        "members of the Senate Standing Committee on Trade attended the meeting.",
        "en",
    )
    pairs = met(ex)
    assert frozenset({"Farid Osmanov", "Claire Dubois"}) in pairs
    assert not any("Senate" in p for p in pairs)
    assert not any("Claire Dubois" in p and any("Committee" in n for n in p) for p in pairs)


def test_en_a_relative_clause_inside_a_members_list_does_not_cut_the_list():
    ex = run(
        "Visit\n"
        "NAIROBI - A Finnish parliamentary delegation arrived in Nairobi on Monday. The delegation "
        "includes MP Aino Lahtinen, who met Kenyan Trade Minister Peter Wambugu on Tuesday, and "
        "MP Oskari Virtala.",
        "en",
    )
    members = {s for s, t in rels(ex, "MEMBER_OF") if t and "elegation" in t}
    assert {"Aino Lahtinen", "Oskari Virtala"} <= members, rels(ex, "MEMBER_OF")
    assert "Peter Wambugu" not in members


_CO_CHAIRED = (
    "Joint Statement\n"
    "On May 2, 2025, Chile's Minister of Foreign Affairs, Ana Torres Vidal, and Kenya's Minister "
    "of Foreign Affairs, Peter Mwangi, co-chaired the first Chile-Kenya Dialogue in Nairobi.\n"
    "The Ministers were joined by Chile's Deputy Minister of Trade, Luis Pardo Soto, and by "
    "Kenya's Principal Secretary for Trade, Grace Otieno.\n"
)


def test_en_attendees_of_co_chairs_meet_the_co_chair_of_the_other_country_only():
    pairs = met(run(_CO_CHAIRED, "en"))
    assert frozenset({"Luis Pardo Soto", "Peter Mwangi"}) in pairs
    assert frozenset({"Grace Otieno", "Ana Torres Vidal"}) in pairs
    assert frozenset({"Luis Pardo Soto", "Ana Torres Vidal"}) not in pairs
    assert frozenset({"Grace Otieno", "Peter Mwangi"}) not in pairs


def test_en_the_ministers_after_their_attendees_are_the_co_chairs():
    ex = run(
        _CO_CHAIRED + "The Ministers reaffirmed their shared commitment to multilateralism.\n", "en"
    )
    speakers = {sp for sp, q in said(ex) if "multilateralism" in q}
    assert speakers == {"Ana Torres Vidal", "Peter Mwangi"}, said(ex)

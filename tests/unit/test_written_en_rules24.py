"""A minister's ministry named by the side of a meeting he attends for ("on the Kenyan side by
Foreign Minister X"), round 15 (sentences written for these tests)."""

from __future__ import annotations

from .helpers import ent, names, rels, run


def test_en_minister_on_a_side_holds_that_sides_ministry():
    ex = run(
        "Kenyan president ends visit\n\n"
        "NAIROBI, May 3 (AFP) - Kenyan President John Mwangi held talks with the visiting "
        "Indonesian President on Monday.\n"
        "The talks were attended on the Indonesian side by Foreign Minister Dewi Lestari "
        "and Trade Minister Bayu Santoso.",
        "en",
    )
    member = rels(ex, "MEMBER_OF")
    assert ("Dewi Lestari", "Foreign Ministry") in member
    assert ent(ex, "Foreign Ministry").country == "IDN"
    assert ent(ex, "Trade Ministry").country == "IDN"
    assert ent(ex, "Dewi Lestari").country == "IDN"
    # the title names no country: the ministry is no member of it
    assert ("Foreign Ministry", "Indonesia") not in member


def test_en_minister_without_a_side_keeps_a_ministry_of_no_country():
    ex = run(
        "Talks held\n\nForeign Minister Dewi Lestari held talks with a delegation on Monday.",
        "en",
    )
    assert ent(ex, "Foreign Ministry").country is None


def test_en_two_countries_joint_commission_is_a_meeting_format_not_a_body():
    ex = run(
        "Ministers co-chair commission\n\n"
        "Foreign Minister Amal Rahman co-chaired the 12th session of the Bangladesh-Norway Joint "
        "Commission with Norway's Foreign Minister Erik Lunde on Monday. The Joint Commission "
        "reviewed cooperation in shipping and energy.",
        "en",
    )
    got = names(ex, "Agency")
    assert not any("Commission" in n for n in got)
    assert any(s == "Erik Lunde" for s, _t in rels(ex, "MEMBER_OF"))


def test_en_a_commission_of_no_joint_word_stays_a_body():
    ex = run(
        "Commission chair visits\n\n"
        "The Chairperson of the African Union Commission, Moussa Diallo, met Kenya's President "
        "on Monday.",
        "en",
    )
    assert "African Union Commission" in names(ex, "Agency")


def test_en_title_comma_style_name_closed_by_a_semicolon_in_a_list():
    ex = run(
        "State visit\n\n"
        "The Chilean delegation included the Minister of Foreign Affairs, Ambassador Carmen "
        "Rojas Vidal; the Minister of Mining, Mr. Pablo Soto; and senior officials.",
        "en",
    )
    member = rels(ex, "MEMBER_OF")
    assert any(s == "Carmen Rojas Vidal" and t and "Foreign" in t for s, t in member)
    assert "Minister of Mining" in (ent(ex, "Pablo Soto").title or "")


def test_en_a_ministry_named_bare_on_a_side_is_no_member_of_that_country():
    ex = run(
        "Talks in Jakarta\n\n"
        "Foreign Minister Sri Wulan held talks with Chile's Foreign Minister Ana Soto on Monday.\n"
        "Attending on the Indonesian side were Deputy Minister of Foreign Affairs Budi Hartono and "
        "Director of the Americas Department at the Ministry of Foreign Affairs Dewi Anggraini.",
        "en",
    )
    member = rels(ex, "MEMBER_OF")
    assert not any(s.startswith("Indonesian") and t == "Indonesia" for s, t in member)
    assert any(s == "Budi Hartono" and t and "Foreign" in t for s, t in member)

"""Who a group meets. A plural anaphor after a fronted circumstance ("After their talks, the two
ministers had a working dinner with Z") stands for the two officials who met before; Z meets the
one of the other country (its own country's minister is its side), or both when Z is of neither.
A list of those met, each with a title whose body's abbreviation is bracketed and the items split
by semicolons, goes on past each bracket. Two attendees coordinated before "attended the talks"
meet the other side, not each other (sentences written for these tests)."""

from __future__ import annotations

from .helpers import met, run

DINNER = (
    "Irish and Peruvian foreign ministers meet in Dublin\n\n"
    "Ireland's Minister for Foreign Affairs, Ms. Siobhan Keane, held talks with Peru's Minister of "
    "Foreign Affairs, Mr. Julio Paredes, in Dublin on Friday.\n\n"
    "After their talks, the two ministers had a working dinner with Ireland's Minister for "
    "Agriculture, Mr. Declan Fahy, and Peru's Ambassador to Ireland, Ms. Rosa Quispe.\n"
)

LUNCH = (
    "Ministers meet in Geneva\n\n"
    "Ireland's Minister for Foreign Affairs, Ms. Siobhan Keane, met Peru's Minister of Foreign "
    "Affairs, Mr. Julio Paredes, in Geneva on Monday.\n\n"
    "Following the meeting, the two ministers had lunch with the Director-General of the World "
    "Trade Organization, Ms. Amaka Obi.\n"
)


def test_en_the_two_ministers_guests_meet_the_other_country():
    pairs = met(run(DINNER, "en"))
    assert frozenset({"Declan Fahy", "Julio Paredes"}) in pairs
    assert frozenset({"Rosa Quispe", "Siobhan Keane"}) in pairs
    assert frozenset({"Declan Fahy", "Siobhan Keane"}) not in pairs
    assert frozenset({"Rosa Quispe", "Julio Paredes"}) not in pairs


def test_en_the_two_ministers_third_party_meets_both():
    pairs = met(run(LUNCH, "en"))
    assert frozenset({"Amaka Obi", "Julio Paredes"}) in pairs
    assert frozenset({"Amaka Obi", "Siobhan Keane"}) in pairs


SEPARATELY = (
    "Peruvian minister holds meetings in Nairobi\n\n"
    "NAIROBI, 3 May (Andina) -- Peru's Minister of Foreign Affairs, Ana Torres Quiroga, held talks "
    "in Nairobi on Monday with officials of United Nations bodies.\n\n"
    "Torres Quiroga met separately with Jonas Lindfors, Executive Director of the United Nations "
    "Environment Programme (UNEP); Adaeze Nwosu, Executive Director of the United Nations "
    "Children's Fund (UNICEF); and Ravi Subramanyam, Executive Director of the World Food "
    "Programme (WFP).\n"
)


def test_en_list_goes_on_past_a_bracketed_abbreviation():
    pairs = met(run(SEPARATELY, "en"))
    for guest in ("Jonas Lindfors", "Adaeze Nwosu", "Ravi Subramanyam"):
        assert frozenset({"Ana Torres Quiroga", guest}) in pairs


ATTENDED = (
    "Estonian minister in Accra\n\n"
    "Estonia's Minister of Foreign Affairs, Ms. Kadri Lepik, held talks in Accra on Monday with "
    "Ghana's Minister of Trade, Mr. Kwesi Adjei-Nkansah.\n\n"
    "Estonia's Ambassador to Ghana, Mr. Priit Saar, and the head of the Estonian export agency in "
    "Africa, Ms. Liina Kask, attended the talks.\n"
)


def test_en_coordinated_attendees_do_not_meet_each_other():
    pairs = met(run(ATTENDED, "en"))
    assert frozenset({"Priit Saar", "Liina Kask"}) not in pairs
    assert frozenset({"Kwesi Adjei-Nkansah", "Priit Saar"}) in pairs
    assert frozenset({"Kwesi Adjei-Nkansah", "Liina Kask"}) in pairs

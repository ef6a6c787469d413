"""Who a group meets. A plural anaphor after a fronted circumstance ("Once the statement was signed,
the two ministers sat at a dinner with Z") stands for the two officials who met before; Z meets the
one of the other country (its own country's minister is its side), or both when Z is of neither.
A list of those met, each with a title whose body's abbreviation is bracketed and the items split
by semicolons, goes on past each bracket. Two attendees coordinated before "attended the talks"
meet the other side, not each other (sentences written for these tests)."""

from __future__ import annotations

from .helpers import met, run

DINNER = (
    "Irish and Peruvian foreign ministers in Dublin\n\nIreland's Minister for Foreign "
    "Affairs, Ms. Siobhan Keane, held talks with Peru's Minister of Foreign Affairs, Mr. "
    "Julio Paredes, in Dublin on Friday.\n\nOnce the joint statement was signed, the two "
    "ministers sat at a dinner with Ireland's Minister for Agriculture, Mr. Declan Fahy, and "
    "Peru's Ambassador to Ireland, Ms. Rosa Quispe, at Iveagh House.\n"
)

BREAKFAST = (
    "Ministers meet in Geneva\n\nIreland's Minister for Foreign Affairs, Ms. Siobhan Keane, "
    "met Peru's Minister of Foreign Affairs, Mr. Julio Paredes, in Geneva on Monday.\n\nBy "
    "eight the next morning, the two ministers were at a breakfast meeting with Ms. Amaka Obi, "
    "Director-General of the World Trade Organization.\n"
)


def test_en_the_two_ministers_guests_meet_the_other_country():
    pairs = met(run(DINNER, "en"))
    assert frozenset({"Declan Fahy", "Julio Paredes"}) in pairs
    assert frozenset({"Rosa Quispe", "Siobhan Keane"}) in pairs
    assert frozenset({"Declan Fahy", "Siobhan Keane"}) not in pairs
    assert frozenset({"Rosa Quispe", "Julio Paredes"}) not in pairs


def test_en_the_two_ministers_third_party_meets_both():
    pairs = met(run(BREAKFAST, "en"))
    assert frozenset({"Amaka Obi", "Julio Paredes"}) in pairs
    assert frozenset({"Amaka Obi", "Siobhan Keane"}) in pairs


RECEIVED = (
    "Peruvian minister in Nairobi\n\nPeru's Minister of Foreign Affairs, Ana Torres Quiroga, "
    "spent Wednesday at her country's embassy in Nairobi.\n\nThere she received Mwangi "
    "Kiprop, Resident Representative of the United Nations Development Programme (UNDP); "
    "Halima Wekesa, Regional Director of the International Labour Organization (ILO); and "
    "Baraka Otieno, Country Representative of the United Nations Population Fund (UNFPA), to "
    "talk about jobs, health and migration.\n"
)


def test_en_list_goes_on_past_a_bracketed_abbreviation():
    pairs = met(run(RECEIVED, "en"))
    for guest in ("Mwangi Kiprop", "Halima Wekesa", "Baraka Otieno"):
        assert frozenset({"Ana Torres Quiroga", guest}) in pairs


ATTENDED = (
    "Estonian minister in Dakar\n\nEstonia's Minister of Foreign Affairs, Ms. Kadri Lepik, "
    "held talks in Dakar on Monday with Senegal's Minister of Trade, Mr. Moussa Faye.\n\nMs. "
    "Liina Kask, Deputy Minister of Economic Affairs of Estonia, and Mr. Priit Saar, Ambassador "
    "of Estonia to Senegal, attended the talks as observers for their ministries.\n"
)


def test_en_coordinated_attendees_do_not_meet_each_other():
    pairs = met(run(ATTENDED, "en"))
    assert frozenset({"Priit Saar", "Liina Kask"}) not in pairs
    assert frozenset({"Moussa Faye", "Priit Saar"}) in pairs
    assert frozenset({"Moussa Faye", "Liina Kask"}) in pairs

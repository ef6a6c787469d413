"""Round-24 MEMBER_OF rule (English), on sentences written for the test: "the ministry's
Secretary-General X" places X in the body named before the possessive marker; a bare head in
agency copy is the reporting side's body (the first of its kind the article names)."""

from __future__ import annotations

from .helpers import rels, run

_TEXT = (
    "Foreign Minister receives Slovak counterpart\n"
    "Amman, May 3 (Petra) -- Minister of Foreign Affairs Laila Hassan Odeh received Slovak "
    "Minister of Foreign Affairs Marek Dobrovsky at the Ministry of Foreign Affairs on Sunday. "
    "The ministry's Secretary-General Fadi Nabil Haddad attended the talks.\n"
)


def test_en_title_after_a_bodys_possessive_is_held_in_that_body():
    members = rels(run(_TEXT, "en"), "MEMBER_OF")
    assert ("Fadi Nabil Haddad", "Foreign Ministry") in members


def test_en_bare_head_possessive_is_the_first_named_body_of_its_kind():
    members = rels(run(_TEXT, "en"), "MEMBER_OF")
    assert ("Fadi Nabil Haddad", "Slovak Foreign Ministry") not in members
    assert ("Fadi Nabil Haddad", "Foreign Ministry") in members


def test_en_possessive_bare_head_after_the_other_sides_ministry():
    ex = run(
        "Trade ministers meet in Nairobi\n"
        "Nairobi, June 2 (KNA) -- Minister of Trade Grace Achieng Otieno held talks on Tuesday "
        "with Ugandan Minister of Trade Joseph Kato Mugerwa. Earlier, Mugerwa was received at "
        "the Ugandan Ministry of Trade's mission. The ministry's Principal Secretary Peter "
        "Kamau Njoroge also took part.\n",
        "en",
    )
    members = rels(ex, "MEMBER_OF")
    assert ("Peter Kamau Njoroge", "Trade Ministry") in members

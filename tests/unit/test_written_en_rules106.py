"""English MEMBER_OF forms of round 22: "X, Assistant Undersecretary for Asia at the Ministry of
Foreign Affairs": a title apposed to an official that closes with "at" / "in" and a body places
the official in that body (sentences written for these tests)."""

from __future__ import annotations

from .helpers import rels, run

_OPEN = "Foreign Minister receives envoy\n\n"


def _members(text: str) -> set[tuple[str, str | None]]:
    return rels(run(_OPEN + text, "en"), "MEMBER_OF")


def test_en_apposed_title_at_the_ministry_after_a_styled_name():
    got = _members(
        "The talks were attended by Ambassador Rustam Kalandarov, Assistant Undersecretary for "
        "Asia at the Ministry of Foreign Affairs."
    )
    assert ("Rustam Kalandarov", "Foreign Ministry") in got


def test_en_apposed_joint_title_at_the_ministry():
    got = _members(
        "Ms Ilse Vandermeer, Spokesperson and Director of Public Diplomacy at the Ministry of "
        "Foreign Affairs, stated that the visit had been fruitful."
    )
    assert ("Ilse Vandermeer", "Foreign Ministry") in got


def test_en_apposed_title_with_a_bracket_in_the_ministry():
    got = _members(
        "Mr Arvind Sethuraman, Secretary (South) in the Ministry of External Affairs, accompanied "
        "the Minister."
    )
    assert ("Arvind Sethuraman", "Foreign Ministry") in got


def test_en_apposed_title_with_a_complement_at_the_ministry():
    got = _members(
        "The Minister was joined by Mr Tomasz Grabowski, Director for Asia and the Pacific at "
        "the Ministry of Foreign Affairs."
    )
    assert ("Tomasz Grabowski", "Foreign Ministry") in got


def test_en_apposed_title_of_a_committee():
    got = _members(
        "The Minister received Hon. Wanjala Kiprotich, Chairperson of the Energy, Mining and "
        "Petroleum Committee."
    )
    assert ("Wanjala Kiprotich", "Energy, Mining and Petroleum Committee") in got


def test_en_apposed_title_of_an_owners_committee():
    got = _members(
        "The Minister met MP Radu Ionescu-Vlad, Chairman of the Chamber's Budget Committee, "
        "and discussed the draft law."
    )
    assert ("Radu Ionescu-Vlad", "Chamber") not in got

"""Meeting frames told over several sentences: the co-chairs of a sitting and the attendees named
by side after it, round 19 (sentences written for these tests)."""

from __future__ import annotations

from .helpers import met, run


def test_en_passive_co_chairs_after_styles_and_titles_meet():
    # "co-chaired by His Excellency Sheikh Y": the styles before the first chair are no gap
    ex = run(
        "Consultations held\n"
        "Doha, 4 June 2025\n"
        "The consultations were co-chaired by His Excellency Sheikh Tamim Al-Dosari, "
        "Undersecretary of the Ministry of Foreign Affairs of Qatar, and Ms. Lena Hartmann, "
        "Secretary of State of the Federal Foreign Office of Germany.\n"
        "The consultations were attended on the Qatari side by Mr. Jaber Al-Kuwari, Head of the "
        "Europe Department, and on the German side by Mr. Jonas Becker, Ambassador of Germany "
        "to Qatar.",
        "en",
    )
    pairs = met(ex)
    assert frozenset({"Tamim Al-Dosari", "Lena Hartmann"}) in pairs
    assert frozenset({"Tamim Al-Dosari", "Jonas Becker"}) in pairs
    assert frozenset({"Jaber Al-Kuwari", "Lena Hartmann"}) in pairs


def test_en_joint_press_conference_by_two_ministers_in_a_heading():
    ex = run(
        "Joint press conference by Foreign Minister Lars Eklund and Moroccan Foreign Minister "
        "Karim Bennani, Oslo, 3 May 2025\n"
        "MODERATOR: Good afternoon and welcome.\n"
        "FOREIGN MINISTER EKLUND: Thank you. We discussed trade and fisheries.",
        "en",
    )
    assert frozenset({"Lars Eklund", "Karim Bennani"}) in met(ex)


def test_en_press_conference_by_one_official_meets_no_one():
    ex = run(
        "Press conference by Foreign Minister Lars Eklund, Oslo, 3 May 2025\n"
        "FOREIGN MINISTER EKLUND: Good afternoon. I met the Moroccan ambassador today.",
        "en",
    )
    assert not met(ex)


_SIGNED = (
    "Minister receives bank vice president\n"
    "Amman, 5 March 2025 - Dr. Lina Haddad, Minister of Planning and International Cooperation, "
    "received today Mr. Marco Ferri, World Bank Vice President for the Middle East, at the "
    "ministry's headquarters.\n"
    "The meeting reviewed the bank's programme in Jordan, the ministry said in a statement.\n"
)


def test_en_signers_of_no_country_take_sides_by_their_bodies():
    # the bank's director serves the guest's body: she signs for his side, the other for the host's
    ex = run(
        _SIGNED + "A loan agreement was then signed by Mr. Khaled Nimri, Secretary-General of the "
        "Ministry of Finance, and Ms. Sofia Berg, World Bank Country Director for Jordan.",
        "en",
    )
    pairs = met(ex)
    assert frozenset({"Khaled Nimri", "Sofia Berg"}) in pairs
    assert frozenset({"Khaled Nimri", "Marco Ferri"}) in pairs
    assert frozenset({"Sofia Berg", "Lina Haddad"}) in pairs


def test_en_two_signers_of_one_side_meet_no_one():
    ex = run(
        _SIGNED + "A loan agreement was then signed by Ms. Sofia Berg, World Bank Country Director "
        "for Jordan, and Mr. Paul Weiss, World Bank Lead Economist.",
        "en",
    )
    pairs = met(ex)
    assert frozenset({"Sofia Berg", "Paul Weiss"}) not in pairs
    assert frozenset({"Sofia Berg", "Lina Haddad"}) not in pairs

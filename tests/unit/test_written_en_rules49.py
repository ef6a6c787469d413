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

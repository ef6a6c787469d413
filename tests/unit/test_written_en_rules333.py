"""A transcript's heading "Joint press conference of A and B" / "Joint press availability with A
and B" (no host named before the cue; "al-mu'tamar al-sahafi al-mushtarak li-A wa-B"): the two
officials listed right after the genitive or comitative word gave it together and so met
(sentences written for these tests)."""

from __future__ import annotations

from .helpers import met, run


def test_en_joint_press_conference_of_two_ministers_in_a_heading():
    text = (
        "Transcript: Joint press conference of Foreign Minister Ana Souza and Kenyan Secretary "
        "of Foreign Affairs Paul Otieno\n"
        "Lisbon, 4 May 2026\n"
    )
    assert frozenset({"Ana Souza", "Paul Otieno"}) in met(run(text, "en"))


def test_en_joint_press_availability_with_two_ministers_in_a_heading():
    text = (
        "Joint press availability with Trade Minister Lena Brandt and Chile's Secretary of "
        "Economy Tomas Ibarra\n"
        "Berlin, 9 June 2026\n"
    )
    assert frozenset({"Lena Brandt", "Tomas Ibarra"}) in met(run(text, "en"))


def test_en_host_before_the_press_conference_still_meets_the_guest_only():
    text = (
        "Talks in Oslo\n\n"
        "Norwegian Foreign Minister Ingrid Dahl held a joint press conference with Kenyan Foreign "
        "Minister Paul Otieno after their talks.\n"
    )
    assert met(run(text, "en")) == {frozenset({"Ingrid Dahl", "Paul Otieno"})}


def test_ar_joint_press_conference_of_two_ministers():
    text = (
        "عنوان\n\n"
        "المؤتمر الصحفي المشترك لوزير الخارجية الكيني بول أوتينو ووزير الخارجية البرازيلي "
        "كارلوس سوزا\n"
    )
    assert frozenset({"بول أوتينو", "كارلوس سوزا"}) in met(run(text, "ar"))

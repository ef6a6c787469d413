"""Transcripts, joint statements and attendees in English government texts, round 16
(sentences written for these tests)."""

from __future__ import annotations

from .helpers import run, said


def test_en_turn_label_in_capitals_names_a_post_outside_the_title_list():
    ex = run(
        "Transcript of the press encounter by the Personal Envoy of the Secretary-General, "
        "Mr. Tomas Varga\n\n"
        "PERSONAL ENVOY VARGA: Good evening. The talks were long and useful.\n",
        "en",
    )
    assert ("Tomas Varga", "Good evening. The talks were long and useful.") in said(ex)


def test_en_turn_label_of_initials_is_the_earlier_label_s_speaker():
    ex = run(
        "Transcript of the press encounter by the Personal Envoy of the Secretary-General, "
        "Mr. Tomas Varga\n\n"
        "PERSONAL ENVOY VARGA: Good evening. The talks were long and useful.\n\n"
        "Q: Will the parties sign?\n\n"
        "PE: They have promised an answer by Friday.\n",
        "en",
    )
    assert ("Tomas Varga", "They have promised an answer by Friday.") in said(ex)


def test_en_initials_label_matching_no_earlier_label_names_no_speaker():
    ex = run(
        "Transcript of the press encounter by the Personal Envoy of the Secretary-General, "
        "Mr. Tomas Varga\n\n"
        "PERSONAL ENVOY VARGA: Good evening. The talks were long and useful.\n\n"
        "RC: The convoys are ready.\n",
        "en",
    )
    assert not any(q.startswith("The convoys") for _, q in said(ex))

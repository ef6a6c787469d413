"""Transcripts, joint statements and attendees in English government texts, round 16
(sentences written for these tests)."""

from __future__ import annotations

from .helpers import met, run, said


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


def test_en_attendee_who_also_participated_meets_the_other_side():
    ex = run(
        "Readout of the minister's meeting\n"
        "The Minister of Finance, Laura Brennick, met today with Tomasz Wielki, Poland's Minister "
        "of Finance. Dr. Anna Sobczak, Governor of the National Bank of Poland, also "
        "participated.",
        "en",
    )
    assert frozenset({"Anna Sobczak", "Laura Brennick"}) in met(ex)


def test_en_attendees_who_were_also_present_meet_the_guest():
    ex = run(
        "Minister receives envoy\n"
        "The Minister of Foreign Affairs, Karim Haddad, received Ambassador Lena Moretti, the "
        "Special Envoy of Italy, on Monday. The Secretary-General of the Ministry, Samir Aoun, "
        "and the Director of European Affairs, Rania Khoury, were also present.",
        "en",
    )
    assert frozenset({"Samir Aoun", "Lena Moretti"}) in met(ex)
    assert frozenset({"Rania Khoury", "Lena Moretti"}) in met(ex)


def test_en_attendees_present_at_the_courtesy_call_meet_the_other_side():
    ex = run(
        "Secretary-General receives minister\n"
        "The Secretary-General of the Commonwealth, Dr. Helen Mabuza, received a courtesy call "
        "from Hon. Peter Vasquez, Minister for Trade of Belize. Also present at the courtesy "
        "call were Deputy Secretary-General of the Commonwealth Dr. Ravi Menon, and Belize's "
        "High Commissioner, H.E. Carla Young.",
        "en",
    )
    assert frozenset({"Ravi Menon", "Peter Vasquez"}) in met(ex)
    assert frozenset({"Carla Young", "Helen Mabuza"}) in met(ex)

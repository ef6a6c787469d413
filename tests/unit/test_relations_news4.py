"""English readout and press-release meeting forms, and names with a generational number
(sentences written for these tests)."""

from __future__ import annotations

from .helpers import met, names, rels, run, said


# ---- a generational number closes a name; the surname is the word before it ---------------
def test_en_surname_before_a_generational_number_is_the_same_person():
    ex = run(
        "Secretary of Defense Paul R. Whitford III met today with King Faris. Secretary Whitford"
        " thanked the King for his support.",
        "en",
    )
    assert "Whitford" not in names(ex, "Official")
    assert frozenset({"Paul R. Whitford III", "Faris"}) in met(ex)
    assert len([m for m in met(ex) if "Faris" in m]) == 1


# ---- common meeting forms of readouts and releases -------------------------------------------
MEETINGS = [
    "Secretary of State Mark Dalton met today with Foreign Minister Ahmed Karimi of Jordan.",
    "Foreign Minister Ahmed Karimi and Secretary of State Mark Dalton met in Amman on Monday.",
    "Secretary of State Mark Dalton received Foreign Minister Ahmed Karimi on Sunday.",
    "Secretary of State Mark Dalton welcomed Foreign Minister Ahmed Karimi to Washington.",
    "In a meeting with Foreign Minister Ahmed Karimi, Secretary of State Mark Dalton discussed"
    " regional security.",
    "Secretary of State Mark Dalton hosted a dinner for Foreign Minister Ahmed Karimi.",
    "Secretary of State Mark Dalton hosted Foreign Minister Ahmed Karimi in Washington.",
]


def test_en_readout_meeting_forms_are_met_with():
    for text in MEETINGS:
        assert frozenset({"Mark Dalton", "Ahmed Karimi"}) in met(run(text, "en")), text


def test_en_counterpart_held_talks():
    ex = run(
        "Foreign Minister Ahmed Karimi and his Egyptian counterpart Sameh Farid held talks"
        " in Cairo.",
        "en",
    )
    assert frozenset({"Ahmed Karimi", "Sameh Farid"}) in met(ex)


NOT_MEETINGS = [
    "Foreign Minister Ahmed Karimi held a phone call with Secretary of State Mark Dalton.",
    "Foreign Minister Ahmed Karimi spoke by phone with Secretary of State Mark Dalton.",
    "Foreign Minister Ahmed Karimi held a video call with Secretary of State Mark Dalton.",
    "Foreign Minister Ahmed Karimi will meet Secretary of State Mark Dalton next week.",
]


def test_en_calls_and_future_meetings_are_not_met_with():
    for text in NOT_MEETINGS:
        assert not met(run(text, "en")), text


# ---- a person named without a title, then referred to by a bare post -------------------------
def test_en_bare_title_after_an_untitled_name_is_that_person():
    ex = run(
        "Helen Marsh, Tom Reade and Egyptian Prime Minister Adel Fouad discussed trade.\n"
        "On Monday, the Chancellor and the Trade Secretary met with Prime Minister Adel Fouad"
        " in London.\nTrade Secretary Tom Reade said the talks went well.",
        "en",
        title="Chancellor Meets Egyptian Prime Minister",
    )
    officials = names(ex, "Official")
    assert "Chancellor" not in officials
    assert "Helen Marsh" in officials
    assert frozenset({"Helen Marsh", "Adel Fouad"}) in met(ex)


def test_en_bare_title_with_two_untitled_names_stays_its_own_official():
    ex = run(
        "Helen Marsh and Tom Reade visited the port. Later the Chancellor met Prime Minister"
        " Adel Fouad in London.",
        "en",
    )
    assert not any(m == frozenset({"Helen Marsh", "Adel Fouad"}) for m in met(ex))


# ---- "renewed their call for": a statement of its own ----------------------------------------
def test_en_renewed_call_for_is_a_second_statement():
    ex = run(
        "Foreign Minister Ahmed Karimi welcomed the truce in Gaza and renewed his call for both"
        " sides to return to negotiations without delay.",
        "en",
    )
    quotes = [q for who, q in said(ex) if who == "Ahmed Karimi"]
    assert len(quotes) == 2
    assert any("return to negotiations" in q for q in quotes)


def test_en_a_phone_call_is_no_statement_cue():
    ex = run("Foreign Minister Ahmed Karimi renewed the phone call with Paul Grant.", "en")
    assert not said(ex)


# ---- a call that frames the sentence ---------------------------------------------------------
def test_en_a_call_framing_the_sentence_is_no_meeting():
    for text in (
        "During a virtual meeting, Secretary of State Mark Dalton and Foreign Minister Ahmed"
        " Karimi discussed trade.",
        "In a phone call, Secretary of State Mark Dalton and Foreign Minister Ahmed Karimi"
        " discussed the crisis.",
    ):
        assert not met(run(text, "en")), text


def test_en_a_meeting_framing_the_sentence_is_still_a_meeting():
    ex = run(
        "During their meeting, Secretary of State Mark Dalton and Foreign Minister Ahmed Karimi"
        " discussed trade.",
        "en",
    )
    assert frozenset({"Mark Dalton", "Ahmed Karimi"}) in met(ex)


# ---- "confirmed that": agency English for a statement ----------------------------------------
def test_en_confirmed_that_is_a_statement():
    for text, quote in (
        (
            "Foreign Minister Ahmed Karimi confirmed that the border would reopen next week.",
            "border",
        ),
        ("Foreign Minister Ahmed Karimi confirms that the border will reopen.", "border"),
        (
            "Foreign Minister Ahmed Karimi met the envoy in Amman, confirming that the talks"
            " would resume.",
            "talks would resume",
        ),
    ):
        assert any(w == "Ahmed Karimi" and quote in q for w, q in said(run(text, "en"))), text


# ---- "X, a member of the Y": belonging (FORMAT: belongs to) ----------------------------------
def test_en_a_member_of_in_apposition_is_member_of():
    ex = run(
        "Senator Paul Grant, a member of the Foreign Relations Committee, met Foreign Minister"
        " Ahmed Karimi in Amman.",
        "en",
    )
    assert ("Paul Grant", "Foreign Relations Committee") in rels(ex, "MEMBER_OF")
    assert ("Ahmed Karimi", "Foreign Relations Committee") not in rels(ex, "MEMBER_OF")


def test_en_meeting_a_member_of_a_body_is_no_membership():
    ex = run(
        "Foreign Minister Ahmed Karimi met a member of the Foreign Relations Committee in Amman.",
        "en",
    )
    assert ("Ahmed Karimi", "Foreign Relations Committee") not in rels(ex, "MEMBER_OF")

""" "had the chance to sit down with X", "had the honour of calling on X": an occasion the
subject had (past) to meet, no plan; "will have the opportunity to meet" stays a plan (sentences
written for these tests)."""

from __future__ import annotations

from .helpers import met, run

TITLE = "Trade Minister Ilse Brandvold and Peruvian Trade Minister Tomas Quispe in Bergen"


def test_en_had_the_opportunity_to_sit_down_with_is_a_meeting_of_the_speaker():
    text = (
        "TRADE MINISTER BRANDVOLD: Our ports are the heart of this partnership. Over breakfast in "
        "the harbour district I had the opportunity to sit down with Fisheries Minister Haakon "
        "Lerberg; salmon quotas took up most of it.\n"
    )
    assert frozenset({"Ilse Brandvold", "Haakon Lerberg"}) in met(run(text, "en", title=TITLE))


def test_en_had_the_privilege_of_calling_on_is_a_meeting():
    text = (
        "Ahead of the negotiations, Peruvian Trade Minister Tomas Quispe had the privilege of "
        "calling on Vice-President Sigrid Aasen at her residence.\n"
    )
    assert frozenset({"Tomas Quispe", "Sigrid Aasen"}) in met(run(text, "en", title=TITLE))


def test_en_an_opportunity_to_come_is_no_meeting():
    text = (
        "Peruvian Trade Minister Tomas Quispe will have the opportunity to meet Vice-President "
        "Sigrid Aasen next spring.\n"
    )
    assert frozenset({"Tomas Quispe", "Sigrid Aasen"}) not in met(run(text, "en", title=TITLE))


def test_en_a_negated_occasion_to_meet_is_no_meeting():
    for lead in ("never had", "has not had", "hasn't had"):
        text = (
            f"Peruvian Trade Minister Tomas Quispe {lead} the chance to sit down with "
            "Vice-President Sigrid Aasen, his adviser said.\n"
        )
        assert frozenset({"Tomas Quispe", "Sigrid Aasen"}) not in met(run(text, "en", title=TITLE))


def test_en_a_conditional_occasion_to_meet_is_no_meeting():
    text = (
        "If Peruvian Trade Minister Tomas Quispe had the opportunity of meeting Vice-President "
        "Sigrid Aasen, he would press for lower port fees.\n"
    )
    assert frozenset({"Tomas Quispe", "Sigrid Aasen"}) not in met(run(text, "en", title=TITLE))

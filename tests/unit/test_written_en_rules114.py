"""Round-23 meeting rule (English): an attendance line naming its meeting by a noun ("Also present
during the courtesy call were X and Y") joins the meeting told with that noun, not a later one
told otherwise ("The delegation later held a meeting with …"); "in the presence of" names no
meeting (sentences written for these tests)."""

from __future__ import annotations

from .helpers import met, run

_TEXT = (
    "Lilongwe — The Speaker of the National Assembly of Malawi, Rt. Hon. Grace Banda-Mhango, on "
    "Tuesday hosted a delegation from the Parliament of Zambia led by the Deputy Speaker, Rt. "
    "Hon. Mutale Chisenga, for a courtesy call at her office.\n"
    "The delegation later held a meeting with the Committee on Agriculture and Irrigation.\n"
)


def test_en_attendance_joins_the_meeting_its_noun_names():
    ex = run(
        _TEXT + "Also present during the courtesy call were the Clerk of the National Assembly "
        "of Malawi, Mr. Peter Kaunda Mwale, and the Zambian High Commissioner to Malawi, H.E. "
        "Brian Mulenga Tembo.",
        "en",
    )
    got = met(ex)
    assert frozenset({"Brian Mulenga Tembo", "Grace Banda-Mhango"}) in got
    assert not any(
        "Committee on Agriculture and Irrigation" in p and "Peter Kaunda Mwale" in p for p in got
    )

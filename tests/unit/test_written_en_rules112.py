"""Round-23 meeting rule (English): a visiting delegation that holds a meeting with a committee
("The delegation later held a working session with the Select Committee on X") meets the
committee as a body; a committee meets no official this way, and one named otherwise than right
after "with" is no party (sentences written for these tests)."""

from __future__ import annotations

from .helpers import met, run

_LEAD = (
    "ACCRA -- A delegation from the Parliament of Namibia, led by Hon. Petrus Shilongo, paid a "
    "courtesy call on the Speaker of Parliament, Rt. Hon. Kofi Adjei-Mensah, on Monday.\n"
)


def test_en_delegation_meets_the_committee_after_with():
    ex = run(
        _LEAD + "The delegation later held a working session with the Select Committee on Mines "
        "and Energy.",
        "en",
    )
    assert frozenset(
        {"Select Committee on Mines and Energy", "delegation from the Parliament of Namibia"}
    ) in met(ex)


def test_en_committee_meets_no_official_and_a_committee_in_a_title_is_no_party():
    ex = run(
        _LEAD + "Hon. Shilongo also held a meeting with the Select Committee on Mines and Energy. "
        "The delegation later met the Chair of the Select Committee on Health, Hon. Ama Owusu.",
        "en",
    )
    got = met(ex)
    assert not any(
        "Select Committee on Mines and Energy" in p and "Petrus Shilongo" in p for p in got
    )
    assert not any("Select Committee on Health" in p for p in got)

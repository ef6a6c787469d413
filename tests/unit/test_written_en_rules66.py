"""Round-21 body rules (English), on sentences written for the tests."""

from __future__ import annotations

from .helpers import names, rels, run


def test_en_a_junior_secretary_of_state_implies_no_state_department():
    # a text that writes the post with a served field ("to the Minister of X") styles it as
    # another government's junior minister: the bare post later implies no State Department
    ex = run(
        "Talks\n"
        "LISBON (Agency) - The talks were attended by Secretary of State to the Minister of "
        "Economy Mr. Rui Alves Duarte. Secretary of State Alves Duarte praised the new investment "
        "law.",
        "en",
    )
    assert "State Department" not in names(ex, "Agency")
    assert not any(t == "State Department" for _s, t in rels(ex, "MEMBER_OF"))


def test_en_the_us_secretary_of_state_keeps_the_state_department():
    ex = run(
        "Talks\n"
        "WASHINGTON (Agency) - Secretary of State Mary Cole met the visiting foreign minister of "
        "Peru, Luis Ortega Paz, on Tuesday.",
        "en",
    )
    assert ("Mary Cole", "State Department") in rels(ex, "MEMBER_OF")

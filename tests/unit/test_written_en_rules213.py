"""Agency copy: an official whose title names a body of an international organisation ("Head of
the United Nations Interim Mission in X") is in that body, and the body in the organisation:
no link skips it. A member of a delegation from the organisation keeps both (a delegation is no
such body). Sentences written for these tests."""

from __future__ import annotations

from .helpers import rels, run


def test_en_head_of_a_un_mission_is_the_missions_only():
    text = (
        "On Tuesday Foreign Minister Rahim Osmani held talks with UN Special Envoy and Head of "
        "the United Nations Interim Mission in Borovia Karl Westergaard."
    )
    member = rels(run(text, "en", title="Osmani meets Westergaard"), "MEMBER_OF")
    assert ("Karl Westergaard", "United Nations Interim Mission") in member
    assert ("United Nations Interim Mission", "United Nations") in member
    assert ("Karl Westergaard", "United Nations") not in member


def test_en_a_delegation_member_keeps_the_organisation():
    text = (
        "The Minister of Finance, Rahim Osmani, received a delegation from the World Bank. "
        "The delegation included World Bank Vice President Karl Westergaard."
    )
    member = rels(run(text, "en"), "MEMBER_OF")
    assert ("Karl Westergaard", "delegation from the World Bank") in member
    assert ("delegation from the World Bank", "World Bank") in member
    assert ("Karl Westergaard", "World Bank") in member

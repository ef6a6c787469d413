""" "Chief of the X Office at the ministry" (lower case, after the holder's name): the bare
"the ministry" places the office in the one ministry named before; it is not the office itself.
When ministries of two countries were named, the phrase places nothing (sentences written for
these tests)."""

from __future__ import annotations

from .helpers import ent, rels, run

TEXT = (
    "Slovenian minister briefs envoy on forest fires\n\n"
    "LJUBLJANA, 14 August -- Slovenia's Agriculture Minister Tadej Kralj briefed the "
    "Chilean Ambassador, Rodrigo Vial, on Thursday on the summer's forest fires.\n\n"
    "Nika Vrhovec, Chief of the Forest Protection Office at the ministry, walked the envoy "
    "through a satellite alert system that went live in June.\n"
)


def test_en_office_at_the_ministry_belongs_to_the_named_ministry():
    ex = run(TEXT, "en")
    office = ent(ex, "Forest Protection Office")
    assert "the ministry" not in office.aliases
    parents = {t for s, t in rels(ex, "MEMBER_OF") if s == "Forest Protection Office"}
    assert parents and all("Agriculture" in (t or "") for t in parents), parents


def test_en_office_at_the_ministry_with_two_sides_named_places_nothing():
    text = TEXT.replace(
        "the Chilean Ambassador, Rodrigo Vial,",
        "a team from Chile's Ministry of Agriculture led by Undersecretary Rodrigo Vial",
    ).replace("walked the envoy", "walked the team")
    ex = run(text, "en")
    assert ("Nika Vrhovec", "Forest Protection Office") in rels(ex, "MEMBER_OF")
    parents = {t for s, t in rels(ex, "MEMBER_OF") if s == "Forest Protection Office"}
    assert not any("Agriculture" in (t or "") for t in parents), parents

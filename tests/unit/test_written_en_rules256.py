"""English: "The meetings were attended by X" after several meetings that one party holds in
common (a session it chaired with no counterpart named, then separate talks): X sat on that
party's side and meets its counterparts, not the party itself (sentences written for these
tests)."""

from __future__ import annotations

from .helpers import met, run

_TEXT = (
    "Finnish minister leads Nordic planning session\n\n"
    "HELSINKI, Mar 4 (Agency) -- Minister of Foreign Affairs Aino Koskela chaired a planning"
    " session of the Nordic Council of Ministers in Helsinki on Wednesday with the participation"
    " of senior Nordic diplomats.\n"
    "Later, Koskela held separate talks with Danish Minister of Foreign Affairs Mads Lindholm"
    " and Estonian Minister of Foreign Affairs Kaido Tamm.\n"
    "The meetings were attended by State Secretary Ville Rantanen.\n"
)


def test_en_meetings_attendee_meets_counterparts_not_lead():
    pairs = met(run(_TEXT, "en"))
    assert frozenset({"Ville Rantanen", "Mads Lindholm"}) in pairs
    assert frozenset({"Ville Rantanen", "Kaido Tamm"}) in pairs
    assert frozenset({"Ville Rantanen", "Aino Koskela"}) not in pairs


def test_en_other_country_envoy_still_meets_lead():
    text = _TEXT.replace(
        "State Secretary Ville Rantanen", "Denmark's Ambassador to Finland Jens Holm"
    )
    pairs = met(run(text, "en"))
    assert frozenset({"Jens Holm", "Aino Koskela"}) in pairs


def test_en_single_meeting_attendee_unchanged():
    text = _TEXT.replace(" and Estonian Minister of Foreign Affairs Kaido Tamm", "").replace(
        "The meetings were", "The meeting was"
    )
    pairs = met(run(text, "en"))
    assert frozenset({"Ville Rantanen", "Mads Lindholm"}) in pairs

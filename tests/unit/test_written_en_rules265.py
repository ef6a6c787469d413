"""A minister of technology implies a ministry of that portfolio ("Minister of Development and
Technology" → that ministry, of the title's country), round 26 (sentences written for these
tests)."""

from __future__ import annotations

from .helpers import ent, run


def _member(ex, person: str) -> set[str]:
    by_id = {e.id: e for e in ex.entities}
    pid = ent(ex, person).id
    return {
        by_id[r.target].name
        for r in ex.relations
        if r.type == "MEMBER_OF" and r.source == pid and r.target in by_id
    }


def test_en_minister_of_development_and_technology_implies_that_ministry():
    ex = run(
        "Investment talks\n"
        "RIYADH - The investment minister held talks today with Hungary's Minister of "
        "Development and Technology Bence Halasz on joint projects.",
        "en",
    )
    held = _member(ex, "Bence Halasz")
    assert any("Technology" in n for n in held)
    ministry = next(e for e in ex.entities if e.type == "Agency" and "Technology" in e.name)
    assert ministry.country == "HUN"


def test_en_minister_of_communications_and_information_technology_keeps_communications():
    ex = run(
        "Digital talks\n"
        "CAIRO - Minister of Communications and Information Technology Karim Fawzi met the "
        "delegation on Monday.",
        "en",
    )
    ministry = next(e for e in ex.entities if e.type == "Agency" and e.kind == "ministry")
    assert "Communications" in ministry.name or any("Communications" in a for a in ministry.aliases)

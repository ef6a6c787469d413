"""English MEMBER_OF: a title whose words stop inside a body's name ("Director of the Trade and
Economic Affairs Bureau", the name's first words read as the title's portfolio) still places
its holder in that body (sentences written for these tests)."""

from __future__ import annotations

from .helpers import rels, run


def _members(text: str) -> set[tuple[str, str | None]]:
    return rels(run(text, "en"), "MEMBER_OF")


def test_en_title_running_into_a_coordinated_bureau_name():
    got = _members(
        "Mr. Tanaka Shiro, Director-General of the Trade and Economic Affairs Bureau, attended "
        "the meeting."
    )
    assert ("Tanaka Shiro", "Trade and Economic Affairs Bureau") in got


def test_en_title_running_into_a_regional_department_name():
    got = _members(
        "Ms. Vera Lindahl, Director of the Nordic and Baltic Affairs Department, welcomed the "
        "visitors in Oslo."
    )
    assert ("Vera Lindahl", "Nordic and Baltic Affairs Department") in got


def test_en_delegation_after_a_title_is_no_body_of_the_title():
    got = _members(
        "Mr. Tanaka Shiro, Director-General of the Trade and Economic Affairs Bureau, met a "
        "delegation from Peru."
    )
    assert all(t != "delegation" for _, t in got)


def test_en_title_naming_a_house_before_its_committee_holds_the_committee():
    got = _members(
        "Mrs. Joan Merriweather, Chair of the House of Lords Economic Affairs Committee, spoke "
        "at the opening."
    )
    assert ("Joan Merriweather", "Economic Affairs Committee") in got


def test_en_holder_of_a_house_committee_is_not_placed_in_the_house_by_the_title():
    got = _members(
        "Mrs. Joan Merriweather, Chair of the House of Lords Economic Affairs Committee, spoke "
        "at the opening."
    )
    assert ("Economic Affairs Committee", "House of Lords") in got
    assert ("Joan Merriweather", "House of Lords") not in got

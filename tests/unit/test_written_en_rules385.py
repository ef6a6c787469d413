"""A capitalised verb of saying right after an honorific or a post, before a listed given name,
is the holder's first name, not the verb (sentences written for these tests)."""

from __future__ import annotations

from .helpers import names, run

TEXT = (
    "Lilongwe, Feb 2 (MANA) - A letter from Dr. Said Yusuf Karama, the Minister of Health, "
    "reached district clinics on Friday.\n\n"
    "Later, Governor Said Hamza Lutalo toured two shelters in the south.\n"
)


def test_en_said_after_a_style_is_a_given_name():
    got = names(run(TEXT, "en"), "Official")
    assert "Said Yusuf Karama" in got
    assert "Said Hamza Lutalo" in got
    assert "Yusuf Karama" not in got


POST_TEXT = (
    "Windhoek, Apr 8 (NAMPA) - Minister of Mines and Energy Said Tomas Haufiku opened a solar "
    "plant near the coast on Wednesday.\n"
)


def test_en_said_after_a_post_with_its_portfolio_is_a_given_name():
    got = names(run(POST_TEXT, "en"), "Official")
    assert "Said Tomas Haufiku" in got

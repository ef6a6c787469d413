"""English speaker forms of round 22: "In her meeting with Y, the Secretary underscored …": a bare
title right before the verb, after the comma closing a phrase that opens the sentence, is the
speaker, not the counterpart named inside the phrase (sentences written for these tests)."""

from __future__ import annotations

from .helpers import rels, run

_OPEN = (
    "Secretary holds bilateral meetings\n\n"
    "Foreign Affairs Secretary Elena Cruz-Mendoza held bilateral meetings on the sidelines of the "
    "ASEAN meeting in Vientiane on Thursday.\n"
)


def _speakers(ex) -> set[str]:
    return {s for s, _ in rels(ex, "SAID")}


def test_en_fronted_meeting_phrase_then_bare_title_speaks():
    ex = run(
        _OPEN + "In her meeting with Australia's Minister for Foreign Affairs, Senator Claire "
        "Whitmore, the Secretary underscored the Philippines' interest in a new maritime "
        "cooperation agreement.",
        "en",
    )
    assert "Elena Cruz-Mendoza" in _speakers(ex)
    assert "Claire Whitmore" not in _speakers(ex)


def test_en_apposed_title_after_a_name_keeps_the_name():
    ex = run(
        _OPEN + "Claire Whitmore, Australia's Minister for Foreign Affairs, underscored "
        "Australia's support for freedom of navigation.",
        "en",
    )
    assert "Claire Whitmore" in _speakers(ex)

"""English belonging of round 23: a body named right before the first words of an official's
title ("the UN Resident and Humanitarian Coordinator in X, Y", "the UN Secretary-General's
Special Envoy for X Y") places the official in it (sentences written for these tests)."""

from __future__ import annotations

from .helpers import rels, run


def _member_of(ex, official: str) -> set[str]:
    return {t for s, t in rels(ex, "MEMBER_OF") if s == official}


def test_en_body_before_split_title_places_the_official():
    ex = run(
        "Minister Petra Novak received the UN Resident and Humanitarian Coordinator in Chad, "
        "Oskar Lindahl, in Ndjamena on Tuesday.",
        "en",
    )
    assert _member_of(ex, "Oskar Lindahl") & {"UN", "United Nations"}


def test_en_body_before_possessive_title_places_the_official():
    ex = run(
        "Foreign Minister Tomas Berg met on Friday with the UN Secretary-General's Special "
        "Envoy for Libya Ivana Kralj, who is visiting Oslo.",
        "en",
    )
    assert _member_of(ex, "Ivana Kralj") & {"UN", "United Nations"}


def test_en_no_body_across_a_comma():
    ex = run(
        "The statement was issued by the UN, Foreign Minister Tomas Berg said on Friday.",
        "en",
    )
    assert not _member_of(ex, "Tomas Berg") & {"UN", "United Nations"}

"""A capitalised "Government" alone, with no article, country or complement and governed by no
role, is an attribute or a venue ("Government sources said", "at Government Buildings"), no body;
"the Government" still is one (round 25, sentences written for these tests)."""

from __future__ import annotations

from .helpers import names, run


def test_en_government_sources_name_no_body():
    ex = run(
        "Talks in Tripoli\n"
        "Government sources told reporters that the meeting with envoy Marco Bellini went well.",
        "en",
    )
    assert "Government" not in names(ex, "Agency")


def test_en_government_buildings_name_no_body():
    ex = run(
        "Talks in Dublin\n"
        "The minister was received by Prime Minister Aoife Kennedy-Walsh at Government Buildings "
        "on Monday.",
        "en",
    )
    assert "Government" not in names(ex, "Agency")


def test_en_the_government_still_names_a_body():
    ex = run(
        "Talks in Dublin\nThe Government said on Monday that it welcomed the visit of the envoy.",
        "en",
    )
    assert "Government" in names(ex, "Agency")

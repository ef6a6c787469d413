"""A title's field "for <body> Affairs" ("Assistant Secretary for ASEAN Affairs X Y") is the
post's field, not the body: the title runs over "Affairs" and the name after it is the holder's
(sentences written for these tests)."""

from __future__ import annotations

from .helpers import names, run


def test_en_field_of_a_body_and_affairs_before_the_name():
    ex = run(
        "The minister later met Director for OPEC Affairs Laura T. Whitcombe at the embassy.", "en"
    )
    assert "Laura T. Whitcombe" in names(ex, "Official")

"""A body whose name holds an organisation's canonical name ("United Nations ...") is part of
that organisation when the article names it short ("UN"): the short name's canonical names
count as its names (sentences written for these tests)."""

from __future__ import annotations

from .helpers import rels, run

_TEXT = (
    "Minister meets UN officials in Geneva\n"
    "GENEVA - The minister met on Monday with the Administrator of the United Nations "
    "Development Programme, Helga Brandtner, to discuss support for rural electrification."
)


def test_en_body_named_with_the_un_full_name_is_part_of_the_short_named_un():
    got = rels(run(_TEXT, "en"), "MEMBER_OF")
    assert ("United Nations Development Programme", "UN") in got

"""A capitalised verb of saying between a listed given name and a family name, the name opened
by a post with its "of" phrase (no title word right before the first name), is a middle name
(sentences written for these tests)."""

from __future__ import annotations

from .helpers import names, rels, run

TEXT = (
    "Gaborone, Sep 14 (BOPA) - Minister of Youth, Gender and Sports Khalid Said Ndlovu opened "
    "the regional athletics championship on Saturday.\n"
)


def test_en_said_inside_a_name_after_a_long_post():
    ex = run(TEXT, "en")
    got = names(ex, "Official")
    assert "Khalid Said Ndlovu" in got
    assert "Khalid" not in got
    assert any(src == "Khalid Said Ndlovu" for src, _ in rels(ex, "MEMBER_OF"))

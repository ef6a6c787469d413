""" "TITLE of the ministry NAME told …": in cased text a body named by its lower-case head alone
(an anaphor) ends there, so a name of two words or more after it is the title's holder, even
before a verb, and the holder is of the body the anaphor resolves to (sentences written for
these tests)."""

from __future__ import annotations

from .helpers import names, rels, run, said

TEXT = (
    "Minister of Health Maren Holt Eide visited the new clinic in Bergen on Tuesday.\n\n"
    "Assistant Secretary of the ministry Sindre Aas Nygard told reporters that the clinic would "
    "treat children first.\n"
)


def test_en_holder_after_a_lower_case_body_anaphor():
    ex = run(TEXT, "en")
    assert "Sindre Aas Nygard" in names(ex, "Official")
    assert ("Sindre Aas Nygard", "Health Ministry") in rels(ex, "MEMBER_OF")


def test_en_holder_after_a_body_anaphor_speaks():
    speakers = [sp for sp, q in said(run(TEXT, "en")) if "children first" in q]
    assert speakers == ["Sindre Aas Nygard"]

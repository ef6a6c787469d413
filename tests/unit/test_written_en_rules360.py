""" "TITLE of the ministry NAME": in cased text a body named by its lower-case head alone (an
anaphor) ends there, so the name of two words after it is the title's holder, and the holder is
of the body the anaphor resolves to (sentences written for these tests)."""

from __future__ import annotations

from .helpers import names, rels, run, said

TEXT = (
    "Minister of Tourism Helena Sousa Brandao opened the Porto travel fair on Monday.\n\n"
    "The loan for the coastal trail was signed on the Portuguese side by Director-General of the "
    "ministry Tiago Manuel Reis and on the lender's side by Vice President Sofie Lund Berg.\n\n"
    "Deputy Director of the ministry Carla Nunes Pinto said the trail would open next summer."
)


def test_en_holder_after_a_lower_case_body_anaphor():
    ex = run(TEXT, "en")
    assert {"Tiago Manuel Reis", "Carla Nunes Pinto"} <= names(ex, "Official")
    members = rels(ex, "MEMBER_OF")
    assert ("Tiago Manuel Reis", "Tourism Ministry") in members
    assert ("Carla Nunes Pinto", "Tourism Ministry") in members


def test_en_holder_after_a_body_anaphor_speaks():
    speakers = [sp for sp, q in said(run(TEXT, "en")) if "next summer" in q]
    assert speakers == ["Carla Nunes Pinto"]

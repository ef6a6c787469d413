"""A delegation named by the article and the participle of visiting is the delegation told
before, as the bare "the delegation" is: a list of people it comprises are its members
(sentences written for these tests)."""

from __future__ import annotations

from .helpers import rels, run

TEXT = (
    "Tallinn, Oct 9 (ERR) - Estonian Minister of Culture Liina Kuusik hosted on Thursday "
    "Chile's Minister of Culture Tomas Araya Soto and his accompanying delegation.\n\n"
    "Talks covered choir festivals and film co-productions.\n\n"
    "The visiting delegation comprised Undersecretary of Heritage Carlos Rojas Pinto and "
    "Director of the National Film Archive Benjamin Ossa Lagos.\n"
)


def test_en_visiting_delegation_lists_its_members():
    got = rels(run(TEXT, "en"), "MEMBER_OF")
    assert ("Carlos Rojas Pinto", "accompanying delegation") in got
    assert ("Benjamin Ossa Lagos", "accompanying delegation") in got

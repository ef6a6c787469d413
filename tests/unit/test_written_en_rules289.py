"""A courtesy call told in the passive ("X was paid a courtesy call by Y"): the one called on met
the caller, as with "Y paid a courtesy call on X" (sentences written for these tests)."""

from __future__ import annotations

from .helpers import met, run

TEXT = (
    "Visitors at the Prime Minister's office\n\n"
    "The Prime Minister of Fiji, Mr. Semesa Tuilagi, was paid a courtesy call by the Ambassador "
    "of Chile to Fiji, Ms. Renata Olguin, at his office in Suva on Monday.\n\n"
    "In the afternoon, the Prime Minister was paid a farewell call by the departing High "
    "Commissioner of Samoa, Mr. Tavita Leiataua. He thanked him for his service.\n"
)


def test_en_passive_courtesy_call_is_a_meeting():
    pairs = met(run(TEXT, "en"))
    assert frozenset({"Semesa Tuilagi", "Renata Olguin"}) in pairs
    assert frozenset({"Semesa Tuilagi", "Tavita Leiataua"}) in pairs

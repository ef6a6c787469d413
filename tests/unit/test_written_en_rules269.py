"""English: a name whose first word is in no list, set off by commas after a title's complement
that ends with a place ("the head of X in Y, Anna Z, attended …"), is the holder's name when the
clause goes on after the second comma with a lower-case word; a list that goes on with "and" is
no apposition (sentences written for these tests)."""

from __future__ import annotations

from .helpers import met, names, run


def test_en_unlisted_name_between_commas_after_place():
    ex = run(
        "The minister received the visiting delegation. The head of the Dutch relief agency in"
        " Malawi, Jorien Velthuis, attended the talks with the minister.",
        "en",
    )
    assert "Jorien Velthuis" in names(ex, "Official")


def test_en_unlisted_name_between_commas_before_infinitive():
    ex = run(
        "Minister Kofi Asante held talks on Monday with the Country Director of the World Food"
        " Programme (WFP) in Ghana, Brigitta Ostervald, to plan school feeding in the north.",
        "en",
    )
    assert "Brigitta Ostervald" in names(ex, "Official")
    assert frozenset({"Kofi Asante", "Brigitta Ostervald"}) in met(ex)


def test_en_list_of_capitalised_items_is_no_name():
    ex = run(
        "The director of the programme in the north, Upper Valley, and the coast attended.",
        "en",
    )
    assert "Upper Valley" not in names(ex, "Official")

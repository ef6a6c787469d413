"""English: a body's name listed among a minister's fields ("Minister of Foreign Affairs,
European Union and Cooperation, X") is one of the fields: the list goes on through it to the
holder's name (sentences written for these tests)."""

from __future__ import annotations

from .helpers import ent, names, run


def test_en_agency_name_inside_a_list_of_fields_set_off_by_commas():
    ex = run(
        "She received a call today from Portugal's Minister of Foreign Affairs, European Union "
        "and Trade, Joana Ribeiro Matos.",
        "en",
    )
    assert "Joana Ribeiro Matos" in names(ex, "Official")
    assert "European Union" in (ent(ex, "Joana Ribeiro Matos").title or "")


def test_en_agency_after_a_title_and_a_comma_without_a_name_is_no_field():
    ex = run(
        "The Minister of Foreign Affairs, the European Union and the African Union issued a joint "
        "call for calm.",
        "en",
    )
    assert "European Union" in names(ex, "Agency")

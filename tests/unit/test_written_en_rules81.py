"""Round-22 title rule (English): a member of the European Parliament styled "MEP"/"MEPs"."""

from __future__ import annotations

from .helpers import names, rels, run


def test_en_meps_before_a_list_of_names_make_each_one_an_official():
    ex = run(
        "The speaker received a delegation of the European Parliament on Tuesday.\n"
        "The delegation was made up of MEPs Joana Ferreira, Lukas Brandt and Elin Nyqvist.",
        "en",
    )
    assert {"Joana Ferreira", "Lukas Brandt", "Elin Nyqvist"} <= names(ex, "Official")
    delegation = "delegation of the European Parliament"
    assert ("Lukas Brandt", delegation) in rels(ex, "MEMBER_OF")


def test_en_mep_before_one_name_styles_an_official():
    ex = run("The minister met MEP Joana Ferreira in Lisbon on Tuesday.", "en")
    assert "Joana Ferreira" in names(ex, "Official")

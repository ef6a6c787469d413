"""Bodies of a country's business named by a demonym before a field ("the Confederation of
Pakistani Industry") are that country's, round 15 (sentences written for these tests)."""

from __future__ import annotations

from .helpers import rels, run


def test_en_business_confederation_named_by_demonym_and_field_is_the_countrys():
    ex = run(
        "Trade mission arrives\n"
        "ISLAMABAD - Tariq Anwar Qureshi, head of the Federation of Pakistani Industry, said on "
        "Monday that exports to the Gulf would rise this year.",
        "en",
    )
    member = rels(ex, "MEMBER_OF")
    assert ("Federation of Pakistani Industry", "Pakistan") in member
    assert ("Tariq Anwar Qureshi", "Federation of Pakistani Industry") in member


def test_en_department_named_by_demonym_and_field_still_names_no_country():
    ex = run(
        "Officials meet\n"
        "AMMAN - Salim Haddad, director of the Department of Syrian Affairs, said talks "
        "would go on.",
        "en",
    )
    member = rels(ex, "MEMBER_OF")
    assert ("Department of Syrian Affairs", "Syria") not in member

"""English: "the Chairman of its Committee on X, Y": the body's possessive "its" right after
"of" inside a title's field refers to the house named before, not to a person; the holder's
name set off after the field is read (sentences written for these tests)."""

from __future__ import annotations

from .helpers import names, run


def test_en_chairman_of_its_committee_then_the_name():
    ex = run(
        "The Speaker received a delegation from the Senate of Chile led by the Chairman of its "
        "Committee on Mining and Energy, Rodrigo Alcaino Vera.",
        "en",
    )
    assert "Rodrigo Alcaino Vera" in names(ex, "Official")


def test_en_deputy_chair_of_its_commission_with_a_lower_case_field():
    ex = run(
        "The minister received a delegation from the National Assembly of Kenya, led by the "
        "Deputy Chairman of its Committee for trade and industry, Wanjiku Ndirangu Mbeki.",
        "en",
    )
    assert "Wanjiku Ndirangu Mbeki" in names(ex, "Official")


def test_en_his_counterpart_after_a_title_is_still_another_person():
    ex = run(
        "The Peruvian minister and his Chilean counterpart Andres Soto held talks in Lima.",
        "en",
    )
    officials = names(ex, "Official")
    assert "Andres Soto" in officials
    assert not any("Peruvian" in n and "Andres" in n for n in officials)

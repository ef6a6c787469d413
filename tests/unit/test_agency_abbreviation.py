"""An agency's abbreviation in brackets right after its name is one of its names, in both
languages; an agency read from the abbreviation alone is the same agency.

Sentences written for these tests (not from any evaluation set).
"""

from .helpers import ent, names, run


def test_an_english_abbreviation_joins_its_agency():
    ex = run(
        "The minister welcomed the decision, the Kuwait News Agency (KUNA) reported. "
        "KUNA added that the minister will travel.",
        "en",
    )
    a = ent(ex, "Kuwait News Agency")
    assert "KUNA" in a.aliases
    assert "KUNA" not in names(ex, "Agency")


def test_an_arabic_abbreviation_is_an_alias():
    ex = run("ونقلت وكالة الأنباء الكويتية (كونا) عن الوزير قوله إن الزيارة مهمة.", "ar")
    assert "كونا" in ent(ex, "وكالة الأنباء الكويتية").aliases


def test_a_lower_case_aside_in_brackets_is_no_abbreviation():
    ex = run("The Central Bank of Jordan (formerly) said inflation was stable.", "en")
    assert "formerly" not in ent(ex, "Central Bank of Jordan").aliases

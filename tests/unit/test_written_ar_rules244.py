"""A chamber of commerce closed by a country's name that is also a town's elsewhere belongs to
that country when the article names it; spelt as the town (a doubled consonant marked) it does
not (sentences written for these tests)."""

from __future__ import annotations

from .helpers import rels, run


def _chamber_country(text: str) -> set[tuple[str, str]]:
    ex = run(text, "ar")
    return {(s, t) for s, t in rels(ex, "MEMBER_OF") if s.startswith("غرفة")}


def test_ar_chamber_named_by_the_country_belongs_to_it():
    got = _chamber_country(
        "منتدى تجاري في مسقط\n"
        "استقبل وفد رجال الأعمال في سلطنة عُمان سعادة ماجد بن راشد الفارسي، نائب رئيس مجلس "
        "إدارة غرفة تجارة وصناعة عُمان، وبحث معه فرص التعاون في قطاع اللوجستيات."
    )
    assert any(t in ("عمان", "عُمان", "سلطنة عُمان") for _, t in got)


def test_ar_chamber_of_the_town_spelt_with_gemination_is_not_the_country_s():
    got = _chamber_country(
        "لقاء اقتصادي\n"
        "زار وفد من سلطنة عُمان غرفة تجارة عمّان واطلع على خدماتها للمستثمرين في قطاع النسيج."
    )
    assert not any(t in ("عمان", "عُمان", "سلطنة عُمان") for _, t in got)


def test_ar_chamber_of_a_city_is_not_linked_to_the_country_by_its_name():
    got = _chamber_country(
        "لقاء اقتصادي\n"
        "التقى وزير التجارة التركي رئيس غرفة تجارة قونية لبحث صادرات تركيا من الآلات الزراعية."
    )
    assert not any(t == "تركيا" for _, t in got)

"""After a country's nisba, a body's field glued to the contracted article goes on: with a
definite word joined by "and" (and the adjective after it), and with a participle adjective
(sentences written for these tests)."""

from __future__ import annotations

from .helpers import names, rels, run

TEXT = (
    "وقّع مدير المؤسسة السودانية للبحوث الزراعية والثروة السمكية حامد عثمان الطيب، مساء "
    "الثلاثاء، مذكرة تعاون مع جامعة كسلا.\n"
    "وشهد التوقيع مستشار الهيئة الصومالية للخدمات المتكاملة يوسف آدم ورسمي.\n"
)


def test_ar_coordinated_field_after_nisba_stays_in_the_name():
    ex = run(TEXT, "ar")
    agencies = names(ex, "Agency")
    assert "المؤسسة السودانية للبحوث الزراعية والثروة السمكية" in agencies
    assert "المؤسسة السودانية للبحوث الزراعية" not in agencies
    member = rels(ex, "MEMBER_OF")
    assert ("حامد عثمان الطيب", "المؤسسة السودانية للبحوث الزراعية والثروة السمكية") in member


def test_ar_participle_after_field_after_nisba_stays_in_the_name():
    ex = run(TEXT, "ar")
    agencies = names(ex, "Agency")
    assert "الهيئة الصومالية للخدمات المتكاملة" in agencies
    assert "الهيئة الصومالية للخدمات" not in agencies
    assert ("يوسف آدم", "الهيئة الصومالية للخدمات المتكاملة") in rels(ex, "MEMBER_OF")

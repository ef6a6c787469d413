"""«اللورد» and «البارونة», the style of a British peer, come before the name: a minister of state
sitting in the Lords, named after a long title, is a person, and the short form later is the same
person (sentences written for these tests)."""

from __future__ import annotations

from .helpers import ent, met, names, run, said

TEXT = (
    "وزيرة الدولة البريطانية لشؤون آسيا تزور الكويت\n\n"
    "الكويت - بدأت وزيرة الدولة لشؤون آسيا والمحيط الهادئ في وزارة الخارجية البريطانية، "
    "البارونة كاثرين ويلوبي، اليوم زيارة رسمية إلى دولة الكويت.\n\n"
    "واجتمعت البارونة ويلوبي مع وزير التجارة الكويتي، فهد سالم العتيبي، لبحث فرص الاستثمار.\n"
)

TEXT_LORD = (
    "مباحثات بريطانية أردنية\n\n"
    "عمّان - استقبل رئيس مجلس الأعيان الأردني، سالم خالد الفايز، اللورد جيمس هارتلي، مبعوث "
    "رئيس الوزراء البريطاني للتجارة.\n\n"
    "وقال اللورد هارتلي إن بلاده تريد مضاعفة الاستثمارات في الأردن.\n"
)


def test_ar_baroness_is_a_style_before_a_minister_name():
    ex = run(TEXT, "ar")
    assert "كاثرين ويلوبي" in names(ex, "Official")
    assert "البارونة ويلوبي" in ent(ex, "كاثرين ويلوبي").aliases
    assert frozenset({"كاثرين ويلوبي", "فهد سالم العتيبي"}) in met(ex)


def test_ar_lord_is_a_style_not_a_name():
    ex = run(TEXT_LORD, "ar")
    assert "جيمس هارتلي" in names(ex, "Official")
    assert any(sp == "جيمس هارتلي" and "مضاعفة" in q for sp, q in said(ex))

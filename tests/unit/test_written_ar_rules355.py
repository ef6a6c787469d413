"""Congratulations and condolences conveyed, the object of the conveying verb right after its
subject's title, are never a name word (sentences written for these tests)."""

from __future__ import annotations

from .helpers import names, run


def test_ar_conveyed_congratulations_and_condolences_name_nobody():
    ex = run(
        "أوراق اعتماد\n"
        "الكويت - تسلم نائب وزير الخارجية الكويتي بدر سالم العنزي أوراق اعتماد السفير الأسترالي "
        "ديفيد جون هارغريف مساء الثلاثاء. وفي ختام المراسم نقل السفير تهاني حكومته بالعيد الوطني، "
        "ثم نقل نائب الوزير تعازي الكويت في ضحايا حرائق الغابات.",
        "ar",
    )
    assert names(ex, "Official") == {"بدر سالم العنزي", "ديفيد جون هارغريف"}

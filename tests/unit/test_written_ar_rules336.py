"""«نائب رئيس الحكومة» and «نائب رئيس مجلس الوزراء» are two styles of one post: the bare
government-style mention names the one official of the article who belongs to a cabinet or a
government, not a second official (sentences written for these tests)."""

from __future__ import annotations

from .helpers import ent, met, names, run


def test_ar_government_style_names_the_cabinet_deputy_head():
    ex = run(
        "بحث وزير الزراعة رامي يوسف عقل صباح اليوم خطة دعم مزارعي التفاح مع نائب رئيس "
        "مجلس الوزراء الدكتور نبيل جورج عيسى.\n\n"
        "وأكد نائب رئيس الحكومة خلال الاجتماع أن الاعتمادات اللازمة ستؤمن قبل نهاية الشهر.",
        "ar",
        title="وزير الزراعة يبحث مع نائب رئيس الحكومة دعم المزارعين",
    )
    assert "نائب رئيس الحكومة" not in names(ex, "Official")
    assert "نائب رئيس الحكومة" in ent(ex, "نبيل جورج عيسى").aliases
    assert frozenset({"رامي يوسف عقل", "نبيل جورج عيسى"}) in met(ex)

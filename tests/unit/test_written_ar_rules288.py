"""Parliamentary unions and a few regional bodies are international bodies with no country: the
union of the world's parliaments, of the Arab and of the African parliaments, the Horn of
Africa's development authority, the Indian Ocean rim's association, the alliance of Latin
America's Pacific coast and the UN's interim force in southern Lebanon (sentences written for
these tests)."""

from __future__ import annotations

from .helpers import ent, rels, run

UNIONS = (
    "أعلنت نائبة رئيس الاتحاد البرلماني الدولي إلسا مارتينسون، في ختام ندوة للشباب بجنيف، أن "
    "الدورة المقبلة ستعقد في أوسلو. وسيعرض الاتحاد البرلماني الإفريقي تقريره السنوي هناك، بينما "
    "اعتذر الاتحاد البرلماني العربي عن الحضور."
)

REGIONAL = (
    "نظمت إيغاد في نيروبي ورشة عن مكافحة الجفاف حضرها خبراء من رابطة الدول المطلة على المحيط "
    "الهندي. وفي الناقورة، سلّمت قوة الأمم المتحدة المؤقتة في لبنان معدات طبية لمستشفى محلي، "
    "بينما أطلق تحالف المحيط الهادئ منحا دراسية لطلاب من الإكوادور."
)


def test_ar_parliamentary_unions_are_international_bodies():
    ex = run(UNIONS, "ar")
    for name in (
        "الاتحاد البرلماني الدولي",
        "الاتحاد البرلماني العربي",
        "الاتحاد البرلماني الإفريقي",
    ):
        body = ent(ex, name)
        assert body.type == "Agency" and body.country is None
    assert ("إلسا مارتينسون", "الاتحاد البرلماني الدولي") in rels(ex, "MEMBER_OF")


def test_ar_regional_bodies_are_international_bodies():
    ex = run(REGIONAL, "ar")
    for name in (
        "إيغاد",
        "رابطة الدول المطلة على المحيط الهندي",
        "قوة الأمم المتحدة المؤقتة في لبنان",
        "تحالف المحيط الهادئ",
    ):
        body = ent(ex, name)
        assert body.type == "Agency" and body.country is None

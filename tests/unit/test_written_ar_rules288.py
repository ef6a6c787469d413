"""Parliamentary unions and a few regional bodies are international bodies with no country: the
union of the world's parliaments, of the Arab and of the African parliaments, the Horn of
Africa's development authority, the Indian Ocean rim's association, the alliance of Latin
America's Pacific coast and the UN's interim force in southern Lebanon (sentences written for
these tests)."""

from __future__ import annotations

from .helpers import ent, rels, run

UNIONS = (
    "استقبل رئيس مجلس الشيوخ التشيلي رودريغو فالديس في سانتياغو الأمين العام للاتحاد البرلماني "
    "الدولي ماتياس كرونبرغ، وتناول اللقاء التنسيق داخل الاتحاد البرلماني العربي والاتحاد "
    "البرلماني الإفريقي."
)

REGIONAL = (
    "أشاد وزير الخارجية الكيني جوزيف أوتينو بجهود الهيئة الحكومية الدولية للتنمية (إيغاد) في "
    "الوساطة، وبحث مع نظيره الإندونيسي بودي سانتوسو تحضيرات رابطة الدول المطلة على المحيط الهندي "
    "ودعم قوة الأمم المتحدة المؤقتة في لبنان، كما تطرقا إلى تحالف المحيط الهادئ."
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
    assert ("ماتياس كرونبرغ", "الاتحاد البرلماني الدولي") in rels(ex, "MEMBER_OF")


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

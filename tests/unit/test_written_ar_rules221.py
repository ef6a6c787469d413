"""Arabic spokesman readouts of round 25: "wa-adafa X anna al-wazir 'aqada jalsat mubahathat ma'a
Y": the bare title opening the reported clause (its holder, the minister told before) holds the
meeting noun, not the spokesman who reports it (sentences written for these tests)."""

from __future__ import annotations

from .helpers import met, run

_TEXT = (
    "صرح السفير كمال حسن، المتحدث الرسمي باسم وزارة الخارجية، بأن الدكتور سامي نور، وزير "
    "الخارجية، بدأ جولته يوم الاثنين بزيارة العاصمة الكينية نيروبي، حيث استقبله الرئيس الكيني "
    "وليام كاماو.\n"
    "وأضاف حسن أن الوزير عقد في اليوم ذاته جلسة مباحثات مع جوزيف موانغي أوكيلو، وزير الخارجية "
    'الكيني، أعقبها مؤتمر صحفي مشترك، شدد خلاله نور على أن "أمن البحر الأحمر مسؤولية جماعية".\n'
)


def pair(a: str, b: str) -> frozenset[str]:
    return frozenset({a, b})


def test_ar_bare_title_of_the_reported_clause_holds_the_talks():
    found = met(run(_TEXT, "ar"))
    assert pair("سامي نور", "جوزيف موانغي أوكيلو") in found
    assert pair("كمال حسن", "جوزيف موانغي أوكيلو") not in found

"""Round-21 MET_WITH and SAID rules (Arabic), on sentences written for the tests."""

from __future__ import annotations

from .helpers import met, run


def test_ar_the_official_opening_a_reported_clause_owns_its_meeting_noun():
    ex = run(
        "وزير الخارجية يلتقي نظيره\n"
        "القاهرة (وكالة) - صرح السفير أحمد سمير الجمال، المتحدث الرسمي باسم وزارة الخارجية، "
        "بأن الدكتور خالد نبيل حمدي وزير الخارجية وصل اليوم إلى كينشاسا.\n"
        "وأوضح المتحدث الرسمي أن الوزير حمدي أكد خلال لقائه السيد جان بيير موكندا "
        "وزير الخارجية الكونغولي دعم مصر لجهود "
        "السلام، مشيراً إلى أهمية التعاون.",
        "ar",
    )
    pairs = met(ex)
    assert frozenset({"خالد نبيل حمدي", "جان بيير موكندا"}) in pairs
    assert frozenset({"أحمد سمير الجمال", "جان بيير موكندا"}) not in pairs

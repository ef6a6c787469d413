"""Round-21 MET_WITH and SAID rules (Arabic), on sentences written for the tests."""

from __future__ import annotations

from .helpers import met, run, said


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


def test_ar_the_ministry_of_a_closing_statement_is_the_publishers_not_the_guests():
    ex = run(
        "الجزائر: محادثات مع وزير خارجية مالي\n"
        "الجزائر - تحادث وزير الشؤون الخارجية والجالية الوطنية بالخارج، السيد كمال بن سعيد، "
        "يوم الثلاثاء بالجزائر العاصمة، مع وزير الشؤون الخارجية والتعاون الدولي لجمهورية مالي، "
        "السيد موسى كوليبالي، الذي يقوم بزيارة عمل إلى الجزائر، حسب ما أفاد به بيان للوزارة.",
        "ar",
    )
    sources = {source for source, _quote in said(ex)}
    assert "وزارة الشؤون الخارجية والجالية الوطنية بالخارج" in sources
    assert "وزارة الشؤون الخارجية والتعاون الدولي" not in sources

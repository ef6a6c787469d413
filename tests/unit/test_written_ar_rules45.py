"""Arabic bodies, round 19 (sentences written for these tests)."""

from __future__ import annotations

from .helpers import names, rels, run


def test_ar_unit_named_by_a_region_without_article_is_an_agency():
    # a continent takes no article: "إدارة أوروبا" and "دائرة آسيا" are a ministry's units
    ex = run(
        "حضر الاجتماع مدير إدارة أوروبا في الوزارة السفيرة ريم حسان العلي، ورئيس دائرة آسيا "
        "والمحيط الهادئ السفير خالد بن ناصر الغافري.",
        "ar",
    )
    agencies = names(ex, "Agency")
    assert "إدارة أوروبا" in agencies
    assert "دائرة آسيا والمحيط الهادئ" in agencies or "دائرة آسيا" in agencies
    assert ("ريم حسان العلي", "إدارة أوروبا") in rels(ex, "MEMBER_OF")


def test_ar_region_after_a_unit_joined_to_the_far_east():
    ex = run(
        "وشارك في المشاورات مدير إدارة آسيا والشرق الأقصى في وزارة الخارجية السفير فهد سالم "
        "العتيبي.",
        "ar",
    )
    assert "إدارة آسيا والشرق الأقصى" in names(ex, "Agency")
    assert ("فهد سالم العتيبي", "إدارة آسيا والشرق الأقصى") in rels(ex, "MEMBER_OF")


def test_ar_ministry_field_joined_by_and_affairs_of_a_body_or_noun():
    # "و شؤون" + its complement is a second field of the same ministry, not a new body
    ex = run(
        "أعلنت وزارة الخارجية وشؤون الاتحاد الأوروبي والتعاون البرتغالية أن الوزير سيزور "
        "المنطقة. وأصدرت وزارة الداخلية وشؤون البلديات الكويتية بياناً.",
        "ar",
    )
    agencies = names(ex, "Agency")
    assert "وزارة الخارجية وشؤون الاتحاد الأوروبي والتعاون البرتغالية" in agencies
    assert "وزارة الداخلية وشؤون البلديات الكويتية" in agencies
    assert "وزارة الخارجية" not in agencies
    members = rels(ex, "MEMBER_OF")
    assert ("وزارة الداخلية وشؤون البلديات الكويتية", "الكويت") in members


def test_ar_delegation_for_relations_with_is_a_standing_delegation():
    # "وفد البرلمان للعلاقات مع X": the relations phrase names the delegation, not the parliament;
    # it is another body than the visiting delegation of the same parliament
    ex = run(
        "استقبل رئيس مجلس الشورى وفداً من البرلمان الأوروبي برئاسة النائب يوهان كارلسون، رئيس "
        "وفد البرلمان الأوروبي للعلاقات مع دول المغرب العربي. وضم الوفد النائبة إلسا مارتينيز.",
        "ar",
    )
    agencies = names(ex, "Agency")
    standing = "وفد البرلمان الأوروبي للعلاقات مع دول المغرب العربي"
    assert standing in agencies
    assert "البرلمان الأوروبي للعلاقات مع دول المغرب العربي" not in agencies
    members = rels(ex, "MEMBER_OF")
    assert (standing, "البرلمان الأوروبي") in members
    assert ("يوهان كارلسون", standing) in members
    visiting = [e for e in ex.entities if e.type == "Agency" and "الوفد" in e.aliases]
    assert visiting and visiting[0].name != standing


def test_ar_the_delegation_is_the_visiting_one_not_the_standing_one_named_after_it():
    ex = run(
        "التقى وزير الخارجية وفداً من البرلمان الأوروبي يرأسه النائب توماس برغ، رئيس وفد البرلمان "
        "للعلاقات مع العراق. وأكد الوفد دعمه للحوار.",
        "ar",
    )
    standing = "وفد البرلمان للعلاقات مع العراق"
    assert standing in names(ex, "Agency")
    visiting = [e for e in ex.entities if e.type == "Agency" and "الوفد" in e.aliases]
    assert visiting and visiting[0].name != standing


def test_ar_council_of_ministers_of_an_international_body():
    ex = run(
        "ترأس الوزير وفد بلاده إلى الدورة العادية لمجلس وزراء خارجية جامعة الدول العربية في "
        "القاهرة، كما حضر اجتماع مجلس وزراء داخلية الدول الأعضاء في مجلس التعاون لدول الخليج "
        "العربية.",
        "ar",
    )
    agencies = names(ex, "Agency")
    arab = "مجلس وزراء خارجية جامعة الدول العربية"
    gulf = "مجلس وزراء داخلية الدول الأعضاء في مجلس التعاون لدول الخليج العربية"
    assert arab in agencies and gulf in agencies
    members = rels(ex, "MEMBER_OF")
    assert any(s == arab and t != arab for s, t in members)


def test_ar_ministry_name_closed_by_its_nationals_abroad():
    ex = run(
        "وأفادت وزارة الشؤون الخارجية والهجرة والجزائريين بالخارج في بيان بأن الوزير استقبل "
        "السفير.",
        "ar",
    )
    agencies = names(ex, "Agency")
    assert "وزارة الشؤون الخارجية والهجرة والجزائريين بالخارج" in agencies
    assert "وزارة الشؤون الخارجية والهجرة" not in agencies

"""A phrase-breaking function word glued to «و» («وعن», «ومن») is no name word: in a list of
signatories «X، <post>، وعن <side> السيد Y» the post stays with the name before it, and the side
after «وعن» is no holder's name (sentences written for these tests)."""

from __future__ import annotations

from .helpers import names, rels, run


def test_ar_and_on_behalf_of_is_no_name_after_a_post():
    ex = run(
        "ووقع مذكرة التفاهم عن الجانب الكويتي المهندس مشعل مبارك الدويش، مدير عام الهيئة العامة "
        "للطرق، وعن التحالف السيد ماتيو ريناتي، المدير الإقليمي لشركة أنصالدو.",
        "ar",
    )
    officials = names(ex, "Official")
    assert "وعن التحالف" not in officials
    assert "مشعل مبارك الدويش" in officials
    assert ("مشعل مبارك الدويش", "الهيئة العامة للطرق") in rels(ex, "MEMBER_OF")

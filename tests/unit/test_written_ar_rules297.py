"""A glued proclitic is not cut off a word inside a person's name (sentences written for these
tests): right after a listed given name or an honorific and before a family name, a listed name
(ba- + a known word) stays whole, and so does the article's own letter glued to a given name that
is also a post (a name taken with its article, the alef dropped: l + "amin"); elsewhere the word is
split as before ("to the secretary")."""

from __future__ import annotations

from graphbuild.nlp.pipeline import get_pipeline

from .helpers import met, names, run, said

TEXT_TITLE_NAME = (
    "غينيا والجزائر تبحثان تطوير الصيد البحري\n\n"
    "التقى كاتب الدولة الجزائري المكلف بالصيد البحري، السيد سمير قرناش، مساء الاثنين في "
    "العاصمة، وزير الصيد والاقتصاد البحري الغيني، الدكتور عثمان لامين سيسوكو، لبحث حماية "
    "المخزون السمكي.\n\n"
    "وأوضح الدكتور سيسوكو أن حكومته تعتزم إنشاء ثلاثة موانئ صيد جديدة قبل نهاية العقد.\n"
)

TEXT_LISTED_NAME = (
    "الجزائر والنيجر تبحثان تأمين المعابر\n\n"
    "استقبل وزير الداخلية الجزائري، السيد فوزي باديس الزواوي، صباح الأحد، سفير النيجر لدى "
    "الجزائر.\n\n"
    "وقال الزواوي إن بلاده ستفتح معبرا تجاريا ثانيا على الحدود الجنوبية.\n"
)


def test_ar_article_letter_on_a_post_name_inside_a_name_stays_whole():
    ex = run(TEXT_TITLE_NAME, "ar")
    assert "عثمان لامين سيسوكو" in names(ex, "Official")
    assert frozenset({"سمير قرناش", "عثمان لامين سيسوكو"}) in met(ex)
    assert any(sp == "عثمان لامين سيسوكو" and "موانئ صيد" in q for sp, q in said(ex))


def test_ar_listed_name_after_a_given_name_is_not_cut():
    ex = run(TEXT_LISTED_NAME, "ar")
    assert "فوزي باديس الزواوي" in names(ex, "Official")
    assert frozenset({"فوزي باديس الزواوي", "سفير النيجر لدى الجزائر"}) in met(ex)


def test_ar_article_letter_before_a_post_phrase_is_still_split():
    nlp = get_pipeline("ar")
    for text in ("بعث سمير لامين الصندوق برقية", "بعث سمير لامين عام الهيئة برقية"):
        words = [t.text for t in nlp(text)]
        assert words[2:4] == ["ل", "امين"], words

"""A glued proclitic is not cut off a word inside a person's name (sentences written for these
tests): right after a listed given name or an honorific and before a family name, a listed name
(ba- + a known word) stays whole, and so does the article's own letter glued to a given name that
is also a post (a name taken with its article, the alef dropped: l + "amin"); elsewhere the word is
split as before ("to the secretary")."""

from __future__ import annotations

from graphbuild.nlp.pipeline import get_pipeline

from .helpers import names, run, said

TEXT_TITLE_NAME = (
    "مالي تطلق خطة لري المزارع الصغيرة\n\n"
    "قال وزير الزراعة في مالي، الدكتور موسى لامين ديمبيلي، إن بلاده ستحفر مئتي بئر ارتوازية "
    "هذا العام.\n\n"
    "وأضاف ديمبيلي، في ختام لقائه مع سفير اليابان لدى مالي، أن الآبار ستخدم نحو أربعين قرية "
    "نائية.\n"
)

TEXT_LISTED_NAME = (
    "قافلة طبية إلى الجنوب\n\n"
    "أشرف وزير الصحة التونسي، كمال باديس القصوري، على انطلاق قافلة طبية نحو ولايات الجنوب، وذلك "
    "بعد اجتماعه بممثلة منظمة الصحة العالمية في تونس.\n\n"
    "وأكد القصوري أن القافلة تضم ثلاثين طبيبا مختصا.\n"
)


def test_ar_article_letter_on_a_post_name_inside_a_name_stays_whole():
    ex = run(TEXT_TITLE_NAME, "ar")
    assert "موسى لامين ديمبيلي" in names(ex, "Official")
    quotes = [q for sp, q in said(ex) if sp == "موسى لامين ديمبيلي"]
    assert any("بئر" in q for q in quotes) and any("قرية" in q for q in quotes)


def test_ar_listed_name_after_a_given_name_is_not_cut():
    ex = run(TEXT_LISTED_NAME, "ar")
    assert "كمال باديس القصوري" in names(ex, "Official")
    assert any(sp == "كمال باديس القصوري" and "طبيبا" in q for sp, q in said(ex))


def test_ar_article_letter_before_a_post_phrase_is_still_split():
    nlp = get_pipeline("ar")
    for text in ("بعث سمير لامين الصندوق برقية", "بعث سمير لامين عام الهيئة برقية"):
        words = [t.text for t in nlp(text)]
        assert words[2:4] == ["ل", "امين"], words

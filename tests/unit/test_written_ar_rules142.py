"""Round-24 SAID rule (Arabic), on sentences written for the tests: a headline labelled by a
statement noun and a colon ("بيان صحفي: …") names the subject of the news, no author."""

from __future__ import annotations

from .helpers import run, said

_TITLE = "بيان صحفي: وزير الزراعة يبحث مع نظيره البرتغالي تعزيز التعاون"
_TEXT = (
    "الرباط، 9 مارس – وزارة الزراعة\n"
    "عقد وزير الزراعة كريم عبد الواحد التازي، اليوم، جلسة مباحثات مع وزير الزراعة البرتغالي "
    "جواو بيدرو ألفيش، الذي يزور المملكة حالياً.\n"
    'وأكد التازي أن البلدين "يتقاسمان رؤية مشتركة للأمن الغذائي".\n'
)


def test_ar_labelled_headline_gives_its_subject_no_statement_of_the_next_paragraph():
    statements = said(run(_TEXT, "ar", _TITLE))
    assert not any(q.startswith("عقد وزير") for _s, q in statements)


def test_ar_labelled_headline_keeps_the_statements_of_the_body():
    statements = said(run(_TEXT, "ar", _TITLE))
    assert any(s == "كريم عبد الواحد التازي" and "رؤية مشتركة" in q for s, q in statements)

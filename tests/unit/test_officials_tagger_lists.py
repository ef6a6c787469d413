"""The tagger reads token attributes once; its lists, month spans and hit starts agree with the
Doc."""

from __future__ import annotations

import pytest

from graphbuild.lang import load_lexicon, load_profile
from graphbuild.nlp.pipeline import get_pipeline
from graphbuild.nlp.tagger import Tagger, _month_matcher, doc_text, span_text, token_words

SENTENCES = [
    ("en", "On 3 May 2024, Foreign Minister Sami Adel met the Kenyan minister in Nairobi."),
    ("en", "The talks, held in March, followed a call on Jan. 12 between the two ministers."),
    ("ar", "التقى وزير الخارجية سامي عادل في 3 مايو 2024 نظيره الكيني في نيروبي."),
    ("ar", "وعقد الاجتماع في كانون الثاني 2023 بحضور السفير."),
]


@pytest.mark.parametrize(("lang", "text"), SENTENCES)
def test_lists_match_the_doc(lang: str, text: str) -> None:
    doc = get_pipeline(lang)(text)
    tg = Tagger(doc, load_lexicon(lang))
    assert tg.texts == [t.text for t in doc]
    assert tg.norms == [t.norm_ for t in doc]
    assert tg.like_num == [t.like_num for t in doc]
    for i in range(len(doc)):
        assert tg.pair_text(i) == doc[i : i + 2].text


@pytest.mark.parametrize(("lang", "text"), SENTENCES)
def test_month_spans_as_the_matcher(lang: str, text: str) -> None:
    doc = get_pipeline(lang)(text)
    tg = Tagger(doc, load_lexicon(lang))
    spans = _month_matcher(lang, doc.vocab)(doc)
    months = {i for _l, s, e in spans for i in range(s, e)}
    assert tg.months == frozenset(months)
    assert tg.months, "every sentence names a month"


def test_two_word_month_and_its_date() -> None:
    doc = get_pipeline("ar")("وعقد الاجتماع في كانون الثاني 2023 بحضور السفير.")
    tg = Tagger(doc, load_lexicon("ar"), load_profile("ar"))
    assert len(tg.months) == 2
    assert tg.dates == tg.months | {max(tg.months) + 1}


@pytest.mark.parametrize(("lang", "text"), SENTENCES)
def test_starts_are_the_hit_starts(lang: str, text: str) -> None:
    doc = get_pipeline(lang)(text)
    tg = Tagger(doc, load_lexicon(lang))
    for kinds in (("title", "country"), ("agency",)):
        every = sorted({h.start for h in tg.hits.values() if h.kind in kinds})
        assert tg.starts(kinds, 0, len(doc)) == every
        mid = len(doc) // 2
        assert tg.starts(kinds, mid, len(doc)) == [k for k in every if k >= mid]


@pytest.mark.parametrize(("lang", "text"), SENTENCES)
def test_span_text_is_the_span_text(lang: str, text: str) -> None:
    doc = get_pipeline(lang)(text)
    assert doc_text(doc) == doc.text == text
    for start in range(len(doc) + 1):
        for end in range(start, len(doc) + 1):
            assert span_text(doc[start:end]) == doc[start:end].text
    for s in doc.sents:
        assert span_text(s) == s.text


@pytest.mark.parametrize(("lang", "text"), SENTENCES)
def test_token_words_are_read_once_per_doc(lang: str, text: str) -> None:
    doc = get_pipeline(lang)(text)
    words = token_words(doc)
    assert token_words(doc) is words
    assert words.texts == [t.text for t in doc]
    assert words.ws == [t.whitespace_ for t in doc]
    assert words.is_alpha == [t.is_alpha for t in doc]
    assert words.is_punct == [t.is_punct for t in doc]
    assert words.is_space == [t.is_space for t in doc]

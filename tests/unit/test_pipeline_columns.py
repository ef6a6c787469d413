"""The sentence component leaves the token columns and the sentence starts it read and wrote in
``doc.user_data``; the token lists and the sentences read from them are those read from the doc."""

from __future__ import annotations

from pathlib import Path

import numpy
import pytest

from graphbuild.nlp.pipeline import COLUMNS_KEY, STARTS_KEY, WORD_COLUMNS, get_pipeline
from graphbuild.nlp.spans import is_sent_start, sentence_of
from graphbuild.nlp.tagger import _read_words, doc_text, token_words
from graphbuild.sources import read_articles

TEXTS = {
    "ar": (
        "التقى وزير الخارجية بنظيره في الرياض.\n"
        "وقال الوزير إن المحادثات كانت مثمرة. وأضاف: «نحن هنا»."
    ),
    "en": 'Talks in Oslo\nThe minister met Mr. J. Smith. "We agreed," he said.\n\nThey left.',
}


@pytest.mark.parametrize("lang", sorted(TEXTS))
def test_left_columns_are_the_docs_and_are_read_once(lang: str) -> None:
    doc = get_pipeline(lang)(TEXTS[lang])
    left = doc.user_data[COLUMNS_KEY]
    assert numpy.array_equal(left, doc.to_array(list(WORD_COLUMNS)))
    words = token_words(doc)
    assert COLUMNS_KEY not in doc.user_data  # taken by the first reader
    again = get_pipeline(lang)(TEXTS[lang])
    del again.user_data[COLUMNS_KEY]  # read from the doc instead
    assert _read_words(again) == words
    assert words.texts == [t.text for t in doc]
    assert words.norms == [t.norm_ for t in doc]


@pytest.mark.parametrize("lang", sorted(TEXTS))
def test_left_starts_are_the_docs_sentence_starts(lang: str) -> None:
    doc = get_pipeline(lang)(TEXTS[lang])
    assert doc.user_data[STARTS_KEY] == [s.start for s in doc.sents]
    assert len(list(doc.sents)) >= 3
    for i in range(len(doc)):
        assert sentence_of(doc, i) == doc[i].sent
        assert is_sent_start(doc, i) == (doc[i].is_sent_start is True)
    assert STARTS_KEY not in doc.user_data


def test_a_pipeline_docs_text_is_its_input_on_every_article() -> None:
    """What extraction keeps as a doc's text (``remember_text``) is the text joined from its
    tokens (clitic splits included), on every article of the dev sets and seeds."""
    root = Path(__file__).resolve().parents[2]
    arts = read_articles(
        [str(root / p) for p in ("eval/dev/articles", "eval/dev2/articles", "seeds")]
    )
    assert len(arts) > 50
    for art in arts:
        text = art.full_text
        doc = get_pipeline(art.lang or "ar")(text)
        assert doc_text(doc) == text  # joined from the token lists

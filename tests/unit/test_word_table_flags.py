"""The word table's flags by entry are the lexemes' own, for the token lists and the sentences."""

from __future__ import annotations

import pytest
from spacy.attrs import IS_ALPHA, IS_PUNCT, IS_SPACE, LIKE_NUM

from graphbuild.nlp import pipeline
from graphbuild.nlp.pipeline import get_pipeline, word_table
from graphbuild.nlp.tagger import token_words


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_flags_by_entry_are_the_lexemes_flags(lang: str) -> None:
    nlp = get_pipeline(lang)
    table = word_table(nlp.vocab)
    assert table is not None
    doc = nlp("Zqxv, 12 والوزير بالحكومة  “talks” ten.\nNew line")
    ids = doc.to_array(["ID"])
    flags = (LIKE_NUM, IS_SPACE, IS_PUNCT, IS_ALPHA)
    got = table.flags(doc.vocab, flags, ids).tolist()
    assert got == [[int(t.check_flag(f)) for f in flags] for t in doc]
    words = token_words(doc)
    assert words.like_num == [t.like_num for t in doc]
    assert words.is_space == [t.is_space for t in doc]
    assert words.is_punct == [t.is_punct for t in doc]
    assert words.is_alpha == [t.is_alpha for t in doc]
    assert any(words.is_space) and any(words.like_num) and any(words.is_punct)


def test_entries_made_after_a_first_read_get_their_flags() -> None:
    nlp = get_pipeline("en")
    table = word_table(nlp.vocab)
    assert table is not None
    first = nlp("Plain words.")
    table.flags(first.vocab, (IS_PUNCT,), first.to_array(["ID"]))
    later = nlp("Xqzzyv!!?")  # new entries
    assert table.flags(later.vocab, (IS_PUNCT,), later.to_array(["ID"])).ravel().tolist() == [
        int(t.is_punct) for t in later
    ]


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_sentence_starts_do_not_depend_on_the_table(lang: str) -> None:
    """The sentences component reads its flags by entry; from the doc's arrays it finds the same
    starts (a doc of another vocabulary takes that path)."""
    nlp = get_pipeline(lang)
    text = 'First one. "Second," he said.\nThird\n\nFourth? Yes!'
    doc = nlp(text)
    sentences = nlp.get_pipe("graphbuild_sentences")
    plain = nlp.make_doc(text)
    for name, proc in nlp.pipeline:
        if name != "graphbuild_sentences":
            plain = proc(plain)
    table_starts = [t.is_sent_start for t in doc]
    saved = pipeline._WORD_TABLES.copy()
    pipeline._WORD_TABLES.clear()
    try:
        again = sentences(plain)
    finally:
        pipeline._WORD_TABLES.update(saved)
    assert [t.is_sent_start for t in again] == table_starts
    assert sum(table_starts) >= 4

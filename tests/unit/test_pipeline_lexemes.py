"""Word-level attributes of the pipeline live on spaCy's lexemes (computed once per vocabulary
entry): a token's NORM is the profile's fold of its text, whatever made the token."""

from __future__ import annotations

import pickle
import random
from functools import lru_cache

import numpy
import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from graphbuild.lang import load_lexicon, load_profile
from graphbuild.nlp.pipeline import _sentencizer_starts, get_pipeline, split_clitic, word_table
from graphbuild.nlp.tagger import token_words


def test_special_cases_keep_no_norm_of_their_own() -> None:
    """spaCy's English special cases carry a NORM ("n't" → "not", "Jan." → "January"): the
    pipeline's NORM is the fold of the text all the same."""
    doc = get_pipeline("en")("I don't go there in Jan. Café")
    fold = load_profile("en").fold
    assert [t.norm_ for t in doc] == [fold(t.text) for t in doc]
    assert [t.norm_ for t in doc if t.text in ("n't", "Jan.", "Café")] == ["n't", "jan.", "cafe"]


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_new_words_get_their_fold(lang: str) -> None:
    """A word the vocabulary has never seen (made by a Doc, not the tokenizer) folds too."""
    nlp, fold = get_pipeline(lang), load_profile(lang).fold
    words = ["Zyxwörd", "أَحْمَدُ", "إسلامية", "ـــــا"]
    doc = Doc(nlp.vocab, words=words)
    assert [t.norm_ for t in doc] == [fold(w) for w in words]
    assert [t.norm_ for t in nlp(" ".join(words))] == [fold(w) for w in words]


@lru_cache(maxsize=None)
def _sentencizer(lang: str) -> Language:
    nlp = spacy.blank(lang)
    nlp.add_pipe("sentencizer", config={"punct_chars": list(load_profile(lang).sentence_punct)})
    return nlp


def _spacy_sentencizer(lang: str, doc: Doc) -> list[bool]:
    nlp = _sentencizer(lang)
    return [bool(t.is_sent_start) for t in nlp(Doc(nlp.vocab, words=[t.text for t in doc]))]


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_array_sentencizer_is_spacys_on_random_token_runs(lang: str) -> None:
    """Runs of words, sentence marks, brackets and quotes in every order: the array version of the
    sentencizer starts the sentences spaCy's own does."""
    rng = random.Random(11)
    pieces = ["a", "b", ".", "!", "?", "؟", "(", ")", '"', "...", "،", ","]
    for _ in range(300):
        words = [rng.choice(pieces) for _ in range(rng.randint(1, 14))]
        doc = Doc(get_pipeline(lang).vocab, words=words)
        punct = numpy.array([t.text in load_profile(lang).sentence_punct for t in doc])
        got = _sentencizer_starts(punct, numpy.array([t.is_punct for t in doc]))
        assert got.tolist() == _spacy_sentencizer(lang, doc), words


def _retokenized(text: str) -> Doc:
    """``text`` through the Arabic tokenizer, each glued proclitic split by spaCy's retokenizer."""
    nlp, profile = get_pipeline("ar"), load_profile("ar")
    lex = load_lexicon("ar")
    known = {f.split()[0] for f in lex.all_forms() | lex.stopwords | profile.words.phrase_break}
    doc = nlp.tokenizer(text)
    with doc.retokenize() as retok:
        for tok in list(doc):
            hit = split_clitic(tok.text, known, profile) if tok.is_alpha else None
            if hit:
                nlp.vocab.strings.add(hit[2])
                retok.split(
                    tok,
                    [hit[0], hit[1]],
                    heads=[(tok, 1), tok.head],
                    attrs={"NORM": [profile.fold(hit[0]), hit[2]]},
                )
    return doc


def test_clitic_splits_make_the_doc_spacys_retokenizer_makes() -> None:
    """The doc made again with its splits is the one spaCy's retokenizer gives: same tokens,
    offsets, spaces, NORMs and heads."""
    text = "التقى وزير الخارجية بالوزير ووزير الداخلية للوزارة، وقالت والحكومة بحكومة وليد"
    doc = get_pipeline("ar").get_pipe("graphbuild_clitics")(get_pipeline("ar").tokenizer(text))
    want = _retokenized(text)
    attrs = ["ORTH", "NORM", "SPACY", "IDX", "HEAD", "LEMMA", "ENT_IOB"]
    assert len(doc) > len(get_pipeline("ar").tokenizer(text)) + 3
    assert doc.text == text
    assert doc.to_array(attrs).tolist() == want.to_array(attrs).tolist()


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_word_table_indexes_every_entry(lang: str) -> None:
    """Each vocabulary entry's ID indexes its text and NORM in the pipeline's word table, new
    entries included; the token lists read by index are those read by string."""
    nlp = get_pipeline(lang)
    table = word_table(nlp.vocab)
    assert table is not None
    doc = nlp("Qxzv Wyxq والوزير بالحكومة Minister's “talks”, 12 May.\n")
    for tok in doc:
        assert table.texts[tok.lex.rank] == tok.text
        assert table.norms[tok.lex.rank] == tok.lex.norm_
    words = token_words(doc)
    assert words.ids == [t.lex.rank for t in doc]
    assert words.texts == [t.text for t in doc] and words.norms == [t.norm_ for t in doc]


def test_the_rest_of_a_split_keeps_its_own_norm() -> None:
    """A clitic split gives the rest its article back in NORM: the token's, not its entry's."""
    doc = get_pipeline("ar")("قال للوزارة")
    words = token_words(doc)
    assert [t.norm_ for t in doc] == words.norms
    assert any(t.norm_ != t.lex.norm_ for t in doc)


def test_a_doc_of_another_vocabulary_reads_its_strings() -> None:
    doc = spacy.blank("en")("Two words")
    assert word_table(doc.vocab) is None
    assert token_words(doc).texts == ["Two", "words"] and token_words(doc).ids is None


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_the_vocabulary_still_pickles(lang: str) -> None:
    """Its getters (NORM, the word table's index) are objects that pickle: a copy folds new
    words the same way."""
    copy = pickle.loads(pickle.dumps(get_pipeline(lang).vocab))
    assert copy["Ÿxwéq"].norm_ == load_profile(lang).fold("Ÿxwéq")

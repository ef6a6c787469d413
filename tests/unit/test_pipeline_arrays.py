"""The pipeline components work on token arrays with per-vocabulary-entry caches: they give what
the per-Token rules give (NORM = the profile's fold, clitic splits, spaCy's sentencizer and the
line rules)."""

from __future__ import annotations

import numpy
import pytest
import spacy
from spacy.tokens import Doc

from graphbuild.lang import load_lexicon, load_profile
from graphbuild.nlp.pipeline import _line_starts, _sentencizer_starts, get_pipeline, split_clitic

LANGS = ("ar", "en")


def _lexicon_words(lang: str) -> list[str]:
    lex = load_lexicon(lang)
    forms = set(lex.surface.values()) | set(lex.all_forms()) | set(lex.names) | lex.stopwords
    return sorted({w for f in forms for w in f.split()})


@pytest.mark.parametrize("lang", LANGS)
def test_cached_norm_is_the_fold_of_every_lexicon_word(lang: str) -> None:
    """Every word of the lexicons, twice (the second time from the cache): NORM = fold(text)."""
    nlp, fold = get_pipeline(lang), load_profile(lang).fold
    words = _lexicon_words(lang)
    assert len(words) > 1000
    for _ in range(2):
        doc = Doc(nlp.vocab, words=words)
        nlp.get_pipe("graphbuild_norm")(doc)
        assert [t.norm_ for t in doc] == [fold(t.text) for t in doc]


def test_cached_clitic_split_is_split_clitic() -> None:
    """A glued proclitic is split where split_clitic says, and every split word gets the same
    split from the cache the second time."""
    nlp, profile = get_pipeline("ar"), load_profile("ar")
    words = ["ووزير", "بحكومة", "للوزارة", "وليد", "بديع", "وقالت", "والوزير"]
    first = [[t.text for t in nlp(w)] for w in words]
    again = [[t.text for t in nlp(w)] for w in words]
    assert first == again
    lex = load_lexicon("ar")
    known = {f.split()[0] for f in lex.all_forms() | lex.stopwords | profile.words.phrase_break}
    for word, parts in zip(words, first, strict=True):
        hit = split_clitic(word, known, profile)
        assert parts == ([hit[0], hit[1]] if hit else [word])
    assert first[0] == ["و", "وزير"] and first[3] == ["وليد"]


def _spacy_sentencizer_starts(lang: str, text: str) -> list[bool]:
    nlp = spacy.blank(lang)
    nlp.add_pipe("sentencizer", config={"punct_chars": list(load_profile(lang).sentence_punct)})
    return [bool(t.is_sent_start) for t in nlp(text)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "He met her. They talked!? Then (at noon) they left... Done"),
        ("en", "No final mark"),
        ("en", '"Yes." she said. "No."'),
        ("ar", "التقى الوزير نظيره. وقال إن المحادثات مثمرة؟ نعم"),
        ("en", ". . Start. (Yes.) ) no! ?! ok ... . x"),
        ("en", "."),
    ],
)
def test_sentencizer_on_arrays_is_spacys(lang: str, text: str) -> None:
    doc = spacy.blank(lang)(text)
    punct = [t.text in load_profile(lang).sentence_punct for t in doc]
    assert _sentencizer_starts(
        numpy.array(punct), numpy.array([t.is_punct for t in doc])
    ).tolist() == _spacy_sentencizer_starts(lang, text)


def test_line_rules() -> None:
    # tokens: 'a' '\n' '"' 'b' ... : a line break starts a sentence, a space token never does,
    # an opening quote at a line start takes the sentence start from the word after it
    starts = numpy.array([1, -1, -1, 1])
    _line_starts(
        starts,
        newline=numpy.array([False, True, False, False]),
        quote=numpy.array([False, False, True, False]),
        space=numpy.array([False, True, False, False]),
        ws=numpy.zeros(4, dtype=bool),
        held=numpy.zeros(4, dtype=bool),
    )
    assert starts.tolist() == [1, -1, 1, -1]


def test_sentences_of_the_pipeline() -> None:
    doc = get_pipeline("en")('Headline here\nHe said. "We agree," she said.\n\n"Next" line')
    sents = [s.text for s in doc.sents]
    assert sents == [
        "Headline here\n",
        "He said.",
        '"We agree," she said.\n\n',
        '"Next" line',
    ]

"""The entity stage's per-document memos and token-list readers give spaCy's answers."""

from __future__ import annotations

from graphbuild.lang import load_lexicon
from graphbuild.nlp.agencies import agency_phrase
from graphbuild.nlp.memo import memo_table, probe, remembered
from graphbuild.nlp.names import name_run
from graphbuild.nlp.pipeline import get_pipeline
from graphbuild.nlp.spans import is_sent_start, sentence_of, tokens_text
from graphbuild.nlp.tagger import Tagger

TEXT = (
    "Foreign Minister Karim Haddad met the Egyptian delegation in Cairo. The Ministry of "
    "Foreign Affairs said  the talks went well.\n\nAmbassador Tom Reyes (KUNA) attended."
)


def _tagger(text: str = TEXT, lang: str = "en") -> Tagger:
    doc = get_pipeline(lang)(text)
    return Tagger(doc, load_lexicon(lang))


def test_tokens_text_is_the_span_text():
    tg = _tagger()
    n = len(tg.doc)
    for start in range(n):
        for end in range(start, min(n, start + 6) + 2):
            assert tokens_text(tg, start, end) == tg.doc[start:end].text


def test_sentence_of_is_the_token_sentence():
    doc = _tagger().doc
    assert len(list(doc.sents)) >= 3
    for tok in doc:
        assert sentence_of(doc, tok.i) == tok.sent
        assert is_sent_start(doc, tok.i) == (tok.is_sent_start is True)


def test_a_name_run_is_read_once_per_tagging():
    tg = _tagger()
    first = name_run(tg, 2)
    assert first is not None and first.text == "Karim Haddad"
    assert memo_table(tg, "name_run")[2] is first and name_run(tg, 2) is first
    # the copy that knows officials' names shares the tables; a new tagging of the doc does not
    assert memo_table(tg.with_names(frozenset({"haddad"})), "name_run") is memo_table(
        tg, "name_run"
    )
    again = Tagger(tg.doc, tg.lex)
    assert 2 not in memo_table(again, "name_run") and name_run(again, 2) == first


def _reader(tg: Tagger, word: str, calls: list[int]):
    def read() -> bool:
        calls.append(1)
        return probe(tg, word)

    return read


def test_an_answer_is_read_again_when_a_word_it_tested_becomes_a_name():
    tg = _tagger()
    calls: list[int] = []
    assert remembered(tg, "t", 0, _reader(tg, "egypt", calls)) is False
    assert remembered(tg, "t", 0, _reader(tg, "egypt", calls)) is False and len(calls) == 1
    other = tg.with_names(frozenset({"cairo"}))  # the tested word is still no name
    assert remembered(other, "t", 0, _reader(other, "egypt", calls)) is False and len(calls) == 1
    named = tg.with_names(frozenset({"egypt"}))
    assert remembered(named, "t", 0, _reader(named, "egypt", calls)) is True and len(calls) == 2
    assert remembered(named, "t", 0, _reader(named, "egypt", calls)) is True and len(calls) == 2


def test_an_answer_holding_a_kept_one_tests_its_words_too():
    tg = _tagger()
    calls: list[int] = []

    def outer(t: Tagger):
        return lambda: remembered(t, "inner", 0, _reader(t, "x", calls))

    remembered(tg, "inner", 0, _reader(tg, "x", calls))  # kept first, on its own
    assert remembered(tg, "outer", 0, outer(tg)) is False and len(calls) == 1
    named = tg.with_names(frozenset({"x"}))
    assert remembered(named, "outer", 0, outer(named)) is True and len(calls) == 2


def test_an_arabic_agency_read_again_once_its_next_word_is_an_official_name():
    text = "استقبل وزير الخارجية وفد وزارة الداخلية سامي الحاج في عمان."
    tg = _tagger(text, "ar")
    k = max(h.start for h in tg.hits.values() if h.kind == "agency")  # "ministry of the interior"
    before = agency_phrase(tg, k)
    assert before is not None and before.end == k + 2
    # the same answer while the next word is no official's name, another once it is one
    assert agency_phrase(tg.with_names(frozenset({tg.norms[k + 3]})), k) is before
    named = tg.with_names(frozenset({tg.norms[k + 1]}))
    fresh = Tagger(tg.doc, tg.lex).with_names(named.name_norms)
    assert agency_phrase(named, k) == agency_phrase(fresh, k) != before

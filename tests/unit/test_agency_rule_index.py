"""The head-initial agency walk tries at each token only the rules that can apply there: every
agency phrase of the Arabic dev articles is the one the walk finds trying every rule in order."""

from __future__ import annotations

from pathlib import Path

import pytest

import graphbuild.nlp.agencies as agencies
from graphbuild.lang import load_lexicon
from graphbuild.nlp.agencies import agency_phrase
from graphbuild.nlp.pipeline import get_pipeline
from graphbuild.nlp.tagger import Tagger

ROOT = Path(__file__).resolve().parents[2]
ARTICLES = sorted((ROOT / "eval" / "dev" / "articles").glob("ar*.txt"))[:6]


def _phrases(text: str) -> list[object]:
    tg = Tagger(get_pipeline("ar")(text), load_lexicon("ar"))
    return [agency_phrase(tg, k) for k in tg.starts(("agency",), 0, len(tg.norms))]


def _every_rule() -> agencies._RuleSets:
    rules = agencies._RULES
    return rules, rules, rules, frozenset()


def test_rules_left_out_change_no_phrase(monkeypatch: pytest.MonkeyPatch) -> None:
    """The walk reads its rule sets through ``_rules_of``'s cache, so the test swaps the cached
    sets for every rule in order. Not ``_rules_of`` itself: compiled (mypyc), the walk calls
    the function natively and never sees a module attribute replaced; it reads the dict the
    attribute holds, compiled or not."""
    assert ARTICLES
    texts = [p.read_text(encoding="utf-8") for p in ARTICLES]
    indexed = [_phrases(t) for t in texts]
    cache, every = agencies._RULES_OF, _every_rule()
    assert cache, "the walks cached no rule sets"
    assert any(sets != every for _, sets in cache.values())  # the index leaves rules out
    for key, (words, _) in list(cache.items()):
        monkeypatch.setitem(cache, key, (words, every))
    found = [_phrases(t) for t in texts]
    # every walk read the swapped sets (none made sets of its own)
    assert all(sets is every for _, sets in cache.values())
    assert sum(p is not None for ps in found for p in ps) > 10
    assert indexed == found


def test_rule_sets_keep_the_order_and_leave_out_what_cannot_apply() -> None:
    tg = Tagger(get_pipeline("ar")("وزارة الخارجية"), load_lexicon("ar"))
    at_hit, at_word, plain, gate = agencies._rules_of(tg.W, "ministry")
    order = agencies._RULES
    for rules in (at_hit, at_word, plain):
        assert list(rules) == sorted(rules, key=order.index)
    assert at_hit[-1] is agencies._Idafa._other_hit
    assert agencies._Idafa._country not in plain and agencies._Idafa._genitive not in plain
    assert agencies._Idafa._abroad in plain and agencies._Idafa._contracted not in at_word
    assert tg.W.genitive <= gate

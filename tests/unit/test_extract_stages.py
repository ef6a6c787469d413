"""The extraction stages: language-free code, frozen values, the relation registry, the tagger."""

from __future__ import annotations

import ast
import dataclasses
import unicodedata
from pathlib import Path

import pytest
from spacy.lang.en.stop_words import STOP_WORDS as EN_STOP

import graphbuild.nlp
from graphbuild import schema
from graphbuild.errors import LexiconError
from graphbuild.lang import COUNTRY_KINDS, TITLE_CLASSES, load_lexicon, load_profile
from graphbuild.model import Article, ENTITY_TYPES
from graphbuild.nlp.discourse import Discourse, Outcome
from graphbuild.nlp.extract import extract_article
from graphbuild.nlp.mentions import AgencyMention, NameMention, TitleMention
from graphbuild.nlp.pipeline import get_pipeline
from graphbuild.nlp.relations import RelationType, default_registry
from graphbuild.nlp.tagger import Tagger
from graphbuild.nlp.values import PendingRelation, Ref

from .helpers import met, names

NLP = Path(graphbuild.nlp.__file__).parent
SOURCES = sorted(NLP.rglob("*.py"))


def _arabic_letters(text: str) -> list[str]:
    return [
        c
        for c in text
        if unicodedata.category(c).startswith("L") and "ARABIC" in unicodedata.name(c, "")
    ]


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(NLP)))
def test_nlp_code_has_no_arabic_letters(path):
    bad = [
        f"{n}: {line.strip()}"
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if _arabic_letters(line)
    ]
    assert not bad, "Arabic words belong in lang/ar/:\n" + "\n".join(bad)


def _schema_identifiers() -> set[str]:
    """Strings that name parts of the data schema, not words of a text.

    Agency kinds, classes, relation types.
    """
    out = (
        set(TITLE_CLASSES)
        | set(COUNTRY_KINDS)
        | set(ENTITY_TYPES)
        | set(default_registry().relations)
    )
    for lang in ("ar", "en"):
        lex = load_lexicon(lang)
        out |= set(lex.agencies.values()) | set(lex.cues.values())
    return out


def _code_strings(tree: ast.AST) -> list[tuple[int, str]]:
    """String constants that are neither docstrings nor ``__all__`` entries."""
    skip: set[int] = set()
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if (
            isinstance(body, list)
            and body
            and isinstance(body[0], ast.Expr)
            and isinstance(body[0].value, ast.Constant)
        ):
            skip.add(id(body[0].value))
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == "__all__" for t in node.targets
        ):
            skip.update(id(c) for c in ast.walk(node.value))
    return [
        (n.lineno, n.value)
        for n in ast.walk(tree)
        if isinstance(n, ast.Constant) and isinstance(n.value, str) and id(n) not in skip
    ]


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(NLP)))
def test_nlp_code_has_no_english_word_lists(path):
    en = load_profile("en").words
    words = set(EN_STOP) | set().union(*(getattr(en, f.name) for f in dataclasses.fields(en)))
    allowed = _schema_identifiers()
    bad = [
        (n, s)
        for n, s in _code_strings(ast.parse(path.read_text(encoding="utf-8")))
        if s.lower() in words and s not in allowed
    ]
    assert not bad, f"English words belong in lang/en/: {bad}"


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(NLP)))
def test_nlp_code_has_no_language_branches(path):
    def is_lang(node):
        return (isinstance(node, ast.Name) and node.id == "lang") or (
            isinstance(node, ast.Attribute) and node.attr == "lang"
        )

    tree = ast.parse(path.read_text(encoding="utf-8"))
    bad = [
        n.lineno
        for n in ast.walk(tree)
        if isinstance(n, ast.Compare)
        and any(is_lang(x) for x in [n.left, *n.comparators])
        and any(
            isinstance(x, ast.Constant) and isinstance(x.value, str)
            for x in [n.left, *n.comparators]
        )
    ]
    assert not bad, f"compare a profile field, not the language code (lines {bad})"


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(NLP)))
def test_nlp_functions_are_short(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    long = [
        (n.name, n.end_lineno - n.lineno + 1)
        for n in ast.walk(tree)
        if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))
        and n.end_lineno - n.lineno + 1 > 60
    ]
    assert not long


@pytest.mark.parametrize(
    "cls", [AgencyMention, TitleMention, NameMention, PendingRelation, Ref, Discourse, Outcome]
)
def test_values_between_stages_are_frozen(cls):
    assert cls.__dataclass_params__.frozen


# ---------------------------------------------------------------- the relation registry
def _congratulated(ctx, state):
    """Toy rule: the official before the cue congratulated the first official after it."""
    subj = [p for p in ctx.before if p.kind == "Official"][-1:]
    obj = [p for p in ctx.after if p.kind == "Official"][:1]
    rels = tuple(
        PendingRelation(
            "CONGRATULATED", a.endpoint, b.endpoint, ctx.sentence.span, "toy.congratulated"
        )
        for a in subj
        for b in obj
    )
    return Outcome(rels, state)


CONGRATULATED = schema.RelationType(
    "CONGRATULATED", (schema.OFFICIAL,), (schema.OFFICIAL,), load="rel_congratulated"
)


def test_a_relation_type_can_be_registered_from_a_test():
    registry = default_registry().copy()
    with pytest.raises(ValueError, match="not in graphbuild.schema"):
        registry.register_relation(RelationType("CONGRATULATED", rules={"toy.congratulated": 0.5}))
    lexicon = load_lexicon("en").with_cues({"congratulated": "congratulate"})
    art = Article(
        id="t",
        title="",
        lang="en",
        text="Foreign Minister Karim Haddad congratulated Ambassador Tom Reyes on his new post.",
    )
    with schema.registered(CONGRATULATED):
        registry.register_relation(RelationType("CONGRATULATED", rules={"toy.congratulated": 0.5}))
        registry.register_cue("congratulate", _congratulated, relation="CONGRATULATED", verb=True)
        ex = extract_article(art, registry=registry, lexicon=lexicon)
    by_id = {e.id: e.name for e in ex.entities}
    toy = [
        (by_id[r.source], by_id[r.target], r.confidence, r.rule)
        for r in ex.relations
        if r.type == "CONGRATULATED"
    ]
    assert toy == [("Karim Haddad", "Tom Reyes", 0.5, "toy.congratulated")]
    # the built-in registry is untouched
    plain = extract_article(art)
    assert not any(r.type == "CONGRATULATED" for r in plain.relations)


def test_a_cue_class_without_a_handler_names_its_lexicon_line():
    lexicon = load_lexicon("en").with_cues({"applauded": "applaud"})
    art = Article(id="t", title="", text="Minister Karim Haddad applauded the plan.", lang="en")
    with pytest.raises(LexiconError, match="unknown cue class 'applaud'"):
        extract_article(art, lexicon=lexicon)


def test_a_cue_class_has_one_handler():
    registry = default_registry().copy()
    with pytest.raises(ValueError, match="already has a handler"):
        registry.register_cue("meet", _congratulated, relation="MET_WITH")


def test_built_in_relations_keep_their_cue_classes():
    handlers = default_registry().handlers
    assert {c: h.relation for c, h in handlers.items()} == {
        "meet": "MET_WITH",
        "meet_with": "MET_WITH",
        "meet_noun": "MET_WITH",
        "attend": "MET_WITH",
        "attend_subject": "MET_WITH",
        "attend_joining": "MET_WITH",
        "escort": "MET_WITH",
        "escort_named": "MET_WITH",
        "attend_side": "MET_WITH",
        "sign": "MET_WITH",
        "chaired_pron": "MET_WITH",
        "compose": "MEMBER_OF",
        "say": "SAID",
        "say_colon": "SAID",
        "according": "SAID",
        "say_adverbial": "SAID",
        "say_joint": "SAID",
        "say_stance": "SAID",
        "say_opening": "SAID",
        "call": "MET_WITH",
        "meet_signed": "MET_WITH",
        "speak_with": "MET_WITH",
        "message": "MET_WITH",
        "deliver": "MET_WITH",
        "meet_press": "MET_WITH",
        "lead": "MEMBER_OF",
        "lead_clause": "MEMBER_OF",
        "part_of": "MEMBER_OF",
        "meet_noun_obj": "MET_WITH",
        "meet_noun_pair": "MET_WITH",
        "meet_between": "MET_WITH",
        "meet_participation": "MET_WITH",
        "meet_included": "MET_WITH",
        "meet_host": "MET_WITH",
        "visit": "MET_WITH",
        "meet_reception": "MET_WITH",
        "meet_reception_pron": "MET_WITH",
        "take_part": "MET_WITH",
        "chair": "MET_WITH",
        "meet_join": "MET_WITH",
        "meet_credentials": "MET_WITH",
        "meet_honour": "MET_WITH",
        "meet_self": "MET_WITH",
        "say_welcome": "SAID",
        "say_call_on": "SAID",
        "say_relay": "SAID",
    }


# ---------------------------------------------------------------- tagger and word order
def test_tagger_takes_the_longest_match_with_agency_first_on_a_tie():
    doc = get_pipeline("en")(
        "The Ministry of Foreign Affairs said Foreign Minister Karim Haddad met the Egyptian "
        "delegation."
    )
    tg = Tagger(doc, load_lexicon("en"))
    kinds = sorted({(h.start, h.end, h.kind) for h in tg.hits.values()})
    texts = {doc[s:e].text: k for s, e, k in kinds}
    assert texts["Foreign Minister"] == "title"
    assert texts["Egyptian"] == "country"
    assert texts["met"] == "cue"


def test_tagger_is_read_only_once_built():
    doc = get_pipeline("en")("Foreign Minister Karim Haddad met Ambassador Tom Reyes.")
    tg = Tagger(doc, load_lexicon("en"))
    other = tg.with_names(frozenset({"haddad"}))
    assert tg.name_norms == frozenset() and other.name_norms == {"haddad"} and other.hits is tg.hits


@pytest.mark.parametrize(
    "text, lang, pair",
    [
        (
            "استقبل وزير الخارجية الأردني كريم حداد السفير الكندي توم ريس في عمان.",
            "ar",
            {"كريم حداد", "توم ريس"},
        ),
        (
            "Jordanian Foreign Minister Karim Haddad received Canadian Ambassador Tom Reyes in "
            "Amman.",
            "en",
            {"Karim Haddad", "Tom Reyes"},
        ),
    ],
)
def test_meeting_sides_follow_the_word_order_of_the_profile(text, lang, pair):
    ex = extract_article(Article(id="t", title="", text=text, lang=lang))
    assert pair <= names(ex, "Official")
    assert frozenset(pair) in met(ex)

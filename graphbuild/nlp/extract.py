"""Article → :class:`~graphbuild.model.Extraction`: the extraction stages in order.

1. tokenise (:func:`~.pipeline.get_pipeline`) and tag lexicon hits (:mod:`.tagger`);
2. mentions — agencies, titles, names as spans (:mod:`.agencies`, :mod:`.titles`, :mod:`.names`);
3. officials and agencies — titles bound to names, in-article resolution, countries
   (:mod:`.officials`, :mod:`.resolution`) → a read-only :class:`~.entities.Entities`;
4. relations, sentence by sentence, with a running discourse state, through the
   relation registry (:mod:`.relations`: one module per relation type);
5. assembly — ids, de-duplication, the Extraction (:mod:`.assemble`).

Values between stages are frozen (:mod:`.mentions`, :mod:`.values`,
:mod:`.discourse`); every language property comes from the language's profile
(``lang/<code>/``). Each entity and relation records the ``rule`` that produced it
and a ``confidence`` derived from it.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Span

from ..lang import Lexicon, load_lexicon, load_profile
from ..model import Article, Extraction
from .assemble import ENTITY_RULES, assemble, entity_id
from .officials import find_entities
from .pipeline import get_pipeline
from .relations import Registry, default_registry, find_relations
from .tagger import Tagger, token_words

__all__ = ["extract_article", "extract_all", "entity_id", "RULE_CONFIDENCE"]


def _rule_confidence(registry: Registry) -> dict[str, float]:
    out = dict(ENTITY_RULES)
    for rt in registry.relations.values():
        out.update(rt.rules)
    return out


RULE_CONFIDENCE = _rule_confidence(default_registry())
_CHECKED: dict[tuple[int, int], tuple[Registry, Lexicon]] = {}


def _sentences(doc: Doc) -> list[Span]:
    """Sentences with at least one letter or digit (a lone quote mark is no sentence)."""
    words = token_words(doc)
    alpha, num = words.is_alpha, words.like_num
    return [s for s in doc.sents if any(alpha[i] or num[i] for i in range(s.start, s.end))]


def _check_cues(registry: Registry, lex: Lexicon) -> None:
    key = (id(registry), id(lex))
    seen = _CHECKED.get(key)
    if seen is None or seen[0] is not registry or seen[1] is not lex:
        registry.check_cues(lex)
        _CHECKED[key] = (registry, lex)


def extract_article(
    art: Article, *, registry: Registry | None = None, lexicon: Lexicon | None = None
) -> Extraction:
    """Extract entities and relations from one article.

    ``registry`` (default: the built-in relation types) and ``lexicon`` (default:
    the article language's) let a caller add relation types and cue words.
    """
    lang = art.lang or "ar"
    registry = registry or default_registry()
    lex = lexicon or load_lexicon(lang)
    _check_cues(registry, lex)
    profile = load_profile(lang)
    doc = get_pipeline(lang)(art.full_text)
    sents = _sentences(doc)
    headline_end = sents[0].end if sents and art.title else 0
    entities, tg = find_entities(doc, Tagger(doc, lex, profile), sents)
    pending = entities.memberships + find_relations(
        doc, tg, sents, entities, headline_end, registry
    )
    return assemble(art, entities, pending, sents, registry, lang, profile.list_separator)


def extract_all(articles: Iterable[Article]) -> list[Extraction]:
    return [extract_article(a) for a in articles]

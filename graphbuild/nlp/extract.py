"""Article → :class:`~graphbuild.model.Extraction`: the extraction stages in order.

1. tokenise (:func:`~.pipeline.get_pipeline`) and tag lexicon hits (:mod:`.tagger`);
2. mentions — agencies, titles, names as spans (:mod:`.agencies`, :mod:`.titles`, :mod:`.names`);
3. officials and agencies — titles bound to names, in-article resolution, countries
   (:mod:`.officials`, :mod:`.resolution`) → a read-only :class:`~.entities.Entities`;
4. relations, sentence by sentence, with a running discourse state, through the
   relation registry (:mod:`.relations`: one module per relation type);
5. assembly — ids, de-duplication, the Extraction (:mod:`.assemble`).

An article longer than :data:`CHUNK_CHARS` (spaCy's own limit for one document) is extracted
in chunks cut at paragraph breaks (:func:`chunk_bounds`), each as its own document; their
offsets are moved back into the whole article, an entity found in two chunks is one entity and a
relation stated in two chunks is one relation, as within one document (what refers across a cut,
a pronoun to a name in the chunk before, is not seen).

Values between stages are frozen (:mod:`.mentions`, :mod:`.values`,
:mod:`.discourse`); every language property comes from the language's profile
(``lang/<code>/``). Each entity and relation records the ``rule`` that produced it
and a ``confidence`` derived from it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from spacy.tokens import Doc, Span

from .. import schema
from ..lang import Lexicon, load_lexicon, load_profile
from ..model import Article, Entity, Extraction, Relation
from ..text import normalize_key
from .assemble import ENTITY_RULES, assemble, entity_id
from .officials import find_entities
from .pipeline import get_pipeline
from .relations import Registry, default_registry, find_relations
from .tagger import Tagger, remember_text, token_words

__all__ = [
    "extract_article",
    "extract_all",
    "entity_id",
    "chunk_bounds",
    "CHUNK_CHARS",
    "RULE_CONFIDENCE",
]

#: The longest text extracted as one spaCy document (spaCy's default ``max_length``); a longer
#: article is extracted in chunks of at most this many characters.
CHUNK_CHARS = 1_000_000


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
    return [s for s in doc.sents if True in alpha[s.start : s.end] or True in num[s.start : s.end]]


def _check_cues(registry: Registry, lex: Lexicon) -> None:
    key = (id(registry), id(lex))
    seen = _CHECKED.get(key)
    if seen is None or seen[0] is not registry or seen[1] is not lex:
        registry.check_cues(lex)
        _CHECKED[key] = (registry, lex)


def chunk_bounds(text: str, limit: int) -> list[tuple[int, int]]:
    """``(start, end)`` of consecutive chunks of ``text``, each at most ``limit`` characters,
    together the whole text. A chunk ends after the last paragraph break (a blank line) that
    fits, else after the last line break, else after the last space or tab, else at the limit."""
    bounds: list[tuple[int, int]] = []
    start = 0
    while len(text) - start > limit:
        end = start + limit
        cut = end
        for brk in ("\n\n", "\n", " ", "\t"):
            at = text.rfind(brk, start, end)
            if at > start:
                cut = at + len(brk)
                break
        bounds.append((start, cut))
        start = cut
    bounds.append((start, len(text)))
    return bounds


def _relation_key(r: Relation) -> tuple:
    """What makes two relations of one article one (as :mod:`.assemble` de-duplicates)."""
    rt = schema.relation_type(r.type)
    if rt.symmetric:
        return (r.type, *sorted((r.source, r.target or "")))
    if rt.quoted:
        return (r.type, r.source, normalize_key(r.quote or ""))
    return (r.type, r.source, r.target)


def _merged(a: Entity, b: Entity) -> Entity:
    """Entity ``a`` with what another chunk's mention ``b`` of it adds."""
    aliases = dict.fromkeys(a.aliases + b.aliases + (b.name,))
    aliases.pop(a.name, None)
    return replace(
        a,
        aliases=tuple(aliases),
        merges=tuple(dict.fromkeys(a.merges + b.merges)),
        country=a.country or b.country,
        title=a.title or b.title,
        kind=a.kind or b.kind,
        name_en=a.name_en or b.name_en,
        confidence=max(a.confidence, b.confidence),
    )


def _chunk(art: Article, start: int, end: int) -> Article:
    """The article's ``full_text[start:end]`` as an article (the first keeps the headline)."""
    text = art.full_text
    if start == 0 and art.title and end > len(art.title):
        return replace(art, text=text[len(art.title) + 1 : end])
    return replace(art, title="", text=text[start:end])


def _extract_chunked(
    art: Article, chunk_chars: int, registry: Registry, lexicon: Lexicon | None
) -> Extraction:
    entities: dict[str, Entity] = {}
    found: list[Relation] = []
    for start, end in chunk_bounds(art.full_text, chunk_chars):
        ex = extract_article(_chunk(art, start, end), registry=registry, lexicon=lexicon)
        for e in ex.entities:
            entities[e.id] = _merged(entities[e.id], e) if e.id in entities else e
        found += [replace(r, start=r.start + start, end=r.end + start) for r in ex.relations]
    relations: dict[tuple, Relation] = {}
    for r in sorted(found, key=lambda r: registry.relations[r.type].phase):
        relations.setdefault(_relation_key(r), r)
    order = schema.entity_types()
    ents = sorted(entities.values(), key=lambda e: (order.index(e.type), e.id))
    return Extraction(article=art, entities=tuple(ents), relations=tuple(relations.values()))


def extract_article(
    art: Article,
    *,
    registry: Registry | None = None,
    lexicon: Lexicon | None = None,
    chunk_chars: int = CHUNK_CHARS,
) -> Extraction:
    """Extract entities and relations from one article.

    ``registry`` (default: the built-in relation types) and ``lexicon`` (default:
    the article language's) let a caller add relation types and cue words. An article
    longer than ``chunk_chars`` is extracted in chunks (see the module's docstring).
    """
    lang = art.lang or "ar"
    registry = registry or default_registry()
    if len(art.full_text) > chunk_chars:
        return _extract_chunked(art, chunk_chars, registry, lexicon)
    lex = lexicon or load_lexicon(lang)
    _check_cues(registry, lex)
    profile = load_profile(lang)
    text = art.full_text
    doc = get_pipeline(lang)(text)
    remember_text(doc, text)
    sents = _sentences(doc)
    headline_end = sents[0].end if sents and art.title else 0
    entities, tg = find_entities(doc, Tagger(doc, lex, profile), sents)
    pending = entities.memberships + find_relations(
        doc, tg, sents, entities, headline_end, registry
    )
    return assemble(art, entities, pending, sents, registry, lang, profile.list_separator)


def extract_all(articles: Iterable[Article]) -> list[Extraction]:
    return [extract_article(a) for a in articles]

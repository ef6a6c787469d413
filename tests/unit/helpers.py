"""Small helpers for extraction tests: run one article, look up by name."""

from __future__ import annotations

from graphbuild.model import Article, Extraction
from graphbuild.nlp.extract import extract_article


def run(text: str, lang: str, title: str = "") -> Extraction:
    return extract_article(Article(id="t", title=title, text=text, lang=lang))


def names(ex: Extraction, type_: str) -> set[str]:
    return {e.name for e in ex.entities if e.type == type_}


def ent(ex: Extraction, name: str):
    for e in ex.entities:
        if e.name == name or name in e.aliases:
            return e
    raise AssertionError(f"no entity {name!r} in {[e.name for e in ex.entities]}")


def rels(ex: Extraction, type_: str) -> set[tuple[str, str | None]]:
    by_id = {e.id: e.name for e in ex.entities}
    return {
        (by_id[r.source], by_id.get(r.target) if r.target else r.quote)
        for r in ex.relations
        if r.type == type_
    }


def met(ex: Extraction) -> set[frozenset[str]]:
    return {frozenset(p) for p in rels(ex, "MET_WITH")}


def said(ex: Extraction) -> list[tuple[str, str]]:
    by_id = {e.id: e.name for e in ex.entities}
    return [(by_id[r.source], r.quote or "") for r in ex.relations if r.type == "SAID"]

"""The main job as library functions: articles → extractions →
graph → sinks (files, page, Neo4j)."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from pathlib import Path

import networkx as nx

from .errors import InputError
from .fsutil import AtomicFile
from .model import Article, Extraction
from .parallel import BATCH_SIZE, extract_batches
from .resolve import resolve_corpus
from .sinks import extraction_line, output_sinks, run_sinks

__all__ = ["extract", "filter_confidence", "write_extractions", "read_extractions", "write_outputs"]


def extract(
    articles: Iterable[Article],
    progress: Callable[[Article], None] | None = None,
    *,
    resolve: bool = True,
    jobs: int = 1,
    batch_size: int = BATCH_SIZE,
) -> list[Extraction]:
    """Extract every article, then give each official one id across the corpus.

    ``jobs`` worker processes extract batches of ``batch_size`` articles
    (:func:`graphbuild.parallel.extract_batches`). Deterministic: the same articles
    give byte-identical extractions, whatever ``jobs``.
    """
    out: list[Extraction] = []
    for batch in extract_batches(articles, jobs=jobs, batch_size=batch_size, progress=progress):
        out.extend(batch)
    return resolve_corpus(out) if resolve else out


def filter_confidence(ex: Extraction, threshold: float) -> Extraction:
    """Drop entities and relations below ``threshold`` (and relations to dropped entities)."""
    if threshold <= 0:
        return ex
    ents = tuple(e for e in ex.entities if e.confidence >= threshold)
    keep = {e.id for e in ents}
    rels = tuple(
        r
        for r in ex.relations
        if r.confidence >= threshold and r.source in keep and (r.target is None or r.target in keep)
    )
    return Extraction(article=ex.article, entities=ents, relations=rels)


def write_extractions(extractions: Iterable[Extraction], path: str | Path) -> None:
    """One JSON object per article, keys sorted,
    written atomically (``OSError`` when it cannot be)."""
    with AtomicFile(path) as fh:
        for ex in extractions:
            fh.write(extraction_line(ex) + "\n")


def read_extractions(path: str | Path) -> list[Extraction]:
    """Read an extraction JSONL file written by :func:`write_extractions`."""
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(
            f"{p}: cannot read extractions ({getattr(exc, 'strerror', None) or exc})"
        ) from None
    out = []
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            out.append(Extraction.from_dict(json.loads(line)))
        except (json.JSONDecodeError, KeyError, TypeError) as exc:
            raise InputError(f"{p}:{lineno}: not an extraction record ({exc})") from None
    return out


def write_outputs(
    extractions: list[Extraction],
    graph: nx.MultiDiGraph,
    out_dir: str | Path,
    *,
    title: str = "graphbuild",
    max_nodes: int = 1500,
) -> dict[str, Path]:
    """Write extractions.jsonl, graph.json, graph.graphml and graph.html into ``out_dir``.

    The file sinks of :func:`graphbuild.sinks.output_sinks` run through
    :func:`graphbuild.sinks.run_sinks`; the paths written, by sink name. A file
    that cannot be written is an :class:`InputError` naming it.
    """
    results = run_sinks(
        output_sinks(out_dir, title=title, max_nodes=max_nodes), [extractions], graph
    )
    return {r.name: r.path for r in results if r.path is not None}

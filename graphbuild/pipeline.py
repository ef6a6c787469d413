"""The main job as library functions: articles → extractions → graph → files."""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path

import networkx as nx

from .errors import InputError
from .graph import write_graph_json, write_graphml
from .model import Article, Extraction
from .nlp.extract import extract_article
from .resolve import resolve_corpus

__all__ = ["extract", "filter_confidence", "write_extractions", "read_extractions", "write_outputs"]


def extract(articles: Iterable[Article], progress: Callable[[Article], None] | None = None, *,
            resolve: bool = True) -> list[Extraction]:
    """Extract every article, then give each official one id across the corpus.

    Deterministic: the same articles give byte-identical extractions.
    """
    out = []
    for art in articles:
        out.append(extract_article(art))
        if progress:
            progress(art)
    return resolve_corpus(out) if resolve else out


def filter_confidence(ex: Extraction, threshold: float) -> Extraction:
    """Drop entities and relations below ``threshold`` (and relations to dropped entities)."""
    if threshold <= 0:
        return ex
    ents = tuple(e for e in ex.entities if e.confidence >= threshold)
    keep = {e.id for e in ents}
    rels = tuple(r for r in ex.relations if r.confidence >= threshold and r.source in keep and (r.target is None or r.target in keep))
    return Extraction(article=ex.article, entities=ents, relations=rels)


def _atomic_write(path: Path, text: str) -> None:
    """Write via a temp file + rename, so a failed run never leaves half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes 0600; outputs are ordinary files
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_extractions(extractions: Iterable[Extraction], path: str | Path) -> None:
    lines = [json.dumps(ex.to_dict(), ensure_ascii=False, sort_keys=True) for ex in extractions]
    _atomic_write(Path(path), "".join(line + "\n" for line in lines))


def read_extractions(path: str | Path) -> list[Extraction]:
    """Read an extraction JSONL file written by :func:`write_extractions`."""
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{p}: cannot read extractions ({getattr(exc, 'strerror', None) or exc})") from None
    out = []
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            out.append(Extraction.from_dict(json.loads(line)))
        except (json.JSONDecodeError, KeyError, TypeError) as exc:
            raise InputError(f"{p}:{lineno}: not an extraction record ({exc})") from None
    return out


def write_outputs(extractions: list[Extraction], graph: nx.MultiDiGraph, out_dir: str | Path, *,
                  title: str = "graphbuild", max_nodes: int = 1500) -> dict[str, Path]:
    """Write extractions.jsonl, graph.json, graph.graphml and graph.html into ``out_dir``."""
    from .render import render

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    paths = {
        "extractions": out / "extractions.jsonl",
        "json": out / "graph.json",
        "graphml": out / "graph.graphml",
        "html": out / "graph.html",
    }
    write_extractions(extractions, paths["extractions"])
    tmp = paths["json"].with_suffix(".json.tmp")
    write_graph_json(graph, tmp)
    os.replace(tmp, paths["json"])
    tmp = paths["graphml"].with_suffix(".graphml.tmp")
    write_graphml(graph, tmp)
    os.replace(tmp, paths["graphml"])
    render(graph, paths["html"], title=title, max_nodes=max_nodes)
    return paths

"""Extraction over batches of articles, in this process or in worker processes.

:func:`extract_batches` reads articles lazily, cuts them into batches and yields
each batch's extractions in input order, whatever the number of workers: the
output of ``jobs=N`` is the output of ``jobs=1``, byte for byte. With ``jobs``
above 1 the batches go to a pool of ``spawn``-ed processes; each loads the
spaCy pipelines and lexicons once (they are cached per process) and sends back
only the entities and relations (the article, text included, stays here). At
most ``2 × jobs`` batches are in flight, so memory does not grow with the corpus.

:func:`map_batches` runs another function of a batch the same way (a streamed run's
pass 1 has the workers send each article's spill line and officials, not its
extraction), and a :class:`WorkerPool` keeps one set of workers for both passes of
a run (:func:`graphbuild.pipeline.run_streamed`).
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import chain, islice
from typing import TypeVar

from .model import Article, Entity, Extraction, Relation
from .nlp.extract import extract_article

__all__ = [
    "BATCH_SIZE",
    "WorkerPool",
    "available_cores",
    "batched",
    "extract_batches",
    "map_batches",
    "several",
]

#: Articles per batch: large enough that a worker's round trip is cheap, small
#: enough that two batches per worker keep every core busy on a small corpus.
BATCH_SIZE = 32

T = TypeVar("T")
A = TypeVar("A")
R = TypeVar("R")
_Parts = list[tuple[tuple[Entity, ...], tuple[Relation, ...]]]


def available_cores() -> int:
    """The cores this process may run on (at least 1)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on every platform
        return max(1, os.cpu_count() or 1)


def batched(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """Consecutive lists of ``size`` items (the last one shorter), read lazily."""
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


def _extract_parts(articles: list[Article]) -> _Parts:
    """In a worker: the entities and relations of each article, in order."""
    out = []
    for art in articles:
        ex = extract_article(art)
        out.append((ex.entities, ex.relations))
    return out


def _joined(articles: list[Article], parts: _Parts) -> list[Extraction]:
    return [
        Extraction(article=art, entities=ents, relations=rels)
        for art, (ents, rels) in zip(articles, parts, strict=True)
    ]


class WorkerPool:
    """``jobs`` ``spawn``-ed worker processes, started when first given work and kept for
    the passes of one run (each loads what it needs once); a context manager."""

    def __init__(self, jobs: int) -> None:
        self.jobs = jobs
        ctx = multiprocessing.get_context("spawn")  # no fork of a process holding threads
        self._pool = ProcessPoolExecutor(max_workers=jobs, mp_context=ctx)

    def map(self, fn: Callable[[A], R], items: Iterable[A]) -> Iterator[tuple[A, R]]:
        """``(item, fn(item))`` for each of ``items``, in their order; at most ``2 × jobs``
        in flight, so memory does not grow with the items."""
        pending: deque[tuple[A, Future[R]]] = deque()
        try:
            for item in items:
                pending.append((item, self._pool.submit(fn, item)))
                if len(pending) >= 2 * self.jobs:
                    item, fut = pending.popleft()
                    yield item, fut.result()
            while pending:
                item, fut = pending.popleft()
                yield item, fut.result()
        finally:
            for _, fut in pending:
                fut.cancel()

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)

    def __enter__(self) -> WorkerPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def several(items: Iterable[T]) -> tuple[bool, Iterator[T]]:
    """Whether ``items`` holds two or more (so that work is worth sending to worker
    processes), and the same items, read lazily."""
    it = iter(items)
    first = list(islice(it, 2))
    return len(first) >= 2, chain(first, it)


def extract_batches(
    articles: Iterable[Article],
    *,
    jobs: int = 1,
    batch_size: int = BATCH_SIZE,
    progress: Callable[[Article], None] | None = None,
    pool: WorkerPool | None = None,
) -> Iterator[list[Extraction]]:
    """Yield the extractions of ``articles`` batch by batch, in input order.

    ``jobs`` worker processes extract (1, or a corpus of one batch: this process, no
    pool); ``pool``: those of a :class:`WorkerPool` (its own ``jobs``), kept open.
    ``progress`` is called once per article, in order, as its batch comes back.
    """
    # one batch: starting workers would cost more than it saves
    many, batches = several(batched(articles, max(1, batch_size)))
    jobs = pool.jobs if pool is not None else jobs
    if jobs <= 1 or not many:
        for batch in batches:
            yield _collect(batch, [extract_article(a) for a in batch], progress)
        return
    if pool is not None:
        yield from _pooled(batches, pool, progress)
        return
    with WorkerPool(jobs) as own:
        yield from _pooled(batches, own, progress)


def map_batches(
    fn: Callable[[list[Article]], R],
    articles: Iterable[Article],
    *,
    jobs: int = 1,
    batch_size: int = BATCH_SIZE,
    progress: Callable[[Article], None] | None = None,
    pool: WorkerPool | None = None,
) -> Iterator[tuple[list[Article], R]]:
    """``(batch, fn(batch))`` for each batch of ``articles``, in input order: ``fn`` (a
    module-level function) runs where :func:`extract_batches` would extract."""
    many, batches = several(batched(articles, max(1, batch_size)))
    jobs = pool.jobs if pool is not None else jobs
    if jobs <= 1 or not many:
        for batch in batches:
            yield _collect(batch, (batch, fn(batch)), progress)
        return
    with contextlib.ExitStack() as stack:
        workers = pool if pool is not None else stack.enter_context(WorkerPool(jobs))
        for batch, out in workers.map(fn, batches):
            yield _collect(batch, (batch, out), progress)


def _pooled(
    batches: Iterator[list[Article]], pool: WorkerPool, progress: Callable[[Article], None] | None
) -> Iterator[list[Extraction]]:
    """The batches extracted by the workers of ``pool``, yielded in submission order."""
    for batch, parts in pool.map(_extract_parts, batches):
        yield _collect(batch, _joined(batch, parts), progress)


def _collect(batch: list[Article], out: R, progress: Callable[[Article], None] | None) -> R:
    """``out``, once ``progress`` has been told of each article of ``batch``."""
    if progress:
        for art in batch:
            progress(art)
    return out

"""Per-document memos of the entity stage's phrase rules.

:func:`~.names.name_run`, :func:`~.agencies.agency_phrase` and :func:`~.titles.title_phrase` are
pure functions of the tagged document and a token position, and the stage asks for the same
phrase again and again: a name after a title, then before the next one, then in a coordination;
an agency inside a title, then on its own; a title before and after officials' names are known.
Each answer is kept, as long as the doc, in a table of ``doc.user_data`` made for the tagger's
hits (a tagger's copy from :meth:`~.tagger.Tagger.with_names` shares them, so it shares the
tables too). The answers are frozen values.

An agency's walk stops at an official's name (``Tagger.name_norms``, which the copy changes):
it asks :func:`probe`, which notes the word asked about. An answer read with such tests is kept
with the words tested and which of them were names then (:func:`remembered`); it is given again
only where each of those words is a name as it was, so the walk would go the same way.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from .tagger import Hit, Tagger

__all__ = ["memo_table", "probe", "remembered"]

_KEY = "graphbuild.entity_memo"
_NONE: frozenset[str] = frozenset()
T = TypeVar("T")


class _Memo:
    """The tables of one doc, for one tagging of it (its hits)."""

    __slots__ = ("hits", "tables", "probes", "depth")

    def __init__(self, hits: dict[int, Hit]) -> None:
        self.hits = hits
        self.tables: dict[str, dict[Any, Any]] = {}
        self.probes: list[str] = []  # words tested against name_norms by the answers being read
        self.depth = 0  # answers being read (one inside another)


def _memo(tg: Tagger) -> _Memo:
    """The memo of ``tg``'s doc and hits: the tagger's own once found (``Tagger.memo``, a native
    read; a copy made after shares it), else the doc's (a copy made before finds it there)."""
    memo = tg.memo
    if isinstance(memo, _Memo) and memo.hits is tg.hits:
        return memo
    data = tg.doc.user_data
    memo = data.get(_KEY)
    if memo is None or memo.hits is not tg.hits:
        memo = data[_KEY] = _Memo(tg.hits)
    tg.memo = memo
    return memo


def memo_table(tg: Tagger, name: str) -> dict[Any, Any]:
    """The table ``name`` of ``tg``'s doc and hits (empty at first), for answers that read no
    official's name."""
    tables = _memo(tg).tables
    table = tables.get(name)
    if table is None:
        table = tables[name] = {}
    return table


def probe(tg: Tagger, norm: str) -> bool:
    """``norm in tg.name_norms``, noted for the answers being read."""
    memo = _memo(tg)
    if memo.depth:
        memo.probes.append(norm)
    return norm in tg.name_norms


def remembered(tg: Tagger, name: str, key: Any, read: Callable[[], T]) -> T:
    """The answer of ``read()`` for ``key`` in table ``name``: a kept one whose tested words are
    names as they were, else ``read()``'s, kept with the words it tested."""
    memo = _memo(tg)
    table = memo.tables.setdefault(name, {})
    names = tg.name_norms
    kept = table.get(key)
    for found, words, named in kept or ():
        if all((w in names) == (w in named) for w in words):
            if memo.depth:
                memo.probes.extend(words)  # the answer being read around this one tests them too
            return found
    mark = len(memo.probes)
    memo.depth += 1
    try:
        value = read()
    finally:
        memo.depth -= 1
    tested: tuple[str, ...] = ()
    were: frozenset[str] = _NONE
    if len(memo.probes) > mark:
        tested = tuple(dict.fromkeys(memo.probes[mark:]))
        were = frozenset(w for w in tested if w in names)
        if not memo.depth:
            del memo.probes[mark:]
    table.setdefault(key, []).append((value, tested, were))
    return value

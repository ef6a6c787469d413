"""Per-document memos of the entity stage's phrase rules.

:func:`~.names.name_run` and :func:`~.agencies.agency_phrase` are pure functions of the tagged
document and a token position, and the stage asks for the same phrase again and again: a name
after a title, then before the next one, then in a coordination; an agency inside a title, then
on its own.
Each answer is kept, as long as the doc, in a table of ``doc.user_data`` made for the tagger's
hits (a tagger's copy from :meth:`~.tagger.Tagger.with_names` shares them, so it shares the
tables too). The answers are frozen values; a rule whose answer may read
``Tagger.name_norms`` keys its table with them.
"""

from __future__ import annotations

from typing import Any

from .tagger import Hit, Tagger

__all__ = ["memo_table"]

_KEY = "graphbuild.entity_memo"


class _Memo:
    """The tables of one doc, for one tagging of it (its hits)."""

    __slots__ = ("hits", "tables")

    def __init__(self, hits: dict[int, Hit]) -> None:
        self.hits = hits
        self.tables: dict[str, dict[Any, Any]] = {}


def memo_table(tg: Tagger, name: str) -> dict[Any, Any]:
    """The table ``name`` of ``tg``'s doc and hits (empty at first)."""
    data = tg.doc.user_data
    memo = data.get(_KEY)
    if memo is None or memo.hits is not tg.hits:
        memo = data[_KEY] = _Memo(tg.hits)
    table = memo.tables.get(name)
    if table is None:
        table = memo.tables[name] = {}
    return table

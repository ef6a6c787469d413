"""The merge rule of text properties: which value a node keeps when two inputs disagree.

A node met in several extractions (or loaded into Neo4j from several inputs) may come with
different values of one property: "Secretary of State" and "Secretary" as a title, two
spellings of a name. The value kept is the one :func:`prefer` picks, which depends only on
the values, never on the order they arrive in:

1. a value beats no value (``None`` or ``""``);
2. the longer value wins (in characters: "Deputy Foreign Minister" over "Minister");
3. between two of one length, the smaller in UTF-16 code-unit order (Neo4j's string order:
   Python's ``<`` orders code points, which differs only above U+FFFF).

The rule is a total order, so merging is commutative and associative: graph building
(:mod:`graphbuild.graph`) and the Neo4j load statements (``cypher/load/*.cypher``, the same
comparison written in Cypher) give the same value for any split and order of the input.
"""

from __future__ import annotations

__all__ = ["prefer", "text_rank"]


def text_rank(value: str) -> tuple[int, bytes]:
    """The sort key of the rule: smallest wins (longest first, then UTF-16 order)."""
    return (-len(value), value.encode("utf-16-be", "surrogatepass"))


def prefer(*values: str | None) -> str | None:
    """The value the merge rule keeps among ``values`` (``None`` when none has one)."""
    present = [v for v in values if v]
    return min(present, key=text_rank) if present else None

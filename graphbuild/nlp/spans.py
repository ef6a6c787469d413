"""Texts of token ranges read from the tagger's token lists (no spaCy ``Span`` or ``Token``
object: the entity stage asks for many short texts, each a join of a few list items)."""

from __future__ import annotations

from .tagger import Tagger, span_text

__all__ = ["tokens_text"]


def tokens_text(tg: Tagger, start: int, end: int) -> str:
    """``tg.doc[start:end].text``: the tokens' texts with the whitespace between them."""
    texts, ws = tg.texts, tg.ws
    end = min(end, len(texts))
    if end <= start or start < 0:
        return span_text(tg.doc[start:end])  # spaCy's own answer at the edges
    if end - start == 1:
        return texts[start]
    last = end - 1
    return (
        "".join([t + w for t, w in zip(texts[start:last], ws[start:last], strict=True)])
        + texts[last]
    )

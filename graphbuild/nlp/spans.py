"""Texts of token ranges read from the tagger's token lists (no spaCy ``Span`` or ``Token``
object: the entity stage asks for many short texts, each a join of a few list items), and the
sentence of a token found in the doc's sentence starts (``Token.sent`` walks the doc to both
ends of the sentence at each call)."""

from __future__ import annotations

from bisect import bisect_right
from operator import add

from numpy import flatnonzero
from spacy.tokens import Doc, Span

from .pipeline import STARTS_KEY
from .tagger import Tagger, span_text

__all__ = ["is_sent_start", "sentence_of", "span", "tokens_text"]


def tokens_text(tg: Tagger, start: int, end: int) -> str:
    """``tg.doc[start:end].text``: the tokens' texts with the whitespace between them."""
    texts, ws = tg.texts, tg.ws
    end = min(end, len(texts))
    if end <= start or start < 0:
        return span_text(tg.doc[start:end])  # spaCy's own answer at the edges
    if end - start == 1:
        return texts[start]
    if end - start == 2:
        return texts[start] + ws[start] + texts[start + 1]
    last = end - 1
    return "".join(map(add, texts[start:last], ws[start:last])) + texts[last]


def span(doc: Doc, start: int, end: int) -> Span:
    """``doc[start:end]``; a range inside the doc is made without spaCy's slice normalisation (a
    Python call per slice)."""
    if 0 <= start <= end <= len(doc):
        return Span(doc, start, end)
    return doc[start:end]


_SENT_KEY = "graphbuild.sentence_starts"


def _sentence_starts(doc: Doc) -> tuple[list[int], frozenset[int]] | None:
    """The tokens that start a sentence (``SENT_START`` 1), in order and as a set, read once per doc
    (kept in ``doc.user_data``); None where spaCy reads sentences otherwise (hooks, no sentence
    annotation)."""
    got = doc.user_data.get(_SENT_KEY)
    if got is None:
        if doc.user_hooks or doc.user_span_hooks or not doc.has_annotation("SENT_START"):
            got = doc.user_data[_SENT_KEY] = ()
        else:
            # as the pipeline's sentence component wrote them, when it left them
            starts = (
                doc.user_data.pop(STARTS_KEY, None)
                or flatnonzero(doc.to_array("SENT_START") == 1).tolist()
            )
            got = doc.user_data[_SENT_KEY] = (starts, frozenset(starts))
    return got or None


def sentence_of(doc: Doc, i: int) -> Span:
    """``doc[i].sent``, found by bisection in the doc's sentence starts."""
    read = _sentence_starts(doc)
    if read is None:
        return doc[i].sent
    starts = read[0]
    k = bisect_right(starts, i)
    start = starts[k - 1] if k else 0
    end = starts[k] if k < len(starts) else len(doc)
    return Span(doc, start, end)  # doc[start:end], the bounds being the doc's


def is_sent_start(doc: Doc, i: int) -> bool:
    """``doc[i].is_sent_start is True``."""
    read = _sentence_starts(doc)
    if read is None:
        return doc[i].is_sent_start is True
    return i in read[1]

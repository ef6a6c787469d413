"""spans.span(doc, start, end) is doc[start:end], inside the doc and at its edges."""

from __future__ import annotations

from graphbuild.nlp.pipeline import get_pipeline
from graphbuild.nlp.spans import span


def test_span_is_the_doc_slice():
    doc = get_pipeline("en")("The Foreign Minister met the delegation in Cairo on Monday.")
    n = len(doc)
    assert n > 5
    for start in range(-2, n + 3):
        for end in range(-2, n + 3):
            got, want = span(doc, start, end), doc[start:end]
            assert (got.start, got.end, got.text) == (want.start, want.end, want.text)
            assert got == want

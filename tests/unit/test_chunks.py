"""Articles longer than one spaCy document are extracted in chunks cut at paragraph breaks, with
offsets into the whole article (issue 12)."""

from __future__ import annotations

from graphbuild.model import Article
from graphbuild.nlp.extract import CHUNK_CHARS, chunk_bounds, extract_article
from graphbuild.sources import MAX_ARTICLE_CHARS


def _covers(text: str, bounds: list[tuple[int, int]], limit: int) -> None:
    assert bounds[0][0] == 0 and bounds[-1][1] == len(text)
    assert all(a < b <= a + limit for a, b in bounds)
    assert all(b == c for (_, b), (c, _) in zip(bounds, bounds[1:], strict=False))


def test_chunks_end_at_a_paragraph_break_then_a_line_break_then_a_space():
    text = "aaaa bbbb\ncccc\n\ndddd eeee\nffff"
    bounds = chunk_bounds(text, 20)
    _covers(text, bounds, 20)
    assert text[: bounds[0][1]] == "aaaa bbbb\ncccc\n\n"
    assert text[: chunk_bounds(text, 14)[0][1]] == "aaaa bbbb\n"
    assert text[: chunk_bounds(text, 8)[0][1]] == "aaaa "


def test_a_text_without_white_space_is_cut_at_the_limit():
    text = "x" * 25
    bounds = chunk_bounds(text, 10)
    _covers(text, bounds, 10)
    assert bounds == [(0, 10), (10, 20), (20, 25)]


def test_a_short_text_is_one_chunk():
    assert chunk_bounds("one paragraph", 100) == [(0, 13)]
    assert chunk_bounds("", 100) == [(0, 0)]


PARAGRAPHS = [
    "Foreign Minister Karim Haddad met Prime Minister Omar Nasser in Amman.",
    "Defence Minister Sami Rahal said the talks were useful for both sides.",
    "Interior Minister Lina Farouk received Finance Minister Adel Mansour.",
    "Foreign Minister Karim Haddad met Prime Minister Omar Nasser again.",
]


def _facts(ex):
    rels = {(r.type, r.source, r.target, r.evidence, r.start, r.end, r.quote) for r in ex.relations}
    return {e.id for e in ex.entities}, rels


def test_a_chunked_article_gives_the_relations_and_offsets_of_the_whole_one():
    art = Article(id="c", title="Talks", text="\n\n".join(PARAGRAPHS), lang="en")
    whole = extract_article(art)
    chunked = extract_article(art, chunk_chars=160)  # two paragraphs a chunk at most
    text = art.full_text
    assert len(chunk_bounds(text, 160)) > 1
    assert chunked.relations and _facts(chunked) == _facts(whole)
    for r in chunked.relations:
        assert r.evidence == text[r.start : r.end]
    # the second meeting (same pair, other chunk) is one relation, as in the whole article
    assert sum(r.type == "MET_WITH" for r in chunked.relations) == sum(
        r.type == "MET_WITH" for r in whole.relations
    )


def test_the_chunk_size_is_spacys_limit_and_the_article_limit_is_above_it():
    assert CHUNK_CHARS == 1_000_000
    assert MAX_ARTICLE_CHARS > CHUNK_CHARS

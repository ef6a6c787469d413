"""Property-based fuzz test (issue 12): random Unicode through the whole file path.

Each example is an article made of lexicon words (titles, cues, given names, countries of
both languages, so the rules fire), sentences built from them, and hostile characters: bidi
controls, ZWJ/ZWNJ, lone surrogates, NUL, line and paragraph separators, C0/C1 controls,
combining marks, tatweel, Arabic diacritics, emoji, markup and very long tokens. It is written
as a ``.txt`` file and as a JSONL line, read with :mod:`graphbuild.sources`, extracted, resolved,
built into a graph and written as extractions JSONL, graph.json, GraphML and the HTML page.
In half the examples the JSONL copy is extracted in 60-character chunks (the path of an article
longer than spaCy's limit), so the chunks' offsets are fuzzed too.

Asserted for every example: no exception escapes (a file that cannot be read is one
``ArticleError``); every relation's offsets are inside the article and ``evidence ==
full_text[start:end]``; a quote is words of the article, trimmed; every output parses
(``json.loads``, lxml for GraphML, the page's embedded JSON and the page itself); and nothing
of the article is markup in the page (its data has no ``< > &``, its tags are an empty graph's).

Bounded and deterministic: the ``ci`` profile of ``conftest.py`` (2,000 examples, derandomized,
no example database). ``GRAPHBUILD_FUZZ=long`` runs 20,000 random ones. The time it takes is
printed by ``pytest --durations``; it is not asserted.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from collections.abc import Iterator
from pathlib import Path

import lxml.etree
import lxml.html
import pytest
from hypothesis import event, given
from hypothesis import strategies as st

from graphbuild.errors import ArticleError
from graphbuild.graph import build_graph, read_graph_json, write_graph_json, write_graphml
from graphbuild.model import Article, Extraction
from graphbuild.nlp.extract import CHUNK_CHARS, extract_article
from graphbuild.render import render_html
from graphbuild.resolve import resolve_corpus
from graphbuild.sinks import extraction_line
from graphbuild.sources import iter_articles

LANG = Path(__file__).resolve().parents[2] / "graphbuild" / "lang"


def _forms(path: Path, limit: int, column: int = 0) -> list[str]:
    """``limit`` forms of a lexicon file's ``column``, spread evenly over its rows (comments,
    blank lines and the header row skipped)."""
    rows = [
        line.split("\t")
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ][1:]
    forms = [r[column].strip() for r in rows if len(r) > column and r[column].strip()]
    return forms[:: max(1, len(forms) // limit)][:limit]


def _lexicon(lang: str) -> dict[str, list[str]]:
    d = LANG / lang
    return {
        "title": _forms(d / "titles.tsv", 80),
        "cue": _forms(d / "cues.tsv", 150),
        "name": _forms(d / "given_names.tsv", 200),
        "place": _forms(d / "countries_overrides.tsv", 60, column=2),
        "agency": _forms(d / "agencies.tsv", 60),
    }


LEX = {"ar": _lexicon("ar"), "en": _lexicon("en")}
SAY = {"ar": ["وقال", "وأكد", "بحسب", "مؤكدا"], "en": ["said", "told", "according to", "added"]}

HOSTILE = [
    *"\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069",  # bidi controls
    "\u200d",  # ZWJ
    "\u200c",  # ZWNJ
    "\ud800",  # lone surrogates
    "\udfff",
    "\x00",
    "\u2028",
    "\u2029",
    "\x85",
    *"\x01\x07\x08\x0b\x0c\x1b\x1c\x1f\x7f\x9b",  # C0 / C1 controls
    "\u0301",  # combining marks
    "\u0651",
    "\u0640",  # tatweel
    *"\u064b\u064e\u064f\u0650\u0652\u0670",  # Arabic diacritics
    "\U0001f600",  # emoji, a ZWJ sequence, a flag
    "\U0001f468\u200d\U0001f469\u200d\U0001f467",
    "\U0001f1f8\U0001f1fe",
    "\ufeff",
    "\ufffe",
    "\uffff",
    "\r",
    "\t",
    "«",
    "»",
    "“",
    "”",
    '"',
    "،",
    ":",
    ".",
]
MARKUP = ["<script>alert(1)</script>", "</script>", "<!--", "-->", "&amp;", "<b>", "]]>"]
SEPARATORS = [" ", " ", " ", "\n", "\n\n", ". ", "، ", ", ", "", "\u2028", "\r\n", " \u200f"]


def _sentences(lang: str) -> st.SearchStrategy[str]:
    """A meeting, a statement, a turn or a titled name, from the language's lexicon."""
    lex = LEX[lang]
    title, name, cue = (st.sampled_from(lex[k]) for k in ("title", "name", "cue"))
    person = st.tuples(title, name, name).map(" ".join)
    met = st.tuples(person, cue, person, st.sampled_from(lex["place"])).map(" ".join)
    opening, closing = ("«", "»") if lang == "ar" else ('"', '"')
    said = st.tuples(person, st.sampled_from(SAY[lang]), st.text(max_size=20), met).map(
        lambda t: f"{t[0]} {t[1]} {opening}{t[2]} {t[3]}{closing}"
    )
    # a speaker's turn in a transcript ("Minister X: ...") and an "according to X," clause
    turn = st.tuples(person, st.text(max_size=20), met).map(lambda t: f"\n{t[0]}: {t[1]} {t[2]}\n")
    according = st.tuples(st.sampled_from(SAY[lang]), person, met).map(", ".join)
    return st.one_of(met, said, person, turn, according)


WORDS = [w for lang in LEX.values() for forms in lang.values() for w in forms]
PIECES = st.one_of(
    _sentences("ar"),
    _sentences("en"),
    st.sampled_from(WORDS),
    st.sampled_from(HOSTILE),
    st.sampled_from(MARKUP),
    st.text(max_size=6),
    st.tuples(st.sampled_from(WORDS + HOSTILE), st.integers(50, 400)).map(lambda t: t[0] * t[1]),
)
PARTS = st.lists(st.tuples(PIECES, st.sampled_from(SEPARATORS)), min_size=1, max_size=10)


@st.composite
def articles(draw: st.DrawFn) -> tuple[str, str, str | None]:
    """``(title, body, lang)``: pieces joined by separators, cut anywhere into a headline and a
    body; the language given or left to detection."""
    text = "".join(piece + sep for piece, sep in draw(PARTS))
    cut = draw(st.integers(0, min(len(text), 80)))
    return text[:cut], text[cut:], draw(st.sampled_from([None, "ar", "en"]))


@pytest.fixture(scope="module")
def workdir() -> Iterator[Path]:
    # in memory when the system has a tmpfs: every output is fsynced, and 8,000 fsyncs on a
    # disk are most of the test's time
    shm = Path("/dev/shm")
    where = str(shm) if shm.is_dir() and os.access(shm, os.W_OK) else None
    with tempfile.TemporaryDirectory(prefix="graphbuild-fuzz-", dir=where) as d:
        yield Path(d)


@pytest.fixture(scope="module", autouse=True)
def _pipelines() -> None:
    """Build both spaCy pipelines and lexicons once, before the first example."""
    for lang in ("ar", "en"):
        extract_article(Article(id="warm", title="", text="warm up.", lang=lang))


_SURROGATE = re.compile("[\ud800-\udfff]")


def _write_inputs(d: Path, title: str, body: str, lang: str | None) -> tuple[Path, Path]:
    txt = d / "fz.txt"
    # a lone surrogate cannot be UTF-8: written as its (invalid) bytes, the file is refused
    txt.write_bytes(f"{title}\n{body}".encode("utf-8", "surrogatepass"))
    obj = {"id": "fz-j", "title": title, "text": body, **({"lang": lang} if lang else {})}
    jsonl = d / "fz.jsonl"
    # UTF-8 kept, but a lone surrogate can only be written as its \\u escape (valid JSON)
    line = json.dumps(obj, ensure_ascii=bool(_SURROGATE.search(title + body)))
    jsonl.write_text(line + "\n", encoding="utf-8")
    return txt, jsonl


def _read(path: Path) -> tuple[list[Article], list[ArticleError]]:
    errors: list[ArticleError] = []
    arts = list(iter_articles([path], on_error=errors.append))
    for err in errors:  # one line naming the file
        assert "\n" not in str(err) and str(path) in str(err)
    assert len(arts) + len(errors) == 1
    return arts, errors


def _check_offsets(ex: Extraction) -> None:
    text = ex.article.full_text
    for r in ex.relations:
        assert 0 <= r.start <= r.end <= len(text), r
        assert r.evidence == text[r.start : r.end], r
        if r.quote is not None:  # the words of the article (a turn's quote joins its lines)
            assert r.quote and r.quote == r.quote.strip(), r
            assert " ".join(r.quote.split()) in " ".join(text.split()), r


def _tags(page: str) -> list[str]:
    """The page's elements, in document order, as lxml's HTML parser builds them."""
    return [str(el.tag) for el in lxml.html.document_fromstring(page).iter()]


_DATA = re.compile(r'<script type="application/json" id="graph-data">(.*?)</script>', re.S)


def _check_page(page: str, exs: list[Extraction], n_nodes: int) -> None:
    """The page parses, its data is JSON holding the articles, and no article text is markup:
    the data has no ``< > &`` and the page has the tags of an empty graph's page."""
    m = _DATA.search(page)
    assert m, "no page data"
    assert not re.search("[<>&]", m.group(1))
    data = json.loads(m.group(1))
    assert len(data["nodes"]) == n_nodes
    assert {a["title"] for a in data["articles"].values()} == {e.article.title for e in exs}
    # the inlined vis-network library (700 kB, the same bytes in every page) is cut before the
    # page is parsed: what is left is everything that depends on the graph
    at = page.index("<script>", m.end()) + len("<script>")
    assert page.startswith(VIS_JS, at)
    page = page[:at] + page[at + len(VIS_JS) :]
    assert _tags(page) == EMPTY_PAGE_TAGS


def _check_outputs(d: Path, exs: list[Extraction]) -> None:
    for ex in exs:
        json.loads(extraction_line(ex))
    g = build_graph(exs)
    write_graph_json(g, d / "graph.json")
    json.loads((d / "graph.json").read_text(encoding="utf-8"))
    assert read_graph_json(d / "graph.json").number_of_edges() == g.number_of_edges()
    write_graphml(g, d / "graph.graphml")
    lxml.etree.parse(str(d / "graph.graphml"))
    _check_page(render_html(g), exs, g.number_of_nodes())


EMPTY_PAGE = render_html(build_graph([]))
VIS_JS = re.findall(r"<script>(.*?)</script>", EMPTY_PAGE, re.S)[0]
EMPTY_PAGE_TAGS = _tags(EMPTY_PAGE.replace(VIS_JS, ""))


@given(articles(), st.sampled_from([CHUNK_CHARS, 60]))
def test_hostile_text_through_sources_extraction_graph_and_writers(workdir, article, chunk):
    """``chunk``: the JSONL article is extracted in chunks of 60 characters in half the examples
    (the path of an article over spaCy's limit)."""
    title, body, lang = article
    txt, jsonl = _write_inputs(workdir, title, body, lang)
    read_t, errors_t = _read(txt)
    read_j, errors_j = _read(jsonl)
    if "\x00" not in f"{title}\n{body}"[:8192] and not _SURROGATE.search(body + title):
        assert errors_t == [] or "empty file" in str(errors_t[0])
    if body.strip():
        assert errors_j == [], errors_j
        assert read_j[0].text == _SURROGATE.sub("\ufffd", body)
    exs = [extract_article(a) for a in read_t] + [
        extract_article(a, chunk_chars=chunk) for a in read_j
    ]
    event(f"relations found: {any(ex.relations for ex in exs)}")
    for ex in exs:
        _check_offsets(ex)
    exs = resolve_corpus(exs)
    for ex in exs:
        _check_offsets(ex)
    _check_outputs(workdir, exs)

"""Hostile inputs (issue 12): each bad article is one error line naming its file (and line), and
the run goes on with the others."""

from __future__ import annotations

import json
import os
from pathlib import Path

from graphbuild.errors import ArticleError
from graphbuild.nlp.extract import extract_article
from graphbuild.sources import MAX_ARTICLE_CHARS, iter_articles

GOOD = {
    "id": "ok",
    "title": "T",
    "text": "Foreign Minister Karim Haddad met the envoy.",
    "lang": "en",
}


def _read(paths):
    errors: list[ArticleError] = []
    arts = list(iter_articles([str(p) for p in paths], on_error=errors.append))
    return arts, [str(e) for e in errors]


def _jsonl(tmp_path: Path, lines: list[str], name: str = "in.jsonl") -> Path:
    p = tmp_path / name
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return p


def test_line_separators_inside_a_json_string_do_not_split_the_record(tmp_path):
    text = "First part\u2028second\u2029third\x85fourth\x1cfifth."
    p = _jsonl(
        tmp_path,
        [json.dumps({**GOOD, "id": "a", "text": text}, ensure_ascii=False), json.dumps(GOOD)],
    )
    arts, errors = _read([p])
    assert errors == []
    assert [a.id for a in arts] == ["a", "ok"]
    assert arts[0].text == text


def test_a_nul_byte_spoils_only_its_own_line(tmp_path):
    p = tmp_path / "in.jsonl"
    p.write_bytes(b'{"id": "bad", "text": "a\x00b"}\n' + json.dumps(GOOD).encode() + b"\n")
    arts, errors = _read([p])
    assert [a.id for a in arts] == ["ok"]
    assert len(errors) == 1 and f"{p}:1" in errors[0]


def test_a_lone_surrogate_is_replaced_and_the_article_extracted(tmp_path):
    p = _jsonl(tmp_path, [json.dumps({**GOOD, "id": "s", "text": "Minister Ali met X \ud800."})])
    arts, errors = _read([p])
    assert errors == [] and len(arts) == 1
    assert "\ud800" not in arts[0].text and len(arts[0].text) == len("Minister Ali met X \ud800.")
    extract_article(arts[0])  # no UnicodeEncodeError in the tokenizer


def test_json_nested_deeper_than_the_parser_allows_is_one_error(tmp_path):
    deep = "[" * 5000 + "]" * 5000
    p = _jsonl(tmp_path, [deep, json.dumps(GOOD)])
    arts, errors = _read([p])
    assert [a.id for a in arts] == ["ok"]
    assert len(errors) == 1 and f"{p}:1" in errors[0] and "nested" in errors[0]


def test_an_article_over_the_limit_is_refused_with_one_line(tmp_path):
    big = {**GOOD, "id": "big", "text": "word " * (MAX_ARTICLE_CHARS // 5 + 10)}
    p = _jsonl(tmp_path, [json.dumps(big), json.dumps(GOOD)])
    arts, errors = _read([p])
    assert [a.id for a in arts] == ["ok"]
    assert len(errors) == 1 and "longer than" in errors[0] and f"{p}:1" in errors[0]
    txt = tmp_path / "big.txt"
    txt.write_text("Title\n" + "word " * (MAX_ARTICLE_CHARS // 5 + 10), encoding="utf-8")
    arts, errors = _read([txt])
    assert arts == [] and len(errors) == 1 and str(txt) in errors[0]


def test_a_fifo_is_refused_not_read(tmp_path):
    fifo = tmp_path / "pipe.jsonl"
    os.mkfifo(fifo)
    good = _jsonl(tmp_path, [json.dumps(GOOD)], name="good.jsonl")
    arts, errors = _read([fifo, good])  # reading the FIFO would block forever
    assert [a.id for a in arts] == ["ok"]
    assert len(errors) == 1 and "not a regular file" in errors[0]

"""Gzipped JSONL shards (``*.jsonl.gz``): read as their plain ``.jsonl``, walked in
directories, and a damaged one gives one line naming the file while the rest goes on."""

import gzip
import json

from graphbuild.sources import read_articles

ROWS = [
    {"id": "g1", "title": "Talks", "text": "The minister met the envoy.", "lang": "en"},
    {"id": "g2", "title": "لقاء", "text": "التقى الوزير السفير.", "lang": "ar"},
]


def _jsonl(rows):
    return "\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n"


def collect(paths):
    errors = []
    arts = read_articles([str(p) for p in paths], on_error=errors.append)
    return arts, errors


def test_a_gzipped_shard_gives_the_articles_of_its_plain_file(tmp_path):
    plain = tmp_path / "plain" / "shard.jsonl"
    packed = tmp_path / "packed" / "shard.jsonl.gz"
    plain.parent.mkdir()
    packed.parent.mkdir()
    plain.write_text(_jsonl(ROWS), encoding="utf-8")
    packed.write_bytes(gzip.compress(_jsonl(ROWS).encode("utf-8")))
    want, errors = collect([plain])
    got, errors2 = collect([packed])
    assert not errors and not errors2
    assert [(a.id, a.title, a.text, a.lang) for a in got] == [
        (a.id, a.title, a.text, a.lang) for a in want
    ]
    assert got[0].path == f"{packed}:1"  # as a plain shard's articles: file:line


def test_a_directory_walk_includes_gzipped_shards_in_sorted_order(tmp_path):
    (tmp_path / "a.jsonl.gz").write_bytes(gzip.compress(_jsonl(ROWS[:1]).encode()))
    (tmp_path / "b.JSONL.GZ").write_bytes(gzip.compress(_jsonl(ROWS[1:]).encode()))
    (tmp_path / "c.gz").write_bytes(gzip.compress(b"not articles"))  # not a shard: not read
    arts, errors = collect([tmp_path])
    assert not errors
    assert [a.id for a in arts] == ["g1", "g2"]


def test_a_malformed_line_in_a_gzipped_shard_names_file_and_line(tmp_path):
    p = tmp_path / "s.jsonl.gz"
    text = json.dumps(ROWS[0]) + "\n{broken\n" + json.dumps(ROWS[1]) + "\n"
    p.write_bytes(gzip.compress(text.encode()))
    arts, errors = collect([p])
    assert [a.id for a in arts] == ["g1", "g2"]
    assert len(errors) == 1 and errors[0].line == 2 and str(p) in str(errors[0])


def test_a_damaged_gzip_is_one_error_and_the_next_file_is_read(tmp_path):
    truncated = tmp_path / "a.jsonl.gz"
    truncated.write_bytes(gzip.compress(_jsonl(ROWS).encode())[:20])
    not_gzip = tmp_path / "b.jsonl.gz"
    not_gzip.write_bytes(_jsonl(ROWS[:1]).encode())
    good = tmp_path / "c.jsonl"
    good.write_text(_jsonl([{"id": "ok", "title": "t", "text": "x y z.", "lang": "en"}]))
    arts, errors = collect([tmp_path])
    assert [a.id for a in arts] == ["ok"]
    assert [e.path for e in errors] == [str(truncated), str(not_gzip)]
    assert "gzip" in str(errors[0]) and "gzip" in str(errors[1])


def test_a_bad_byte_in_a_gzipped_shard_names_its_line_and_gives_no_article(tmp_path):
    p = tmp_path / "s.jsonl.gz"
    p.write_bytes(gzip.compress(_jsonl(ROWS[:1]).encode() + b'{"id": "x\xff"}\n'))
    arts, errors = collect([p])
    assert arts == [] and len(errors) == 1
    assert errors[0].path == str(p) and errors[0].line == 2 and "UTF-8" in str(errors[0])

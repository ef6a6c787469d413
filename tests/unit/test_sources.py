"""Reading .txt / .jsonl / directories, language detection and bad input."""

import json

import pytest

from graphbuild.errors import ArticleError
from graphbuild.sources import detect_language, read_articles


def collect(paths):
    errors = []
    arts = read_articles([str(p) for p in paths], on_error=errors.append)
    return arts, errors


def test_txt_first_line_is_headline(tmp_path):
    p = tmp_path / "a1.txt"
    p.write_text("العنوان هنا\nالنص الأول.\nالنص الثاني.", encoding="utf-8")
    (art,), errors = collect([p])
    assert not errors
    assert art.id == "a1" and art.title == "العنوان هنا" and art.lang == "ar"
    assert art.text.startswith("النص الأول")


def test_jsonl_articles_with_metadata(tmp_path):
    p = tmp_path / "batch.jsonl"
    rows = [
        {
            "id": "x1",
            "title": "Talks in Amman",
            "text": "The minister met the envoy.",
            "url": "https://example.org/1",
            "published": "2024-05-01",
        },
        {"id": "x2", "title": "لقاء", "text": "التقى الوزير السفير.", "lang": "ar"},
    ]
    p.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    arts, errors = collect([p])
    assert not errors
    assert [a.id for a in arts] == ["x1", "x2"]
    assert arts[0].lang == "en" and arts[0].published == "2024-05-01"


def test_directory_is_walked_in_order(tmp_path):
    (tmp_path / "b.txt").write_text("B\nbody", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text("A\nbody", encoding="utf-8")
    (tmp_path / "ignored.md").write_text("# no", encoding="utf-8")
    arts, errors = collect([tmp_path])
    assert [a.id for a in arts] == ["b", "a"]
    assert not errors


@pytest.mark.parametrize(
    "content, reason",
    [
        (b"", "empty file"),
        (b"   \n\n", "empty file"),
        (b"\xff\xfe\x00\x01binary\x00\x00", "binary file"),
        ("عنوان\nنص".encode("cp1256"), "not valid UTF-8"),
    ],
)
def test_bad_txt_is_reported_and_others_go_on(tmp_path, content, reason):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    good = tmp_path / "good.txt"
    good.write_text("Headline\nThe minister met the envoy.", encoding="utf-8")
    arts, errors = collect([bad, good])
    assert [a.id for a in arts] == ["good"]
    assert len(errors) == 1
    assert str(bad) in str(errors[0]) and reason in str(errors[0])
    assert "\n" not in str(errors[0])


def test_malformed_jsonl_line_names_file_and_line(tmp_path):
    p = tmp_path / "batch.jsonl"
    p.write_text(
        '{"id": "ok1", "text": "The minister met the envoy."}\n'
        '{"id": "broken", "text": \n'
        '{"id": "ok2", "text": "Fine."}\n',
        encoding="utf-8",
    )
    arts, errors = collect([p])
    assert [a.id for a in arts] == ["ok1", "ok2"]
    assert len(errors) == 1 and f"{p}:2:" in str(errors[0])


@pytest.mark.parametrize(
    "line, reason",
    [
        ('["not", "an", "object"]', "JSON object"),
        ('{"id": "x"}', "missing"),
        ('{"id": "x", "text": "t", "lang": "fr"}', "unsupported language"),
        ('{"id": "x", "text": "t", "published": "yesterday"}', "ISO date"),
    ],
)
def test_invalid_jsonl_records(tmp_path, line, reason):
    p = tmp_path / "b.jsonl"
    p.write_text(line + "\n", encoding="utf-8")
    arts, errors = collect([p])
    assert arts == [] and reason in str(errors[0]) and f"{p}:1" in str(errors[0])


def test_missing_path(tmp_path):
    arts, errors = collect([tmp_path / "nope.txt"])
    assert arts == [] and "no such file" in str(errors[0])


def test_unreadable_file_is_reported(tmp_path, monkeypatch):
    """Permission bits do not stop root (CI runs as root), so the OS error is simulated."""
    from pathlib import Path

    p = tmp_path / "locked.txt"
    p.write_text("x\ny", encoding="utf-8")
    real = Path.read_bytes

    def fake(self):
        if self.name == "locked.txt":
            raise PermissionError(13, "Permission denied")
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", fake)
    (tmp_path / "ok.txt").write_text("H\nbody", encoding="utf-8")
    arts, errors = collect([p, tmp_path / "ok.txt"])
    assert [a.id for a in arts] == ["ok"]
    assert "permission denied" in str(errors[0]) and str(p) in str(errors[0])


def test_unreadable_path_is_reported(tmp_path):
    """A path that cannot be read as a file (here a FIFO-free stand-in: a directory named .txt)."""
    d = tmp_path / "dir.txt"
    d.mkdir()
    (tmp_path / "good.txt").write_text("H\nbody", encoding="utf-8")
    arts, errors = collect([tmp_path / "good.txt", d])
    assert [a.id for a in arts] == ["good"]
    assert errors and str(d) in str(errors[0])


def test_without_on_error_the_first_bad_input_raises(tmp_path):
    with pytest.raises(ArticleError):
        read_articles([str(tmp_path / "missing.txt")])


@pytest.mark.parametrize(
    "text, lang",
    [("وزير الخارجية", "ar"), ("Foreign Minister", "en"), ("الوزير met the envoy today", "en")],
)
def test_detect_language(text, lang):
    assert detect_language(text) == lang


def _whole_file_reading(p):
    """The whole file decoded and split on "\n" only (U+2028, U+0085, a form feed or a lone "\r"
    inside a line are text: issue 12), each line without its line ending."""
    from graphbuild.sources import _decode

    text = _decode(p, p.read_bytes())
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return list(enumerate((ln.rstrip("\r") for ln in lines), start=1))


@pytest.mark.parametrize(
    "data",
    [
        b'\xef\xbb\xbf{"id": "a", "text": "x"}\r\n\r\n{"id": "b", "text": "y"}',
        '{"id": "a", "text": "x\u2028y"}\n{"id": "b", "text": "z\u0085"}\rnot json\n'.encode(),
        b'\n\n{"id": "a", "text": "\xd9\x85\xd8\xb1"}\n\x0c\n',
    ],
)
def test_jsonl_is_read_line_by_line_split_on_newlines_only(tmp_path, data):
    from graphbuild.sources import _jsonl_lines

    p = tmp_path / "a.jsonl"
    p.write_bytes(data)
    assert list(_jsonl_lines(p)) == _whole_file_reading(p)


@pytest.mark.parametrize(
    "data",
    [
        b'\xef\xbb\xbf{"id": "a", "text": "x"}\n{"id": "b", "text": "\xff"}\n',
        b'{"id": "a", "text": "x"}\n\n\xc3',
        b" \n\t\n",
    ],
)
def test_a_bad_jsonl_file_is_rejected_whole_with_the_same_error(tmp_path, data):
    p = tmp_path / "bad.jsonl"
    p.write_bytes(data)
    with pytest.raises(ArticleError) as whole:
        if _whole_file_reading(p) is not None:
            raise ArticleError(str(p), "empty file")  # the only error left: a blank file
    arts, errors = collect([p])
    assert arts == [] and [str(e) for e in errors] == [str(whole.value)]


def test_hidden_entries_of_a_directory_are_not_walked(tmp_path):
    # A run's output directory keeps its versions under DIR/.graphbuild/ and links
    # DIR/extractions.jsonl into them: walking DIR must read that file once, not twice.
    (tmp_path / "a.txt").write_text("A\nbody", encoding="utf-8")
    hidden = tmp_path / ".graphbuild" / "v1"
    hidden.mkdir(parents=True)
    (hidden / "b.txt").write_text("B\nbody", encoding="utf-8")
    (tmp_path / ".c.txt").write_text("C\nbody", encoding="utf-8")
    (tmp_path / "b.txt").symlink_to(hidden / "b.txt")
    arts, errors = collect([tmp_path])
    assert [a.id for a in arts] == ["a", "b"]
    assert not errors


def test_a_hidden_directory_named_on_the_command_line_is_walked(tmp_path):
    hidden = tmp_path / ".archive"
    hidden.mkdir()
    (hidden / "a.txt").write_text("A\nbody", encoding="utf-8")
    arts, errors = collect([hidden])
    assert [a.id for a in arts] == ["a"] and not errors

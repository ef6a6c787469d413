"""Reading articles: ``.txt`` files, ``.jsonl`` files and directories.

* ``.txt``: UTF-8, first line the headline, the rest the body; the stem is the id.
* ``.jsonl``: one ``{"id", "title", "text", "lang"?, "url"?, "published"?, "source"?}`` a line;
  ``.jsonl.gz``: the same, gzipped (decompressed while it is read).
* a directory: every ``.txt`` / ``.jsonl`` / ``.jsonl.gz`` below it, in sorted order.

The languages are those of :data:`graphbuild.lang.SUPPORTED_LANGS` (a folder
with a profile each).

A bad file or line never stops the others: :func:`read_articles` reports it as
an :class:`~graphbuild.errors.ArticleError` to ``on_error`` and goes on.
"""

from __future__ import annotations

import contextlib
import gzip
import json
import re
import zlib
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from .errors import ArticleError, InputError
from .lang import SUPPORTED_LANGS
from .model import Article

__all__ = [
    "read_articles",
    "iter_articles",
    "detect_language",
    "SUPPORTED_LANGS",
    "MAX_ARTICLE_CHARS",
]

# The longest article read (headline and body); a longer one is refused with one error line
# (split it into articles first). Above 1,000,000 characters (spaCy's limit for one document)
# an article is extracted in chunks cut at paragraph breaks (graphbuild.nlp.extract.CHUNK_CHARS).
MAX_ARTICLE_CHARS = 10_000_000
_SURROGATE = re.compile("[\ud800-\udfff]")

_LANGS_TEXT = " or ".join(
    filter(None, [", ".join(SUPPORTED_LANGS[:-1]), SUPPORTED_LANGS[-1]])
)  # "ar or en"
_ARABIC_LETTER = re.compile("[\u0621-\u064a\u0671-\u06d3]")
_LATIN_LETTER = re.compile("[A-Za-z]")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")


def detect_language(text: str) -> str:
    """'ar' when Arabic letters outnumber Latin ones, else 'en'."""
    ar = len(_ARABIC_LETTER.findall(text))
    la = len(_LATIN_LETTER.findall(text))
    return "ar" if ar > la else "en"


def _decode(path: Path, data: bytes) -> str:
    if b"\x00" in data[:8192]:
        raise ArticleError(str(path), "binary file, not UTF-8 text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise ArticleError(str(path), f"not valid UTF-8 (byte {exc.start})", line=line) from None
    return text


@contextlib.contextmanager
def _reading(path: Path) -> Iterator[None]:
    """An ``OSError`` while reading ``path`` becomes one :class:`ArticleError` naming it."""
    try:
        yield
    except FileNotFoundError:
        raise ArticleError(str(path), "no such file") from None
    except PermissionError:
        raise ArticleError(str(path), "permission denied") from None
    except IsADirectoryError:
        raise ArticleError(str(path), "is a directory") from None
    except (gzip.BadGzipFile, EOFError, zlib.error) as exc:
        raise ArticleError(str(path), f"damaged gzip file ({exc or 'truncated'})") from None
    except OSError as exc:
        raise ArticleError(str(path), f"cannot read ({exc.strerror or exc})") from None


def _read_bytes(path: Path) -> bytes:
    with _reading(path):
        if is_gzipped_jsonl(path):
            with gzip.open(path, "rb") as fh:
                return fh.read()
        return path.read_bytes()


def is_gzipped_jsonl(path: Path) -> bool:
    """A gzipped JSONL shard: ``*.jsonl.gz`` (any case)."""
    return path.name.lower().endswith(".jsonl.gz")


def is_jsonl(path: Path) -> bool:
    """Read as JSONL articles: ``*.jsonl`` or ``*.jsonl.gz`` (any case)."""
    return path.suffix.lower() == ".jsonl" or is_gzipped_jsonl(path)


def _open_binary(path: Path) -> BinaryIO:
    """``path`` opened for reading bytes, decompressed on the fly when it is ``*.jsonl.gz``."""
    if is_gzipped_jsonl(path):
        return gzip.open(path, "rb")  # type: ignore[return-value]
    return path.open("rb")


def _finish(art: Article) -> Article:
    size = len(art.title) + len(art.text)
    if size > MAX_ARTICLE_CHARS:
        raise ArticleError(
            art.path or art.id,
            f"article longer than {MAX_ARTICLE_CHARS:,} characters ({size:,}); split it",
        )
    lang = art.lang or detect_language(art.full_text)
    if lang not in SUPPORTED_LANGS:
        raise ArticleError(art.path or art.id, f"unsupported language {lang!r} (use {_LANGS_TEXT})")
    if lang != art.lang:
        art = Article(**{**art.__dict__, "lang": lang})
    return art


def read_txt(path: Path) -> Article:
    text = _decode(path, _read_bytes(path))
    if not text.strip():
        raise ArticleError(str(path), "empty file")
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    while lines and not lines[0].strip():
        lines.pop(0)
    title = lines[0].strip()
    body = "\n".join(lines[1:]).strip("\n")
    return _finish(Article(id=path.stem, title=title, text=body, path=str(path)))


def _check_jsonl(path: Path) -> None:
    """Raise what decoding the whole file would (binary, not UTF-8, empty), reading it
    one line at a time: a bad file gives no article at all, as before."""
    nonblank = False
    with _reading(path), _open_binary(path) as fh:
        for n, raw in enumerate(fh):  # a NUL byte spoils its own line only (JSON refuses it)
            try:
                text = raw.decode("utf-8-sig" if n == 0 else "utf-8")
            except UnicodeDecodeError as exc:
                if is_gzipped_jsonl(path):  # not decompressed whole just to word the error
                    raise ArticleError(
                        str(path), f"not valid UTF-8 (byte {exc.start} of the line)", line=n + 1
                    ) from None
                _decode(path, _read_bytes(path))  # the whole file: the error as it always read
                raise
            nonblank = nonblank or bool(text.strip())
    if not nonblank:
        raise ArticleError(str(path), "empty file")


def _jsonl_lines(path: Path) -> Iterator[tuple[int, str]]:
    """The lines of a checked JSONL file, numbered from 1, read one at a time (a corpus file may
    be larger than memory)."""
    with _reading(path), _open_binary(path) as fh:
        # split on b"\n" only: U+2028, U+0085 or U+001C inside a JSON string are text
        for n, raw in enumerate(fh, start=1):
            yield n, raw.decode("utf-8-sig" if n == 1 else "utf-8").rstrip("\r\n")


def iter_jsonl(path: Path, on_error: Callable[[ArticleError], None]) -> Iterator[Article]:
    _check_jsonl(path)
    for lineno, line in _jsonl_lines(path):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            on_error(ArticleError(str(path), f"malformed JSON ({exc.msg})", line=lineno))
            continue
        except RecursionError:
            on_error(ArticleError(str(path), "JSON nested too deeply", line=lineno))
            continue
        try:
            yield _finish(_article_from_obj(obj, path, lineno))
        except ArticleError as err:
            on_error(err)


def _nonblank(value: object) -> bool:
    return isinstance(value, str) and bool(value.strip())


def _article_from_obj(obj: object, path: Path, lineno: int) -> Article:
    if not isinstance(obj, dict):
        raise ArticleError(str(path), "each line must be a JSON object", line=lineno)
    missing = [k for k in ("id", "text") if not _nonblank(obj.get(k))]
    if missing:
        raise ArticleError(
            str(path), f"missing or empty field(s): {', '.join(missing)}", line=lineno
        )
    for k in ("title", "lang", "url", "published", "source"):
        if obj.get(k) is not None and not isinstance(obj[k], str):
            raise ArticleError(str(path), f"field {k!r} must be a string", line=lineno)
    published = obj.get("published")
    if published and not _DATE.match(published):
        raise ArticleError(str(path), f"'published' is not an ISO date: {published!r}", line=lineno)
    lang = obj.get("lang")
    if lang is not None and lang not in SUPPORTED_LANGS:
        raise ArticleError(
            str(path), f"unsupported language {lang!r} (use {_LANGS_TEXT})", line=lineno
        )
    return Article(
        id=_whole(obj["id"].strip()),
        title=_whole((obj.get("title") or "").strip()),
        text=_whole(obj["text"]),
        lang=lang,
        url=obj.get("url"),
        published=published,
        source=obj.get("source"),
        path=f"{path}:{lineno}",
    )


def _whole(text: str) -> str:
    """``text`` with each unpaired surrogate (valid JSON, no Unicode character) replaced by
    U+FFFD, one character for one: offsets stay right."""
    return _SURROGATE.sub("\ufffd", text) if _SURROGATE.search(text) else text


def _hidden(rel: Path) -> bool:
    """True if a path under a walked directory is, or lies in, a hidden entry (a name
    starting with '.'): a run's own versions in DIR/.graphbuild/, editors' and VCS files."""
    return any(part.startswith(".") for part in rel.parts)


def _expand(
    paths: Iterable[str | Path], on_error: Callable[[ArticleError], None]
) -> Iterator[Path]:
    for p in paths:
        path = Path(p)
        if path.is_dir():
            try:
                found = sorted(
                    q
                    for q in path.rglob("*")
                    if q.is_file()
                    and (q.suffix.lower() == ".txt" or is_jsonl(q))
                    and not _hidden(q.relative_to(path))
                )
            except OSError as exc:
                on_error(ArticleError(str(path), f"cannot list directory ({exc.strerror or exc})"))
                continue
            if not found:
                on_error(
                    ArticleError(
                        str(path), "no .txt, .jsonl or .jsonl.gz articles in this directory"
                    )
                )
            yield from found
        elif not path.exists():
            on_error(ArticleError(str(path), "no such file or directory"))
        elif not path.is_file():
            on_error(ArticleError(str(path), "not a regular file (a pipe or device is not read)"))
        else:
            yield path


def iter_articles(
    paths: Iterable[str | Path], on_error: Callable[[ArticleError], None] | None = None
) -> Iterator[Article]:
    """Yield articles from files and directories; bad ones go to ``on_error``.

    Without ``on_error`` the first bad input raises.
    """

    def _raise(err: ArticleError) -> None:
        raise err

    report = on_error or _raise
    seen: set[str] = set()
    for path in _expand(paths, report):
        try:
            if is_jsonl(path):
                arts: Iterable[Article] = iter_jsonl(path, report)
            else:
                arts = [read_txt(path)]
            for art in arts:
                if art.id in seen:
                    report(
                        ArticleError(
                            art.path or str(path), f"duplicate article id {art.id!r}, skipped"
                        )
                    )
                    continue
                seen.add(art.id)
                yield art
        except ArticleError as err:
            report(err)


def read_articles(
    paths: Iterable[str | Path], on_error: Callable[[ArticleError], None] | None = None
) -> list[Article]:
    """All readable articles from ``paths`` (see :func:`iter_articles`)."""
    if isinstance(paths, (str, Path)):
        raise InputError("read_articles expects a list of paths")
    return list(iter_articles(paths, on_error))

"""Name-skeleton rules: ``lang/<code>/skeleton.tsv``.

The transliteration data of :func:`graphbuild.resolve.name_skeleton`.

One rule a line (``rule<TAB>form<TAB>value``, described in the files themselves):
``particle`` (a word left out), ``article`` (a glued article dropped when enough
letters stay), ``digraph`` (letters replaced, in file order), ``doubles`` (a
letter written twice written once) and ``vowel`` (dropped after a word's first
letter). A bad row raises :class:`~graphbuild.errors.LexiconError` naming the
file and line.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..errors import LexiconError
from ..text import normalize_key
from .profile import _lang_dir, read_table

__all__ = ["Skeleton", "load_skeleton", "SKELETON_RULES"]

SKELETON_RULES = ("particle", "article", "digraph", "doubles", "vowel")


@dataclass(frozen=True)
class Skeleton:
    """The name-skeleton rules of one language (empty: words are kept as they are)."""

    particles: frozenset[str] = frozenset()
    article: str = ""
    article_keeps: int = 0  # letters that must stay after the article for it to go
    digraphs: tuple[tuple[str, str], ...] = ()
    doubles: bool = False
    vowels: frozenset[str] = frozenset()


def _row(path: Path, lineno: int, rule: str, form: str, value: str) -> Any:
    """What a rule line says, checked (LexiconError naming ``path:lineno``)."""

    def bad(reason: str) -> LexiconError:
        return LexiconError(f"{path}:{lineno}: {rule}: {reason}")

    if rule == "particle":
        word = normalize_key(form)
        if not word or " " in word or value:
            raise bad(f"one word and no value, not {form!r} {value!r}")
        return word
    if rule == "article":
        if not form or not value.isdigit() or int(value) < 1:
            raise bad(
                "an article and how many letters must stay (a whole number), "
                f"not {form!r} {value!r}"
            )
        return normalize_key(form), int(value)
    if rule == "digraph":
        if not form or form != form.casefold() or value != value.casefold():
            raise bad(f"lower-case letters and their replacement, not {form!r} {value!r}")
        return form, value
    if rule == "doubles":
        if form or value:
            raise bad("takes no form or value")
        return True
    if rule == "vowel":
        if len(form) != 1 or form != form.casefold() or value:
            raise bad(f"one lower-case letter and no value, not {form!r} {value!r}")
        return form
    raise LexiconError(
        f"{path}:{lineno}: unknown skeleton rule {rule!r} (one of {', '.join(SKELETON_RULES)})"
    )


@lru_cache(maxsize=None)
def load_skeleton(lang: str) -> Skeleton:
    """The validated name-skeleton rules of ``lang`` (``lang/<code>/skeleton.tsv``)."""
    path = _lang_dir() / lang / "skeleton.tsv"
    particles: set[str] = set()
    digraphs: list[tuple[str, str]] = []
    vowels: set[str] = set()
    article, keeps, doubles = "", 0, False
    for lineno, row in read_table(path, ["rule", "form", "value"]):
        rule = row["rule"]
        got = _row(path, lineno, rule, row["form"], row["value"])
        if rule == "article":
            if article:
                raise LexiconError(f"{path}:{lineno}: article: a second article (one a language)")
            article, keeps = got
        elif rule == "particle":
            particles.add(got)
        elif rule == "digraph":
            digraphs.append(got)
        elif rule == "vowel":
            vowels.add(got)
        else:
            doubles = True
    return Skeleton(
        frozenset(particles), article, keeps, tuple(digraphs), doubles, frozenset(vowels)
    )

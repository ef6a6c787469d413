"""Capability cases: short texts written for the purpose, each with what extraction must
(and must not) find. The format is in tests/capability/README.md.

Cases under tests/capability/*.jsonl are asserted by tests/unit/test_capability.py. Cases
under tests/capability/open/ are forms the rules do not handle yet: bench/capability.py
prints the pass rate of both, so a rule that closes an open case shows up there, and the
case then moves to the asserted files.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from graphbuild.model import Article, Entity, Extraction
from graphbuild.nlp.extract import extract_article

CASES = Path(__file__).resolve().parent / "capability"
OPEN = CASES / "open"

KEYS = {
    "id",
    "lang",
    "text",
    "title",
    "note",
    "officials",
    "agencies",
    "countries",
    "not_entities",
    "met",
    "not_met",
    "no_met",
    "member",
    "not_member",
    "said",
    "not_said",
}


@dataclass(frozen=True)
class Case:
    id: str
    lang: str
    text: str
    expect: dict[str, Any] = field(default_factory=dict)
    title: str = ""
    source: str = ""  # "file:line"


def load(path: Path) -> Iterator[Case]:
    """The cases of one .jsonl file; a malformed line raises ValueError naming file and line."""
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{path.name}:{number}"
        try:
            raw = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ValueError(f"{where}: not JSON ({exc.msg})") from None
        unknown = set(raw) - KEYS
        if unknown or not {"id", "lang", "text"} <= set(raw):
            raise ValueError(f"{where}: needs id, lang, text; unknown keys {sorted(unknown)}")
        expect = {k: v for k, v in raw.items() if k not in {"id", "lang", "text", "title", "note"}}
        if not expect:
            raise ValueError(f"{where}: a case must expect something")
        yield Case(raw["id"], raw["lang"], raw["text"], expect, raw.get("title", ""), where)


def load_all(folder: Path) -> list[Case]:
    return [case for path in sorted(folder.glob("*.jsonl")) for case in load(path)]


def _find(ex: Extraction, name: str) -> list[Entity]:
    return [e for e in ex.entities if e.name == name or name in e.aliases]


def _ids(ex: Extraction, name: str) -> set[str]:
    return {e.id for e in _find(ex, name)}


def _linked(ex: Extraction, type_: str, a: str, b: str, either_way: bool) -> bool:
    left, right = _ids(ex, a), _ids(ex, b)
    for r in ex.relations:
        if r.type != type_ or r.target is None:
            continue
        if r.source in left and r.target in right:
            return True
        if either_way and r.source in right and r.target in left:
            return True
    return False


def _said(ex: Extraction, speaker: str, fragment: str) -> bool:
    ids = _ids(ex, speaker)
    return any(
        r.type == "SAID" and r.source in ids and fragment in (r.quote or "") for r in ex.relations
    )


def _typed(ex: Extraction, type_: str, name: str) -> bool:
    return any(e.type == type_ for e in _find(ex, name))


# each pair of keys (must hold, must not hold): how a miss is named, and the check
_PAIRS: tuple[
    tuple[str, str, Callable[[str, str], str], Callable[[Extraction, str, str], bool]], ...
] = (
    (
        "met",
        "not_met",
        lambda a, b: f"MET_WITH {a!r}–{b!r}",
        lambda ex, a, b: _linked(ex, "MET_WITH", a, b, True),
    ),
    (
        "member",
        "not_member",
        lambda a, b: f"MEMBER_OF {a!r}→{b!r}",
        lambda ex, a, b: _linked(ex, "MEMBER_OF", a, b, False),
    ),
    ("said", "not_said", lambda a, q: f"SAID {a!r} ⊇ {q!r}", _said),
)


def failures(case: Case, ex: Extraction | None = None) -> list[str]:
    """What *case* expects and the extraction of its text does not give (empty: it passes)."""
    if ex is None:
        ex = extract_article(Article(id=case.id, title=case.title, text=case.text, lang=case.lang))
    e = case.expect
    out: list[str] = []
    for key, type_ in (("officials", "Official"), ("agencies", "Agency"), ("countries", "Country")):
        out += [f"no {type_} {n!r}" for n in e.get(key, []) if not _typed(ex, type_, n)]
    out += [f"entity {n!r} should not exist" for n in e.get("not_entities", []) if _find(ex, n)]
    if e.get("no_met") and any(r.type == "MET_WITH" for r in ex.relations):
        out.append("no MET_WITH expected")
    for yes, no, label, holds in _PAIRS:
        out += [f"no {label(a, b)}" for a, b in e.get(yes, []) if not holds(ex, a, b)]
        out += [f"{label(a, b)} should not exist" for a, b in e.get(no, []) if holds(ex, a, b)]
    return out

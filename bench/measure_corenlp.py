#!/usr/bin/env python3
"""Would Stanford CoreNLP's English NER help graphbuild?  The measurement.

    python bench/measure_corenlp.py                  # jars from ~/.m2 (see below)
    python bench/measure_corenlp.py --jars DIR       # or a folder holding both jars

Issue 10 welcomes a statistical component that installs from a package registry and
runs offline, under a licence that allows redistribution, and that measurably helps
on dev2.  PyPI serves no such component (``bench/measure_ner.py`` prints that
survey).  Maven Central does: Stanford CoreNLP (``edu.stanford.nlp:stanford-corenlp``,
GPL-3.0-or-later, published by the Stanford NLP Group) with its official English
models jar (classifier ``models``), which holds CRF named-entity taggers trained on
newswire.  Both install with Maven and run offline on the Java 17 of this project's
Neo4j::

    mvn dependency:get -Dartifact=edu.stanford.nlp:stanford-corenlp:4.5.7 -Dtransitive=false
    mvn dependency:get -Dartifact=edu.stanford.nlp:stanford-corenlp:4.5.7:jar:models \\
        -Dtransitive=false

The models jar has no Arabic NER (the Arabic jar holds a segmenter, a tagger and a
parser), so this measures English only.  The script tags the English articles of
dev2 and of the written set with ``english.all.3class.distsim.crf.ser.gz`` (PERSON,
ORGANIZATION, LOCATION) in one JVM, and prints, per set:

1. recall: gold English Officials and Agencies that graphbuild's rules find (scored as
   ``graphbuild eval`` scores them), that a tagger span of the matching class finds
   (it shares a normalised form with the gold entity's name or aliases), and that only
   the tagger finds;
2. the scores when the tagger's spans are added to graphbuild's output: as an alias of
   the first entity of the matching type they overlap (a bound on mending a name's
   edges), and as new entities where they overlap none;
3. speed: the tagger's words per second and graphbuild extraction's on the same
   texts, both timed in this run (the JVM's start and model load excluded).

dev2 half A and the written set are development data; half B is printed only as a
measure and decides nothing.
"""

from __future__ import annotations

import argparse
import copy
import os
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from measure_ner import pct
from measure_ner import entity_forms as forms_of
from measure_ner import overlaps as overlaps_in

ROOT = Path(__file__).resolve().parents[1]
VERSION = "4.5.7"
M2 = Path.home() / ".m2" / "repository" / "edu" / "stanford" / "nlp" / "stanford-corenlp"
CLASSIFIER = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz"
SETS = (("dev2 half A", "dev2", "A"), ("dev2 half B (measure only)", "dev2", "B"))
WRITTEN = ("written", "written", None)
# One line between articles, a word the tagger reads as an ordinary token.
SEPARATOR = "GBARTICLEBREAK"
TAG_TYPE = {"PERSON": "Official", "ORGANIZATION": "Agency"}


def jars(folder: Path | None) -> str:
    """The class path of CoreNLP and its models jar."""
    base = folder or M2 / VERSION
    names = [f"stanford-corenlp-{VERSION}.jar", f"stanford-corenlp-{VERSION}-models.jar"]
    found = [base / n for n in names]
    missing = [str(p) for p in found if not p.is_file()]
    if missing:
        sys.exit("CoreNLP jars not found: " + ", ".join(missing) + " (see this script's doc)")
    return os.pathsep.join(str(p) for p in found)


def tag_articles(texts: Mapping[str, str], classpath: str) -> tuple[dict[str, list], float]:
    """Tag every text in one JVM; returns ``{id: [(word, tag), ...]}`` and the seconds the
    tagging took (as the tagger reports its own words per second, model load excluded)."""
    ids = list(texts)
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "all.txt"
        body = f"\n\n{SEPARATOR} .\n\n".join(texts[i] for i in ids)
        src.write_text(body, encoding="utf-8")
        cmd = ["java", "-mx3g", "-cp", classpath, "edu.stanford.nlp.ie.crf.CRFClassifier"]
        cmd += ["-loadClassifier", CLASSIFIER, "-textFile", str(src), "-outputFormat", "tsv"]
        res = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if res.returncode != 0:
        sys.exit(f"CoreNLP failed ({res.returncode}):\n{res.stderr[-2000:]}")
    rate = re.search(r"at ([\d.]+) words per second", res.stderr)
    words = re.search(r"tagged (\d+) words", res.stderr)
    seconds = int(words.group(1)) / float(rate.group(1)) if rate and words else float("nan")
    out: dict[str, list[tuple[str, str]]] = {i: [] for i in ids}
    k = 0
    for line in res.stdout.splitlines():
        parts = line.split("\t")
        if len(parts) < 2:
            continue
        if parts[0] == SEPARATOR:
            k += 1
            continue
        if k < len(ids):
            out[ids[k]].append((parts[0], parts[1]))
    return out, seconds


def spans(tagged: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    """Runs of one tag: ``(tag, the words joined by spaces)``."""
    out: list[tuple[str, str]] = []
    run: list[str] = []
    tag = "O"
    for word, t in [*tagged, ("", "O")]:
        if t == tag and t != "O":
            run.append(word)
            continue
        if run:
            out.append((tag, " ".join(run)))
        run, tag = ([word] if t != "O" else []), t
    return out


def entity_forms(e: Mapping[str, Any]) -> set[str]:
    from graphbuild.evaluate import name_forms

    return forms_of(e, name_forms)


def overlaps(span: str, forms: Iterable[str]) -> bool:
    """Does *span* share a normalised form with, or lie inside / around, one of *forms*?"""
    from graphbuild.evaluate import normalize_for_match

    return overlaps_in(span, forms, normalize_for_match)


VARIANTS = (
    ("graphbuild alone", (), False),
    ("+ PERSON spans as aliases of the Official they overlap", ("PERSON",), False),
    ("+ PERSON spans as new Officials where they overlap no entity", ("PERSON",), True),
    ("+ ORGANIZATION spans as aliases of the Agency they overlap", ("ORGANIZATION",), False),
    ("+ both kinds, aliases and new entities", ("PERSON", "ORGANIZATION"), True),
)


def augment(pred: dict[str, Any], found: list[tuple[str, str]], tags: Any, new: bool) -> None:
    """Add the spans of *tags* to one extraction dict: each as an alias of the first entity
    of its type it overlaps, and (*new*) as a new entity when it overlaps no entity."""
    from graphbuild.evaluate import name_forms

    ents = pred["entities"]
    for k, (tag, span) in enumerate(found):
        etype = TAG_TYPE.get(tag)
        if tag not in tags or etype is None:
            continue
        hits = [e for e in ents if overlaps(span, entity_forms(e))]
        same = [e for e in hits if e["type"] == etype]
        if same and not name_forms(span) & entity_forms(same[0]):
            same[0]["aliases"] = [*(same[0].get("aliases") or []), span]
        if not hits and new:
            ents.append({"id": f"ner-{k}", "type": etype, "name": span, "aliases": []})


def variant(preds: Mapping[str, Any], found: Mapping[str, Any], tags: Any, new: bool) -> Any:
    out = copy.deepcopy(dict(preds))
    for aid, doc in out.items():
        augment(doc, found.get(aid, []), tags, new)
    return out


def print_scores(gold: Mapping[str, Any], preds: Any, found: Any) -> Any:
    from graphbuild.evaluate import score

    head = "| variant | en Official P / R / F1 % | en Agency P / R / F1 % | en entities F1 %"
    print(head + " | en relations F1 % |")
    print("|---|---|---|---|---|")
    base = None
    for label, tags, new in VARIANTS:
        rep = score(gold, variant(preds, found, tags, new))
        base = base or rep
        cells = []
        for key in ("Official", "Agency"):
            c = rep.counts(key, "en")
            cells.append(f"{pct(c.precision)} / {pct(c.recall)} / {pct(c.f1)}")
        cells += [pct(rep.counts("entities", "en").f1), pct(rep.counts("relations", "en").f1)]
        print(f"| {label} | " + " | ".join(cells) + " |")
    print()
    return base


def print_recall(gold: Mapping[str, Any], report: Any, found: Mapping[str, Any]) -> None:
    from graphbuild.evaluate import name_forms

    by_id = {a.id: a for a in report.articles}
    print("| English gold entities | gold | graphbuild finds | CoreNLP finds | only CoreNLP |")
    print("|---|---|---|---|---|")
    for tag, etype in TAG_TYPE.items():
        n = ours = theirs = only = 0
        for aid, doc in gold.items():
            if aid not in found:
                continue
            forms: set[str] = set()
            for t, s in found[aid]:
                forms |= name_forms(s) if t == tag else set()
            for e in doc["entities"]:
                if e["type"] != etype:
                    continue
                hit_ours = e["name"] in by_id[aid].matches
                hit_theirs = bool(forms & entity_forms(e))
                n, ours = n + 1, ours + hit_ours
                theirs, only = theirs + hit_theirs, only + (hit_theirs and not hit_ours)
        print(f"| {etype} ({tag}) | {n} | {ours} | {theirs} | {only} |")
    print()


def extract(folder: Path, ids: list[str]) -> tuple[dict[str, Any], float]:
    """graphbuild's extraction of *ids*, as ``graphbuild eval`` reads it, and the seconds
    it took (reading the files excluded)."""
    from graphbuild.pipeline import extract as run_extract
    from graphbuild.sources import read_txt

    articles = [read_txt(folder / "articles" / f"{i}.txt") for i in ids]
    start = time.perf_counter()
    out = run_extract(articles)
    seconds = time.perf_counter() - start
    return {ex.article.id: ex.to_dict() for ex in out}, seconds


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--jars", type=Path, help="folder holding the CoreNLP jar and models jar")
    args = ap.parse_args()
    classpath = jars(args.jars)
    from graphbuild.evaluate import load_gold, select_half

    total_words = 0
    ours_s = theirs_s = 0.0
    for label, folder_name, half in (*SETS, WRITTEN):
        folder = ROOT / "eval" / folder_name
        gold = load_gold(folder / "gold")
        gold = select_half(gold, half) if half else gold
        gold = {k: v for k, v in gold.items() if v.get("lang") == "en"}
        texts = {i: (folder / "articles" / f"{i}.txt").read_text(encoding="utf-8") for i in gold}
        preds, seconds = extract(folder, list(gold))
        ours_s += seconds
        tagged, seconds = tag_articles(texts, classpath)
        theirs_s += seconds
        total_words += sum(len(t) for t in tagged.values())
        found = {aid: spans(t) for aid, t in tagged.items()}
        print(f"## {label}: {len(gold)} English articles\n")
        report = print_scores(gold, preds, found)
        print_recall(gold, report, found)
    print(f"Speed on the same {total_words} tagger words: CoreNLP's CRF tagger")
    print(f"{total_words / theirs_s:.0f} words/s, graphbuild's whole extraction")
    print(f"{total_words / ours_s:.0f} words/s (one process each, this run).")
    return 0


if __name__ == "__main__":
    sys.exit(main())

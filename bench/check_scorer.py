"""Does ``graphbuild eval`` give exactly the reference scorer's figures?

    python bench/check_scorer.py             # dev, dev2, dev2 half A, dev2 half B
    python bench/check_scorer.py --quiet     # only the differences and the verdict

For each of ``eval/dev`` and ``eval/dev2`` the articles are extracted once
(``graphbuild extract``) to a temporary JSONL file; that one file is then scored
by ``graphbuild eval GOLD FILE --json`` and by the reference scorer
``python eval/score.py GOLD FILE --json``, both in a subprocess.  The two halves
of dev2 are compared too: ``graphbuild eval --half A|B`` on the whole gold
against score.py on a temporary copy of that half's gold files.

Printed side by side, per language (all, ar, en) and per type (then entities
and relations overall): tp, predicted and gold counts and P/R/F1 as score.py
rounds them (3 decimals; a figure graphbuild leaves undefined, ``null``,
is score.py's 0.000).  A row that differs is marked ``<< DIFFERS``.  Exit
code 0 when everything agrees, 1 on any difference (or a missing article
listed by one scorer and not by the other).
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT / "eval"
SCORE_PY = EVAL / "score.py"
SETS = ("dev", "dev2")
# graphbuild's key for each of score.py's "ent:…" / "rel:…" keys
KINDS = {"ent": "entities", "rel": "relations"}


def _run(args: list[str]) -> str:
    res = subprocess.run(args, capture_output=True, text=True, cwd=ROOT)
    if res.returncode != 0:
        sys.exit(f"{' '.join(args)} failed ({res.returncode}):\n{res.stderr}")
    return res.stdout


def _graphbuild(*args: str | Path) -> str:
    return _run([sys.executable, "-m", "graphbuild", *map(str, args)])


def ours(gold: Path, pred: Path, half: str | None = None) -> dict[str, Any]:
    args: list[str | Path] = ["eval", gold, pred, "--json", "--quiet"]
    if half:
        args += ["--half", half]
    return json.loads(_graphbuild(*args))


def reference(gold: Path, pred: Path) -> dict[str, Any]:
    return json.loads(_run([sys.executable, str(SCORE_PY), str(gold), str(pred), "--json"]))


def _our_row(doc: dict[str, Any], lang: str, key: str) -> dict[str, Any] | None:
    kind, typ = key.split(":", 1)
    c = doc["languages"].get(lang, {}).get(KINDS[kind] if typ == "ALL" else typ)
    if c is None:
        return None
    return {
        "tp": c["tp"],
        "pred": c["tp"] + c["fp"],
        "gold": c["tp"] + c["fn"],
        **{k: round(c[n] or 0.0, 3) for k, n in (("p", "precision"), ("r", "recall"), ("f", "f1"))},
    }


def _fmt(row: dict[str, Any] | None) -> str:
    if row is None:
        return f"{'(absent)':<36}"
    return (
        f"{row['p']:.3f} {row['r']:.3f} {row['f']:.3f}"
        f" {row['tp']:>4}/{row['pred']:<4}/{row['gold']:<4}"
    )


def compare(label: str, mine: dict[str, Any], ref: dict[str, Any], quiet: bool) -> int:
    """Print one set's figures side by side; the number of rows that differ."""
    diffs = 0
    scores = ref["scores"]
    langs = sorted(set(scores) | set(mine["languages"]), key=lambda x: (x != "all", x))
    if not quiet:
        print(f"\n=== {label} ({mine['articles'].get('all', 0)} articles)")
        cols = "P     R     F1    tp/pred/gold"
        print(f"{'':<20}{'graphbuild eval':<16}{cols:<31}{'score.py':<10}{cols}")
    for lang in langs:
        keys = [k for k in scores.get(lang, {}) if not k.endswith(":ALL")]
        keys = (
            [k for k in keys if k.startswith("ent:")]
            + ["ent:ALL"]
            + [k for k in keys if k.startswith("rel:")]
            + ["rel:ALL"]
        )
        for key in keys:
            a, b = _our_row(mine, lang, key), scores.get(lang, {}).get(key)
            b = None if b is None else {k: b[k] for k in ("tp", "pred", "gold", "p", "r", "f")}
            same = a == b
            diffs += not same
            if not quiet or not same:
                mark = "" if same else "  << DIFFERS"
                print(f"{lang:<5}{key:<15}{'':<16}{_fmt(a):<31}{'':<10}{_fmt(b)}{mark}")
    if sorted(mine["missing_articles"]) != sorted(ref["missing"]):
        diffs += 1
        print(f"{label}: missing articles differ: {mine['missing_articles']} vs {ref['missing']}")
    a, b = mine["languages"]["all"], scores["all"]
    print(
        f"{label}: graphbuild eval entity F1 {round(a['entities']['f1'] or 0, 3):.3f}"
        f" relation F1 {round(a['relations']['f1'] or 0, 3):.3f} | score.py entity F1"
        f" {b['ent:ALL']['f']:.3f} relation F1 {b['rel:ALL']['f']:.3f}"
        f" | {'identical' if not diffs else f'{diffs} difference(s)'}"
    )
    return diffs


def _half_gold(gold: Path, half: str, into: Path) -> Path:
    from graphbuild.evaluate import dev2_half

    into.mkdir()
    for f in sorted(gold.glob("*.json")):
        if dev2_half(f.stem) == half:
            shutil.copy(f, into / f.name)
    return into


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--quiet", action="store_true", help="Print only differences and verdicts.")
    args = ap.parse_args(argv)
    diffs = 0
    with tempfile.TemporaryDirectory(prefix="check-scorer-") as tmp:
        for name in SETS:
            gold, pred = EVAL / name / "gold", Path(tmp) / f"{name}.jsonl"
            _graphbuild("extract", EVAL / name / "articles", "-o", pred, "--quiet")
            diffs += compare(name, ours(gold, pred), reference(gold, pred), args.quiet)
            if name == "dev2":
                for half in ("A", "B"):
                    half_gold = _half_gold(gold, half, Path(tmp) / f"gold-{half}")
                    diffs += compare(
                        f"dev2 half {half}",
                        ours(gold, pred, half),
                        reference(half_gold, pred),
                        args.quiet,
                    )
    print(
        "\nOK: graphbuild eval and score.py agree"
        if not diffs
        else f"\nFAIL: {diffs} difference(s)"
    )
    return 1 if diffs else 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Print the README's evaluation tables: P/R/F1 per type, overall and per language.

    python bench/eval_tables.py    # dev, dev2, dev2 half A, dev2 half B, written, heldout, heldout2

Runs ``graphbuild eval --json`` on the corpora committed in ``eval/`` and prints
one Markdown table per set (rows: types, then entities and relations; columns:
P, R, F1 overall, F1 per language). The figures are the reference scorer's
(``bench/check_scorer.py`` checks that they agree).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SETS = [
    ("dev", "eval/dev", []),
    ("dev2", "eval/dev2", []),
    ("dev2 half A (develop)", "eval/dev2", ["--half", "A"]),
    ("dev2 half B (measure only)", "eval/dev2", ["--half", "B"]),
    ("written (developed on)", "eval/written", []),
    ("heldout (written without sight of the rules; scored only)", "eval/heldout", []),
    ("heldout2 (a second such set, round 13; scored only)", "eval/heldout2", []),
]
ROWS = ["Official", "Agency", "Country", "entities", "MET_WITH", "MEMBER_OF", "SAID", "relations"]


def report(folder: str, extra: list[str]) -> dict:
    cmd = [
        sys.executable,
        "-m",
        "graphbuild",
        "eval",
        f"{folder}/gold",
        f"{folder}/articles",
        "--json",
        "-q",
        *extra,
    ]
    out = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, check=True).stdout
    return json.loads(out)


def pct(x: float) -> str:
    return f"{100 * x:.1f}"


def table(name: str, rep: dict) -> str:
    langs = [lg for lg in sorted(rep["languages"]) if lg != "all"]
    arts = rep["articles"]
    head = (
        f"**{name}** ({arts['all']} articles: "
        + ", ".join(f"{arts[lg]} {lg}" for lg in langs)
        + ")"
    )
    lines = [
        head,
        "",
        "| type | P % | R % | F1 % | " + " | ".join(f"{lg} F1 %" for lg in langs) + " |",
        "|---|---|---|---|" + "---|" * len(langs),
    ]
    for row in ROWS:
        a = rep["languages"]["all"][row]
        bold = row in ("entities", "relations")
        f1 = f"**{pct(a['f1'])}**" if bold else pct(a["f1"])
        per = [pct(rep["languages"][lg][row]["f1"]) for lg in langs]
        label = f"**{row}**" if bold else row
        lines.append(
            f"| {label} | {pct(a['precision'])} | {pct(a['recall'])} | {f1} | "
            + " | ".join(per)
            + " |"
        )
    return "\n".join(lines)


def main() -> int:
    for name, folder, extra in SETS:
        print(table(name, report(folder, extra)))
        print()
    return 0


if __name__ == "__main__":
    sys.exit(main())

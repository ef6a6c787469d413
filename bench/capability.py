"""Pass rate of the capability cases (tests/capability/README.md), asserted and open.

    python bench/capability.py [--failing]

prints one line per file: cases passed / cases, and with --failing each failing case's id,
its file and line, and what it misses. Asserted cases should all pass (the unit test says
so); the open ones measure forms the rules do not handle yet.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from capability_cases import CASES, OPEN, failures, load  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--failing", action="store_true", help="list each failing case")
    args = ap.parse_args(argv)
    total = passed = 0
    for folder, label in ((CASES, "asserted"), (OPEN, "open")):
        for path in sorted(folder.glob("*.jsonl")):
            cases = list(load(path))
            missed = [(c, failures(c)) for c in cases]
            missed = [(c, f) for c, f in missed if f]
            total += len(cases)
            passed += len(cases) - len(missed)
            print(f"{label:8} {path.name:24} {len(cases) - len(missed):4} / {len(cases)}")
            if args.failing:
                for case, why in missed:
                    print(f"    {case.id} ({case.source}): {'; '.join(why)}")
    print(f"{'all':33} {passed:4} / {total}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Does extraction still give byte-identical output?

    python bench/check_identical.py OUT.jsonl                 # extract, write canonical JSONL
    python bench/check_identical.py OUT.jsonl --ref GITREF    # … and compare with GITREF's code
    python bench/check_identical.py OUT.jsonl --against FILE  # … and with a file written before

Extraction runs over ``eval/dev/articles``, ``eval/dev2/articles`` and
``seeds/`` through the library API (``graphbuild.pipeline.extract``, one
article at a time, no corpus resolution, so every article stands alone) and
is written one article a line, keys sorted.

With ``--ref`` a temporary ``git worktree`` of GITREF is made, this same
script runs there in a subprocess with ``PYTHONPATH`` pointing at the worktree
(so ``import graphbuild`` is GITREF's code, reading the same article files),
and the two outputs are compared. The number of differing articles and the
first differing lines are printed; the exit code is 1 when they differ.
"""

from __future__ import annotations

import argparse
import difflib
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
INPUTS = ("eval/dev/articles", "eval/dev2/articles", "seeds")


def extract_lines(root: Path) -> list[str]:
    """Canonical JSONL lines of the extractions of every input article (ids in input order)."""
    from graphbuild.pipeline import extract
    from graphbuild.sources import read_articles

    lines = []
    for folder in INPUTS:
        arts = read_articles([str(root / folder)])
        for ex in extract(arts, resolve=False):
            lines.append(json.dumps(ex.to_dict(), ensure_ascii=False, sort_keys=True))
    return lines


def _write(path: Path, lines: list[str]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")


def _extract_at_ref(ref: str, out: Path) -> None:
    """Run this script's extraction with GITREF's package, in a temporary worktree."""
    with tempfile.TemporaryDirectory(prefix="check-identical-") as tmp:
        tree = Path(tmp) / "tree"
        subprocess.run(
            ["git", "-C", str(ROOT), "worktree", "add", "--detach", "--quiet", str(tree), ref],
            check=True,
        )
        try:
            env = {**os.environ, "PYTHONPATH": str(tree)}
            # cwd is the worktree and the script is run by path: nothing of this tree is importable
            subprocess.run(
                [
                    sys.executable,
                    str(Path(__file__).resolve()),
                    str(out),
                    "--root",
                    str(ROOT),
                    "--no-compare",
                ],
                cwd=tree,
                env=env,
                check=True,
            )
        finally:
            subprocess.run(
                ["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tree)], check=False
            )


def _by_id(lines: list[str]) -> dict[str, str]:
    return {json.loads(line)["id"]: line for line in lines}


def _measuring_half(art_id: str) -> bool:
    """Is ``art_id`` in dev2's half B, which is looked at only to measure?"""
    from graphbuild.evaluate import dev2_half

    try:
        return dev2_half(art_id) == "B"
    except ValueError:  # not a dev2 id
        return False


def compare(ours: list[str], theirs: list[str], show: int = 40) -> int:
    """Print how the two outputs differ; the number of differing articles.

    Articles of dev2's half B are counted and named, never shown: that half is
    for measuring only, and a diff would show its text and what was extracted.
    """
    a, b = _by_id(theirs), _by_id(ours)
    ids = list(dict.fromkeys([*a, *b]))
    differing = [i for i in ids if a.get(i) != b.get(i)]
    print(f"articles: {len(ids)}  differing: {len(differing)}")
    hidden = [i for i in differing if _measuring_half(i)]
    if hidden:
        print(f"half B (measuring only, not shown): {' '.join(hidden)}")
    shown = 0
    for art_id in differing:
        if art_id in hidden:
            continue
        if shown >= show:
            break
        old = (
            json.dumps(
                json.loads(a[art_id]), ensure_ascii=False, indent=1, sort_keys=True
            ).splitlines()
            if art_id in a
            else []
        )
        new = (
            json.dumps(
                json.loads(b[art_id]), ensure_ascii=False, indent=1, sort_keys=True
            ).splitlines()
            if art_id in b
            else []
        )
        for line in difflib.unified_diff(
            old, new, f"ref/{art_id}", f"now/{art_id}", n=1, lineterm=""
        ):
            print(line)
            shown += 1
            if shown >= show:
                print("…")
                break
    return len(differing)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", type=Path, help="where to write this tree's extractions (JSONL)")
    ap.add_argument("--ref", help="a git ref whose extraction to compare with")
    ap.add_argument("--against", type=Path, help="a JSONL file written before, to compare with")
    ap.add_argument("--root", type=Path, default=ROOT, help=argparse.SUPPRESS)
    ap.add_argument("--no-compare", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--show", type=int, default=40, help="how many differing lines to print")
    args = ap.parse_args(argv)
    lines = extract_lines(args.root)
    _write(args.out, lines)
    if args.no_compare or not (args.ref or args.against):
        import graphbuild

        source = Path(graphbuild.__file__).parent
        print(f"{len(lines)} articles → {args.out} (graphbuild from {source})")
        return 0
    if args.ref:
        ref_out = args.out.with_name(args.out.stem + ".ref.jsonl")
        _extract_at_ref(args.ref, ref_out)
    else:
        ref_out = args.against
    theirs = ref_out.read_text(encoding="utf-8").splitlines()
    return 1 if compare(lines, theirs, args.show) else 0


if __name__ == "__main__":
    sys.exit(main())

"""A fresh clone is self-contained and the package ships only the package.

* Nothing under tests/, scripts/, .ci/, bench/ or notebooks/ reads the folder
  beside the clone that the evaluation corpora were copied from: they read
  eval/ in the repo (eval/README.md).
* eval/refresh copies the corpora from their source.
* The package finder and package data in pyproject.toml take graphbuild and
  all its data files, and nothing else (no graphbuild-out/, out/, eval/, .venv).

Comments, docstrings and markdown may mention the folder ("never …"); code may
not build its path, in any of the usual ways (see the needles). The needles are
built from pieces so that this file does not trip its own check.
"""

from __future__ import annotations

import ast
import io
import json
import os
import re
import stat
import subprocess
import sys
import tokenize
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCANNED = ("tests", "scripts", ".ci", "bench", "notebooks")
SKIP_DIRS = {"__pycache__", ".ipynb_checkpoints", ".pytest_cache"}

SH = "sha" + "red"  # the folder's name
DOTS = "." * 2
Q = r"""\\?["']"""  # a quote, maybe escaped (as inside a notebook's JSON)

RELATIVE_NEEDLES = [  # <SH> stands for the folder's name below
    # ../<SH>, ..\<SH> (also inside shell lines and strings)
    re.compile(re.escape(DOTS) + r"[\\/]+" + SH + r"\b"),
    # ROOT.parent / "<SH>", .parents[3] / '<SH>', .parent.joinpath("<SH>"),
    # os.path.join(X.parent, "<SH>")
    re.compile(r"\.parents?\b(?:\s*\[[^\]]*\])?\s*(?:/|\.joinpath\(|,)\s*" + Q + SH + Q),
    # Path("..") / "<SH>", Path("..", "<SH>"), os.path.join(x, "..", "<SH>")
    re.compile(Q + re.escape(DOTS) + Q + r"\s*(?:\)\s*/|,|/)\s*" + Q + SH + Q),
    # os.path.join(os.path.dirname(ROOT), "<SH>")
    re.compile(r"dirname\([^\n]*" + Q + SH + Q),
    # <SH>/eval, "<SH>" / "eval", "<SH>", "eval"
    re.compile(r"\b" + SH + Q + r"?\s*(?:[\\/]+|,|\)\s*/)\s*" + Q + r"?eval\b"),
]
# the folder by its absolute path on this machine, e.g. /work/shared
ABSOLUTE_NEEDLE = re.compile(re.escape(str(ROOT.parent / SH)) + r"(?![\w.-])")


def _blank(text: str, spans: list[tuple[tuple[int, int], tuple[int, int]]]) -> str:
    """*text* with each ((row, col), (row, col)) span (rows from 1) turned into spaces,
    newlines kept."""
    starts = [0]
    for line in text.splitlines(keepends=True):
        starts.append(starts[-1] + len(line))
    chars = list(text)
    for (r0, c0), (r1, c1) in spans:
        for i in range(starts[r0 - 1] + c0, starts[r1 - 1] + c1):
            if chars[i] != "\n":
                chars[i] = " "
    return "".join(chars)


def python_code(text: str) -> str:
    """A Python source with its comments and docstrings blanked out
    (they document, they do not read)."""
    tree = ast.parse(text)
    lines = text.splitlines()
    docstrings = set()
    for node in ast.walk(tree):
        if (
            isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))
            and node.body
        ):
            first = node.body[0]
            if (
                isinstance(first, ast.Expr)
                and isinstance(first.value, ast.Constant)
                and isinstance(first.value.value, str)
            ):
                row, byte_col = (
                    first.value.lineno,
                    first.value.col_offset,
                )  # ast columns count UTF-8 bytes
                docstrings.add(
                    (row, len(lines[row - 1].encode("utf-8")[:byte_col].decode("utf-8")))
                )
    spans = [
        (tok.start, tok.end)
        for tok in tokenize.generate_tokens(io.StringIO(text).readline)
        if tok.type == tokenize.COMMENT or (tok.type == tokenize.STRING and tok.start in docstrings)
    ]
    return _blank(text, spans)


def shell_code(text: str) -> str:
    """A shell script without its comments (a # at the start of a word, to the end of the line)."""
    return re.sub(r"(^|(?<=\s))#[^\n]*", "", text, flags=re.M)


def code_of(path: Path, text: str) -> str:
    """What in a file could build a path: code, not comments, docstrings or markdown."""
    first = text.split("\n", 1)[0]
    try:
        if path.suffix == ".py" or (first.startswith("#!") and "python" in first):
            return python_code(text)
        if path.suffix == ".ipynb":
            cells = json.loads(text)["cells"]
            return "\n".join(
                python_code("".join(c["source"])) for c in cells if c["cell_type"] == "code"
            )
    except (SyntaxError, tokenize.TokenError, ValueError, KeyError, TypeError):
        return text  # not what the name says: all of it
    if path.suffix == ".sh" or (first.startswith("#!") and "sh" in first.split("/")[-1]):
        return shell_code(text)
    return text


def references_to_parent_folder(code: str) -> list[str]:
    """The places in *code* that point at the folder beside the repo."""
    return [
        m.group(0) for needle in RELATIVE_NEEDLES + [ABSOLUTE_NEEDLE] for m in needle.finditer(code)
    ]


def scanned_files() -> list[Path]:
    out = []
    for top in SCANNED:
        for dirpath, dirnames, filenames in os.walk(ROOT / top):
            dirnames[:] = [d for d in dirnames if d not in SKIP_DIRS]
            out += [Path(dirpath) / f for f in filenames]
    return sorted(out)


def test_scan_covers_the_tree():
    files = {str(p.relative_to(ROOT)) for p in scanned_files()}
    for must in (
        "tests/conftest.py",
        "tests/unit/test_evaluate.py",
        "tests/unit/test_repo_hygiene.py",
        "scripts/make_notebook.py",
        "scripts/test",
        ".ci/run",
        "bench/bench_extract.py",
        "notebooks/walkthrough.ipynb",
    ):
        assert must in files


def test_nothing_reads_the_folder_beside_the_clone():
    bad = []
    for path in scanned_files():
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            continue  # binary (images)
        hits = references_to_parent_folder(code_of(path, text))
        bad += [f"{path.relative_to(ROOT)}: {h}" for h in hits]
    assert not bad, "read eval/ in the repo instead (eval/README.md):\n" + "\n".join(bad)


@pytest.mark.parametrize(
    "line",
    [
        f'SHARED = ROOT.parent / "{SH}"',
        f"DEV_GOLD = Path(__file__).resolve().parents[3] / '{SH}' / 'eval' / 'dev'",
        f'd = ROOT.parent.parent/"{SH}"',
        f'x = ROOT.parent.joinpath("{SH}", "eval")',
        f'os.path.join(ROOT.parent, "{SH}")',
        f'os.path.join(ROOT, "{DOTS}", "{SH}")',
        f'Path("{DOTS}") / "{SH}"',
        f'Path("{DOTS}", "{SH}")',
        f"cp -r {DOTS}/{SH}/eval eval",
        f"cd $(dirname $0)/{DOTS}/{DOTS}/{SH}",
        f"dir {DOTS}\\{SH}\\eval",
        f'os.path.join(os.path.dirname(ROOT), "{SH}")',
        f'"DEV = ROOT.parent / \\"{SH}\\" / \\"eval\\" / \\"dev\\""',  # inside a notebook
        f'base = "{SH}/eval/dev"',
        f'root / "{SH}" / "eval"',
        f'GOLD = "{ROOT.parent / SH}/eval/dev/gold"',
    ],
)
def test_needles_catch_the_ways_to_build_the_path(line):
    assert references_to_parent_folder(line)


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("a.py", f'SHARED = ROOT.parent / "{SH}"  # the corpora\n'),
        ("a.py", f'"""Doc."""\nDEV = Path(__file__).parents[2] / "{SH}" / "eval"\n'),
        ("a.py", f'BASE = "{ROOT.parent / SH}"\n'),  # the absolute path, in code
        ("a.py", f'def f():\n    """Doc."""\n    return "{DOTS}/{SH}/eval"\n'),
        ("run", f"#!/usr/bin/env bash\n# copies the corpora\ncp -r {DOTS}/{SH}/eval eval\n"),
        (
            "w.ipynb",
            json.dumps(
                {"cells": [{"cell_type": "code", "source": [f'DEV = ROOT.parent / "{SH}"']}]}
            ),
        ),
        ("a.py", f'x = "{DOTS}/{SH}"\nthis is not python('),  # unparsable: all of it is scanned
    ],
)
def test_code_that_builds_the_path_is_caught(name, text):
    assert references_to_parent_folder(code_of(Path(name), text))


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("a.py", 'EVAL = ROOT / "eval" / "dev"\n'),
        (
            "a.py",
            f'"""Shared fixtures: the dev sets (never {DOTS}/{SH})."""\nEVAL = ROOT / "eval"\n',
        ),
        ("a.py", f'def f():\n    """Pointer to docs: {ROOT.parent / SH}/DESIGN.md."""\n'),
        ("a.py", f"x = 1  # seeds/ + eval/dev/articles/, nothing from {DOTS}/{SH}\n"),
        ("a.py", f"def test_incremental_loads_merge_{SH}_entities(driver):\n    pass\n"),
        ("a.py", f"# the {SH} normaliser; words {SH} between the quotes\n"),
        ("run", f"#!/bin/sh\n# not from {DOTS}/{SH} any more\ncd eval\n"),
        (
            "w.ipynb",
            json.dumps(
                {
                    "cells": [
                        {"cell_type": "markdown", "source": [f"not {DOTS}/{SH}"]},
                        {"cell_type": "code", "source": ['DEV = ROOT / "eval"']},
                    ]
                }
            ),
        ),
    ],
)
def test_comments_and_docstrings_may_mention_it(name, text):
    assert not references_to_parent_folder(code_of(Path(name), text))


# --------------------------------------------------------------------------- #
# eval/ and eval/refresh
# --------------------------------------------------------------------------- #

EVAL_ITEMS = ("dev", "dev2", "FORMAT.md", "score.py")


def test_eval_is_complete():
    ev = ROOT / "eval"
    for name in EVAL_ITEMS + ("README.md", "refresh"):
        assert (ev / name).exists(), name
    for d in ("dev", "dev2"):
        arts = {p.stem for p in (ev / d / "articles").iterdir()}
        gold = {p.stem for p in (ev / d / "gold").glob("*.json")}
        assert gold and gold <= arts, d
    assert os.stat(ev / "refresh").st_mode & stat.S_IXUSR, "eval/refresh must be executable"


def _fake_source(base: Path) -> Path:
    src = base / "source"
    for d in ("dev", "dev2"):
        (src / d / "gold").mkdir(parents=True)
        (src / d / "articles").mkdir()
        (src / d / "gold" / "x01.json").write_text("{}", encoding="utf-8")
        (src / d / "articles" / "x01.txt").write_text("headline\nbody\n", encoding="utf-8")
    (src / "dev2" / "articles" / "x02.txt").write_text("new\n", encoding="utf-8")  # the source grew
    (src / "FORMAT.md").write_text("# formats v2\n", encoding="utf-8")
    (src / "score.py").write_text("print('v2')\n", encoding="utf-8")
    return src


def _refresh(*args):
    return subprocess.run(
        [sys.executable, str(ROOT / "eval" / "refresh"), *map(str, args)],
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_refresh_copies_the_four_entries(tmp_path):
    src = _fake_source(tmp_path)
    dest = tmp_path / "eval"
    (dest / "dev" / "gold").mkdir(parents=True)
    (dest / "dev" / "gold" / "gone.json").write_text(
        "{}", encoding="utf-8"
    )  # removed from the source
    (dest / "FORMAT.md").write_text("old\n", encoding="utf-8")
    (dest / "README.md").write_text("kept\n", encoding="utf-8")

    res = _refresh(src, "--dest", dest)
    assert res.returncode == 0, res.stderr
    assert (dest / "FORMAT.md").read_text(encoding="utf-8") == "# formats v2\n"
    assert (dest / "score.py").read_text(encoding="utf-8") == "print('v2')\n"
    assert (dest / "dev2" / "articles" / "x02.txt").is_file()
    assert not (dest / "dev" / "gold" / "gone.json").exists()
    assert (dest / "README.md").read_text(encoding="utf-8") == "kept\n"
    assert sorted(p.name for p in dest.iterdir()) == [
        "FORMAT.md",
        "README.md",
        "dev",
        "dev2",
        "score.py",
    ]


def test_refresh_needs_a_complete_source_and_changes_nothing_otherwise(tmp_path):
    src = _fake_source(tmp_path)
    (src / "score.py").unlink()
    dest = tmp_path / "eval"
    dest.mkdir()
    (dest / "FORMAT.md").write_text("old\n", encoding="utf-8")
    res = _refresh(src, "--dest", dest)
    assert res.returncode != 0 and "score.py" in res.stderr
    assert (dest / "FORMAT.md").read_text(encoding="utf-8") == "old\n"
    assert sorted(p.name for p in dest.iterdir()) == ["FORMAT.md"]
    assert _refresh().returncode != 0  # the source is required


# --------------------------------------------------------------------------- #
# packaging
# --------------------------------------------------------------------------- #


def _setuptools_config() -> dict:
    with open(ROOT / "pyproject.toml", "rb") as fh:
        return tomllib.load(fh)["tool"]["setuptools"]


def _find(where: Path) -> list[str]:
    from setuptools import find_namespace_packages, find_packages

    cfg = _setuptools_config()["packages"]["find"]
    finder = find_namespace_packages if cfg.get("namespaces", True) else find_packages
    found = []
    for w in cfg.get("where", ["."]):
        found += finder(
            where=str(where / w), include=cfg.get("include", ["*"]), exclude=cfg.get("exclude", [])
        )
    return found


def _is_ours(pkg: str) -> bool:
    return pkg == "graphbuild" or pkg.startswith("graphbuild.")


def test_package_finder_takes_only_graphbuild(tmp_path):
    (tmp_path / "graphbuild" / "lang" / "ar").mkdir(parents=True)
    (tmp_path / "graphbuild" / "__init__.py").write_text("", encoding="utf-8")
    for junk in (
        "graphbuild-out",
        "graphbuild_out",
        "graphbuildx",
        "out",
        "eval/dev",
        "build/lib/graphbuild",
        "notebooks/graphbuild-out",
    ):
        (tmp_path / junk).mkdir(parents=True)
        (tmp_path / junk / "page.html").write_text("", encoding="utf-8")
    found = _find(tmp_path)
    assert "graphbuild" in found and "graphbuild.lang.ar" in found
    assert all(_is_ours(p) for p in found), found


def test_package_finder_on_this_checkout():
    found = _find(ROOT)
    assert "graphbuild" in found and "graphbuild.nlp" in found and "graphbuild.neo4j" in found
    assert all(_is_ours(p) for p in found), [p for p in found if not _is_ours(p)]


def test_package_data_covers_every_data_file():
    """Every file in graphbuild/ that is not Python is
    matched by a package-data glob (so it is in the wheel)."""
    pkg = ROOT / "graphbuild"
    patterns = _setuptools_config()["package-data"]["graphbuild"]
    shipped = {p for pattern in patterns for p in pkg.glob(pattern) if p.is_file()}
    data = {
        p
        for p in pkg.rglob("*")
        if p.is_file()
        and p.suffix not in (".py", ".pyc")
        and "__pycache__" not in p.parts
        # what the mypyc build makes (setup.py): extensions and the digests of their sources
        and p.suffix not in (".so", ".pyd")
        and p.name != "_compiled_sources.json"
    }
    assert data, "no data files found"
    assert not data - shipped, sorted(str(p.relative_to(pkg)) for p in data - shipped)
    for must in (
        "neo4j/pom.xml",
        "cypher/schema.cypher",
        "lang/ministries.tsv",
        "lang/ar/titles.tsv",
        "lang/en/countries.tsv",
    ):
        assert pkg / must in shipped, must
    assert any(p.parent.name == "render_assets" for p in shipped)
    assert any(p.parent.name == "queries" for p in shipped)

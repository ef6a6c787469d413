"""The mypyc build (setup.py, graphbuild/_compiled.py): the compiled modules are the ones listed,
all or none of them come from extensions, and a build older than its sources is not run.

These pass with and without a compiled build: what they check of this checkout follows the
state the guard found when graphbuild was imported."""

from __future__ import annotations

import ast
import hashlib
import importlib
import importlib.machinery
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import graphbuild
from graphbuild import _compiled, build_info

ROOT = Path(__file__).resolve().parents[2]
SUFFIX = importlib.machinery.EXTENSION_SUFFIXES[0]


def _is_extension(module: object) -> bool:
    return str(getattr(module, "__file__", "")).endswith(
        tuple(importlib.machinery.EXTENSION_SUFFIXES)
    )


def test_the_listed_modules_are_sources_of_the_package() -> None:
    assert _compiled.MODULES and len(set(_compiled.MODULES)) == len(_compiled.MODULES)
    for m in _compiled.MODULES:
        assert m.startswith(_compiled.GROUP + "."), m
        assert _compiled.source_path(ROOT, m).is_file(), m
    # kept interpreted on purpose (see _compiled.MODULES)
    assert "graphbuild.nlp.pipeline" not in _compiled.MODULES
    assert "graphbuild.nlp.extract" not in _compiled.MODULES
    assert not any(_compiled.source_path(ROOT, m).name == "__init__.py" for m in _compiled.MODULES)


def test_all_or_none_of_the_listed_modules_come_from_extensions() -> None:
    assert graphbuild._compiled.STATE in ("pure", "compiled", "stale")
    loaded = {m: _is_extension(importlib.import_module(m)) for m in _compiled.MODULES}
    expected = _compiled.STATE == "compiled"
    assert all(v == expected for v in loaded.values()), (_compiled.STATE, loaded)
    # nothing outside the list is compiled (a leftover extension would shadow its source)
    modules = {m for m in sys.modules if m.startswith("graphbuild")}
    compiled = {m for m in modules if _is_extension(sys.modules[m])}
    assert compiled <= {*_compiled.MODULES, _compiled.GROUP + "__mypyc"}, compiled


def test_the_state_is_what_the_files_say() -> None:
    manifest = _compiled.PACKAGE_DIR / _compiled.MANIFEST
    assert _compiled.check(ROOT, _compiled.MODULES, manifest)[0] == _compiled.STATE
    if _compiled.STATE == "compiled":  # the build recorded the sources it was built from
        recorded = json.loads(manifest.read_text(encoding="utf-8"))["sources"]
        assert recorded == _compiled.digests(ROOT, _compiled.MODULES)
    if _compiled.STATE == "pure":
        assert not any(_compiled.extension_paths(ROOT, m) for m in _compiled.MODULES)


def _package(tmp_path: Path, name: str, *, extension: bool, recorded: str | None) -> Path:
    """A package ``name`` with a module ``mod`` (its source says "source"); optionally a file
    where its extension would be (not a loadable one) and a manifest with digest ``recorded``."""
    pkg = tmp_path / name
    pkg.mkdir(parents=True)
    (pkg / "__init__.py").write_text("", encoding="utf-8")
    (pkg / "mod.py").write_text('WHERE = "source"\n', encoding="utf-8")
    if extension:
        (pkg / f"mod{SUFFIX}").write_bytes(b"not an extension")
    manifest = tmp_path / "manifest.json"
    if recorded is not None:
        digest = hashlib.sha256((pkg / "mod.py").read_bytes()).hexdigest()
        digest = digest if recorded == "same" else recorded
        manifest.write_text(json.dumps({"sources": {f"{name}.mod": digest}}), encoding="utf-8")
    return manifest


def test_check_tells_pure_compiled_and_stale(tmp_path: Path) -> None:
    pure = _package(tmp_path / "a", "pkga", extension=False, recorded=None)
    assert _compiled.check(tmp_path / "a", ["pkga.mod"], pure) == ("pure", [])
    same = _package(tmp_path / "b", "pkgb", extension=True, recorded="same")
    assert _compiled.check(tmp_path / "b", ["pkgb.mod"], same) == ("compiled", [])
    other = _package(tmp_path / "c", "pkgc", extension=True, recorded="0" * 64)
    assert _compiled.check(tmp_path / "c", ["pkgc.mod"], other) == ("stale", ["pkgc.mod"])
    missing = _package(tmp_path / "d", "pkgd", extension=True, recorded=None)
    assert _compiled.check(tmp_path / "d", ["pkgd.mod"], missing) == ("stale", ["pkgd.mod"])


def test_a_stale_build_runs_the_sources_and_warns(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    manifest = _package(tmp_path, "pkgstale", extension=True, recorded="0" * 64)
    monkeypatch.setattr(sys, "meta_path", list(sys.meta_path))  # the guard's finder, undone
    monkeypatch.syspath_prepend(str(tmp_path))
    for m in ("pkgstale", "pkgstale.mod"):
        monkeypatch.delitem(sys.modules, m, raising=False)
    with pytest.warns(RuntimeWarning, match="do not match their sources"):
        state = _compiled.guard(tmp_path, ["pkgstale.mod"], manifest)
    assert state == "stale"
    mod = importlib.import_module("pkgstale.mod")  # the extension file would not load
    assert mod.WHERE == "source" and mod.__file__.endswith("mod.py")
    sys.modules.pop("pkgstale.mod", None)
    sys.modules.pop("pkgstale", None)


def test_without_the_guard_the_extension_shadows_the_source(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What the guard prevents: Python imports the extension first (here one that fails)."""
    _package(tmp_path, "pkgshadow", extension=True, recorded=None)
    monkeypatch.syspath_prepend(str(tmp_path))
    with pytest.raises(ImportError):
        importlib.import_module("pkgshadow.mod")
    sys.modules.pop("pkgshadow.mod", None)
    sys.modules.pop("pkgshadow", None)


def test_a_build_that_could_not_compile_says_why(tmp_path: Path) -> None:
    """setup.py records why it fell back to pure Python; import warns with it (pip hides the
    build's own warning line unless -v)."""
    manifest = _package(tmp_path, "pkgfailed", extension=False, recorded=None)
    manifest.write_text(
        json.dumps({"compiled": False, "reason": "mypyc failed: x.py:1: error: no"}),
        encoding="utf-8",
    )
    assert _compiled.check(tmp_path, ["pkgfailed.mod"], manifest) == ("failed", [])
    with pytest.warns(RuntimeWarning, match=r"the build failed \(mypyc failed: x.py:1: error"):
        assert _compiled.guard(tmp_path, ["pkgfailed.mod"], manifest) == "failed"
    manifest.write_text(json.dumps({"compiled": True, "sources": {}}), encoding="utf-8")
    assert _compiled.check(tmp_path, ["pkgfailed.mod"], manifest) == ("pure", [])


def test_build_info_prints_the_state_in_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    code = build_info.main()
    out = capsys.readouterr().out
    assert out.startswith("graphbuild: extraction ") and out.count("\n") == 1
    assert ("compiled with mypyc" in out) == (_compiled.STATE == "compiled") == (code == 0)


def _imported(root: Path) -> tuple[list[str], str]:
    """A fresh interpreter that imports graphbuild from ``root``: the state it found, where
    graphbuild and its tagger came from, whether the tagger has ``EDITED``; and its stderr."""
    code = (
        "import graphbuild, graphbuild.nlp.tagger as t; "
        "print(graphbuild._compiled.STATE, graphbuild.__file__, t.__file__, hasattr(t, 'EDITED'))"
    )
    env = {**os.environ, "PYTHONPATH": str(root)}
    run = subprocess.run(
        [sys.executable, "-c", code], env=env, cwd=root, capture_output=True, text=True
    )
    assert run.returncode == 0, run.stderr
    return run.stdout.split(), run.stderr


def test_editing_a_source_after_the_build_runs_the_edit_not_the_build(tmp_path: Path) -> None:
    """The editable install's case, on a copy of this package: the build (this install's
    extensions and record when compiled; otherwise extensions that would fail to load and a
    record of the sources as they are) is followed by an edit to tagger.py. A fresh interpreter
    then runs the edited source, with the warning, never the build."""
    shutil.copytree(
        ROOT / "graphbuild", tmp_path / "graphbuild", ignore=shutil.ignore_patterns("__pycache__")
    )
    manifest = tmp_path / "graphbuild" / _compiled.MANIFEST
    if _compiled.STATE == "compiled":  # the real build: it runs as long as nothing changed
        (state, package, tagger, edited), err = _imported(tmp_path)
        assert (state, edited, err) == ("compiled", "False", "")
        assert package.startswith(str(tmp_path)) and tagger.endswith(SUFFIX)
    else:
        for m in _compiled.MODULES:
            _compiled.source_path(tmp_path, m).with_suffix(SUFFIX).write_bytes(b"not built")
        record = {"compiled": True, "sources": _compiled.digests(tmp_path, _compiled.MODULES)}
        manifest.write_text(json.dumps(record), encoding="utf-8")
    source = _compiled.source_path(tmp_path, "graphbuild.nlp.tagger")
    source.write_text(source.read_text(encoding="utf-8") + "\nEDITED = True\n", "utf-8")
    (state, package, tagger, edited), err = _imported(tmp_path)
    assert (state, edited) == ("stale", "True")
    assert package.startswith(str(tmp_path)) and tagger == str(source)
    assert "do not match their sources (graphbuild.nlp.tagger)" in err


def _starred_membership_tests(tree: ast.AST) -> list[int]:
    """Lines of ``x in (a, *b)``-style tests: a starred item inside the container of an ``in``."""
    lines = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Compare):
            continue
        for op, right in zip(node.ops, node.comparators, strict=True):
            if not isinstance(op, (ast.In, ast.NotIn)):
                continue
            elts = right.elts if isinstance(right, (ast.Tuple, ast.List, ast.Set)) else []
            if any(isinstance(e, ast.Starred) for e in elts):
                lines.append(node.lineno)
    return lines


def test_the_checker_finds_a_starred_membership_test() -> None:
    src = "def f(k, own):\n    return k not in (None, 'country', *own)\n"
    assert _starred_membership_tests(ast.parse(src)) == [2]
    assert _starred_membership_tests(ast.parse("x = [y for y in (a, *b)]\n")) == []


def test_no_compiled_module_tests_membership_in_a_starred_tuple() -> None:
    """mypyc stops with an internal error on ``k in (a, *b)`` and the build falls back to pure
    Python: the unit suite runs the sources, so only a clean install would notice. Twice a rule
    was written so (rounds 23 and 25); build the container first (``allowed = (a, b) if …``)."""
    found = []
    for m in _compiled.MODULES:
        path = _compiled.source_path(ROOT, m)
        for line in _starred_membership_tests(ast.parse(path.read_text(encoding="utf-8"))):
            found.append(f"{path.relative_to(ROOT)}:{line}")
    assert not found, found

"""Build of graphbuild: the extraction rules compiled with mypyc when possible, else pure Python.

Everything else (metadata, dependencies, package data) is in pyproject.toml. The modules
compiled are ``MODULES`` of graphbuild/_compiled.py. The build records what it did beside the
extensions (graphbuild/_compiled_sources.json): the digests of the sources it compiled, so that
an editable install whose sources changed since runs the sources (with a warning) rather than
old code; or, when it could not compile, why, so that ``import graphbuild`` warns (a pip
install shows a build's output only with ``-v``) and ``python -m graphbuild._compiled`` tells.

mypyc writes one C file per module (``multi_file``), compiled side by side, one compiler per
core (``BuildExt.build_extension``): its one file for all the modules (30 MB of C) kept one
compiler busy about 5 CPU minutes; the files per module take about 2 in all (the largest 4.7 MB),
and the extraction runs as fast (README, "Compiled extraction").

mypyc type-checks the modules as ``scripts/lint`` does, so the build environment holds what
they import (spaCy and numpy, ``[build-system] requires``): with an import missing, its types
become ``Any`` and the check fails.

Pure Python, with no compilation, when:
* ``GRAPHBUILD_PURE=1`` is set at build time (``GRAPHBUILD_PURE=1 pip install -e .``); the
  extensions an earlier editable build left in graphbuild/ are then removed; no warning;
* mypyc cannot translate the modules, or there is no C compiler or no Python headers: one
  ``WARNING: graphbuild: ...`` line in the build's output, and the record says why.
"""

from __future__ import annotations

import contextlib
import functools
import importlib.util
import io
import json
import os
import sys
from concurrent.futures import ThreadPoolExecutor
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path
from types import ModuleType

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext

ROOT = Path(__file__).resolve().parent


def _compiled() -> ModuleType:
    """graphbuild/_compiled.py alone (standard library only), not the package."""
    spec = importlib.util.spec_from_file_location(
        "graphbuild_build_compiled", ROOT / "graphbuild" / "_compiled.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


C = _compiled()
PURE = os.environ.get("GRAPHBUILD_PURE", "") not in ("", "0")


def _artefacts() -> list[Path]:
    """What a compiled editable build leaves in graphbuild/: extensions and the record."""
    found = [p for m in C.MODULES for p in C.extension_paths(ROOT, m)]
    group = ROOT.joinpath(*C.GROUP.split("."))
    found += [group.with_name(group.name + "__mypyc" + s) for s in EXTENSION_SUFFIXES]
    found.append(C.PACKAGE_DIR / C.MANIFEST)
    return [p for p in found if p.is_file()]


@functools.cache  # once a build: editable_wheel finalizes build_ext twice (egg_info, build)
def _mypyc_extensions() -> tuple[list[Extension], str]:
    """mypyc's extensions for the modules (each optional), or none and why mypyc failed."""
    out = io.StringIO()  # mypy prints its errors on stdout, then exits
    try:
        from mypyc.build import mypycify

        paths = [os.path.relpath(C.source_path(ROOT, m)) for m in C.MODULES]
        flags = ["--no-warn-unused-configs", "--ignore-missing-imports", "--no-warn-unused-ignores"]
        with contextlib.redirect_stdout(out):
            exts = mypycify(
                [*flags, *paths],
                opt_level="3",
                group_name=C.GROUP,
                multi_file=True,
                target_dir=BUILD_DIR,
            )
    except (Exception, SystemExit) as e:  # mypy's errors end in SystemExit
        print(out.getvalue(), end="", file=sys.stderr)
        lines = [ln for ln in out.getvalue().splitlines() if ": error: " in ln]
        why = f"{lines[0]} ({len(lines)} in all)" if lines else repr(e)
        return [], f"mypyc failed: {why}"
    print(out.getvalue(), end="", file=sys.stderr)
    for ext in exts:
        ext.optional = True  # no compiler, no headers: pure Python
        # the group's header is written under its package's folder (build/graphbuild/), the
        # modules' C files at the top of the build folder, which include it by its bare name
        ext.include_dirs.append(os.path.join(BUILD_DIR, *C.GROUP.split(".")[:-1]))
    return exts, ""


def _cores() -> int:
    """The processors this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


#: where mypyc writes its C (relative to the source tree, where pip runs setup.py)
BUILD_DIR = "build"


#: commands that only read metadata: setuptools finalizes build_ext for them too (egg_info
#: lists its sources), and pip runs two of them before the build: mypyc does not run there
METADATA_ONLY = frozenset({"egg_info", "dist_info", "sdist", "check"})


class BuildExt(build_ext):
    """mypyc runs here, when extensions are to be built. When every extension is built, the
    sources' digests go beside them; when mypyc or one extension failed, the others are removed
    (a shim without the group's library would not import), the build is pure Python, one
    warning line says so and the record says why."""

    why = ""  # why mypyc gave no extensions

    def finalize_options(self) -> None:
        dist = self.distribution
        if not PURE and not set(dist.commands) <= METADATA_ONLY:
            exts, self.why = _mypyc_extensions()
            # when mypyc fails the placeholder stays, so that this command still runs (and says
            # so): without extensions, setuptools would not run it at all
            dist.ext_modules = exts or dist.ext_modules
        super().finalize_options()

    def run(self) -> None:
        if not self.extensions:
            return
        record = self._build()
        if record.get("compiled"):
            print(f"graphbuild: compiled {len(C.MODULES)} modules with mypyc", file=sys.stderr)
        else:
            for leftover in _artefacts() if self.inplace else []:
                leftover.unlink()  # an earlier build's (the record says why there is none)
            print(
                f"WARNING: graphbuild: not compiled ({record['reason']}): installed as pure Python"
                " (same output, slower extraction); `python -m graphbuild.build_info` tells",
                file=sys.stderr,
            )
        manifest = Path(self.get_ext_fullpath("graphbuild._")).with_name(C.MANIFEST)
        manifest.write_text(json.dumps(record, indent=1, sort_keys=True) + "\n", "utf-8")

    def build_extension(self, ext: Extension) -> None:
        """An extension's C files compiled side by side, one compiler per core: setuptools
        compiles one extension's sources one after another, and mypyc's group holds a file
        per module (``multi_file``) plus its runtime's."""
        jobs = min(len(ext.sources), _cores())
        if jobs < 2 or self.parallel:  # with --parallel, setuptools shares the compiler
            super().build_extension(ext)
            return
        compile_one = self.compiler.compile
        for obj in self.compiler.object_filenames(ext.sources, output_dir=self.build_temp):
            self.mkpath(os.path.dirname(obj))  # before the threads: mkpath keeps a cache

        def compile_all(sources: list[str], **kwargs: object) -> list[str]:
            def one(source: str) -> list[str]:
                return compile_one([source], **kwargs)  # type: ignore[arg-type]

            with ThreadPoolExecutor(jobs) as pool:  # the largest first: the cores end together
                by_size = sorted(sources, key=os.path.getsize, reverse=True)
                running = {source: pool.submit(one, source) for source in by_size}
            return [obj for source in sources for obj in running[source].result()]

        self.compiler.compile = compile_all  # type: ignore[method-assign]
        try:
            super().build_extension(ext)
        finally:
            del self.compiler.compile  # the class's own again

    def _build(self) -> dict[str, object]:
        """Build the extensions; what the record says of the build."""
        if self.why:
            return {"compiled": False, "reason": self.why}
        super().run()
        outputs = [Path(self.get_ext_fullpath(e.name)) for e in self.extensions]
        if all(p.is_file() for p in outputs):
            return {"compiled": True, "sources": C.digests(ROOT, C.MODULES)}
        for p in outputs:
            p.unlink(missing_ok=True)
        return {"compiled": False, "reason": "the C compiler failed on mypyc's output"}


if PURE:
    for leftover in _artefacts():
        leftover.unlink()

setup(
    # a placeholder until build_ext runs mypyc: it marks the wheel as platform-specific
    ext_modules=[] if PURE else [Extension(C.GROUP + "__mypyc", sources=[])],
    cmdclass={"build_ext": BuildExt},
)

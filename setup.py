"""Build of graphbuild: the extraction rules compiled with mypyc when possible, else pure Python.

Everything else (metadata, dependencies, package data) is in pyproject.toml. The modules
compiled are ``MODULES`` of graphbuild/_compiled.py; the build writes the digests of their
sources beside the extensions (graphbuild/_compiled_sources.json), so that an editable install
whose sources changed since the build runs the sources (with a warning) rather than old code.

Pure Python, with no compilation, when:
* ``GRAPHBUILD_PURE=1`` is set at build time (``GRAPHBUILD_PURE=1 pip install -e .``); the
  extensions an earlier editable build left in graphbuild/ are then removed;
* mypyc cannot translate the modules (a warning says why);
* there is no C compiler or no Python headers (each extension is optional).
"""

from __future__ import annotations

import importlib.util
from importlib.machinery import EXTENSION_SUFFIXES
import json
import os
import sys
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
    """What a compiled editable build leaves in graphbuild/: extensions and the manifest."""
    found = [p for m in C.MODULES for p in C.extension_paths(ROOT, m)]
    group = ROOT.joinpath(*C.GROUP.split("."))
    found += [group.with_name(group.name + "__mypyc" + s) for s in EXTENSION_SUFFIXES]
    found.append(C.PACKAGE_DIR / C.MANIFEST)
    return [p for p in found if p.is_file()]


def _mypyc_extensions() -> list[Extension]:
    """mypyc's extensions for the modules (each optional), or none when mypyc fails."""
    try:
        from mypyc.build import mypycify

        paths = [os.path.relpath(C.source_path(ROOT, m)) for m in C.MODULES]
        flags = ["--no-warn-unused-configs", "--ignore-missing-imports", "--no-warn-unused-ignores"]
        exts = mypycify([*flags, *paths], opt_level="3", group_name=C.GROUP)
    except (Exception, SystemExit) as e:  # mypy's errors end in SystemExit
        print(f"graphbuild: mypyc failed ({e!r}): building pure Python", file=sys.stderr)
        return []
    for ext in exts:
        ext.optional = True  # no compiler, no headers: pure Python
    return exts


class BuildExt(build_ext):
    """mypyc runs here, only when extensions are built (not for metadata). When every extension
    is built, the sources' digests go beside them; when one failed, the others are removed (a
    shim without the group's library would not import) and the build is pure Python."""

    def finalize_options(self) -> None:
        if self.distribution.ext_modules and not PURE:
            self.distribution.ext_modules = _mypyc_extensions()
        super().finalize_options()

    def run(self) -> None:
        if not self.extensions:
            return
        super().run()
        outputs = [Path(self.get_ext_fullpath(e.name)) for e in self.extensions]
        manifest = Path(self.get_ext_fullpath("graphbuild._")).with_name(C.MANIFEST)
        if all(p.is_file() for p in outputs):
            record = {"sources": C.digests(ROOT, C.MODULES)}
            manifest.write_text(json.dumps(record, indent=1, sort_keys=True) + "\n", "utf-8")
            print(f"graphbuild: compiled {len(C.MODULES)} modules with mypyc", file=sys.stderr)
            return
        for p in [*outputs, manifest]:
            p.unlink(missing_ok=True)
        print("graphbuild: compilation failed: building pure Python", file=sys.stderr)


if PURE:
    for leftover in _artefacts():
        leftover.unlink()

setup(
    # a placeholder until build_ext runs mypyc: it marks the wheel as platform-specific
    ext_modules=[] if PURE else [Extension(C.GROUP + "__mypyc", sources=[])],
    cmdclass={"build_ext": BuildExt},
)

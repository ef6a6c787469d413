"""The modules the build compiles with mypyc, and the guard against a stale build.

``pip install .`` (or ``pip install -e .``) compiles :data:`MODULES` to C extensions when it
can (``setup.py``): Python then imports ``tagger.cpython-311-x86_64-linux-gnu.so`` before
``tagger.py``. The build writes the SHA-256 of each module's source to :data:`MANIFEST`, beside
the extensions.

In an editable install the extensions sit next to the sources, so an edit to a ``.py`` would be
ignored without a word. :func:`guard` runs when ``graphbuild`` is imported, before anything
imports these modules: if an extension of one of them is there but the recorded digests do not
match the sources (or the record is missing), every one of them is imported from its source
instead (they call one another natively: all or none), with one warning that says how to
rebuild. The check reads the sources once (about 0.5 MB) per process.

A build that could not compile (mypyc failed, no C compiler) installs pure Python and records
why: :func:`guard` then warns at import, since pip shows a build's own output only with
``-v``. ``python -m graphbuild.build_info`` prints the state in one line (exit status 0 only
when compiled).
"""

from __future__ import annotations

import hashlib
import importlib.abc
import importlib.machinery
import importlib.util
import json
import sys
import warnings
from collections.abc import Sequence
from importlib.machinery import ModuleSpec
from pathlib import Path
from types import ModuleType

#: Compiled by setup.py, in this order. Not compiled: ``nlp.pipeline`` (its spaCy getters must
#: pickle with the vocabulary: compiled functions do not), ``nlp.extract`` (the stage calls
#: that ``bench/bench_extract.py`` times one by one) and the packages' ``__init__`` (mypyc
#: gives a package whose library is not at the top level a wrong ``__path__``, and
#: ``nlp.relations`` lists its modules from it).
MODULES: tuple[str, ...] = (
    "graphbuild.nlp.agencies",
    "graphbuild.nlp.assemble",
    "graphbuild.nlp.discourse",
    "graphbuild.nlp.entities",
    "graphbuild.nlp.memo",
    "graphbuild.nlp.mentions",
    "graphbuild.nlp.names",
    "graphbuild.nlp.normalize",
    "graphbuild.nlp.officials",
    "graphbuild.nlp.quotes",
    "graphbuild.nlp.resolution",
    "graphbuild.nlp.spans",
    "graphbuild.nlp.tagger",
    "graphbuild.nlp.titles",
    "graphbuild.nlp.values",
    "graphbuild.nlp.relations.member_of",
    "graphbuild.nlp.relations.met_with",
    "graphbuild.nlp.relations.registry",
    "graphbuild.nlp.relations.said",
    "graphbuild.nlp.relations.stage",
)
#: The extension that holds the compiled code of all of them (the others are small shims).
GROUP = "graphbuild.nlp"
MANIFEST = "_compiled_sources.json"  # in graphbuild/, beside the extensions

PACKAGE_DIR = Path(__file__).resolve().parent


def source_path(root: Path, module: str) -> Path:
    """The source of ``module`` under ``root`` (the folder that holds the top package)."""
    base = root.joinpath(*module.split("."))
    return base / "__init__.py" if base.is_dir() else base.with_suffix(".py")


def extension_paths(root: Path, module: str) -> list[Path]:
    """The extension files of ``module`` this interpreter would import, where they exist."""
    src = source_path(root, module)
    return [
        p
        for p in (src.with_name(src.stem + s) for s in importlib.machinery.EXTENSION_SUFFIXES)
        if p.is_file()
    ]


def digests(root: Path, modules: Sequence[str]) -> dict[str, str]:
    """SHA-256 of each module's source, by module name."""
    return {m: hashlib.sha256(source_path(root, m).read_bytes()).hexdigest() for m in modules}


def _record(manifest: Path) -> dict[str, object]:
    """What the build recorded (``{}`` when nothing or something unreadable)."""
    try:
        record = json.loads(manifest.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return record if isinstance(record, dict) else {}


def failure(manifest: Path) -> str | None:
    """Why the build could not compile, when it recorded so."""
    record = _record(manifest)
    return str(record.get("reason")) if record.get("compiled") is False else None


def check(root: Path, modules: Sequence[str], manifest: Path) -> tuple[str, list[str]]:
    """``("pure", [])`` when no module has an extension (``("failed", [])`` when the build
    recorded that it could not compile); ``("compiled", [])`` when all have one and the
    manifest records their sources as they are; else ``("stale", modules)`` with the modules
    whose source (or extension) does not match."""
    built = {m for m in modules if extension_paths(root, m)}
    if not built:
        return ("failed" if failure(manifest) is not None else "pure"), []
    recorded = _record(manifest).get("sources")
    if not isinstance(recorded, dict):
        recorded = {}
    now = digests(root, modules)
    changed = [m for m in modules if m not in built or recorded.get(m) != now[m]]
    return ("stale", changed) if changed else ("compiled", [])


class SourceFirst(importlib.abc.MetaPathFinder):
    """Imports ``modules`` from their ``.py`` sources, even where an extension is beside them."""

    def __init__(self, root: Path, modules: Sequence[str]) -> None:
        self.files = {m: source_path(root, m) for m in modules}

    def find_spec(
        self, name: str, path: Sequence[str] | None = None, target: ModuleType | None = None
    ) -> ModuleSpec | None:
        file = self.files.get(name)
        if file is None:
            return None
        package = [str(file.parent)] if file.name == "__init__.py" else None
        return importlib.util.spec_from_file_location(
            name, file, submodule_search_locations=package
        )


def _warn(message: str) -> None:
    """A ``RuntimeWarning`` shown as one line (no source line under it): ``<where>:0: ...``."""
    warnings.warn_explicit(message, RuntimeWarning, __file__, 0, module=__name__)


def guard(
    root: Path = PACKAGE_DIR.parent,
    modules: Sequence[str] = MODULES,
    manifest: Path = PACKAGE_DIR / MANIFEST,
) -> str:
    """The state of the build (:func:`check`); when stale, the sources are imported from now on
    (a finder first on ``sys.meta_path``) and a ``RuntimeWarning`` says so, once."""
    state, changed = check(root, modules, manifest)
    if state == "failed":
        _warn(
            f"graphbuild: {status(state, changed, manifest)}; GRAPHBUILD_PURE=1 pip install -e ."
            " builds pure Python on purpose, without this warning"
        )
    if state == "stale":
        sys.meta_path.insert(0, SourceFirst(root, modules))
        shown = ", ".join(changed[:3]) + (", ..." if len(changed) > 3 else "")
        _warn(
            f"graphbuild: the compiled extraction modules do not match their sources ({shown}): "
            "running the Python sources (correct, slower); rebuild with `pip install -e .` "
            "(or GRAPHBUILD_PURE=1 pip install -e . for no compilation)"
        )
    return state


def status(state: str, changed: Sequence[str], manifest: Path) -> str:
    """The state in words, one line."""
    n = len(MODULES)
    if state == "compiled":
        return f"extraction compiled with mypyc ({n} modules)"
    if state == "failed":
        return f"extraction not compiled: pure Python, the build failed ({failure(manifest)})"
    if state == "stale":
        shown = f"{len(changed)} modules differ from the build"
        return f"extraction compiled but stale ({shown}): the Python sources run"
    return "extraction not compiled: pure Python (source checkout or GRAPHBUILD_PURE=1 build)"


#: "pure", "failed" (pure: the build could not compile), "compiled" or "stale" (sources run):
#: decided once, when graphbuild is imported
STATE = guard() if __name__ == "graphbuild._compiled" else "unchecked"

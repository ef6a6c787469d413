"""``python -m graphbuild.build_info``: whether this install runs the extraction rules compiled
(mypyc) or as Python sources, in one line; exit status 0 only when compiled.

A module of its own: ``graphbuild._compiled`` is imported with the package, before ``-m``
could run it as ``__main__``.
"""

from __future__ import annotations

import sys

from graphbuild import _compiled


def describe() -> str:
    """The state decided when graphbuild was imported, in words."""
    manifest = _compiled.PACKAGE_DIR / _compiled.MANIFEST
    changed = _compiled.check(_compiled.PACKAGE_DIR.parent, _compiled.MODULES, manifest)[1]
    return f"graphbuild: {_compiled.status(_compiled.STATE, changed, manifest)}"


def main() -> int:
    print(describe())
    return 0 if _compiled.STATE == "compiled" else 1


if __name__ == "__main__":
    sys.exit(main())

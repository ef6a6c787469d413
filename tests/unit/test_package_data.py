"""Package data loads even when ``graphbuild`` is imported as a namespace package.

A script run from a folder that holds a subfolder named ``graphbuild`` puts that
folder first on ``sys.path``; with an editable install (a finder appended to
``sys.meta_path``, after the path finder) ``import graphbuild`` then finds the
empty subfolder as a namespace package, and the submodules come from the real
package through the finder. Data must be found next to the module that owns it.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# What an editable install does: the package's folder, found by a finder after the path finder.
SCRIPT = textwrap.dedent(
    """
    import sys
    from importlib.machinery import PathFinder
    from importlib.util import spec_from_file_location
    from pathlib import Path

    PKG = Path(sys.argv[1])

    class Editable:
        @classmethod
        def find_spec(cls, fullname, path=None, target=None):
            if fullname == "graphbuild":
                return spec_from_file_location(fullname, PKG / "__init__.py")
            parent, _, _ = fullname.rpartition(".")
            if parent == "graphbuild":
                return PathFinder.find_spec(fullname, path=[str(PKG)])
            return None

    sys.path = [p for p in sys.path if Path(p or ".").resolve() != PKG.parent]
    # right after the path finder, before any installed editable finder (this copy is tested)
    sys.meta_path.insert(sys.meta_path.index(PathFinder) + 1, Editable)

    import graphbuild
    assert graphbuild.__file__ is None, "not imported as a namespace package"

    import networkx as nx
    from graphbuild.render import render

    g = nx.MultiDiGraph()
    g.graph["articles"] = {}
    g.add_node("Country:LBY", type="Country", name="Libya", articles=[])
    print(render(g, sys.argv[2]))

    from graphbuild.neo4j.loader import cypher_dir

    assert (cypher_dir() / "schema.cypher").is_file(), cypher_dir()
    """
)


def test_render_works_when_graphbuild_is_a_namespace_package(tmp_path: Path) -> None:
    (tmp_path / "graphbuild").mkdir()  # the folder that shadows the package
    script = tmp_path / "draw.py"
    script.write_text(SCRIPT, encoding="utf-8")
    out = tmp_path / "page.html"
    proc = subprocess.run(
        [sys.executable, str(script), str(ROOT / "graphbuild"), str(out)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        env={"PATH": "/usr/bin:/bin"},
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert "Libya" in out.read_text(encoding="utf-8")

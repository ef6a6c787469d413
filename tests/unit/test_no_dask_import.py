"""Dask is an optional extra: without ``--scheduler`` nothing imports it. A fresh
interpreter imports graphbuild and runs the main job (``graphbuild run``) on a tiny input,
then reports which of Dask's packages are in ``sys.modules``."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

CHILD = """
import json, sys
import graphbuild
from graphbuild.cli import main
sys.argv = ["graphbuild", "run", sys.argv[1], "--out", sys.argv[2], "--jobs", "1", "--quiet"]
try:
    main()
    code = 0
except SystemExit as exc:
    code = exc.code or 0
loaded = sorted(m for m in sys.modules if m.split(".")[0] in ("dask", "distributed"))
print(json.dumps({"code": code, "loaded": loaded}))
"""


def _child(seeds_dir: Path, out: Path, extra_code: str = "") -> dict:
    env = {k: v for k, v in os.environ.items() if k != "GRAPHBUILD_SCHEDULER"}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    proc = subprocess.run(
        [sys.executable, "-c", extra_code + CHILD, str(seeds_dir), str(out)],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout.strip().splitlines()[-1])


def test_the_main_job_imports_no_dask(seeds_dir, tmp_path):
    got = _child(seeds_dir, tmp_path / "out")
    assert got["code"] == 0
    assert (tmp_path / "out" / "graph.json").is_file()
    assert got["loaded"] == []


def test_the_check_sees_an_import(seeds_dir, tmp_path):
    """The same child, with a module named distributed.client imported first (a stand-in:
    the default install has no Dask), does see it, so the check can fail."""
    fake = "import sys, types\nsys.modules['distributed.client'] = types.ModuleType('x')\n"
    got = _child(seeds_dir, tmp_path / "out", fake)
    assert got["loaded"] == ["distributed.client"]

"""`graphbuild run --out DIR` replaces its files as one set (issue 12, "Outputs not atomic as a
set"): one test per row. Each runs the real CLI in a subprocess; ``fault_run.py`` plants a
``kill -9`` (or a pause) at one file-system change the run makes in DIR."""

from __future__ import annotations

import os
import re
import shutil
import time
from pathlib import Path

import networkx as nx
import pytest

from graphbuild.errors import InputError
from graphbuild.sinks import output_sinks, run_sinks

from .output_sets import (
    NAMES,
    NEW_INPUTS,
    OLD_INPUTS,
    ROOT,
    finish,
    graphbuild,
    run_args,
    seen,
    tree,
)


@pytest.fixture(scope="module")
def env(tmp_path_factory) -> dict[str, str]:
    """The environment without Neo4j settings, with a private state and temporary directory."""
    base = tmp_path_factory.mktemp("env")
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEO4J_")}
    env["XDG_STATE_HOME"] = str(base / "state")
    env["TMPDIR"] = str(base / "tmp")
    (base / "tmp").mkdir()
    return env


@pytest.fixture(scope="module")
def refs(tmp_path_factory, env) -> dict[str, Path]:
    """Output directories of the old and the new run, written once, undisturbed."""
    base = tmp_path_factory.mktemp("refs")
    dirs = {"old": base / "old", "new": base / "new"}
    for key, inputs in (("old", OLD_INPUTS), ("new", NEW_INPUTS)):
        code, err = finish(graphbuild(run_args(inputs, dirs[key], "-q"), env))
        assert code == 0, err
    assert seen(dirs["old"]) != seen(dirs["new"])
    return dirs


def old_copy(refs, tmp_path) -> Path:
    out = tmp_path / "out"
    shutil.copytree(refs["old"], out, symlinks=True)
    return out


def test_kill_9_after_the_first_file_is_in_place_leaves_the_old_set(refs, env, tmp_path):
    """Row 1: a run killed in its write phase left the new extractions.jsonl beside the old
    graph.json. Killed right after its first rename of a file in DIR, the set is the old one."""
    out = old_copy(refs, tmp_path)
    fault = (out, "kill-after-replace", 1)
    code, err = finish(graphbuild(run_args(NEW_INPUTS, out, "-q"), env, fault=fault))
    assert code == -9, err
    assert seen(out) == seen(refs["old"])


def test_graph_html_is_whole_and_of_the_same_run_as_graph_json(refs, env, tmp_path):
    """Row 2: graph.html was left truncated, or (per-file renames) whole but from another run
    than graph.json. Killed after the second rename in DIR, the page is a whole page of the
    run that wrote graph.json."""
    out = old_copy(refs, tmp_path)
    fault = (out, "kill-after-replace", 2)
    code, err = finish(graphbuild(run_args(NEW_INPUTS, out, "-q"), env, fault=fault))
    assert code == -9, err
    now = seen(out)
    same_run = [k for k in ("old", "new") if seen(refs[k])["graph.json"] == now["graph.json"]]
    assert len(same_run) == 1
    assert now["graph.html"] == seen(refs[same_run[0]])["graph.html"]
    assert now["graph.html"].rstrip().endswith(b"</html>")


def test_one_blocked_output_replaces_nothing_and_leaves_nothing(refs, env, tmp_path):
    """Row 3: graph.json a directory left the other files replaced (and a temporary file)."""
    out = old_copy(refs, tmp_path)
    (out / "graph.json").unlink()
    (out / "graph.json").mkdir()
    before = tree(out)
    code, err = finish(graphbuild(run_args(NEW_INPUTS, out), env))
    assert code == 2
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and "graph.json" in lines[0], err
    assert "Traceback" not in err
    assert tree(out) == before  # nothing replaced, added or left behind, hidden files included
    assert os.listdir(env["TMPDIR"]) == []


def test_two_concurrent_runs_into_one_directory_give_one_whole_set(refs, env, tmp_path):
    """Row 4: two runs into one DIR mixed their files. Run A is held just after its first
    rename in DIR until run B has either finished or is waiting for A; both then finish, and
    the directory holds one run's whole set."""
    out = tmp_path / "out"
    gate = tmp_path / "gate"
    a = graphbuild(
        run_args(OLD_INPUTS, out, "-q"), env, fault=(out, "pause-after-replace", 1, gate)
    )
    while not Path(f"{gate}.paused").exists():
        assert a.poll() is None, finish(a)[1]
        time.sleep(0.05)
    b_err = tmp_path / "b.err"
    with b_err.open("w") as fh:
        b = graphbuild(run_args(NEW_INPUTS, out), env, stderr=fh)
        while b.poll() is None and "waiting for another graphbuild run" not in b_err.read_text():
            time.sleep(0.05)
        gate.touch()
        code_a, err_a = finish(a)
        code_b, _ = finish(b)
    assert (code_a, code_b) == (0, 0), (err_a, b_err.read_text())
    assert seen(out) in (seen(refs["old"]), seen(refs["new"]))
    assert seen(out) == seen(refs["new"])  # A held the directory, so B published last


def test_a_name_blocked_during_the_run_fails_it_and_replaces_nothing(tmp_path):
    """The blocked check is repeated when the set is published: graph.json made a directory
    while the files were written fails the run with one InputError; the previous set stays
    and the new version is removed."""
    out = tmp_path / "out"
    g = nx.MultiDiGraph()
    g.graph["articles"] = {}
    run_sinks(output_sinks(out, formats=("json", "html")), [[]], g)
    before = tree(out)
    g.add_node("Country:EGY", type="Country", name="Egypt", aliases=[], articles=[])

    def graph_then_block() -> nx.MultiDiGraph:
        (out / "graph.json").unlink()
        (out / "graph.json").mkdir()
        return g

    with pytest.raises(InputError, match=r"graph\.json: cannot write \(is a directory"):
        run_sinks(output_sinks(out, formats=("json", "html")), [[]], graph_then_block)
    (out / "graph.json").rmdir()
    os.symlink(before["graph.json"][1], out / "graph.json")
    assert tree(out) == before


def test_no_fixed_temporary_name_in_the_package():
    """Row 4's cause: fixed `.tmp` names. Every temporary name is made unique at run time."""
    fixed = re.compile(r"""["'][^"'{}\n]*\.(tmp|temp|part)["']""")
    hits = [
        f"{p.relative_to(ROOT)}: {m.group(0)}"
        for p in sorted((ROOT / "graphbuild").rglob("*.py"))
        for m in fixed.finditer(p.read_text(encoding="utf-8"))
    ]
    assert hits == []


def test_default_names_are_the_run_defaults():
    from graphbuild.sinks import DEFAULT_FORMATS, OUTPUT_FILES

    assert tuple(OUTPUT_FILES[f] for f in DEFAULT_FORMATS) == NAMES


def test_a_set_without_a_name_an_earlier_set_had_leaves_no_dangling_link(tmp_path):
    # a cluster run publishes extractions-00000.jsonl…; a later run with other names
    # (the shard count changed, or no scheduler) must not leave the older links dangling
    from graphbuild.fsutil import OutputDir

    def publish(names):
        out = OutputDir(tmp_path, names)
        for name in names:
            out.file(name).write_text(name, encoding="utf-8")
        return out.publish()

    publish(["graph.json", "extractions-00000.jsonl", "extractions-00001.jsonl"])
    publish(["graph.json", "extractions-00000.jsonl"])
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        ".graphbuild",
        "extractions-00000.jsonl",
        "graph.json",
    ]
    publish(["graph.json"])
    assert sorted(p.name for p in tmp_path.iterdir()) == [".graphbuild", "graph.json"]
    (tmp_path / "notes.txt").symlink_to("elsewhere")  # a link of someone else's: kept
    publish(["graph.json"])
    assert (tmp_path / "notes.txt").is_symlink()

"""Fault injection (issue 12): ``kill -9`` of ``graphbuild run`` at random points of its write
phase leaves the old output set or the new one, never a mix.

The write phase is every change the run makes to the output directory (a file renamed, a
link made or replaced, a directory made or removed): ``fault_run.py`` numbers them and the
run sends itself SIGKILL just before or just after change N, N drawn by a seeded RNG. A
count run gives the number of changes. Two more runs are killed from outside, after a
random delay. What a reader opening each documented path reads is compared by content
with the outputs of the old run and of the new one.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import time
from pathlib import Path

import pytest

from .output_sets import NAMES, NEW_INPUTS, OLD_INPUTS, finish, graphbuild, run_args, seen

SEED = 20261130
PLANTED = 5  # kills at drawn changes, on a directory written by this version
PLANTED_LEGACY = 2  # and on one of regular files (an older graphbuild's outputs)
EXTERNAL = 2  # kills from outside after a random delay


@pytest.fixture(scope="module")
def env(tmp_path_factory) -> dict[str, str]:
    base = tmp_path_factory.mktemp("env")
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEO4J_")}
    env["XDG_STATE_HOME"] = str(base / "state")
    env["TMPDIR"] = str(base / "tmp")  # the spill of the streamed run goes here
    (base / "tmp").mkdir()
    return env


@pytest.fixture(scope="module")
def sets(tmp_path_factory, env) -> dict:
    """The old output directory (and a copy as regular files), the two sets a reader may
    see, the number of changes a run makes in each, and how long a whole run takes."""
    base = tmp_path_factory.mktemp("sets")
    old, legacy = base / "old", base / "legacy"
    code, err = finish(graphbuild(run_args(OLD_INPUTS, old, "-q"), env))
    assert code == 0, err
    legacy.mkdir()
    for name in NAMES:
        shutil.copyfile(old / name, legacy / name)  # through the links: plain files
    out = base / "count"  # the new run, once whole: its outputs and its number of changes
    shutil.copytree(old, out, symlinks=True)
    t0 = time.monotonic()
    fault = (out, "count", 0, base / "count.txt")
    code, err = finish(graphbuild(run_args(NEW_INPUTS, out, "-q"), env, fault=fault))
    took = time.monotonic() - t0
    assert code == 0, (code, err)
    new = seen(out)
    assert seen(legacy) == seen(old) != new
    return {
        "dirs": {"current": old, "legacy": legacy},
        "old": seen(old),
        "new": new,
        "changes": int((base / "count.txt").read_text()),
        "took": took,
    }


def _verdict(out: Path, sets: dict) -> str:
    now = seen(out)
    return "old" if now == sets["old"] else "new" if now == sets["new"] else "MIXED"


def test_kill_9_at_random_points_of_the_write_phase_leaves_one_whole_set(sets, env, tmp_path):
    rng = random.Random(SEED)
    assert sets["changes"] >= 5  # the write phase is several changes long
    outcomes = []
    for layout, how_many in (("current", PLANTED), ("legacy", PLANTED_LEGACY)):
        # over regular files the run makes more changes (it gathers them first): the
        # points drawn from the first ones fall in that gathering
        points = sorted(rng.sample(range(1, sets["changes"] + 1), how_many))
        for n in points:
            mode = rng.choice(("kill-before", "kill-after"))
            out = tmp_path / f"{layout}-{n}-{mode}"
            shutil.copytree(sets["dirs"][layout], out, symlinks=True)
            proc = graphbuild(run_args(NEW_INPUTS, out, "-q"), env, fault=(out, mode, n))
            code, err = finish(proc)
            outcomes.append((layout, n, mode, code, _verdict(out, sets), err[-300:]))
    assert [o for o in outcomes if o[3] != -signal.SIGKILL or o[4] == "MIXED"] == []
    assert {o[4] for o in outcomes} == {"old", "new"}  # the draws fell on both sides of the swap
    last = tmp_path / "current-again"
    shutil.copytree(tmp_path / f"legacy-{n}-{mode}", last, symlinks=True)
    code, err = finish(graphbuild(run_args(NEW_INPUTS, last, "-q"), env))
    assert code == 0 and _verdict(last, sets) == "new", err
    state = last / ".graphbuild"  # what killed runs left is removed by the next run
    assert sorted(os.listdir(state)) == sorted(["current", "lock", os.readlink(state / "current")])
    assert sorted(os.listdir(last)) == sorted([".graphbuild", *NAMES])
    assert os.listdir(env["TMPDIR"]) == []  # the spill is an unnamed file: nothing outlives a kill


def test_kill_9_from_outside_after_a_random_delay_leaves_one_whole_set(sets, env, tmp_path):
    rng = random.Random(SEED + 1)
    verdicts = []
    for i in range(EXTERNAL):
        out = tmp_path / f"external-{i}"
        shutil.copytree(sets["dirs"]["current"], out, symlinks=True)
        proc = graphbuild(run_args(NEW_INPUTS, out, "-q"), env)
        time.sleep(rng.uniform(0.6, 1.0) * sets["took"])  # the write phase is at the end
        proc.send_signal(signal.SIGKILL)
        finish(proc)
        verdicts.append(_verdict(out, sets))
    assert "MIXED" not in verdicts, verdicts
    assert os.listdir(env["TMPDIR"]) == []

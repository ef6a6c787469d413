"""bench/bench_load.py's per-step cost model of the bulk load, and bench/bench_scale.py's
reading of it: the fit and the 1M estimate are arithmetic, tested on figures made here."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench"


def _bench(name: str):
    spec = importlib.util.spec_from_file_location(f"_bench_{name}", BENCH / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_the_fit_splits_each_step_into_fixed_and_per_row_cost():
    fit = _bench("bench_load").fit
    model = fit([(1000, {"a": 3.0, "b": 1.0}), (5000, {"a": 7.0, "b": 1.0})])
    assert model["a"] == pytest.approx((2.0, 0.001))
    assert model["b"] == pytest.approx((1.0, 0.0))
    (fixed, per_row) = fit([(1000, {"a": 2.0})])["a"]  # one size: all of it per row
    assert fixed == 0 and per_row == pytest.approx(0.002)


def test_bench_scale_reads_the_model_and_extrapolates_each_step(tmp_path):
    scale = _bench("bench_scale")
    figures = tmp_path / "load.txt"
    figures.write_text(
        "load input: 100 articles, 3000 rows (1 nodes, 2 relationships); 0 edges dropped\n"
        "load rows: the graph's 3000 rows made in 0.01 s CPU = 2.000 us/row (graph_rows)\n"
        "load neo4j-admin step export: fixed 1.00 s + 10.000 us/row (least squares)\n"
        "load neo4j-admin step import: fixed 5.00 s + -1.000 us/row (least squares)\n",
        encoding="utf-8",
    )
    model = scale.load_model(figures)
    assert model is not None
    steps, per_article = model
    assert per_article == 30 and list(steps) == ["rows", "export", "import"]
    lines, secs = scale.model_estimate(model, articles=1000)  # 30,000 rows
    assert secs == pytest.approx(30_000 * 2e-6 + 1 + 30_000 * 10e-6 + 5)  # negative slope: 0
    assert any("import" in ln for ln in lines) and "total" in lines[-1]
    assert scale.load_model(tmp_path / "missing.txt") is None


def test_a_run_that_wrote_the_csv_files_counts_them_once(tmp_path):
    scale = _bench("bench_scale")
    figures = tmp_path / "load.txt"
    figures.write_text(
        "load input: 100 articles, 3000 rows (1 nodes, 2 relationships); 0 edges dropped\n"
        "load rows: the graph's 3000 rows made in 0.01 s CPU = 2.000 us/row (graph_rows)\n"
        "load neo4j-admin step export: fixed 1.00 s + 10.000 us/row (least squares)\n"
        "load neo4j-admin step import: fixed 5.00 s + 1.000 us/row (least squares)\n",
        encoding="utf-8",
    )
    stages = {"extract": 80.0, "write neo4j-admin": 20.0}
    run = {"articles": 1000, "stages": stages, "nodes": 10, "edges": 20, "wall": 100.0}
    both = {"n": 1000, "jobs": 2, "run": {**run, "formats": ["json", "neo4j-admin"]}}
    old = {"n": 1000, "jobs": 2, "run": run}  # a result saved before the run wrote them
    rows = 30 * scale.MILLION
    load = 5 + rows * 1e-6
    text = "\n".join(scale._extrapolation(both, figures))
    assert f"{(100_000 + load) / 3600:.2f} h" in text.splitlines()[0]
    assert "written by the run" in text
    assert not [ln for ln in text.splitlines() if ln.strip().startswith(("rows ", "export "))]
    earlier = (rows * 2e-6 + 1 + rows * 10e-6) + 100_000 + load
    assert f"{earlier / 3600:.2f} h" in scale._extrapolation(old, figures)[0]


def test_the_run_extrapolates_from_its_wall_not_the_sum_of_its_stages():
    scale = _bench("bench_scale")
    stages = {"extract": 60.0, "graph": 30.0}  # 10 s of the run outside every stage
    run = {"articles": 1000, "stages": stages, "nodes": 10, "edges": 20, "wall": 100.0}
    line = scale._extrapolation({"n": 1000, "jobs": 2, "run": run}, None)[0]
    assert f"{100.0 * 1000 / 3600:.2f} h" in line  # 1000 x the wall: 27.78 h, not 25.00
    assert "bottleneck: extract" in line

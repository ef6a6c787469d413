"""CPU per loader row of the bulk load's CSV files, both ways, on one run's output.

    python bench/bench_admin.py OUT [--repeat 2] [--no-export] [--no-run]

OUT is the directory of ``graphbuild run OUT ... --formats extractions,json`` (its
``extractions.jsonl`` and ``graph.json``). Two ways to the ``neo4j-admin`` directory:

* ``export``: ``graphbuild export --format neo4j-admin DIR OUT/graph.json`` — graph.json
  read (``read_graph_json``), the loader's rows made from the graph (``graph_rows``), the
  CSV files written from them (``export_rows``);
* ``run``: what ``run --formats ...,neo4j-admin`` adds to a run once its graph is
  streamed — the graph of ``extractions.jsonl`` streamed as the run streams it, then
  ``export_graph`` on it (its rows read from the sorted files, the files written). The
  stream is timed on its own line: a stream kept by id sorts the rows' edge values as the
  edges come (part of the rows' cost moved there), so compare code before and after
  that by the sum of both lines.

Output, one line per measurement (CPU time of this process, the best of ``--repeat``)::

    admin export: R rows; graph.json read T s = U us/row, rows made T s = U us/row,
        CSV files T s = U us/row
    admin run: R rows in T s = U us/row
    admin run: the graph streamed (kept by id) in T s = U us/row

Every figure is CPU time on this machine, which other work slows: compare the code
before and after a change in the same session, in turn (A B A B), not across sessions.
It runs on the code it imports, so the same script measures an older checkout
(``PYTHONPATH=that checkout``); the ``run`` line needs ``graphbuild.neo4j.bulk.export_graph``.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if not os.environ.get("PYTHONPATH"):  # this checkout's code, unless PYTHONPATH names one
    sys.path.insert(1, str(ROOT))


def measure_export(out: Path, repeat: int) -> tuple[int, float, float, float]:
    """(rows, seconds reading graph.json, best seconds making the rows, best seconds writing
    the files) for ``export``."""
    from graphbuild.graph import read_graph_json
    from graphbuild.neo4j.bulk import export_rows
    from graphbuild.neo4j.loader import graph_rows

    t0 = time.process_time()
    g = read_graph_json(out / "graph.json")
    read = time.process_time() - t0
    best_rows = best_files = float("inf")
    n = 0
    for _ in range(repeat):
        with tempfile.TemporaryDirectory(prefix="bench-admin-") as tmp:
            t0 = time.process_time()
            rows = graph_rows(g)
            t1 = time.process_time()
            summary = export_rows(rows, tmp)
            t2 = time.process_time()
        n = summary.rows
        best_rows, best_files = min(best_rows, t1 - t0), min(best_files, t2 - t1)
    return n, read, best_rows, best_files


def _streamed(out: Path):  # noqa: ANN202 - a StreamedGraph of whichever code is imported
    """The streamed graph of ``out``'s extractions and the CPU seconds of streaming it (the
    extractions read and prepared first, not counted)."""
    from graphbuild.graphstream import GraphStream, prepare
    from graphbuild.model import Extraction

    try:
        stream = GraphStream(by_id=True)  # type: ignore[call-arg]
    except TypeError:  # code before the stream kept its entities by id
        stream = GraphStream()
    with open(out / "extractions.jsonl", encoding="utf-8") as fh:
        prepared = [prepare(Extraction.from_dict(json.loads(line))) for line in fh]
    t0 = time.process_time()
    for p in prepared:
        stream.add_prepared(p)
    graph = stream.finish()
    return graph, time.process_time() - t0


def measure_run(out: Path, repeat: int) -> tuple[int, float, float] | None:
    """(rows, best seconds) of ``export_graph`` on the streamed graph, and the seconds of
    streaming it; None without it."""
    from graphbuild.neo4j import bulk

    if not hasattr(bulk, "export_graph"):
        return None
    graph, stream_s = _streamed(out)
    best, n = float("inf"), 0
    try:
        for _ in range(repeat):
            with tempfile.TemporaryDirectory(prefix="bench-admin-") as tmp:
                t0 = time.process_time()
                summary = bulk.export_graph(graph, tmp)
                best = min(best, time.process_time() - t0)
            n = summary.rows
    finally:
        graph.close()
    return n, best, stream_s


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="bench/bench_admin.py", description=__doc__.split("\n")[0])
    ap.add_argument(
        "out", type=Path, help="a run's output directory (extractions.jsonl, graph.json)"
    )
    ap.add_argument("--repeat", type=int, default=2, help="timed runs of each way; best kept")
    ap.add_argument("--no-export", action="store_true", help="skip the export way")
    ap.add_argument("--no-run", action="store_true", help="skip the run's way")
    args = ap.parse_args(argv)
    if not args.no_export:
        n, read_s, rows_s, files_s = measure_export(args.out, args.repeat)
        print(
            f"admin export: {n} rows; graph.json read {read_s:.2f} s = {read_s / n * 1e6:.2f}"
            f" us/row, rows made {rows_s:.2f} s = {rows_s / n * 1e6:.2f} us/row,"
            f" CSV files {files_s:.2f} s = {files_s / n * 1e6:.2f} us/row",
            flush=True,
        )
    if not args.no_run:
        got = measure_run(args.out, args.repeat)
        if got is None:
            print("admin run: not measured (this code has no export_graph)", flush=True)
        else:
            n, secs, stream_s = got
            print(f"admin run: {n} rows in {secs:.2f} s = {secs / n * 1e6:.2f} us/row", flush=True)
            print(
                f"admin run: the graph streamed (kept by id) in {stream_s:.2f} s"
                f" = {stream_s / n * 1e6:.2f} us/row",
                flush=True,
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Neo4j load speed, as ratios measured in one run against a private real server.

    NEO4J_PASSWORD=... python bench/bench_load.py [PATH ...] [--copies N] [--port P]
        [--home DIR] [--per-row-rows K] [--sweep 500,1000,2000,5000] [--keep]
        [--import-sizes 0.25,1] [--import-only | --no-import]
    NEO4J_PASSWORD=... python bench/bench_load.py --admin-dir OUT/neo4j-admin [--port P]

PATH: article files or folders, extraction .jsonl files, or one graph.json
(default: eval/dev2/articles). ``--copies N`` repeats the graph's rows N times with
fresh ids (countries shared), to measure at a larger size without extracting more.
The script starts its own Neo4j (from the project's Maven jars) in a temporary home on
a free port with the password in NEO4J_PASSWORD, and stops it at the end.

Output, one figure per line (stable: bench/bench_scale.py reads them; ``main(argv)``
returns 0 and :func:`measure` returns the same figures as a dict)::

    load input: A articles, R rows (N nodes, M relationships); D edges dropped
    load driver: neo4j V, rust extension: yes|no
    load rows: the graph's R rows made in T s CPU = U us/row (graph_rows, before either path)
    load batched: R rows in T s = X rows/s (batch B, 1 writer; client CPU C s)
    load writers 2: R rows in T s = X rows/s (batch B; D batches retried after a deadlock
        in L loads)
    load ratio writers 2/1: Q x
    load reload: P properties set, C nodes created (nothing changed: yes|no) in T s
    load per-row: K rows in T s = X rows/s (one transaction per row)
    load ratio batched/per-row: Q x
    load batch B: X rows/s                       (one line per --sweep size)
    load neo4j-admin at R rows (A articles; load average L1 L5 L15): export E s,
        import I s, start W s, schema S s, empty lists F s, indexes X s
                                                 (one line per --import-sizes fraction)
    load neo4j-admin step STEP: fixed F s + M us/row (least squares over R1, R2 rows)
                                                 (one line per step)
    load neo4j-admin: R rows in T s = X rows/s (every step at the largest size, the
        server start included)
    load ratio loader/import: Q x                (the loader's speed over the import's;
                                                  1.0 = as fast)

"batched" and "writers 2" load the whole graph into an empty database; "per-row"
loads a sub-graph of about K rows (whole articles) one row per transaction; the
import goes through ``graphbuild export --format neo4j-admin`` and ``neo4j import``'s
library calls into the same server, stopped, once per ``--import-sizes`` fraction of
the articles (whole sub-graphs). The steps of the bulk load: export (the CSV files from
the rows), import (neo4j-admin, its JVM start included), start (the server, until Bolt
answers), schema (schema.cypher: a constraint waits for its index), empty lists (the
pass that sets what the importer cannot write), indexes (the wait for the others).
Each step's fixed and per-row cost is the line through its times at the sizes, so
that bench/bench_scale.py can extrapolate each step to 1M articles. ``--admin-dir DIR``
imports a directory ``graphbuild run --formats ...,neo4j-admin`` wrote (no export step:
the run wrote it, and bench_scale.py counts that in the run) and prints one line::

    load neo4j-admin from DIR: R rows (load average L1 L5 L15): import I s, start W s,
        schema S s, empty lists F s, indexes X s; total T s Times are
wall-clock on this machine: compare within one run, and read the load average.
"""

from __future__ import annotations

import argparse
import math
import os
import shutil
import socket
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from graphbuild.neo4j import server  # noqa: E402
from graphbuild.neo4j.bulk import bulk_load, export_rows  # noqa: E402
from graphbuild.neo4j.loader import (  # noqa: E402
    DEFAULT_BATCH_SIZE,
    Neo4jSettings,
    connect,
    graph_rows,
    load_rows,
)
from graphbuild.schema import get_relation_type  # noqa: E402

ID_KEYS = ("id", "source", "target", "speaker", "entity", "statement", "article_id")


def read_graph(paths: list[str]) -> Any:
    """The corpus graph of ``paths`` (articles, extraction .jsonl files or one graph.json)."""
    from graphbuild.cli_common import looks_like_extractions
    from graphbuild.graph import build_graph, read_graph_json

    if len(paths) == 1 and paths[0].endswith(".json"):
        return read_graph_json(paths[0])
    from graphbuild.pipeline import extract, read_extractions
    from graphbuild.sources import read_articles

    exs, arts = [], []
    for p in paths:
        if p.endswith(".jsonl") and looks_like_extractions(Path(p)):
            exs.extend(read_extractions(p))
        else:
            arts.append(p)
    if arts:
        exs.extend(extract(read_articles(arts)))
    return build_graph(exs)


def drop_invalid_edges(g: Any) -> int:
    """Remove edges whose endpoint labels their type does not allow (the loader refuses
    them); return how many."""
    bad = []
    for u, v, k, d in g.edges(keys=True, data=True):
        rt = get_relation_type(d.get("type"))
        if rt and not rt.allows(g.nodes[u].get("type"), g.nodes[v].get("type")):
            bad.append((u, v, k))
    g.remove_edges_from(bad)
    return len(bad)


def _suffixed(row: dict[str, Any], suffix: str) -> dict[str, Any]:
    out = dict(row)
    for k in ID_KEYS:
        v = out.get(k)
        if isinstance(v, str) and not v.startswith("Country:"):
            out[k] = v + suffix
    return out


def copies(rows: dict[str, list[dict[str, Any]]], n: int) -> dict[str, list[dict[str, Any]]]:
    """``rows`` repeated ``n`` times with fresh ids (``~i``); Country nodes are shared."""
    if n <= 1:
        return rows
    out: dict[str, list[dict[str, Any]]] = {}
    for name, rs in rows.items():
        if name.startswith("_"):
            continue
        seen: set[str] = set()
        out[name] = []
        for i in range(n):
            for r in rs:
                c = _suffixed(r, f"~{i}" if i else "")
                if name == "entities_country":
                    if c["id"] in seen:
                        continue
                    seen.add(c["id"])
                out[name].append(c)
    return out


def sub_rows(rows: dict[str, list[dict[str, Any]]], target: int) -> dict[str, list[dict[str, Any]]]:
    """The rows of the first articles (by id) making about ``target`` rows: a whole sub-graph."""
    total = sum(len(v) for k, v in rows.items() if not k.startswith("_"))
    arts = sorted(r["id"] for r in rows.get("articles", []))
    keep = set(arts[: max(1, math.ceil(len(arts) * min(1.0, target / max(total, 1))))])
    out = {k: [r for r in v if r.get("article_id") in keep] for k, v in rows.items()}
    out["articles"] = [r for r in rows.get("articles", []) if r["id"] in keep]
    ents = {
        r[k]
        for name, v in out.items()
        if v and not name.startswith("entities_")
        for r in v
        for k in ("source", "target", "speaker", "entity")
        if k in r
    }
    for name in rows:
        if name.startswith("entities_"):
            out[name] = [r for r in rows[name] if r["id"] in ents]
    return out


def count(rows: dict[str, list[dict[str, Any]]]) -> int:
    return sum(len(v) for k, v in rows.items() if not k.startswith("_"))


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _wipe(driver: Any) -> None:
    # CALL IN TRANSACTIONS needs an implicit transaction; relationships first, so that no
    # inner transaction detaches a country's 100k relationships at once
    with driver.session() as session:
        for stmt in (
            "MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS",
            "MATCH (n) CALL (n) { DELETE n } IN TRANSACTIONS OF 10000 ROWS",
        ):
            session.run(stmt).consume()


_CPU: dict[float, float] = {}  # wall seconds of a timed load -> the client's CPU seconds in it
_RETRIED: list[int] = []  # batches the driver retried (deadlock), per timed load with 2 writers


def _timed_load(driver: Any, settings: Any, rows: Any, **kw: Any) -> tuple[float, Any]:
    _wipe(driver)
    t0, c0 = time.perf_counter(), time.process_time()
    summary = load_rows(rows, settings, driver=driver, quiet=True, **kw)
    wall = time.perf_counter() - t0
    _CPU[wall] = time.process_time() - c0
    if kw.get("writers", 2) > 1:
        _RETRIED.append(summary.retried)
    return wall, summary


def _best(driver: Any, settings: Any, rows: Any, repeat: int, **kw: Any) -> float:
    """The fastest of ``repeat`` loads into an empty database (seconds)."""
    return min(_timed_load(driver, settings, rows, **kw)[0] for _ in range(repeat))


def _loader_figures(driver: Any, settings: Any, rows: Any, args: Any) -> dict[str, Any]:
    """Batched with 1 and 2 writers, the reload, one transaction per row, the sweep."""
    n, b, rep = count(rows), args.batch_size, args.repeat
    small = sub_rows(rows, args.per_row_rows)
    _timed_load(driver, settings, rows, batch_size=b)  # warm up: schema, query plans, JIT
    t1 = t2 = math.inf
    for _ in range(rep):  # interleaved, so that a change of machine load hits both
        t1 = min(t1, _best(driver, settings, rows, 1, batch_size=b, writers=1))
        t2 = min(t2, _best(driver, settings, rows, 1, batch_size=b, writers=2))
    print(
        f"load batched: {n} rows in {t1:.2f} s = {n / t1:.0f} rows/s (batch {b}, 1 writer;"
        f" client CPU {_CPU[t1]:.2f} s)"
    )
    print(
        f"load writers 2: {n} rows in {t2:.2f} s = {n / t2:.0f} rows/s (batch {b};"
        f" {sum(_RETRIED)} batches retried after a deadlock in {len(_RETRIED)} loads)"
    )
    print(f"load ratio writers 2/1: {t1 / t2:.2f} x")
    t0 = time.perf_counter()
    again = load_rows(rows, settings, driver=driver, quiet=True, batch_size=b, writers=2)
    tr = time.perf_counter() - t0
    print(
        f"load reload: {again.properties_set} properties set, {again.nodes_created} nodes created"
        f" (nothing changed: {'no' if again.changed else 'yes'}) in {tr:.2f} s"
    )
    k = count(small)
    tp = _best(driver, settings, small, 1, batch_size=1, writers=1)
    print(f"load per-row: {k} rows in {tp:.2f} s = {k / tp:.0f} rows/s (one transaction per row)")
    print(f"load ratio batched/per-row: {(n / t1) / (k / tp):.1f} x")
    fig: dict[str, Any] = {
        "rows": n,
        "batch_size": b,
        "batched_rows_s": n / t1,
        "writers2_rows_s": n / t2,
        "writers_ratio": t1 / t2,
        "reload_properties_set": again.properties_set,
        "reload_changed": again.changed,
        "per_row_rows_s": k / tp,
        "per_row_ratio": (n / t1) / (k / tp),
        "loader_seconds": min(t1, t2),
    }
    for size in args.sweep:
        ts = _best(driver, settings, rows, rep, batch_size=size, writers=1)
        print(f"load batch {size}: {n / ts:.0f} rows/s")
        fig[f"batch_{size}_rows_s"] = n / ts
    return fig


STEPS = ("export", "import", "start", "schema", "empty lists", "indexes")


def _import(directory: Path, home: Path, password: str, port: int):
    """``bulk_load`` of an export directory into a fresh database of the bench's server."""
    return bulk_load(
        directory,
        home,
        password=password,
        port=port,
        overwrite=True,
        quiet=True,
        runtime=server.Runtime.from_env(os.environ),
    )


def _import_once(rows: Any, home: Path, port: int, password: str) -> dict[str, float]:
    """Export ``rows``, import them into the stopped server, start it, schema, empty lists,
    indexes: the seconds of each step (the server is left running)."""
    out = home.parent / "admin-export"
    shutil.rmtree(out, ignore_errors=True)
    t0 = time.perf_counter()
    export_rows(rows, out)
    te = time.perf_counter() - t0
    server.stop(home)
    s = _import(out, home, password, port)
    return {"export": te, **s.steps()}


def fit(points: list[tuple[int, dict[str, float]]]) -> dict[str, tuple[float, float]]:
    """Each step's (fixed seconds, seconds per row): the least-squares line through its
    (rows, seconds) points; one point gives no fixed part (all of it per row)."""
    out: dict[str, tuple[float, float]] = {}
    xs = [n for n, _ in points]
    mx = sum(xs) / len(xs)
    sxx = sum((x - mx) ** 2 for x in xs)
    for step in points[0][1]:
        ys = [p[step] for _, p in points]
        my = sum(ys) / len(ys)
        if sxx == 0:
            out[step] = (0.0, my / mx if mx else 0.0)
            continue
        slope = sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / sxx
        out[step] = (my - slope * mx, slope)
    return out


def _load_average() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def _import_figures(rows: Any, home: Path, port: int, password: str, args: Any) -> dict:
    """The import path at each of ``args.import_sizes`` (fractions of the articles, whole
    sub-graphs), each step's fixed and per-row cost fitted over the sizes."""
    points = []
    for frac in sorted(args.import_sizes):
        sub = rows if frac >= 1 else sub_rows(rows, int(count(rows) * frac))
        steps = _import_once(sub, home, port, password)
        n = count(sub)
        points.append((n, steps))
        print(
            f"load neo4j-admin at {n} rows ({len(sub.get('articles', []))} articles;"
            f" load average {_load_average()}): "
            + ", ".join(f"{k} {v:.2f} s" for k, v in steps.items())
        )
    model = fit(points)
    sizes = ", ".join(str(n) for n, _ in points)
    for step, (fixed, per_row) in model.items():
        print(
            f"load neo4j-admin step {step}: fixed {fixed:.2f} s + {per_row * 1e6:.3f} us/row"
            f" (least squares over {sizes} rows)"
        )
    n, steps = points[-1]
    total = sum(steps.values())
    print(
        f"load neo4j-admin: {n} rows in {total:.2f} s = {n / total:.0f} rows/s ("
        + ", ".join(f"{k} {v:.2f} s" for k, v in steps.items())
        + "; every step, the server start included)"
    )
    fig = {"import_seconds": total, "import_rows_s": n / total, "import_model": model}
    if args.loader_seconds:
        print(f"load ratio loader/import: {total / args.loader_seconds:.2f} x")
        fig["loader_import_ratio"] = total / args.loader_seconds
    return fig


def import_admin_dir(directory: Path, args: Any, password: str) -> dict[str, float]:
    """Import a run-written CSV directory into a private server (started, then stopped): the
    seconds of each step, printed on one line."""
    from graphbuild.neo4j.bulk import read_manifest

    base = Path(args.home) if args.home else Path(tempfile.mkdtemp(prefix="bench-load-"))
    home, port = base / "neo4j", args.port or _free_port()
    rows = int(read_manifest(directory).get("rows") or 0)
    try:
        s = _import(directory, home, password, port)
    finally:
        server.stop(home)
        if not args.home:
            shutil.rmtree(base, ignore_errors=True)
    steps = s.steps()
    print(
        f"load neo4j-admin from {directory}: {rows} rows (load average {_load_average()}): "
        + ", ".join(f"{k} {v:.2f} s" for k, v in steps.items())
        + f"; total {sum(steps.values()):.2f} s"
    )
    return steps


def measure(rows: Any, args: Any, password: str) -> dict[str, Any]:
    """Every figure, against a private server started here (and stopped)."""
    base = Path(args.home) if args.home else Path(tempfile.mkdtemp(prefix="bench-load-"))
    home, port = base / "neo4j", args.port or _free_port()
    if not args.import_only:
        server.start(
            home, port, password=password, quiet=True, runtime=server.Runtime.from_env(os.environ)
        )
    fig: dict[str, Any] = {}
    args.loader_seconds = None
    try:
        if not args.import_only:
            settings = Neo4jSettings(uri=f"bolt://127.0.0.1:{port}", password=password)
            with connect(settings) as driver:
                fig = _loader_figures(driver, settings, rows, args)
            args.loader_seconds = fig["loader_seconds"]
        if not args.no_import:
            fig.update(_import_figures(rows, home, port, password, args))
    finally:
        if not args.keep:
            server.stop(home)
            if not args.home:  # the temporary home and export are ours to remove
                shutil.rmtree(base, ignore_errors=True)
    return fig


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(prog="bench/bench_load.py", description=__doc__.split("\n")[0])
    ap.add_argument("paths", nargs="*", default=[str(ROOT / "eval" / "dev2" / "articles")])
    ap.add_argument("--copies", type=int, default=1, help="repeat the rows with fresh ids")
    ap.add_argument("--batch-size", type=int, default=DEFAULT_BATCH_SIZE)
    ap.add_argument("--repeat", type=int, default=2, help="timed runs of each load; best kept")
    ap.add_argument("--per-row-rows", type=int, default=1000, help="rows of the per-row run")
    ap.add_argument(
        "--sweep",
        type=lambda s: [int(x) for x in s.split(",") if x],
        default=[],
        help="batch sizes to time with 1 writer, e.g. 500,1000,2000,5000",
    )
    ap.add_argument("--port", type=int, default=None, help="Bolt port (default: a free one)")
    ap.add_argument("--home", default=None, help="folder for the server home (default: temp)")
    ap.add_argument("--keep", action="store_true", help="leave the server running")
    ap.add_argument("--no-import", action="store_true", help="skip the neo4j-admin figures")
    ap.add_argument(
        "--import-only", action="store_true", help="only the neo4j-admin figures (no loader)"
    )
    ap.add_argument(
        "--admin-dir",
        type=Path,
        default=None,
        help="import this directory (written by 'graphbuild run --formats ...,neo4j-admin')"
        " and print its steps; nothing else is measured",
    )
    ap.add_argument(
        "--import-sizes",
        type=lambda s: [float(x) for x in s.split(",") if x],
        default=[0.25, 1.0],
        help="fractions of the articles imported, one import each, to fit each step's"
        " fixed and per-row cost (default 0.25,1)",
    )
    return ap.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    password = os.environ.get("NEO4J_PASSWORD")
    if not password:
        print("error: set NEO4J_PASSWORD (the private server's password)", file=sys.stderr)
        return 2
    if args.admin_dir is not None:
        import_admin_dir(args.admin_dir, args, password)
        return 0
    g = read_graph(args.paths)
    dropped = drop_invalid_edges(g)
    t0 = time.process_time()
    rows = graph_rows(g)
    tg, ng = time.process_time() - t0, count(rows)
    rows = copies(rows, args.copies)
    from graphbuild.neo4j.bulk import admin_tables

    tables = admin_tables(rows)
    nodes = sum(len(t.records) for t in tables if t.kind == "nodes")
    rels = sum(len(t.records) for t in tables if t.kind != "nodes")
    print(
        f"load input: {len(rows.get('articles', []))} articles, {count(rows)} rows"
        f" ({nodes} nodes, {rels} relationships); {dropped} edges dropped"
    )
    print(f"load driver: neo4j {neo4j_version()}, rust extension: {rust_extension()}")
    print(
        f"load rows: the graph's {ng} rows made in {tg:.2f} s CPU = {tg / ng * 1e6:.3f} us/row"
        " (graph_rows, before either path)"
    )
    measure(rows, args, password)
    return 0


def neo4j_version() -> str:
    from importlib.metadata import version

    return version("neo4j")


def rust_extension() -> str:
    """Whether the driver packs with neo4j-rust-ext's codec (``yes``/``no``)."""
    try:
        from neo4j._codec.packstream import v1
    except ImportError:  # a driver laid out otherwise
        return "unknown"
    return "yes" if getattr(v1, "_rust_pack", None) else "no"


if __name__ == "__main__":
    sys.exit(main())

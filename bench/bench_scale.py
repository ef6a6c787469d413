"""The main job at scale: throughput, memory and stage shares on generated corpora.

    python bench/bench_scale.py [--sizes 1000,10000,100000] [--jobs 2] [--sample 2000]
                                [--work DIR] [--fresh] [--no-admin] [--load-figures FILE] [--dask]

For each size N (bench/corpus.py makes the corpus once and keeps it in ``--work``):

* the streamed main job (``graphbuild.pipeline.run_streamed``, the code of
  ``graphbuild run``, default formats plus ``neo4j-admin``: the CSV files of the bulk
  load, written from the graph the run streams; ``--no-admin`` leaves them out) in a
  child process with ``--jobs``: its articles/s, the peak RSS of the whole process tree
  (workers included, sampled from /proc) and each stage's share of the wall time;
* on the first ``--sample`` articles, in child processes run one after the other:
  the bare spaCy tokenizer (``spacy.blank(lang).tokenizer``), extraction with one
  process and with ``--jobs`` processes: the ratio of extraction to the tokenizer
  and of ``--jobs`` to one process (ratios of the same run, so load on the machine
  matters less than absolute figures). Extraction speed is the steady state, after
  each worker's first batch (its start-up, printed apart, is a fixed cost);
* the time for 1M articles extrapolated from the largest size (every stage linear
  in the articles), and the stage that dominates it;
* with ``--dask``, on the largest size: ``graphbuild run --scheduler local:JOBS``
  against ``--jobs JOBS`` (bench/bench_dask.py), their ratio and whether the outputs
  are the same.

Each size's figures are saved in ``--work`` as they are measured, so an interrupted
run resumes with the sizes it has not done (``--fresh`` measures again). The Neo4j
load figures come from bench/bench_load.py: save its output to a file and pass it
with ``--load-figures``; the 1M extrapolation then adds the first load by the bulk
path, step by step: each step's fixed cost plus its per-row cost times the loader rows
of 1M articles (bench_load.py's rows per article), printed with its inputs (see
:func:`load_model`); figures without those lines fall back to the fastest rows/s
measured (:func:`load_estimate`). When the run wrote the CSV files (``neo4j-admin`` in
its formats), its ``write neo4j-admin`` stage is the cost of the rows and of the CSV
files (the part of it that a forked copy of the run did not do while graph.json and the
page were written: ``graphbuild.sinks.Neo4jAdminDir``), extrapolated with the run's other
stages, and the model's ``rows`` and ``export``
steps (``graphbuild export``, which reads graph.json again) are not counted: the load is
then the import, the server start, the schema, the empty lists and the indexes.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MILLION = 1_000_000


# ----------------------------------------------------------------- children


def _articles(corpus: Path, limit: int | None = None):
    from itertools import islice

    from graphbuild.sources import iter_articles

    return islice(iter_articles([corpus]), limit)


def child_run(corpus: Path, jobs: int, out: Path, formats: list[str]) -> dict:
    """The streamed main job, timed by stage."""
    from graphbuild.pipeline import Timings, run_streamed
    from graphbuild.sinks import output_sinks

    timings = Timings()
    t0 = time.perf_counter()
    outcome = run_streamed(
        _articles(corpus), output_sinks(out, formats=formats), jobs=jobs, timings=timings
    )
    wall = time.perf_counter() - t0
    g = outcome.graph
    return {
        "articles": outcome.articles,
        "wall": wall,
        "stages": timings.seconds,
        "nodes": g.number_of_nodes(),
        "edges": g.number_of_edges(),
        "formats": formats,
    }


def run_formats(admin: bool) -> list[str]:
    """The formats of the measured run: the defaults, and the bulk load's CSV files."""
    from graphbuild.sinks import DEFAULT_FORMATS

    return [*DEFAULT_FORMATS, *(["neo4j-admin"] if admin else [])]


def child_tokenize(corpus: Path, sample: int) -> dict:
    import spacy

    from graphbuild.lang import load_profile

    arts = list(_articles(corpus, sample))
    tokenizers = {}
    for a in arts:
        if a.lang not in tokenizers:
            tokenizers[a.lang] = spacy.blank(load_profile(a.lang or "ar").spacy_lang).tokenizer
    t0 = time.perf_counter()
    tokens = sum(len(tokenizers[a.lang](a.full_text)) for a in arts)
    return {"articles": len(arts), "seconds": time.perf_counter() - t0, "tokens": tokens}


def child_extract(corpus: Path, sample: int, jobs: int) -> dict:
    from graphbuild.nlp.extract import extract_article
    from graphbuild.parallel import extract_batches

    arts = list(_articles(corpus, sample))
    for a in arts[:8]:  # load pipelines and lexicons before the clock starts
        extract_article(a)
    # steady state: the clock starts once the first batch of each worker is back (a worker
    # loads its pipelines and lexicons on its first batch: a fixed cost, shown apart)
    t0 = time.perf_counter()
    arrivals = [(time.perf_counter(), len(b)) for b in extract_batches(arts, jobs=jobs)]
    skip = min(jobs, len(arrivals) - 1)
    start = arrivals[skip - 1][0] if skip else t0
    n = sum(k for _, k in arrivals[skip:])
    return {"articles": n, "seconds": arrivals[-1][0] - start, "startup": start - t0}


# ----------------------------------------------------------------- the parent


def _tree_rss(root: int) -> tuple[int, int]:
    """RSS in KiB of ``root`` alone and of ``root`` with all its descendants (from /proc)."""
    parents: dict[int, int] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/status", encoding="ascii", errors="replace") as fh:
                fields = dict(line.split(":", 1) for line in fh if ":" in line)
        except OSError:
            continue
        pid = int(entry)
        parents[pid] = int(fields.get("PPid", "0").strip())
        rss[pid] = int(fields.get("VmRSS", "0 kB").split()[0]) if "VmRSS" in fields else 0
    tree, total = {root}, 0
    changed = True
    while changed:
        changed = False
        for pid, ppid in parents.items():
            if ppid in tree and pid not in tree:
                tree.add(pid)
                changed = True
    total = sum(rss.get(p, 0) for p in tree)
    return rss.get(root, 0), total


def run_child(args: list[str]) -> tuple[dict, float, float]:
    """Run this script as a child with ``args``: its JSON, peak RSS alone and of its tree (MiB)."""
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]),
    }
    with tempfile.NamedTemporaryFile("r", suffix=".json") as result:
        proc = subprocess.Popen(
            [sys.executable, __file__, "--child", *args, "--result", result.name], env=env
        )
        peak = [0, 0]

        def sample() -> None:
            while proc.poll() is None:
                alone, tree = _tree_rss(proc.pid)
                peak[0], peak[1] = max(peak[0], alone), max(peak[1], tree)
                time.sleep(0.2)

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        code = proc.wait()
        sampler.join()
        if code != 0:
            raise SystemExit(f"child {args} failed with exit code {code}")
        return json.loads(Path(result.name).read_text()), peak[0] / 1024, peak[1] / 1024


def measure(n: int, work: Path, jobs: int, sample: int, admin: bool = True) -> dict:
    """Every figure of one corpus size (see the module docstring)."""
    sys.path.insert(0, str(ROOT / "bench"))
    from corpus import write_corpus

    corpus = work / f"corpus-{n}.jsonl"
    if not corpus.exists():
        print(f"[{n}] generating the corpus", file=sys.stderr)
        write_corpus(n, corpus)
    s = min(sample, n)
    print(f"[{n}] tokenizer, 1 and {jobs} job(s) on {s} articles", file=sys.stderr)
    tok, _, _ = run_child(["tokenize", str(corpus), str(s)])
    one, _, _ = run_child(["extract", str(corpus), str(s), "1"])
    many, _, _ = run_child(["extract", str(corpus), str(s), str(jobs)])
    print(f"[{n}] the main job, --jobs {jobs}", file=sys.stderr)
    with tempfile.TemporaryDirectory(dir=work) as out:
        formats = ",".join(run_formats(admin))
        run, rss_main, rss_tree = run_child(["run", str(corpus), str(jobs), out, formats])
    return {
        "n": n,
        "jobs": jobs,
        "sample": s,
        "tokenizer_aps": tok["articles"] / tok["seconds"],
        "extract1_aps": one["articles"] / one["seconds"],
        "extractj_aps": many["articles"] / many["seconds"],
        "startup_s": many["startup"],
        "run": run,
        "rss_main_mib": rss_main,
        "rss_tree_mib": rss_tree,
    }


_LOAD_LINE = re.compile(r"^load (batched|writers 2|neo4j-admin): .*= ([\d.,]+) rows/s", re.M)


def load_rates(figures: Path | None) -> dict[str, float]:
    """Rows/s by load path from bench/bench_load.py's printed figures (saved to a file):
    its ``load batched:``, ``load writers 2:`` and ``load neo4j-admin:`` lines. Empty
    without the file."""
    if figures is None or not figures.exists():
        return {}
    text = figures.read_text(encoding="utf-8")
    return {m[1]: float(m[2].replace(",", "")) for m in _LOAD_LINE.finditer(text)}


#: the bulk load's steps that ``graphbuild export`` does and a run with ``neo4j-admin`` in its
#: formats does instead (its ``write neo4j-admin`` stage): the loader rows, the CSV files
RUN_STEPS = ("rows", "export")
_STEP_LINE = re.compile(
    r"^load neo4j-admin step (.+?): fixed (-?[\d.]+) s \+ (-?[\d.]+) us/row", re.M
)
_INPUT_LINE = re.compile(r"^load input: (\d+) articles, (\d+) rows", re.M)
_ROWS_LINE = re.compile(r"^load rows: .*= (-?[\d.]+) us/row", re.M)


def load_model(figures: Path | None) -> tuple[dict[str, tuple[float, float]], float] | None:
    """The bulk first load's cost model from bench/bench_load.py's printed figures: each
    step's (fixed seconds, seconds per loader row) from its ``load neo4j-admin step`` lines
    (and the ``load rows`` line: making the rows from the graph, per row only), and the
    loader rows per article of its input. None without those lines."""
    if figures is None or not figures.exists():
        return None
    text = figures.read_text(encoding="utf-8")
    steps = {m[1]: (float(m[2]), float(m[3]) / 1e6) for m in _STEP_LINE.finditer(text)}
    inp = _INPUT_LINE.search(text)
    if not steps or inp is None or int(inp[1]) == 0:
        return None
    rows = _ROWS_LINE.search(text)
    if rows is not None:
        steps = {"rows": (0.0, float(rows[1]) / 1e6), **steps}
    return steps, int(inp[2]) / int(inp[1])


def model_estimate(
    model: tuple[dict[str, tuple[float, float]], float], articles: int = MILLION
) -> tuple[list[str], float]:
    """The first load of ``articles`` by the per-step model: the lines that show it (model
    and inputs) and its seconds. A negative fit (noise at two sizes) counts as 0."""
    steps, per_article = model
    rows = articles * per_article
    lines = [
        f"  neo4j-admin first load of {articles} articles = {rows / 1e6:.1f}M loader rows"
        f" ({per_article:.1f} rows/article in bench_load's input), step by step:"
    ]
    total = 0.0
    for name, (fixed, per_row) in steps.items():
        secs = max(fixed, 0.0) + max(per_row, 0.0) * rows
        total += secs
        lines.append(
            f"    {name:<12} {fixed:7.2f} s + {per_row * 1e6:7.3f} us/row x {rows / 1e6:.1f}M"
            f" = {secs:7.0f} s"
        )
    lines.append(f"    {'total':<12} {total:7.0f} s = {total / 3600:.2f} h")
    return lines, total


def load_estimate(figures: Path | None, rows_per_article: float) -> tuple[str, float] | None:
    """The first load of 1M articles' rows: (path, seconds) by the fastest path measured
    (the bulk ``neo4j-admin`` import when bench_load.py measured it). None without figures."""
    rates = load_rates(figures)
    if not rates:
        return None
    path, rate = max(rates.items(), key=lambda kv: kv[1])
    return path, MILLION * rows_per_article / rate


def report(results: list[dict], load_figures: Path | None) -> str:
    load = " ".join(f"{x:.2f}" for x in os.getloadavg())
    lines = [
        f"machine: {platform.machine()}, {os.cpu_count()} cores,"
        f" python {platform.python_version()}, load average {load}",
        "",
        f"{'articles':>9} {'run art/s':>9} {'extract/tokenizer':>17} {'jobs N/1':>8}"
        f" {'start-up':>8} {'peak RSS tree':>13} {'main':>8} {'nodes':>8} {'edges':>9}",
    ]
    for r in results:
        run = r["run"]
        lines.append(
            f"{r['n']:>9} {run['articles'] / run['wall']:>9.1f}"
            f" {r['extract1_aps'] / r['tokenizer_aps']:>16.3f}x"
            f" {r['extractj_aps'] / r['extract1_aps']:>7.2f}x {r['startup_s']:>7.1f}s"
            f" {r['rss_tree_mib']:>9.0f} MiB {r['rss_main_mib']:>4.0f} MiB"
            f" {run['nodes']:>8} {run['edges']:>9}"
        )
    lines.append("")
    for r in results:
        run = r["run"]
        shares = ", ".join(
            f"{k} {v / run['wall']:.0%}"
            for k, v in sorted(run["stages"].items(), key=lambda kv: -kv[1])
        )
        lines.append(f"stages at {r['n']} (--jobs {r['jobs']}, wall {run['wall']:.1f} s): {shares}")
    lines.append("")
    lines.extend(_extrapolation(max(results, key=lambda r: r["n"]), load_figures))
    return "\n".join(lines)


def _extrapolation(r: dict, load_figures: Path | None) -> list[str]:
    run = r["run"]
    scale = MILLION / run["articles"]
    stages = {k: v * scale for k, v in run["stages"].items()}
    # the run's time outside every stage (start-up, the pool, collections between stages)
    # scales with it too: the total is the wall's, not the stages' sum
    outside = run["wall"] - sum(run["stages"].values())
    if outside > 0:
        stages["outside the stages"] = outside * scale
    rows_per_article = (run["nodes"] + run["edges"]) / run["articles"]
    model = load_model(load_figures)
    shown: list[str] = []
    load = None
    if model is not None:
        written = "neo4j-admin" in run.get("formats", [])
        if written:  # the run made the rows and wrote the files: graph.json is not read again
            model = ({k: v for k, v in model[0].items() if k not in RUN_STEPS}, model[1])
        shown, secs = model_estimate(model)
        if written:
            csv = stages.get("write neo4j-admin", 0.0)
            shown.insert(
                0,
                f"  the CSV files: written by the run (its 'write neo4j-admin' stage,"
                f" {csv:.0f} s at 1M, in the run's time above); the steps"
                f" {' and '.join(RUN_STEPS)} of 'graphbuild export' are not counted",
            )
        stages["neo4j first load (neo4j-admin, per-step model)"] = secs
    else:
        load = load_estimate(load_figures, rows_per_article)
        if load is not None:
            stages[f"neo4j load ({load[0]})"] = load[1]
    total = sum(stages.values())
    top, top_s = max(stages.items(), key=lambda kv: kv[1])
    out = [
        f"1M articles, extrapolated linearly from {r['n']} (--jobs {r['jobs']}):"
        f" {total / 3600:.2f} h; bottleneck: {top} ({top_s / total:.0%})"
    ]
    out.extend(shown)
    if model is None and load is None:
        out.append(
            "  (no Neo4j load: save bench/bench_load.py's output and pass it with --load-figures;"
            f" {rows_per_article:.1f} rows per article to load)"
        )
    return out


def main() -> int:
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        *args, _, result = sys.argv[2:]
        kind, corpus = args[0], Path(args[1])
        if kind == "run":
            out = child_run(corpus, int(args[2]), Path(args[3]), args[4].split(","))
        elif kind == "tokenize":
            out = child_tokenize(corpus, int(args[2]))
        else:
            out = child_extract(corpus, int(args[2]), int(args[3]))
        Path(result).write_text(json.dumps(out))
        return 0
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", default="1000,10000,100000", help="corpus sizes, comma-separated")
    ap.add_argument("--jobs", type=int, default=2, help="worker processes of the main job")
    ap.add_argument("--sample", type=int, default=2000, help="articles for the speed ratios")
    ap.add_argument(
        "--work",
        type=Path,
        default=Path(tempfile.gettempdir()) / "graphbuild-bench-scale",
        help="where the corpora and each size's figures are kept",
    )
    ap.add_argument("--fresh", action="store_true", help="measure sizes already measured again")
    ap.add_argument(
        "--no-admin",
        action="store_true",
        help="the run without the neo4j-admin CSV files (then the bulk load exports them)",
    )
    ap.add_argument("--load-figures", type=Path, help="bench/bench_load.py's output, saved")
    ap.add_argument(
        "--dask",
        action="store_true",
        help="also --scheduler local:JOBS against --jobs JOBS on the largest size"
        " (bench/bench_dask.py; needs the dask extra)",
    )
    args = ap.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    results = []
    for n in (int(x) for x in args.sizes.split(",") if x.strip()):
        tag = "" if args.no_admin else "-admin"
        saved = args.work / f"result-{n}-j{args.jobs}{tag}.json"
        if saved.exists() and not args.fresh:
            results.append(json.loads(saved.read_text()))
            continue
        r = measure(n, args.work, args.jobs, args.sample, admin=not args.no_admin)
        saved.write_text(json.dumps(r, indent=1))
        results.append(r)
    print(report(results, args.load_figures))
    if args.dask and results:
        sys.path.insert(0, str(ROOT / "bench"))
        import bench_dask

        n = max(r["n"] for r in results)
        d = bench_dask.compare(args.work / f"corpus-{n}.jsonl", args.work, workers=args.jobs)
        print("\n" + bench_dask.report(d))
    return 0


if __name__ == "__main__":
    sys.exit(main())

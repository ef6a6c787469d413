"""The overhead of Dask on one machine: ``graphbuild run --scheduler local:N`` against
``graphbuild run --jobs N`` on the same generated corpus, in the same run.

    python bench/bench_dask.py [--n 10000] [--workers 2] [--rounds 1] [--shard 500]
                               [--work DIR]

bench/corpus.py makes N articles once (kept in ``--work``), cut into JSONL files of
``--shard`` articles (a cluster run's partitions are files: one big file would be one
partition). Each round runs the two commands one after the other (alternating which goes
first), as the user runs them: whole processes, Dask's ``LocalCluster`` start-up and
the spaCy start-up of every worker included. It prints each run's wall time and
articles/s, the ratio cluster / local of the medians (above 1: Dask costs that much more
time), and whether the outputs are the same (graph.json and graph.html cmp-equal, the
shards' lines sorted equal to extractions.jsonl's). bench/bench_scale.py ``--dask``
calls :func:`compare` on its largest corpus.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def shards(corpus: Path, size: int) -> Path:
    """``corpus`` cut into files of ``size`` lines, in a folder next to it (made once)."""
    folder = corpus.with_name(f"{corpus.stem}-shards-{size}")
    if folder.is_dir():
        return folder
    tmp = folder.with_name(folder.name + ".part")
    tmp.mkdir(exist_ok=True)
    with corpus.open(encoding="utf-8") as fh:
        lines = fh.readlines()
    for i in range(0, len(lines), size):
        (tmp / f"part-{i // size:05d}.jsonl").write_text("".join(lines[i : i + size]))
    tmp.rename(folder)
    return folder


def _run(inputs: Path, out: Path, option: list[str]) -> float:
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]),
    }
    env.pop("GRAPHBUILD_SCHEDULER", None)
    cmd = [sys.executable, "-m", "graphbuild", "run", str(inputs), "--out", str(out), "-q"]
    t0 = time.perf_counter()
    subprocess.run(cmd + option, env=env, check=True)
    return time.perf_counter() - t0


def _same(local: Path, cluster: Path) -> bool:
    for name in ("graph.json", "graph.html"):
        if (local / name).read_bytes() != (cluster / name).read_bytes():
            return False

    def lines(files: list[Path]) -> list[str]:
        return sorted(x for f in files for x in f.read_text(encoding="utf-8").splitlines())

    return lines([local / "extractions.jsonl"]) == lines(sorted(cluster.glob("extractions-*")))


def compare(corpus: Path, work: Path, *, workers: int = 2, rounds: int = 1, shard: int = 500):
    """Time ``--jobs workers`` and ``--scheduler local:workers`` on ``corpus``'s shards:
    ``{"articles", "local": [s…], "cluster": [s…], "ratio", "same"}``."""
    inputs = shards(corpus, shard)
    n = sum(1 for f in inputs.iterdir() for _ in f.open(encoding="utf-8"))
    times: dict[str, list[float]] = {"local": [], "cluster": []}
    options = {"local": ["--jobs", str(workers)], "cluster": ["--scheduler", f"local:{workers}"]}
    same = True
    for r in range(rounds):
        with tempfile.TemporaryDirectory(dir=work) as tmp:
            order = ["local", "cluster"] if r % 2 == 0 else ["cluster", "local"]
            for kind in order:
                print(f"[{n}] round {r + 1}: {' '.join(options[kind])}", file=sys.stderr)
                times[kind].append(_run(inputs, Path(tmp) / kind, options[kind]))
            same = same and _same(Path(tmp) / "local", Path(tmp) / "cluster")
    ratio = statistics.median(times["cluster"]) / statistics.median(times["local"])
    return {"articles": n, "workers": workers, **times, "ratio": ratio, "same": same}


def report(r: dict) -> str:
    w, n = r["workers"], r["articles"]
    lines = [f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.2f}"]
    for kind, label in (("local", f"--jobs {w}"), ("cluster", f"--scheduler local:{w}")):
        med = statistics.median(r[kind])
        runs = ", ".join(f"{s:.1f}" for s in r[kind])
        lines.append(f"{label:<22} {med:7.1f} s  {n / med:6.1f} articles/s  (runs: {runs})")
    lines.append(
        f"dask overhead at {n} articles: --scheduler local:{w} takes {r['ratio']:.2f}x"
        f" the time of --jobs {w}; outputs identical: {'yes' if r['same'] else 'NO'}"
    )
    return "\n".join(lines)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--n", type=int, default=10_000, help="generated articles")
    ap.add_argument("--workers", type=int, default=2, help="--jobs N against local:N")
    ap.add_argument("--rounds", type=int, default=1, help="runs of each (median)")
    ap.add_argument("--shard", type=int, default=500, help="articles per input file")
    ap.add_argument(
        "--work", type=Path, default=Path(tempfile.gettempdir()) / "graphbuild-bench-scale"
    )
    args = ap.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    sys.path.insert(0, str(ROOT / "bench"))
    from corpus import write_corpus

    corpus = args.work / f"corpus-{args.n}.jsonl"
    if not corpus.exists():
        write_corpus(args.n, corpus)
    r = compare(corpus, args.work, workers=args.workers, rounds=args.rounds, shard=args.shard)
    print(report(r))
    return 0 if r["same"] else 1


if __name__ == "__main__":
    sys.exit(main())

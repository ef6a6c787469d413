"""Extraction throughput: articles/s and tokens/s on the dev set, repeated.

    python bench/bench_extract.py [--repeat N] [PATH ...]

Prints the pipeline's tokenisation speed alone and the full extraction speed
(tokenise + rules + corpus resolution), and the peak RSS. Figures are for the
machine it runs on; compare runs on the same machine only.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

from graphbuild.nlp.pipeline import get_pipeline
from graphbuild.pipeline import extract
from graphbuild.sources import read_articles

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument(
        "paths", nargs="*", default=[str(ROOT / "eval" / "dev" / "articles"), str(ROOT / "seeds")]
    )
    ap.add_argument("--repeat", type=int, default=20)
    args = ap.parse_args()
    arts = read_articles(args.paths)
    corpus = arts * args.repeat
    # warm up (lexicons, pipelines)
    extract(arts)
    tokens = 0
    t0 = time.perf_counter()
    for a in corpus:
        tokens += len(get_pipeline(a.lang)(a.full_text))
    t_tok = time.perf_counter() - t0
    t0 = time.perf_counter()
    extract(corpus)
    t_all = time.perf_counter() - t0
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"articles: {len(corpus)}  tokens: {tokens}")
    print(f"pipeline only : {tokens / t_tok:10.0f} tokens/s  {len(corpus) / t_tok:8.1f} articles/s")
    print(f"full extract  : {tokens / t_all:10.0f} tokens/s  {len(corpus) / t_all:8.1f} articles/s")
    print(f"peak RSS      : {rss:10.1f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())

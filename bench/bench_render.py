"""How fast the HTML page is built, how big it is, and how long chromium takes to lay it out.

    .venv/bin/python bench/bench_render.py [--sizes 1000,5000] [--max-nodes N] [--no-browser]

For each synthetic news-like graph (tests/browser/page_graphs.py) prints node
and edge counts, the time to build the HTML, the file size and, if Debian's
chromium and the playwright package are there, the time until the page says
it is laid out (physics stabilised and frozen). The page is opened offline
with every outside request aborted.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from browser.chromium import CHROMIUM_ARGS, chromium_candidate  # noqa: E402
from browser.page_graphs import synthetic_graph  # noqa: E402

from graphbuild.render import render  # noqa: E402


def _chromium() -> str | None:
    path = chromium_candidate()
    if not Path(path).exists():
        return None
    try:
        import playwright  # noqa: F401
    except ImportError:
        return None
    return path


def _stabilise(browser, path: Path, timeout_s: float = 300) -> tuple[float, float]:
    ctx = browser.new_context(viewport={"width": 1400, "height": 850}, offline=True)
    ctx.route(
        "**/*",
        lambda r: r.continue_() if r.request.url.startswith(("file:", "data:")) else r.abort(),
    )
    page = ctx.new_page()
    t = time.perf_counter()
    page.goto(path.resolve().as_uri())
    page.wait_for_selector('body[data-ready="1"]', state="attached", timeout=timeout_s * 1000)
    wall = time.perf_counter() - t
    page_ms = page.evaluate("window.graphbuildStabilizedMs")
    ctx.close()
    return wall, page_ms / 1000


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="1000,5000", help="comma-separated node counts")
    ap.add_argument(
        "--max-nodes", type=int, default=None, help="cap (default: no cap, every node drawn)"
    )
    ap.add_argument("--no-browser", action="store_true", help="only build the HTML")
    args = ap.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",") if s]

    chromium = None if args.no_browser else _chromium()
    pw = browser = None
    if chromium:
        from playwright.sync_api import sync_playwright

        pw = sync_playwright().start()
        browser = pw.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
    elif not args.no_browser:
        print("chromium/playwright not found: only building the HTML", file=sys.stderr)

    print(
        f"{'nodes':>7} {'edges':>7} {'shown':>7} {'build s':>8} {'size MB':>8}"
        f" {'open+layout s':>14} {'layout s (page)':>16}"
    )
    with tempfile.TemporaryDirectory() as tmp:
        for n in sizes:
            g = synthetic_graph(n)
            cap = args.max_nodes if args.max_nodes is not None else max(n, 1)
            t = time.perf_counter()
            path = render(g, Path(tmp) / f"g{n}.html", max_nodes=cap)
            build = time.perf_counter() - t
            size = path.stat().st_size / 1e6
            shown = min(cap, g.number_of_nodes())
            wall = page_s = float("nan")
            if browser is not None:
                wall, page_s = _stabilise(browser, path)
            print(
                f"{g.number_of_nodes():>7} {g.number_of_edges():>7} {shown:>7} {build:>8.2f}"
                f" {size:>8.2f} {wall:>14.1f} {page_s:>16.1f}",
                flush=True,
            )
    if browser is not None:
        browser.close()
        pw.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

#!/usr/bin/env python3
"""Write docs/browser.png: Neo4j Browser on the local server, showing an ego network of the seed.

    .venv/bin/python scripts/browser_screenshot.py                  # -> docs/browser.png
    .venv/bin/python scripts/browser_screenshot.py --out /tmp/b.png

Starts a throwaway server with ``browser=True`` (its own home in a temporary folder, free
ports, a random password that is never printed), loads ``seeds/``, writes the guide with
examples from that graph, and drives Neo4j Browser in Debian's headless chromium (through
Playwright; every request but this server's refused): log in, apply the guide's style
sheet, run the ``ego_network`` slide of the guide (its ``:param`` lines, then its Cypher)
and save the result frame. The server is stopped and its home removed afterwards.

Needs Java 17+, Maven once (the jars), ``chromium`` (``$GRAPHBUILD_CHROMIUM`` or
``/usr/bin/chromium``) and the project's environment (``.venv``).
"""

from __future__ import annotations

import argparse
import os
import secrets
import socket
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from browser.chromium import CHROMIUM_ARGS, chromium_candidate  # noqa: E402


QUERY = "ego_network"
WAIT_MS = 60_000


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def serve_seed(home: Path, password: str):
    """A server with the Browser, the seed loaded and the guide written from it."""
    import graphbuild
    from graphbuild.neo4j import guide, server
    from graphbuild.neo4j.loader import Neo4jSettings, connect, load_graph

    st = server.start(
        home,
        free_port(),
        password=password,
        http_port=free_port(),
        quiet=True,
        runtime=server.Runtime.from_env(os.environ),
        browser=True,
    )
    settings = Neo4jSettings(uri=st.uri, password=password)
    articles = graphbuild.read_articles([str(ROOT / "seeds")])
    graph = graphbuild.build_graph(graphbuild.extract(articles))
    with connect(settings) as driver:
        load_graph(graph, settings, driver=driver, quiet=True)  # schema first
    _path, examples = guide.publish(home / "guide", st.guide_url, settings)
    return st, examples


def run_block(page, block) -> None:
    """Click a runnable block of the guide (it fills the editor), run it, wait for its frame."""
    first_line = block.inner_text().strip().splitlines()[0][:40]
    block.click()
    page.locator('[data-testid="editor-Run"]').first.click()
    page.locator('[data-testid="frameCommand"]').first.filter(has_text=first_line).wait_for()


def shoot(st, password: str, out: Path, chromium: str) -> None:
    from playwright.sync_api import sync_playwright

    from graphbuild.neo4j.queries import list_queries

    ours = (
        st.browser_url.split("/browser/")[0],
        st.guide_url.rsplit("/", 1)[0],
        st.uri.replace("bolt://", "ws://"),
        "data:",
        "blob:",
        "about:",
    )
    slide = [q.name for q in list_queries()].index(QUERY) + 2
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS, headless=True)
        try:
            ctx = browser.new_context(viewport={"width": 1400, "height": 1000})
            ctx.route(
                "**/*", lambda r: r.continue_() if r.request.url.startswith(ours) else r.abort()
            )
            page = ctx.new_page()
            page.set_default_timeout(WAIT_MS)
            page.goto(st.browser_url)
            page.fill('[data-testid="username"]', "neo4j")
            page.fill('[data-testid="password"]', password)
            page.click('[data-testid="connect"]')
            overview = page.locator('[data-query=""]').first.locator("xpath=..")
            run_block(page, overview.locator("pre.style"))
            editor = page.locator('[data-testid="activeEditor"]')
            editor.click()
            page.keyboard.type(f":play {st.guide_url}#slide-{slide}")
            page.keyboard.press("Control+Enter")
            body = page.locator(f'[data-query="{QUERY}"]').first.locator("xpath=..")
            body.locator("pre.query").wait_for()  # the slide is there: count its lines
            for i in range(body.locator("pre.param").count()):
                run_block(page, body.locator("pre.param").nth(i))
            run_block(page, body.locator("pre.query"))
            frame = page.locator('[data-testid="frame"]').first
            try:
                frame.locator("g.node").first.wait_for()
            except Exception:
                page.screenshot(path=str(out.with_suffix(".failed.png")))  # what it showed
                raise
            page.wait_for_timeout(2500)  # the force layout settles (a picture, not a test)
            out.parent.mkdir(parents=True, exist_ok=True)
            frame.screenshot(path=str(out))
        finally:
            browser.close()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=ROOT / "docs" / "browser.png")
    ap.add_argument("--chromium", default=chromium_candidate())
    args = ap.parse_args(argv)
    from graphbuild.neo4j import server

    password = secrets.token_urlsafe(16)
    with tempfile.TemporaryDirectory(prefix="graphbuild-browser-shot-") as tmp:
        home = Path(tmp) / "neo4j"
        try:
            st, examples = serve_seed(home, password)
            shoot(st, password, args.out, args.chromium)
        finally:
            server.stop(home)
    print(
        f"browser_screenshot: {args.out} ({QUERY} of {examples.values[QUERY]['entity']!r})",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())

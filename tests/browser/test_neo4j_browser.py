"""Neo4j Browser on a local server started with ``browser=True``, in Debian's chromium.

The module starts its own server (its own home under pytest's temporary directory and free
ports, never the suite's server on 7697), loads the seed article into it, writes the guide
with examples from that graph, and drives the Browser that the server serves: log in with
the test password, run a query and see its nodes, then play the query library's guide and
run one of its queries. Requests to anything but this server's ports on 127.0.0.1 (the
Browser's web fonts and usage trackers) are refused and recorded. Every wait is a wait for
a selector or a text, with generous timeouts; none is a sleep.
"""

from __future__ import annotations

import os
import socket
from pathlib import Path

import pytest
from playwright.sync_api import expect

import graphbuild
from graphbuild.neo4j import guide, server
from graphbuild.neo4j.loader import Neo4jSettings, connect, load_graph
from graphbuild.neo4j.queries import list_queries, run_query

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[2]
PASSWORD = os.environ.get("NEO4J_PASSWORD") or "graphbuild-test"
MEETINGS = "MATCH (o:Official)-[:MET_WITH]-(x) RETURN o, x LIMIT 10"
GUIDE_QUERY = "who_met"  # the guide's query the test runs
WAIT_MS = 60_000


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def browser_server(tmp_path_factory):
    """A server with the Browser, the seed article loaded, the guide written from its graph."""
    home = tmp_path_factory.mktemp("neo4j-browser") / "home"
    st = server.start(
        home,
        _free_port(),
        password=PASSWORD,
        http_port=_free_port(),
        heap="384m",
        pagecache="64m",
        quiet=True,
        runtime=server.Runtime.from_env(os.environ),
        browser=True,
    )
    try:
        settings = Neo4jSettings(uri=st.uri, password=PASSWORD)
        graph = graphbuild.build_graph(
            graphbuild.extract(graphbuild.read_articles([str(ROOT / "seeds")]))
        )
        with connect(settings) as driver:
            load_graph(graph, settings, driver=driver, quiet=True)  # schema first
        _path, examples = guide.publish(home / "guide", st.guide_url, settings)
        yield st, settings, examples
    finally:
        server.stop(home)


@pytest.fixture(scope="module")
def browser_page(browser, browser_server):
    """The Browser, logged in; the requests it tried to send elsewhere."""
    st, _settings, _examples = browser_server
    ours = {st.browser_url.split("/browser/")[0], st.guide_url.rsplit("/", 1)[0], st.uri}
    allowed = tuple(u.replace("bolt://", "ws://") for u in ours)
    refused: list[str] = []
    ctx = browser.new_context(viewport={"width": 1400, "height": 900})

    def on_route(route):
        url = route.request.url
        if url.startswith(allowed) or url.startswith(("data:", "blob:", "about:")):
            route.continue_()
        else:
            refused.append(url)
            route.abort()

    ctx.route("**/*", on_route)
    page = ctx.new_page()
    page.set_default_timeout(WAIT_MS)
    page.goto(st.browser_url)
    # the Bolt URI comes from ?connectURL=, the user and the password from us
    assert page.input_value('[data-testid="boltaddress"]').endswith(st.uri.split("//")[1])
    page.fill('[data-testid="username"]', "neo4j")
    page.fill('[data-testid="password"]', PASSWORD)
    page.click('[data-testid="connect"]')
    # logged in: the server's post-connect command plays the guide
    page.wait_for_selector('[data-query=""]')
    yield page, refused
    ctx.close()


def _run(page, command: str) -> None:
    """Type ``command`` into the Browser's editor and run it."""
    page.locator('[data-testid="activeEditor"]').click()
    page.keyboard.type(command)
    page.keyboard.press("Control+Enter")
    page.locator('[data-testid="frameCommand"]').first.filter(has_text=command[:40]).wait_for()


def _run_shown(page, block) -> str:
    """Click a runnable block of the guide (it fills the editor) and run it."""
    text = block.inner_text().strip()
    block.click()
    page.locator('[data-testid="editor-Run"]').first.click()
    page.locator('[data-testid="frameCommand"]').first.filter(
        has_text=text.splitlines()[0][:40]
    ).wait_for()
    return text


def test_the_browser_logs_in_runs_a_query_and_draws_its_nodes(browser_page):
    page, refused = browser_page
    _run(page, MEETINGS)
    result = page.locator('[data-testid="frame"]').first
    nodes = result.locator("g.node")
    nodes.first.wait_for()
    assert nodes.count() >= 2, f"(requests refused: {refused})"
    expect(result).to_contain_text("MET_WITH")  # the overview lists the relationships drawn


def test_the_guide_styles_the_graph_as_the_page(browser_page, browser_server):
    page, _refused = browser_page
    st, _settings, _examples = browser_server
    _run(page, f":play {st.guide_url}")
    first = page.locator('[data-query=""]').first.locator("xpath=..")
    style = first.locator("pre.style")
    assert _run_shown(page, style) == f":style {st.guide_url.rsplit('/', 1)[0]}/graphbuild.grass"
    _run(page, MEETINGS)
    circle = page.locator('[data-testid="frame"]').first.locator("g.node circle.b-outline").first
    circle.wait_for()
    assert circle.get_attribute("fill").lower() == "#4e79a7"  # Official blue, as on the page


def test_the_guide_plays_and_runs_one_of_its_queries(browser_page, browser_server, tmp_path):
    page, _refused = browser_page
    st, settings, examples = browser_server
    assert examples.from_graph  # the example values come from the loaded seed
    names = [q.name for q in list_queries()]
    slide = names.index(GUIDE_QUERY) + 2  # slides count from 1, the first is the overview
    values = examples.values[GUIDE_QUERY]
    expected = run_query(GUIDE_QUERY, values, settings).rows
    assert expected, f"the guide's example for {GUIDE_QUERY} returns nothing: {values}"
    _run(page, f":play {st.guide_url}#slide-{slide}")
    body = page.locator(f'[data-query="{GUIDE_QUERY}"]').first.locator("xpath=..")
    body.locator("pre.query").wait_for()  # the slide is shown: its lines can be counted
    params = body.locator("pre.param")
    assert params.count() == 2  # official and the key folded from it
    for i in range(params.count()):
        assert _run_shown(page, params.nth(i)).startswith(":param ")
    query = _run_shown(page, body.locator("pre.query"))
    assert "$official_key" in query  # the file's own statement, parameters and all
    result = page.locator('[data-testid="frame"]').first
    try:
        expect(result).to_contain_text(expected[0]["met"], timeout=WAIT_MS)
    except AssertionError:
        page.screenshot(path=str(tmp_path / "guide-query.png"))  # what the Browser showed
        raise
    assert values["official"] in result.inner_text()

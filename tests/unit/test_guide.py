"""The query library's Browser guide, the style sheet and the Browser part of the server's
configuration (no server needed)."""

from __future__ import annotations

import html
import re
import shutil
from pathlib import Path

import pytest

from graphbuild import schema
from graphbuild.errors import ServerError
from graphbuild.neo4j import guide, server
from graphbuild.neo4j.queries import list_queries, queries_dir
from graphbuild.neo4j.server import ServerConfig, render_conf
from graphbuild.text import normalize_ar, normalize_key

HOSTILE = "<script>alert(1)</script> & \"quotes\" 'apos' <img src=x onerror=alert(2)>"


def _slides(page: str) -> list[str]:
    return re.findall(r"<slide\b.*?</slide>", page, flags=re.DOTALL)


def test_every_named_query_has_its_slide_with_description_parameters_and_cypher():
    page = guide.guide_html()
    slides = _slides(page)
    queries = list_queries()
    assert len(queries) >= 9 and len(slides) == len(queries) + 1
    for q, slide in zip(queries, slides[1:], strict=True):
        assert f'data-query="{q.name}"' in slide
        assert html.escape(q.description, quote=True) in slide
        assert html.escape(q.statement(), quote=True) in slide  # runnable as the file says
        for p, meaning in q.params.items():
            assert html.escape(meaning, quote=True) in slide
            assert html.escape(f":param {p} => ", quote=True) in slide
        for key in q.keys:
            assert html.escape(f":param {key} => ", quote=True) in slide
        assert f"<code>{q.name}</code>" in slides[0]  # and in the overview


def test_the_guide_is_made_from_the_query_folder_it_is_given(tmp_path):
    folder = tmp_path / "queries"
    shutil.copytree(queries_dir(), folder)
    (folder / "zz_hostile.cypher").write_text(
        f"// description: {HOSTILE}\n"
        f"// param who: a name {HOSTILE} (default {HOSTILE})\n"
        "// key who_key: normalize_key(who)\n"
        "MATCH (o:Official) WHERE $who_key IN o.search_terms AND o.name <> '<b>'\n"
        "RETURN o.name AS name;\n",
        encoding="utf-8",
    )
    page = guide.guide_html(folder)
    last = _slides(page)[-1]
    assert 'data-query="zz_hostile"' in last
    assert "<script>" not in page and "<img" not in page and "<b>" not in page
    assert html.escape(HOSTILE, quote=True) in last
    assert html.escape("o.name <> '<b>'", quote=True) in last
    (folder / "zz_hostile.cypher").unlink()
    assert "zz_hostile" not in guide.guide_html(folder)  # regenerated, nothing kept by hand


def test_param_lines_are_cypher_literals_and_keys_are_folded_as_run_query_folds_them():
    q = {x.name: x for x in list_queries()}
    name = "أحمد 'الأول'\\"
    lines = guide.param_lines(q["who_met"], {"official": name})
    assert lines[0] == ":param official => 'أحمد \\'الأول\\'\\\\'"
    assert lines[1] == f":param official_key => {guide.cypher_literal(normalize_key(name))}"
    ego = guide.param_lines(q["ego_network"], {"entity": "x"})
    assert ":param depth => 2" in ego and ":param limit => 500" in ego
    lookup = guide.param_lines(q["entity_lookup"], {"name": "أحمد"})
    assert f":param name_folded => {guide.cypher_literal(normalize_ar('أحمد'))}" in lookup


@pytest.mark.parametrize(
    ("value", "literal"),
    [
        ("plain", "'plain'"),
        ("it's", "'it\\'s'"),
        ("back\\slash", "'back\\\\slash'"),
        ("two\nlines", "'two\\nlines'"),
        (3, "3"),
        (None, "null"),
        (True, "true"),
    ],
)
def test_cypher_literal(value, literal):
    assert guide.cypher_literal(value) == literal


def test_default_examples_are_the_documented_defaults():
    ex = guide.default_examples(list_queries())
    assert not ex.from_graph
    assert ex.values["ego_network"] == {"entity": "", "depth": 2, "limit": 500}
    assert ex.values["top_meeters"] == {"limit": 10}


def test_the_first_slide_applies_the_style_sheet_served_beside_the_guide():
    page = guide.guide_html(guide_url="http://127.0.0.1:4321/graphbuild.html")
    first = _slides(page)[0]
    assert (
        '<pre class="code runnable style">:style http://127.0.0.1:4321/graphbuild.grass</pre>'
        in (first)
    )
    assert "MATCH (o:Official)-[:MET_WITH]-(x)" in first
    offline = _slides(guide.guide_html())[0]  # written for elsewhere: how to apply it by hand
    assert ":style" in offline and "graphbuild.grass" in offline


def test_the_packaged_style_sheet_is_the_pages_colours_with_name_captions():
    assert guide.packaged_grass() == guide.grass()  # regenerate: guide.grass() into the file
    rules = dict(re.findall(r"node\.(\w+) \{(.*?)\n\}", guide.grass(), flags=re.DOTALL))
    expected = {"Official": "#4e79a7", "Agency": "#f28e2b", "Country": "#59a14f"}
    expected["Statement"] = "#b07aa1"
    for label, colour in expected.items():
        assert f"color: {colour};" in rules[label]
        assert schema.NODE_STYLES[label]["color"]["background"] == colour  # the page's
    for label in ("Official", "Agency", "Country"):
        assert 'caption: "{name}";' in rules[label]
    # Entity comes first, so the specific labels (later rules) win on a node with both
    order = [m for m in re.findall(r"node\.(\w+) \{", guide.grass())]
    assert order.index("Entity") < min(order.index(x) for x in expected)
    assert "relationship.MET_WITH {\n  color: #e15759;" in guide.grass()


def test_write_guide_writes_the_page_and_the_style_sheet(tmp_path):
    path = guide.write_guide(tmp_path / "g", "<p>x</p>")
    assert path == tmp_path / "g" / "graphbuild.html" and path.read_text() == "<p>x</p>"
    assert (tmp_path / "g" / "graphbuild.grass").read_text() == guide.grass()


def test_publish_without_a_graph_uses_the_defaults(tmp_path):
    path, ex = guide.publish(tmp_path, None, None)
    assert not ex.from_graph and "the documented defaults" in path.read_text(encoding="utf-8")


# --------------------------------------------------------------------------- server config
def test_browser_conf_allows_only_this_host_and_plays_the_guide(tmp_path):
    cfg = ServerConfig(home=tmp_path, bolt_port=7001, http_port=7002, browser=True, guide_port=7003)
    conf = render_conf(cfg)
    assert "server.http.listen_address=127.0.0.1:7002" in conf
    assert "browser.remote_content_hostname_whitelist=127.0.0.1\n" in conf
    assert "browser.post_connect_cmd=play http://127.0.0.1:7003/graphbuild.html\n" in conf
    assert "dbms.security.auth_enabled=true" in conf
    assert "0.0.0.0" not in conf
    assert cfg.browser_url == "http://127.0.0.1:7002/browser/?connectURL=bolt://127.0.0.1:7001"
    assert cfg.guide_url == "http://127.0.0.1:7003/graphbuild.html"


def test_without_the_browser_http_stays_off_and_no_browser_setting_is_written(tmp_path):
    cfg = ServerConfig(home=tmp_path, bolt_port=7001)
    conf = render_conf(cfg)
    assert "server.http.enabled=false" in conf and "browser." not in conf
    assert cfg.browser_url is None and cfg.guide_url is None
    with pytest.raises(ServerError, match="HTTP port"):
        render_conf(ServerConfig(home=tmp_path, browser=True))


def test_the_browser_jar_joins_the_classpath_only_when_asked(tmp_path):
    cfg = ServerConfig(home=tmp_path / "h")
    lib, extra = tmp_path / "lib", tmp_path / "browser-5.24.0"
    plain = server.java_command(cfg, lib)
    assert plain[plain.index("-cp") + 1] == f"{lib}/*"
    with_browser = server.java_command(cfg, lib, browser=extra)
    assert with_browser[with_browser.index("-cp") + 1] == f"{lib}/*:{extra}/*"


def test_the_pom_pins_the_browser_in_its_own_profile():
    pom = (Path(server.__file__).parent / "pom.xml").read_text(encoding="utf-8")
    version = re.search(r"<neo4j.browser.version>([^<]+)<", pom).group(1)
    assert version == server.BROWSER_VERSION == "5.24.0"
    profile = re.search(r"<profile>\s*<id>browser</id>(.*?)</profile>", pom, re.DOTALL).group(1)
    assert "<artifactId>neo4j-browser</artifactId>" in profile
    assert "${neo4j.browser.version}" in profile


# --------------------------------------------------------------------------- the command
def test_guide_command_writes_the_files_for_another_neo4j(tmp_path, monkeypatch):
    from typer.testing import CliRunner

    from graphbuild.cli import app

    monkeypatch.delenv("NEO4J_PASSWORD", raising=False)
    monkeypatch.delenv("GRAPHBUILD_QUERIES_DIR", raising=False)
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    res = CliRunner().invoke(app, ["guide", "-o", str(tmp_path / "out")])
    assert res.exit_code == 0, res.output
    page = tmp_path / "out" / "graphbuild.html"
    assert res.stdout.strip() == str(page)
    assert "examples: the documented defaults" in res.stderr
    assert all(f'data-query="{q.name}"' in page.read_text() for q in list_queries())
    assert (tmp_path / "out" / "graphbuild.grass").read_text() == guide.grass()


def test_guide_command_without_a_browser_server_is_one_error_line(tmp_path, monkeypatch):
    from typer.testing import CliRunner

    from graphbuild.cli import app

    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    res = CliRunner().invoke(app, ["guide", "--home", str(tmp_path / "no-server")])
    assert res.exit_code == 2
    assert res.stderr.count("\n") == 1 and "neo4j start --browser" in res.stderr


def test_the_shell_line_of_a_slide_quotes_names_from_the_graph():
    # example values are entity names read from articles: pasted into a shell, a name
    # must stay one argument and never run anything
    q = next(q for q in list_queries() if set(q.params) - set(q.defaults))
    name = "Ayman $(touch /tmp/x) O'Neil `id`"
    values = {p: name for p in q.params if p not in q.defaults}
    slide = html.unescape(guide._query_slide(q, values))
    line = re.search(r"<code>(graphbuild query .*?)</code>", slide).group(1)
    import shlex

    words = shlex.split(line)
    assert words[:3] == ["graphbuild", "query", q.name]
    for p in values:
        assert f"{p}={name}" in words  # one argument, the name whole


def test_a_guide_that_cannot_be_written_leaves_no_guide_server(tmp_path):
    from graphbuild.neo4j import guideserver

    home = server.make_home(tmp_path / "home")
    cfg = ServerConfig(home=home, bolt_port=7001, http_port=7002, browser=True)
    with pytest.raises(ServerError, match="Browser guide"):
        server._start_guide(cfg, server.Runtime(), queries_dir=tmp_path / "no-such-folder")
    assert guideserver.running(home) is None

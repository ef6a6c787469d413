"""Help that reads like a CLI: no type tags, flags without a value,
arguments in capitals, every default."""

from __future__ import annotations

import re

import pytest
import typer
from typer.testing import CliRunner

from graphbuild.cli import app

runner = CliRunner()

# what typer >= 0.27 prints: "<bool>", "<list[Path]>", "<str>", "<path>", "<float range>", "{paths}"
TYPE_TAG = re.compile(r"<(?:bool|str|int|float|path|list\[|tuple|[a-z]+ range)[^>]*>|\{[a-z_]+\}")


def _commands(group, path=()):
    """Every command path of the app: groups and their subcommands, recursively."""
    yield path, group
    for name, cmd in sorted(
        getattr(group, "commands", {}).items()
    ):  # typer may vendor its own click
        yield from _commands(cmd, (*path, name))


COMMANDS = [(p, c) for p, c in _commands(typer.main.get_command(app))]


def _help(path) -> str:
    res = runner.invoke(app, [*path, "--help"], env={"COLUMNS": "200", "TERMINAL_WIDTH": "200"})
    assert res.exit_code == 0, res.output
    return res.output


def test_the_walk_finds_every_command():
    names = {" ".join(p) for p, _ in COMMANDS}
    assert {
        "",
        "run",
        "extract",
        "eval",
        "render",
        "load",
        "schema",
        "query",
        "neo4j",
        "neo4j start",
        "neo4j stop",
        "neo4j status",
    } <= names


@pytest.mark.parametrize(
    "path", [p for p, _ in COMMANDS], ids=lambda p: " ".join(p) or "graphbuild"
)
def test_help_has_no_type_tags(path):
    out = _help(path)
    assert "Usage" in out
    tags = TYPE_TAG.findall(out)
    assert not tags, f"graphbuild {' '.join(path)} --help shows type tags {tags}:\n{out}"


@pytest.mark.parametrize("path", [p for p, _ in COMMANDS if p], ids=" ".join)
def test_flags_take_no_value_in_help(path):
    """A flag's help row is its name(s) and then the help text: no metavar between them."""
    cmd = dict(COMMANDS)[path]
    out = _help(path)
    for param in getattr(cmd, "params", []):
        if not getattr(param, "is_flag", False):
            continue
        long = next(o for o in param.opts if o.startswith("--"))
        row = next(
            line
            for line in out.splitlines()
            if re.search(rf"(^|[\s│]){re.escape(long)}(\s|$)", line)
        )
        after = row.split(long, 1)[1]
        after = re.sub(r"^\s*(-[a-zA-Z])?\s*", "", after)  # the short form, if any
        first_word = after.split()[0] if after.split() else ""
        assert first_word and first_word[0].isupper() and not first_word.isupper(), (
            f"{long} looks like it takes a value: {row!r}"
        )


@pytest.mark.parametrize(
    "path,usage",
    [
        (("run",), "run [OPTIONS] PATHS..."),
        (("extract",), "extract [OPTIONS] PATHS..."),
        (("load",), "load [OPTIONS] PATHS..."),
        (("eval",), "eval [OPTIONS] GOLD ARTICLES..."),
        (("query",), "query [OPTIONS] [NAME]"),
        (("render",), "render [OPTIONS] [GRAPH_JSON]"),
    ],
)
def test_arguments_read_in_capitals(path, usage):
    assert usage in _help(path)


@pytest.mark.parametrize(
    "path,needles",
    [
        (
            ("run",),
            [
                "[default: graphbuild-out]",
                "[default: 1500]",
                "remembered",
                "bolt://127.0.0.1:7687",
                "[default: neo4j]",
            ],
        ),
        (("extract",), ["[default: -]"]),
        (("render",), ["[default: graph.html]", "remembered", "[default: graphbuild]"]),
        (("load",), ["remembered", "[default: 2000]", "[default: neo4j]", "[env var: NEO4J_URI]"]),
        (("schema",), ["remembered", "[default: neo4j]"]),
        (
            ("query",),
            [
                "[default: table]",
                "GRAPHBUILD_QUERIES_DIR",
                "the packaged cypher/queries",
                "remembered",
            ],
        ),
        (
            ("neo4j", "start"),
            ["7687", "~/.local/share/graphbuild/neo4j", "[default: 180.0]", "--http-port"],
        ),
        (("neo4j", "status"), ["~/.local/share/graphbuild/neo4j"]),
        (("neo4j", "stop"), ["~/.local/share/graphbuild/neo4j"]),
    ],
)
def test_every_default_is_shown(path, needles):
    out = _help(path)
    for needle in needles:
        assert needle in out, f"{needle!r} missing from graphbuild {' '.join(path)} --help:\n{out}"


@pytest.mark.parametrize(
    "path", [p for p, _ in COMMANDS], ids=lambda p: " ".join(p) or "graphbuild"
)
def test_the_password_is_never_an_option(path):
    assert "--password" not in _help(path)


def test_server_module_takes_http_port_like_the_cli(capsys):
    from graphbuild.neo4j import server

    with pytest.raises(SystemExit) as exc:
        server.main(["--help"])
    assert exc.value.code == 0
    out = capsys.readouterr().out
    assert "--http-port" in out and "--port" in out and "--home" in out

"""Query output never carries raw control bytes from the data (issue 12, "Secrets and files")."""

from __future__ import annotations

import csv
import io
import json
import re

import pytest

from graphbuild.neo4j.queries import QueryResult, format_result

HOSTILE = "\x1b[2J\x1b]0;pwned\x07 \r\x08\x00 \x9b31m \x85 [/x] [bold]b a\tb\nc"
RESULT = QueryResult(
    name="who_met",
    columns=["name", "n\x1b[0m"],
    rows=[{"name": HOSTILE, "n\x1b[0m": {"_type": "Official", "name": "\x1b[31mRed"}}],
)
CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def test_table_shows_control_characters_as_text():
    out = format_result(RESULT, "table")
    assert set(CONTROL.findall(out)) <= {"\n"}  # only the table's own line breaks
    assert "\\x1b[2J" in out and "\\x9b31m" in out and "\\x07" in out
    assert "[/x] [bold]b" in out  # data, not rich markup (and no MarkupError)


def test_csv_keeps_tab_and_newline_quoted_and_escapes_the_rest():
    out = format_result(RESULT, "csv")
    assert set(CONTROL.findall(out)) <= {"\n", "\t"}
    rows = list(csv.reader(io.StringIO(out)))
    assert rows[0] == ["name", "n\\x1b[0m"]
    assert rows[1][0].endswith("[/x] [bold]b a\tb\nc") and rows[1][0].startswith("\\x1b[2J")
    assert rows[1][1] == "\\x1b[31mRed"


def test_json_escapes_controls_and_keeps_the_values():
    out = format_result(RESULT, "json")
    assert CONTROL.findall(out.replace("\n", "")) == []
    assert json.loads(out)[0]["name"] == HOSTILE


@pytest.mark.parametrize("fmt", ["table", "csv", "json"])
def test_plain_text_is_unchanged(fmt):
    res = QueryResult(name="q", columns=["name"], rows=[{"name": "فتحي باشاغا — Libya"}])
    assert "فتحي باشاغا — Libya" in format_result(res, fmt)

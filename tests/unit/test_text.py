"""graphbuild.text is the one copy of the normaliser and its fold tables;
everything else uses it."""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path

import pytest

import graphbuild
from graphbuild import render, resolve
from graphbuild.neo4j import loader, queries
from graphbuild.text import ARABIC_DIACRITICS, ARABIC_FOLD, fold_tables, normalize_ar, normalize_key

PKG = Path(graphbuild.__file__).parent
ROOT = PKG.parent
# The reference scorer's own map (eval/score.py), which must stay as it is:
# see graphbuild/evaluate.py.
RULER = PKG / "evaluate.py"
FOLDED = set(ARABIC_FOLD)


@pytest.mark.parametrize("module", ["text.py", "schema.py"])
def test_the_lowest_modules_import_nothing_from_the_package(module):
    tree = ast.parse((PKG / module).read_text(encoding="utf-8"))
    imported = [
        n.module or "."
        for n in ast.walk(tree)
        if isinstance(n, ast.ImportFrom) and (n.level or (n.module or "").startswith("graphbuild"))
    ]
    imported += [
        a.name
        for n in ast.walk(tree)
        if isinstance(n, ast.Import)
        for a in n.names
        if a.name.startswith("graphbuild")
    ]
    assert imported == []


def test_fold_tables_are_plain_data():
    tables = fold_tables()
    assert tables == {"diacritics": ARABIC_DIACRITICS, "letters": ARABIC_FOLD}
    assert json.loads(json.dumps(tables)) == tables
    assert re.sub(tables["diacritics"], "", "مُحَمَّد") == "محمد"


@pytest.mark.parametrize(
    ("raw", "key"),
    [
        ("أحمد", "احمد"),
        ("مؤتمر", "موتمر"),
        ("رئيس", "رييس"),
        ("مُحَمَّد", "محمد"),
        ("وزيـــر", "وزير"),
        ("ی ک", "ي ك"),  # the Persian letters the loader's old fallback table lacked
        ("«Al-Serraj»", "al serraj"),
        ("José", "jose"),
    ],
)
def test_normalize_key(raw, key):
    assert normalize_key(raw) == key


def test_every_user_takes_the_normaliser_from_graphbuild_text():
    assert render.search_key is normalize_key
    assert loader._normalize_key is normalize_key
    assert resolve.normalize_key is normalize_key
    assert {"normalize_key": normalize_key, "normalize_ar": normalize_ar} == queries.KEY_FOLDS
    assert loader.search_terms("ی", ["یک"]) == ["ي", "يك"]


def test_the_page_gets_the_tables_in_its_data():
    import networkx as nx

    data = render.build_page_data(nx.MultiDiGraph())
    assert data["fold"] == fold_tables()
    js = (PKG / "render_assets" / "page.js").read_text(encoding="utf-8")
    assert "data.fold.letters" in js and "data.fold.diacritics" in js


def test_queries_bind_the_key_folded_like_the_loaded_search_terms():
    q = queries.get_query("who_met")
    assert q.keys == {"official_key": ("normalize_key", "official")}
    given = "فتحى باشاغا، ی"
    assert q.key_values({"official": given}) == {"official_key": loader.search_terms(given, [])[0]}


# ----------------------------------------------------------------------- no other copy of the table
def _fold_letters(s: str) -> set[str]:
    """The folded letters ``s`` names, as themselves or as \\uXXXX escapes."""
    escaped = {chr(int(h, 16)) for h in re.findall(r"\\u([0-9a-fA-F]{4})", s)}
    return (set(s) | escaped) & FOLDED


def _python_tables(path: Path) -> list[int]:
    """Lines of string constants or dict literals (not docstrings) naming four or more
    folded letters."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docs = {
        id(n.body[0].value)
        for n in ast.walk(tree)
        if isinstance(getattr(n, "body", None), list)
        and n.body
        and isinstance(n.body[0], ast.Expr)
        and isinstance(n.body[0].value, ast.Constant)
    }
    out = []
    for n in ast.walk(tree):
        if isinstance(n, ast.Constant) and isinstance(n.value, str) and id(n) not in docs:
            letters = _fold_letters(n.value)
        elif isinstance(n, ast.Dict):
            letters = set().union(
                *(
                    _fold_letters(k.value)
                    for k in n.keys
                    if isinstance(k, ast.Constant) and isinstance(k.value, str)
                )
            )
        else:
            continue
        if len(letters) >= 4:
            out.append(n.lineno)
    return out


def _files(pattern: str) -> list[Path]:
    return sorted(p for p in ROOT.glob(pattern) if "__pycache__" not in p.parts)


# text.py is the table; evaluate.py keeps the reference scorer's own map
# (tests/unit/test_evaluate.py)
@pytest.mark.parametrize(
    "path",
    [p for p in _files("graphbuild/**/*.py") if p not in (PKG / "text.py", RULER)],
    ids=lambda p: str(p.relative_to(ROOT)),
)
def test_no_python_module_keeps_a_fold_table_of_its_own(path):
    assert _python_tables(path) == []


def test_the_scan_finds_a_table():
    assert _python_tables(PKG / "text.py") and _python_tables(RULER)
    assert len(_fold_letters('{"\\u0623": "\\u0627", "\\u0625": "x"}')) == 2


@pytest.mark.parametrize(
    "path",
    _files("graphbuild/render_assets/*.js") + _files("cypher/**/*.cypher"),
    ids=lambda p: str(p.relative_to(ROOT)),
)
def test_no_script_or_query_keeps_a_fold_table_of_its_own(path):
    code = "\n".join(
        line
        for line in path.read_text(encoding="utf-8").splitlines()
        if not line.lstrip().startswith("//")
    )  # prose may name the letters; code may not
    assert len(_fold_letters(code)) < 2, path.name

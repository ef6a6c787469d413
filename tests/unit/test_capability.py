"""Every asserted capability case passes (tests/capability/README.md), and the loader
rejects a malformed case with its file and line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from capability_cases import CASES, OPEN, Case, failures, load, load_all

from graphbuild.model import Article, Entity, Extraction, Relation

ASSERTED = load_all(CASES)


@pytest.mark.parametrize("case", ASSERTED, ids=[c.id for c in ASSERTED])
def test_capability_case(case: Case) -> None:
    assert failures(case) == [], case.source


def test_case_ids_are_unique_across_asserted_and_open() -> None:
    ids = [c.id for c in ASSERTED + load_all(OPEN)]
    assert len(ids) == len(set(ids))


def test_there_are_cases_in_both_languages() -> None:
    assert {c.lang for c in ASSERTED} == {"ar", "en"}


def test_a_case_needs_an_expectation(tmp_path: Path) -> None:
    path = tmp_path / "x.jsonl"
    path.write_text('\n{"id": "a", "lang": "en", "text": "t"}\n', encoding="utf-8")
    with pytest.raises(ValueError, match=r"x\.jsonl:2"):
        list(load(path))


def test_a_broken_line_names_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "y.jsonl"
    good = json.dumps({"id": "a", "lang": "en", "text": "t", "no_met": True})
    path.write_text(good + "\n{oops\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"y\.jsonl:2: not JSON"):
        list(load(path))


def _ex() -> Extraction:
    ents = [
        Entity(id="p1", type="Official", name="Ana Lind", aliases=("Lind",)),
        Entity(id="p2", type="Official", name="Tomas Berg"),
        Entity(id="b1", type="Agency", name="Ministry of Trade"),
    ]
    rels = [
        Relation(type="MET_WITH", source="p2", target="p1", evidence="e"),
        Relation(type="MEMBER_OF", source="p1", target="b1", evidence="e"),
        Relation(type="SAID", source="p1", target=None, evidence="e", quote="ports matter"),
    ]
    return Extraction(Article(id="t", title="", text="t", lang="en"), tuple(ents), tuple(rels))


def test_checks_read_names_and_aliases_and_either_meeting_direction() -> None:
    case = Case(
        "c",
        "en",
        "t",
        {
            "officials": ["Lind"],
            "agencies": ["Ministry of Trade"],
            "met": [["Lind", "Tomas Berg"]],
            "member": [["Ana Lind", "Ministry of Trade"]],
            "said": [["Lind", "ports"]],
            "not_member": [["Tomas Berg", "Ministry of Trade"]],
        },
    )
    assert failures(case, _ex()) == []


def test_checks_report_each_miss() -> None:
    case = Case(
        "c",
        "en",
        "t",
        {
            "countries": ["Chile"],
            "not_entities": ["Tomas Berg"],
            "not_met": [["Ana Lind", "Tomas Berg"]],
            "no_met": True,
            "member": [["Ministry of Trade", "Ana Lind"]],
            "said": [["Tomas Berg", "ports"]],
        },
    )
    assert len(failures(case, _ex())) == 6

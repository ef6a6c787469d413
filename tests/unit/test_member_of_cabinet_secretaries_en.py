"""A US cabinet secretary's title implies the department, as "Secretary of State" implies the State
Department (FORMAT.md: minister/secretary titles imply their ministry): "Defense Secretary",
"Treasury Secretary" / "Secretary of the Treasury", "Commerce Secretary", "Energy Secretary".
English only (Arabic writes these as وزير + the portfolio, which already implies the ministry).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from .helpers import ent, rels, run


@pytest.mark.parametrize(
    "title, department",
    [
        ("Defense Secretary", "Defense Department"),
        ("Treasury Secretary", "Department of the Treasury"),
        ("Secretary of the Treasury", "Department of the Treasury"),
        ("Commerce Secretary", "Commerce Department"),
        ("Secretary of Energy", "Energy Department"),
    ],
)
def test_en_secretary_implies_department(title, department):
    ex = run(f"{title} Mark Lee met Austrian Foreign Minister Hans Berger in Vienna.", "en")
    dept = ent(ex, department)
    assert dept.type == "Agency"
    assert ("Mark Lee", dept.name) in rels(ex, "MEMBER_OF")


def test_ar_secretary_as_minister_implies_ministry():
    ex = run("التقى وزير الخزانة الأمريكي مارك لويس وزير الخارجية النمساوي هانز برغر.", "ar")
    assert any(sp == "مارك لويس" for sp, _a in rels(ex, "MEMBER_OF"))

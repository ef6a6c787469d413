"""An accompanying delegation joined by "and" after the guest's title belongs to the guest's side
(sentences written for these tests)."""

from __future__ import annotations

import pytest

from .helpers import met, rels, run


def _delegation(ex) -> str:
    return next(
        e.name
        for e in ex.entities
        if e.type == "Agency"
        and "delegation" in e.name
        or e.type == "Agency"
        and e.name.startswith("الوفد")
    )


def test_ar_accompanying_delegation_after_a_long_title():
    ex = run(
        "التقى وزير الخارجية أيمن الصفدي نظيره العراقي فؤاد حسين، رئيس وفد بلاده إلى المحادثات"
        " في عمّان، والوفد المرافق له.",
        "ar",
    )
    pairs = met(ex)
    assert frozenset({"أيمن الصفدي", "فؤاد حسين"}) in pairs
    assert frozenset({"أيمن الصفدي", _delegation(ex)}) in pairs


def test_ar_received_guest_with_agency_title_and_delegation():
    ex = run(
        "استقبل رئيس مجلس الوزراء خالد العنزي في مكتبه اليوم محافظ البنك المركزي الأردني"
        " سامي الحديد والوفد المرافق له.",
        "ar",
    )
    pairs = met(ex)
    assert frozenset({"خالد العنزي", _delegation(ex)}) in pairs


def test_en_his_accompanying_delegation_after_the_title():
    ex = run(
        "Foreign Minister Ayman Safadi received Iraqi Foreign Minister Fuad Hussein, head of the"
        " Iraqi delegation to the talks in Amman, and his accompanying delegation.",
        "en",
    )
    pairs = met(ex)
    assert frozenset({"Ayman Safadi", "Fuad Hussein"}) in pairs
    assert frozenset({"Ayman Safadi", "accompanying delegation"}) in pairs


@pytest.mark.parametrize(
    "text, delegation, body",
    [
        (
            "Foreign Minister Salem Hamdan met a European Union delegation on Monday.",
            "European Union delegation",
            "European Union",
        ),
        (
            "Foreign Minister Salem Hamdan received a delegation of the Saudi Shura Council.",
            "delegation of the Saudi Shura Council",
            "Saudi Shura Council",
        ),
    ],
)
def test_en_delegation_named_by_its_body(text, delegation, body):
    ex = run(text, "en")
    assert frozenset({"Salem Hamdan", delegation}) in met(ex)
    assert (delegation, body) in rels(ex, "MEMBER_OF")


def test_en_accompanied_by_joins_the_subject_side():
    ex = run(
        "Foreign Minister Salem Hamdan, accompanied by Ambassador Hiroshi Tanabe, met President "
        "Jean Dupont.",
        "en",
    )
    assert met(ex) == {
        frozenset({"Salem Hamdan", "Jean Dupont"}),
        frozenset({"Hiroshi Tanabe", "Jean Dupont"}),
    }

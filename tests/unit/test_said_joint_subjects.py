"""Joint statements after a meeting name both sides in more ways (FORMAT.md: one SAID per
speaker): the construct dual "وزيرا الخارجية", "وزيرا خارجية البلدين", "الزعيمان", the dual verb
"وحثا"; English "the two foreign ministers", "the two presidents". "بحثا" (they discussed) is no
"حثا": tested. Sentences written for these tests."""

from __future__ import annotations

import pytest

from .helpers import run, said

AR_LEAD = "التقى وزير الخارجية الأردني عمر حداد نظيره النمساوي هانز برغر في عمان. "
EN_LEAD = "Foreign Minister Omar Haddad of Jordan met Foreign Minister Hans Berger of Austria. "


@pytest.mark.parametrize(
    "second",
    [
        "وأكد وزيرا الخارجية أهمية تعزيز التعاون.",
        "وأكد وزيرا خارجية البلدين أهمية تعزيز التعاون.",
        "وشدد الزعيمان على أهمية تعزيز التعاون.",
        "وحثا المجتمع الدولي على دعم تعزيز التعاون.",
    ],
)
def test_ar_joint_subject(second):
    s = said(run(AR_LEAD + second, "ar"))
    assert sorted(sp for sp, _q in s) == ["عمر حداد", "هانز برغر"]
    assert all("تعزيز التعاون" in q and "وزيرا" not in q for _sp, q in s)


def test_ar_bahatha_dual_is_no_statement():
    assert said(run(AR_LEAD + "حيث بحثا نتائج المشاورات الأخيرة.", "ar")) == []


@pytest.mark.parametrize("subject", ["The two foreign ministers", "The two presidents"])
def test_en_joint_subject(subject):
    s = said(run(EN_LEAD + f"{subject} underscored the importance of cooperation.", "en"))
    assert sorted(sp for sp, _q in s) == ["Hans Berger", "Omar Haddad"]

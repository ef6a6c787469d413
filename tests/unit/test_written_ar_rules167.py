"""Round-24 Agency rule (Arabic), on a sentence written for the test: after the nisbas of its
two sides, «المشتركة» ("joint") still qualifies a committee and closes its name («اللجنة
العمانية البيروفية المشتركة»), rather than being left out of it."""

from __future__ import annotations

from .helpers import names, run

_TEXT = (
    "لقاء في مسقط\n"
    "مسقط - بحث وزير التجارة السيد سالم ناصر الحارثي، يوم الخميس، مع سفير البيرو التحضير "
    "لاجتماعات اللجنة العمانية البيروفية المشتركة المقرر عقدها في ليما.\n"
)

_COMMITTEE = "اللجنة العمانية البيروفية المشتركة"


def test_ar_joint_after_two_sides_nisbas_closes_committee_name():
    ex = run(_TEXT, "ar")
    got = names(ex, "Agency")
    assert _COMMITTEE in got, got
    assert "اللجنة العمانية البيروفية" not in got, got

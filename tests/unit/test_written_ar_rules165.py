"""Round-24 Agency rule (Arabic), on a sentence written for the test: a committee's coordinated
field closes, as a ministry's does, on "the nationals residing abroad" («لجنة الشؤون الخارجية
والتعاون والتونسيين المقيمين بالخارج»): the committee is named by the whole field."""

from __future__ import annotations

from .helpers import names, rels, run

_TEXT = (
    "رئيس لجنة برلمانية يستقبل سفير كندا\n"
    "تونس - استقبل رئيس لجنة الشؤون الخارجية والتعاون والتونسيين المقيمين بالخارج بمجلس نواب "
    "الشعب السيد منير صالح الحمامي، يوم الخميس، سفير كندا.\n"
)

_COMMITTEE = "لجنة الشؤون الخارجية والتعاون والتونسيين المقيمين بالخارج"


def test_ar_committee_field_closes_on_nationals_residing_abroad():
    ex = run(_TEXT, "ar")
    assert _COMMITTEE in names(ex, "Agency"), names(ex, "Agency")
    assert ("منير صالح الحمامي", _COMMITTEE) in rels(ex, "MEMBER_OF")


_TEXT2 = (
    "رئيس لجنة برلمانية يستقبل سفير البيرو\n"
    "الرباط - استقبل رئيس لجنة العلاقات الخارجية والمغتربين المقيمين بالخارج بمجلس النواب السيد "
    "حميد سعيد الوزاني، يوم الخميس، سفير البيرو.\n"
)

_COMMITTEE2 = "لجنة العلاقات الخارجية والمغتربين المقيمين بالخارج"


def test_ar_committee_field_closes_on_community_residing_abroad():
    ex = run(_TEXT2, "ar")
    assert _COMMITTEE2 in names(ex, "Agency"), names(ex, "Agency")

"""Round-24 MEMBER_OF rule (Arabic), on a sentence written for the test: a title whose role
carries the possessive suffix after a modifier ("نائب مديرها العام": its deputy director
general) is held in the body named before it, as the bare suffixed role is."""

from __future__ import annotations

from .helpers import rels, run

_TEXT = (
    "وزير الطاقة يستقبل وفدا من المنظمة الدولية للطاقة الشمسية\n"
    "عمان (بترا) - استقبل وزير الطاقة والثروة المعدنية صالح محمد الخرابشة اليوم الثلاثاء وفدا "
    "من المنظمة الدولية للطاقة الشمسية (إسو) برئاسة نائب مديرها العام، السيد لارس ب. "
    "يوهانسون، وبحث معه سبل التعاون.\n"
)


def test_ar_suffixed_role_after_a_modifier_is_held_in_the_body_before_it():
    members = rels(run(_TEXT, "ar"), "MEMBER_OF")
    assert ("لارس ب. يوهانسون", "المنظمة الدولية للطاقة الشمسية") in members

"""«وفد عن <هيئة>»: "عن" after a delegation names the body it comes from, as "من" does: the
delegation is an agency of its own, in that body, and the one leading it and the ones it
includes are in it (sentences written for these tests)."""

from __future__ import annotations

from .helpers import names, rels, run

_TEXT = (
    "وزير النقل يستقبل وفدا\n"
    "استقبل وزير النقل اليوم وفدا عن المؤسسة العامة للموانئ البحرية يقوده رئيس المؤسسة "
    "السيد ماهر عادل الطحان، ويضم مديرة الشؤون الفنية بالمؤسسة السيدة ريم خليل الجابري."
)
_DELEGATION = "وفدا عن المؤسسة العامة للموانئ البحرية"


def test_ar_delegation_an_from_body_is_an_agency():
    assert _DELEGATION in names(run(_TEXT, "ar"), "Agency")


def test_ar_delegation_an_from_body_is_in_the_body_and_holds_its_members():
    got = rels(run(_TEXT, "ar"), "MEMBER_OF")
    assert (_DELEGATION, "المؤسسة العامة للموانئ البحرية") in got
    assert ("ماهر عادل الطحان", _DELEGATION) in got
    assert ("ريم خليل الجابري", _DELEGATION) in got

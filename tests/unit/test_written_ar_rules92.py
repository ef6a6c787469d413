"""Round-22 MET_WITH rules (Arabic), on sentences written for the tests: the venue of a meeting."""

from __future__ import annotations

from .helpers import met, run


def test_ar_a_ministry_as_the_venue_between_the_meeting_noun_and_with_holds_no_meeting():
    ex = run(
        "وزير الصحة يلتقي نظيره العراقي\n"
        "بيروت (وكالة) - عقد وزير الصحة العامة اللبناني الدكتور كريم نبيل منصور اجتماعا في "
        "مكتبه بالوزارة مع وزير الصحة العراقي الدكتور صالح مهدي الحسناوي، في حضور المدير العام "
        "لوزارة الصحة العامة الدكتورة منى جوزف عيسى.\n",
        "ar",
    )
    assert frozenset({"كريم نبيل منصور", "صالح مهدي الحسناوي"}) in met(ex)

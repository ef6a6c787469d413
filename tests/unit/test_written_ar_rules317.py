"""A visiting delegation that is the subject of a meeting with a host official: the officials
who attend it are the host's and meet the delegation, not the host they sit beside (sentences
written for these tests)."""

from __future__ import annotations

from .helpers import met, run

TEXT = (
    "بدأ وفد برلماني ياباني برئاسة النائب هيروكي نوموتو زيارة إلى نواكشوط تستمر أربعة أيام.\n"
    "واجتمع الوفد الياباني مساء الإثنين بوزير الصيد سيدي ولد أحمد، بحضور النائبة فاطمة بنت "
    "اعلي والنائب إبراهيم ولد بوبكر.\n"
)


def test_ar_attendees_of_a_delegation_visit_meet_the_delegation():
    pairs = met(run(TEXT, "ar"))
    assert frozenset({"فاطمة بنت اعلي", "وفد برلماني ياباني"}) in pairs
    assert frozenset({"إبراهيم ولد بوبكر", "وفد برلماني ياباني"}) in pairs
    assert frozenset({"فاطمة بنت اعلي", "سيدي ولد أحمد"}) not in pairs
    assert frozenset({"إبراهيم ولد بوبكر", "سيدي ولد أحمد"}) not in pairs

"""A visiting delegation that is the subject of a meeting with a host official: the officials
who attend it are the host's and meet the delegation, not the host they sit beside (sentences
written for these tests)."""

from __future__ import annotations

from .helpers import met, run

TEXT = (
    "استقبل وزير الخارجية سالم الكعبي اليوم وزير التجارة الكندي جون سميث والوفد المرافق له.\n"
    "وفي وقت لاحق، التقى الوفد الكندي رئيس لجنة المالية النيابية النائب فهد الدوسري، بحضور "
    "عضوي اللجنة النائبين نوال الحربي وعادل الشمري.\n"
)


def test_ar_attendees_of_a_delegation_visit_meet_the_delegation():
    pairs = met(run(TEXT, "ar"))
    assert frozenset({"نوال الحربي", "الوفد المرافق له"}) in pairs
    assert frozenset({"عادل الشمري", "الوفد المرافق له"}) in pairs
    assert frozenset({"نوال الحربي", "فهد الدوسري"}) not in pairs
    assert frozenset({"عادل الشمري", "فهد الدوسري"}) not in pairs

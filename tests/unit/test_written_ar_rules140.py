"""The head of a delegation ("وفداً من … برئاسة X") is one side with it: when the delegation later
meets someone, X and the delegation each meet that person, never each other (one side of a
meeting is not linked to itself). Sentences written for these tests."""

from __future__ import annotations

from .helpers import met, run

_TEXT = (
    "استقبل وزير الدولة سالم بن حمد النعيمي اليوم في مقر الوزارة، وفداً من لجنة التجارة الدولية"
    " في البرلمان الأوروبي برئاسة سعادة إلينا فوكس.\n"
    "وبحث الجانبان سبل تعزيز التعاون التجاري.\n"
    "من جانبها، أشادت فوكس بالدور الإنساني للدولة.\n"
    "وفي وقت لاحق، زار الوفد مجلس الشورى حيث التقى سعادة نورة علي المري، رئيسة لجنة الشؤون"
    " الخارجية في المجلس."
)


def test_ar_delegation_head_does_not_meet_her_own_delegation():
    pairs = met(run(_TEXT, "ar"))
    delegation = "وفداً من لجنة التجارة الدولية في البرلمان الأوروبي"
    assert frozenset({"سالم بن حمد النعيمي", delegation}) in pairs
    assert frozenset({"إلينا فوكس", delegation}) not in pairs


def test_ar_delegation_head_still_meets_the_host_of_the_later_visit():
    assert frozenset({"إلينا فوكس", "نورة علي المري"}) in met(run(_TEXT, "ar"))

"""Round-23 meeting rule (Arabic): a delegation named right between a verb and a meeting noun
(«عقد الوفد الكندي اجتماعاً مع لجنة …») holds the meeting and meets the committee named after
«مع» as a body, not the host of the sentence before (sentences written for these tests)."""

from __future__ import annotations

from .helpers import met, run


def test_ar_delegation_before_the_meeting_noun_meets_the_committee():
    ex = run(
        "استقبل رئيس مجلس الشيوخ الفرنسي جان دوبوا اليوم وفداً من البرلمان الكندي برئاسة النائب "
        "مارك تريمبلاي. وفي وقت لاحق، عقد الوفد الكندي اجتماعاً مع لجنة الشؤون الخارجية في مجلس "
        "الشيوخ.",
        "ar",
    )
    got = met(ex)
    assert any("لجنة الشؤون الخارجية" in p and any("وفد" in n for n in p) for p in got)
    assert not any("لجنة الشؤون الخارجية" in p and "جان دوبوا" in p for p in got)

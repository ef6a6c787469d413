"""Round-24 MET_WITH rule (Arabic), on sentences written for the tests: a committee right after
the verb holds "اجتماعاً مع وفد" (its parent body may follow it), and a meeting "برئاسة" its
chair puts the chair on the committee's side, "مع" sought past the chair's long title."""

from __future__ import annotations

from .helpers import met, run


def test_ar_committee_after_the_verb_holds_a_meeting_with_a_delegation():
    ex = run(
        "عمان (وكالة) - عقدت لجنة الشؤون الخارجية بمجلس النواب الأردني اليوم اجتماعاً مع وفد "
        "من البرلمان الكندي برئاسة جون ماكدونالد.\n",
        "ar",
    )
    assert frozenset({"لجنة الشؤون الخارجية", "وفد من البرلمان الكندي"}) in met(ex)


def test_ar_committee_meeting_chaired_by_its_head_with_a_delegation():
    ex = run(
        "الدوحة (وكالة) - عقدت لجنة الصداقة البرلمانية القطرية الكورية بمجلس الشورى اجتماعاً "
        "برئاسة رئيس اللجنة عضو مجلس الشورى السيد منصور بن راشد الهاجري، مع وفد من الجمعية "
        "الوطنية الكورية يترأسه رئيس لجنة الشؤون الخارجية بالجمعية الوطنية بارك مين سو.\n",
        "ar",
    )
    pairs = met(ex)
    delegation = "وفد من الجمعية الوطنية الكورية"
    assert frozenset({"منصور بن راشد الهاجري", delegation}) in pairs
    assert any(
        delegation in pair and any(n.startswith("لجنة الصداقة") for n in pair) for pair in pairs
    )

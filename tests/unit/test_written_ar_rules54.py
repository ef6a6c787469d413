"""Names/titles, round 20 (sentences written for these tests)."""

from __future__ import annotations

from .helpers import names, rels, run


def test_ar_head_of_the_delegation_is_the_one_it_was_headed_by():
    # «وفد ... برئاسة X» then «رئيسة الوفد»: the head named before, not a second official
    ex = run(
        "زيارة\n\nاستقبل وزير التجارة الأردني يوسف الشمالي اليوم وفداً من غرفة التجارة الماليزية "
        "برئاسة نائبة رئيس الغرفة السيدة سلمى خليل.\n"
        "ودعت رئيسة الوفد إلى تعزيز التبادل التجاري بين البلدين.",
        "ar",
    )
    assert names(ex, "Official") == {"يوسف الشمالي", "سلمى خليل"}
    assert any(src == "سلمى خليل" for src, _ in rels(ex, "SAID"))

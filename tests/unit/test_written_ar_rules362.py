"""A verb of taking part with its subject right after it and "with" an official after the
subject ("X took part with Y in opening the forum"): the two were at the event together and
met (sentences written for these tests)."""

from __future__ import annotations

from .helpers import met, run

TEXT = (
    "عنوان\n\n"
    "شارك محافظ البنك المركزي الماليزي داتو أحمد رزالي مع رئيس هيئة الأسواق المالية السنغافورية "
    "ليم كوك سيونغ في افتتاح ملتقى المصارف الآسيوية الذي احتضنته جاكرتا هذا الأسبوع.\n"
)


def test_ar_took_part_with_an_official_is_a_meeting():
    pairs = met(run(TEXT, "ar"))
    assert frozenset({"أحمد رزالي", "ليم كوك سيونغ"}) in pairs

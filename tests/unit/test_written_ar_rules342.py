"""A meeting verb in the masculine («التقى») right before an official named by a title in the
feminine («وزيرة X»): the verb does not agree with her, so she is its object and the subject is
the one carried over from before (sentences written for these tests)."""

from __future__ import annotations

from .helpers import met, run

_TEXT = (
    "وزير إكوادوري في عمّان\n"
    "بدأ وزير الزراعة الإكوادوري كارلوس بينيتيز اليوم زيارة رسمية إلى الأردن تستمر ثلاثة أيام.\n"
    "وفي اليوم الأول، التقى وزيرة الطاقة الأردنية المهندسة ليلى سامي الخطيب ورئيس هيئة "
    "الاستثمار الأردنية مازن فؤاد الصمادي، وتناول معهما فرص الاستثمار في الطاقة الشمسية."
)


def test_ar_woman_after_masculine_meeting_verb_is_its_object():
    got = met(run(_TEXT, "ar"))
    assert frozenset({"كارلوس بينيتيز", "ليلى سامي الخطيب"}) in got
    assert frozenset({"كارلوس بينيتيز", "مازن فؤاد الصمادي"}) in got
    assert frozenset({"ليلى سامي الخطيب", "مازن فؤاد الصمادي"}) not in got

"""Arabic: a turn word opening the sentence ("in her turn") and a bare title after the verb that
the speaker so far holds too: the other side's official holding it speaks; and a verb of stance
taking its object with the glued object marker before a title-only subject (sentences written
for these tests)."""

from __future__ import annotations

import pytest

from .helpers import names, run, said

TURN = (
    "بيروت – اجتمع وزير الصحة اللبناني نزار كميل الخوري في بيروت اليوم مع وزيرة الصحة الأرمينية "
    "آنا غريغور بتروسيان، وشدد الخوري على أهمية تبادل الأطباء المتدربين. بدورها، أعربت الوزيرة "
    "عن رغبة بلادها في إنشاء مستشفى ميداني مشترك."
)


def test_ar_turn_word_gives_the_bare_title_to_the_other_side():
    speakers = {sp for sp, q in said(run(TURN, "ar")) if "مستشفى" in q}
    assert speakers == {"آنا غريغور بتروسيان"}


STANCE = [
    (
        "وخلال مؤتمر صحفي رحب رئيس الوزراء بالقرار الذي أصدرته المحكمة الدستورية صباح اليوم.",
        "رئيس الوزراء",
    ),
    ("ونوه الأمين العام بالدور الذي تؤديه الجمعيات الأهلية في الأرياف.", "الأمين العام"),
    ("وأشادت الرئيسة بالتحسن الملحوظ في مؤشرات التعليم.", "الرئيسة"),
]


@pytest.mark.parametrize("text,title", STANCE)
def test_ar_stance_verbs_object_is_no_field_of_the_post(text, title):
    officials = names(run(text, "ar"), "Official")
    assert title in officials
    assert not any(o.startswith(title + " ") for o in officials)

"""A bracketed gloss after an official's title ("the president of the senate in the Chilean
parliament (a transliterated name), and the delegation accompanying him") does not break the
"and" that joins the official to the accompanying delegation (sentences written for these
tests)."""

from __future__ import annotations

from .helpers import rels, run

TITLE = "رئيس مجلس الشيوخ التشيلي في نواكشوط"
TEXT = (
    "نواكشوط - كان وزير العدل يعقوب ولد محمد فال قد استقبل مساء الأحد بمطار العاصمة السيد "
    "خوان فوينتس رئيس مجلس الشيوخ في البرلمان التشيلي (سينادو)، والوفد المرافق له، قبل أن "
    "يعقد معه جلسة عمل حول تبادل الخبرات التشريعية.\n"
)


def test_ar_gloss_after_title_keeps_and_accompanying():
    members = rels(run(TEXT, "ar", title=TITLE), "MEMBER_OF")
    assert ("خوان فوينتس", "الوفد المرافق له") in members
    assert ("يعقوب ولد محمد فال", "الوفد المرافق له") not in members

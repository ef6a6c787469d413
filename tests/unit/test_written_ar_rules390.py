"""Arabic agency copy: an agreement "signed for side A by X, and for side B by Y" with no meeting
told before: the two signers met, and are the sides of the meeting that "the two ministers" and
its attendees take up next (sentences written for these tests)."""

from __future__ import annotations

from .helpers import met, run

TEXT = (
    "مسقط – شهد مبنى وزارة الثروة الزراعية اليوم توقيع برنامج تنفيذي للتعاون في مجال الاستزراع "
    "السمكي بين سلطنة عمان وكينيا، وقعه عن الجانب العماني وزير الثروة الزراعية والسمكية الدكتور "
    "سالم خلفان الحوسني، وعن الجانب الكيني وزير الزراعة والثروة الحيوانية السيد بيتر كيبيت "
    "موتوا.\n\n"
    "وتناول الوزيران خلال لقائهما فرص الاستثمار المشترك، بحضور سفير كينيا لدى السلطنة السيد "
    "جيمس أوتينو وافولا، ومدير عام الاستزراع السمكي بالوزارة المهندس هلال سيف البلوشي."
)


def test_ar_signers_listed_by_side_met():
    assert frozenset({"سالم خلفان الحوسني", "بيتر كيبيت موتوا"}) in met(run(TEXT, "ar"))


def test_ar_attendees_meet_the_other_sides_signer():
    pairs = met(run(TEXT, "ar"))
    assert frozenset({"جيمس أوتينو وافولا", "سالم خلفان الحوسني"}) in pairs
    assert frozenset({"هلال سيف البلوشي", "بيتر كيبيت موتوا"}) in pairs
    assert frozenset({"هلال سيف البلوشي", "سالم خلفان الحوسني"}) not in pairs

"""A post between a say verb and the body it is of ("وأضاف وكيل الوزارة أن …"): the one official of
that body who holds the post speaks, not the body (sentences written for these tests)."""

from __future__ import annotations

from .helpers import run, said

TEXT = (
    "وكيل الخارجية يستقبل سفير البرتغال\n"
    "عمّان - 3 - 4 (بترا) -- استقبل وكيل وزارة الخارجية الأردنية السفير ماجد سليم النعيمات في "
    "مقر الوزارة اليوم الاثنين سفير البرتغال لدى الأردن جواو ميغيل سانتوس.\n"
    "وتناول الاجتماع سبل توطيد الروابط الاقتصادية بين عمّان ولشبونة.\n"
    "وأضاف وكيل الوزارة أن الأردن يتطلع إلى توسيع التعاون مع البرتغال في مجال السياحة.\n"
)


def test_ar_post_of_the_body_after_the_verb_is_its_holder():
    pairs = said(run(TEXT, "ar"))
    assert any(sp == "ماجد سليم النعيمات" and "السياحة" in q for sp, q in pairs)
    assert not any(sp.startswith("وزارة") for sp, _ in pairs)


def test_ar_body_after_the_verb_without_a_post_stays_the_speaker():
    text = TEXT.replace("وأضاف وكيل الوزارة أن", "وأضافت الوزارة أن")
    pairs = said(run(text, "ar"))
    assert any(sp.startswith("وزارة") and "السياحة" in q for sp, q in pairs)

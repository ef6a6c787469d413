"""A turn word opening a sentence ("for her part, …") passes the floor to the other side of the
meeting once: a second say verb of that sentence goes on with the one who took the floor, not
back to the first speaker (sentences written for these tests)."""

from __future__ import annotations

from .helpers import run, said

TEXT = (
    "عنوان\n\n"
    "التقت رئيسة هيئة البيئة البرتغالية السيدة جوانا ماتوس ريبيرو، أمس في لشبونة، السيدة "
    "هند عادل القاسمي، مديرة المكتب الإقليمي لمنظمة الزراعة في شمال أفريقيا.\n\n"
    "وشددت ريبيرو على أن حماية السواحل تتطلب تمويلًا أكبر.\n\n"
    "من جهتها، أشادت المسؤولة الدولية بالخبرة البرتغالية في إدارة الغابات، وأوضحت أن "
    "المكتب يعد برنامجًا لتدريب المهندسين الزراعيين.\n"
)


def test_ar_second_verb_after_turn_word_keeps_the_new_speaker():
    pairs = said(run(TEXT, "ar"))
    speakers = {sp for sp, q in pairs if "لتدريب المهندسين" in q}
    assert speakers == {"هند عادل القاسمي"}

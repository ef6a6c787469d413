"""A post, a comma, an honorific, then the holder's name closed by a comma or the full stop: every
word of the frame is the name, a word spelled like "according to", a title's modifier or a capital
included, and a word the tokenizer split after a glued "and" read whole (sentences written for
these tests)."""

from __future__ import annotations

from .helpers import met, names, run

TEXT = (
    "رئيس هيئة الموانئ يلتقي خبراء\n\n"
    "التقى رئيس هيئة الموانئ، المهندس رامي فؤاد الزين، مساء أمس في مكتبه، "
    "سفيرة البرازيل، السيدة فرناندا كوستا ليما، ومستشار النقل البحري، "
    "السيد مراد حسب النبي الطحان، والمنسق الفني للمشروع، الدكتور كمال مساعد الرفاعي.\n"
)


def test_ar_framed_name_keeps_every_word():
    ex = run(TEXT, "ar")
    officials = names(ex, "Official")
    assert {"فرناندا كوستا ليما", "مراد حسب النبي الطحان", "كمال مساعد الرفاعي"} <= officials
    assert "بيرو" not in names(ex, "Country")


def test_ar_framed_names_are_the_ones_met():
    pairs = met(run(TEXT, "ar"))
    assert frozenset({"رامي فؤاد الزين", "مراد حسب النبي الطحان"}) in pairs


GLUED = (
    "مركز لأبحاث البن\n\n"
    "وتحدث في الجلسة الختامية مدير مركز أبحاث البن في جيما، الدكتور داويت ولدي ميكونين.\n"
)


def test_ar_framed_name_keeps_a_word_glued_to_and():
    assert "داويت ولدي ميكونين" in names(run(GLUED, "ar"), "Official")


PROFESSOR = (
    "ندوة عن الأمن الغذائي\n\n"
    "افتتحت الندوة رئيسة جامعة الجزيرة، البروفيسورة سعاد عثمان الطيب، ثم ألقى الكلمة الرئيسية "
    "عميد كلية الطب البيطري، البروفسور عادل حمدان النور.\n"
)


def test_ar_professor_is_an_honorific_before_a_framed_name():
    officials = names(run(PROFESSOR, "ar"), "Official")
    assert {"سعاد عثمان الطيب", "عادل حمدان النور"} <= officials

"""A post, a comma, an honorific, then the holder's name closed by a comma or the full stop: every
word of the frame is the name, a word spelled like "according to", a title's modifier or a capital
included, and a word the tokenizer split after a glued "and" read whole (sentences written for
these tests)."""

from __future__ import annotations

from .helpers import met, names, run

TEXT = (
    "رئيس هيئة الموانئ يلتقي خبراء\n\n"
    "التقى رئيس هيئة الموانئ، المهندس رامي فؤاد الزين، مساء أمس في مكتبه، "
    "سفيرة البرازيل، السيدة ماريا سانتوس ليما، ومستشار النقل البحري، "
    "السيد مراد حسب النبي الطحان، والمنسق الفني للمشروع، الدكتور كمال مساعد الرفاعي.\n"
)


def test_ar_framed_name_keeps_every_word():
    ex = run(TEXT, "ar")
    officials = names(ex, "Official")
    assert {"ماريا سانتوس ليما", "مراد حسب النبي الطحان", "كمال مساعد الرفاعي"} <= officials
    assert "بيرو" not in names(ex, "Country")


def test_ar_framed_names_are_the_ones_met():
    pairs = met(run(TEXT, "ar"))
    assert frozenset({"رامي فؤاد الزين", "مراد حسب النبي الطحان"}) in pairs


GLUED = (
    "خبراء الري في بحر دار\n\nشارك في الورشة رئيس قسم الهندسة بالجامعة، الدكتور هايلي أسفاو ولدي.\n"
)


def test_ar_framed_name_keeps_a_word_glued_to_and():
    assert "هايلي أسفاو ولدي" in names(run(GLUED, "ar"), "Official")


PROFESSOR = (
    "حضور أكاديمي\n\n"
    "وحضر اللقاء المدير العام لمعهد البحوث الزراعية، البروفيسور كريم ناصر البيطار، "
    "ومديرة المختبر المركزي، البروفسور هدى سامي الخطيب.\n"
)


def test_ar_professor_is_an_honorific_before_a_framed_name():
    officials = names(run(PROFESSOR, "ar"), "Official")
    assert {"كريم ناصر البيطار", "هدى سامي الخطيب"} <= officials

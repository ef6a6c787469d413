"""A second «ل» phrase after a body's field belongs to the body's name when the body is named
under a head's title and that phrase closes the title's mention (a comma, the holder's
honorific); a single bare word there, or any phrase after a deputy's title, is the post's own
field, and without a title the phrase may be a verb's object (sentences written for these
tests)."""

from __future__ import annotations

from .helpers import names, rels, run


def test_ar_second_field_with_adjective_before_comma():
    ex = run(
        "وقالت مديرة الوكالة الجهوية للموارد المائية للبلدان المغاربية، المهندسة ريم بوزيد، "
        "إن مخزون السدود تراجع هذا الصيف.",
        "ar",
    )
    full = "الوكالة الجهوية للموارد المائية للبلدان المغاربية"
    assert full in names(ex, "Agency")
    assert ("ريم بوزيد", full) in rels(ex, "MEMBER_OF")


def test_ar_second_field_construct_before_honorific():
    ex = run(
        "وحضر اللقاء رئيس الصندوق التعاوني للإسكان الريفي لجنوب البلاد الدكتور أنور صالح "
        "الشامي إلى جانب ممثلي البلديات.",
        "ar",
    )
    assert "الصندوق التعاوني للإسكان الريفي لجنوب البلاد" in names(ex, "Agency")


def test_ar_second_field_without_title_stays_out():
    ex = run(
        "وزع الصندوق الأهلي للتنمية الريفية للأسر المتضررة مساعدات عاجلة بعد الفيضانات.",
        "ar",
    )
    assert "الصندوق الأهلي للتنمية الريفية للأسر المتضررة" not in names(ex, "Agency")


def test_ar_one_bare_word_after_the_body_is_not_its_name():
    ex = run(
        "استقبلت الوزيرة أمس مديرة الوكالة الوطنية للطاقة للتخطيط السيدة لمياء القاسمي.",
        "ar",
    )
    assert "الوكالة الوطنية للطاقة للتخطيط" not in names(ex, "Agency")


def test_ar_deputy_field_of_two_words_is_the_post_not_the_body():
    ex = run(
        "وأوضحت نائبة مدير الصندوق الأهلي للرعاية الصحية للشؤون الإدارية، السيدة سعاد المري، "
        "أن التسجيل يبدأ الشهر المقبل.",
        "ar",
    )
    assert "الصندوق الأهلي للرعاية الصحية" in names(ex, "Agency")
    assert ("سعاد المري", "الصندوق الأهلي للرعاية الصحية") in rels(ex, "MEMBER_OF")

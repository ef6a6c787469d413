"""A second «ل» phrase after a body's field belongs to the body's name when the body is named
under a title and that phrase closes the title's mention (a comma, the holder's honorific); a
single bare word there is the title's own field, and without a title the phrase may be a verb's
object (sentences written for these tests)."""

from __future__ import annotations

from .helpers import names, rels, run


def test_ar_second_field_with_adjective_before_comma():
    ex = run(
        "استقبلت وزيرة البيئة سلمى الكندري أمس رئيسة المعهد الوطني للدراسات البحرية "
        "للمناطق الساحلية، الدكتورة هالة بن سعيد، وبحثتا برامج حماية الشواطئ.",
        "ar",
    )
    full = "المعهد الوطني للدراسات البحرية للمناطق الساحلية"
    assert full in names(ex, "Agency")
    assert ("هالة بن سعيد", full) in rels(ex, "MEMBER_OF")


def test_ar_second_field_construct_before_honorific():
    ex = run(
        "شارك في الورشة مدير المركز الإقليمي للتدريب المهني لدول الساحل المهندس عمر ولد "
        "الداه إلى جانب خبراء من عدة دول.",
        "ar",
    )
    assert "المركز الإقليمي للتدريب المهني لدول الساحل" in names(ex, "Agency")


def test_ar_second_field_without_title_stays_out():
    ex = run(
        "وزع الصندوق الأهلي للتنمية الريفية للأسر المتضررة مساعدات عاجلة بعد الفيضانات.",
        "ar",
    )
    assert "الصندوق الأهلي للتنمية الريفية للأسر المتضررة" not in names(ex, "Agency")


def test_ar_one_bare_word_after_the_body_is_not_its_name():
    ex = run(
        "التقى الوزير نائب رئيس المصرف العربي للتنمية للعمليات السيد فريد الحلبي.",
        "ar",
    )
    assert "المصرف العربي للتنمية للعمليات" not in names(ex, "Agency")

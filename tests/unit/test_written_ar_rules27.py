"""Arabic official forms of round 27 (issue #10: officials' names on unseen text): a title's
field read on to the honorific that opens the holder's name, and a given name spelled as "on
behalf of" after a body (sentences written for these tests)."""

from __future__ import annotations

from .helpers import names, run


# ---- words after a title, then an honorific and a name: the title's field, not a name ----
def test_ar_indefinite_adjective_of_a_field_before_an_honorific_is_no_name():
    ex = run(
        "خبر\n\n"
        "وحضر اللقاء وكيل الوزارة للشؤون الاقتصادية متعددة الأطراف الدكتور ناصر بن سعد القحطاني، "
        "وعدد من المسؤولين.",
        "ar",
    )
    officials = names(ex, "Official")
    assert "ناصر بن سعد القحطاني" in officials
    assert "متعددة الأطراف" not in officials


def test_ar_last_field_and_country_before_a_comma_and_honorific_is_no_name():
    ex = run(
        "خبر\n\n"
        "بحث وزير الفلاحة السيد كريم الصافي مع وزير النقل والتجهيز وشق الطرق بجمهورية مالي، "
        "السيد عثمان كوليبالي، سبل التعاون.",
        "ar",
    )
    officials = names(ex, "Official")
    assert "وشق الطرق" not in officials
    assert "عثمان كوليبالي" in officials


# ---- "Basim" (spelled as "on behalf of") opening a three-word name after a body ----
def test_ar_given_name_spelled_on_behalf_of_after_a_company():
    ex = run(
        "خبر\n\nوحضر الاجتماع مدير عام شركة غاز الجنوب باسم علي الساعدي، ومدير الدائرة القانونية.",
        "ar",
    )
    assert "باسم علي الساعدي" in names(ex, "Official")


def test_ar_on_behalf_of_before_a_body_stays_a_preposition():
    ex = run(
        "خبر\n\nوقال المتحدث باسم وزارة الخارجية أحمد فؤاد الحسني إن الزيارة ناجحة.",
        "ar",
    )
    officials = names(ex, "Official")
    assert "أحمد فؤاد الحسني" in officials
    assert not any(o.startswith("باسم") for o in officials)


# ---- the dual of "member" lists its holders, each with an honorific ----
def test_ar_dual_member_title_with_an_honorific_before_each_name():
    ex = run(
        "خبر\n\nوضم الوفد عضوي مجلس الشيوخ الإيطالي سعادة لوكا بيانكي وسعادة ماركو فيراري.",
        "ar",
    )
    officials = names(ex, "Official")
    assert "لوكا بيانكي" in officials
    assert "ماركو فيراري" in officials


# ---- a plural noun heading a construct is the verb's object, not a name word ----
def test_ar_plural_object_after_a_title_and_its_nisba_is_no_name():
    ex = run(
        "الوزير يبحث مع السفير الأردني تحضيرات اللجنة العليا\n\n"
        "بحث وزير الخارجية أحمد سالم الكندي اليوم مع السفير الأردني تحضيرات اللجنة العليا.",
        "ar",
    )
    assert "تحضيرات" not in names(ex, "Official")


def test_ar_plural_object_after_a_three_word_name_is_no_fourth_name_word():
    ex = run(
        "خبر\n\n"
        "بحث الوزير مع سفير المملكة المغربية السيد خالد محمود سعيد ترتيبات انعقاد "
        "اللجنة المشتركة.",
        "ar",
    )
    officials = names(ex, "Official")
    assert "خالد محمود سعيد" in officials
    assert "خالد محمود سعيد ترتيبات" not in officials

"""Names of holders between a style and the post written after it, round 19 (sentences written
for these tests)."""

from __future__ import annotations

from .helpers import names, run


def test_ar_four_word_name_between_an_honorific_and_the_post_after_it():
    ex = run(
        "مباحثات\n"
        "استقبل وزير الخارجية أمس في مكتبه معالي رودريغو مانويل فيلاسكيث أوربينا وزير "
        "الاقتصاد في جمهورية تشيلي، وبحث معه سبل تعزيز التعاون.",
        "ar",
    )
    assert "رودريغو مانويل فيلاسكيث أوربينا" in names(ex, "Official")


def test_ar_four_words_without_a_style_before_them_keep_the_strict_reading():
    # without an honorific, a run of four words before the post is read strictly
    ex = run(
        "مباحثات\n"
        "استقبل وزير الخارجية أمس رودريغو مانويل فيلاسكيث أوربينا وزير الاقتصاد في جمهورية "
        "تشيلي.",
        "ar",
    )
    assert "رودريغو مانويل فيلاسكيث أوربينا" not in names(ex, "Official")


def test_ar_definite_given_name_spelled_as_a_region_before_a_patronymic():
    # al-Hadi folds onto the spelling of "the Pacific" (a region word); before bin + a listed
    # name after a style it is a given name
    ex = run(
        "استقبال\n"
        "واستقبل السيد الهادي بن علي الفارسي رئيس المجلس الوطني وفدا برلمانيا من الأردن أمس.",
        "ar",
    )
    assert "الهادي بن علي الفارسي" in names(ex, "Official")


def test_ar_capital_after_a_listed_given_name_closing_the_name_is_its_family_name():
    ex = run(
        "استقبال\n"
        "استقبل وزير الخارجية اليوم في مكتبه سفير الاتحاد الأوروبي لدى الأردن يوهانس ريغا.",
        "ar",
    )
    assert "يوهانس ريغا" in names(ex, "Official")


def test_ar_feminine_dual_title_before_two_names():
    ex = run(
        "زيارة\n"
        "ويضم الوفد البرلماني المغربي النائبتين نادية الزرهوني وخديجة بن سالم، إلى جانب "
        "عدد من المستشارين.",
        "ar",
    )
    officials = names(ex, "Official")
    assert "نادية الزرهوني" in officials
    assert "خديجة بن سالم" in officials

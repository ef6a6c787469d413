"""Names and titles of officials, round 16 (sentences written for these tests, names invented)."""

from __future__ import annotations

from .helpers import names, rels, run


def test_ar_name_spelled_with_hamza_on_alef_is_no_adjective_of_the_title():
    # a given name written with a hamza on the alef (Alexander) folds onto the article, but the
    # article is not written so: the title ends before it and the name is whole
    ex = run(
        "اتصال هاتفي\n"
        "وكان الوزير قد تلقى اتصالا من وزير النقل البولندي ألكسندر ماريوش كوفالسكي، جرى "
        "خلاله بحث التعاون.",
        "ar",
    )
    assert "ألكسندر ماريوش كوفالسكي" in names(ex, "Official")
    assert ("ألكسندر ماريوش كوفالسكي", "وزارة النقل") in rels(ex, "MEMBER_OF")


def test_ar_dual_of_deputy_before_two_names_gives_two_officials():
    # "the two MPs X and Y": the dual title names each listed person
    ex = run(
        "وفد برلماني\n"
        "استقبل رئيس مجلس الشعب اليوم وفدا برلمانيا، وضم الوفد النائبين كريم فالح العبيدي "
        "وسلمى جواد الحسني.",
        "ar",
    )
    officials = names(ex, "Official")
    assert "كريم فالح العبيدي" in officials
    assert "سلمى جواد الحسني" in officials


def test_ar_listed_name_after_glued_and_with_unlisted_given_name():
    # "... and-Shirin Muhammad X": in a list of names after a plural title the glued letter is
    # "and" even when the given name is not in the name list
    ex = run(
        "وفد برلماني\n"
        "وضم الوفد عضوي اللجنة النائبين فالح حسن العبيدي ونارين محمد الجاف، إضافة إلى السفير.",
        "ar",
    )
    officials = names(ex, "Official")
    assert "نارين محمد الجاف" in officials
    assert "ونارين محمد الجاف" not in officials


def test_ar_given_name_that_is_a_title_word_ends_a_name_before_a_comma():
    # "Amin" (a title word, "secretary") after two name words and before a comma is the last name
    ex = run(
        "وفد برلماني\nوضم الوفد النائبين فالح حسن العبيدي ونارين محمد أمين، إضافة إلى السفير.",
        "ar",
    )
    assert "نارين محمد أمين" in names(ex, "Official")


def test_ar_nisba_after_two_fields_of_a_minister_is_the_titles_country():
    # "minister of trade and industry, the Omani": an unnamed minister of a country, one holder
    ex = run(
        "اتصال مرئي\n"
        "وكان الوزير قد أجرى أمس اتصالا مرئيا مع وزير الزراعة والثروة السمكية العماني تناول "
        "التعاون.",
        "ar",
    )
    assert "وزير الزراعة والثروة السمكية العماني" in names(ex, "Official")


def test_ar_unnamed_ambassador_with_his_post_is_an_official():
    # "the ambassador of Malaysia accredited to the Sultanate": one holder, named by the title
    ex = run(
        "استقبال\n"
        "استقبل وزير التجارة اليوم وفدا تجاريا. حضر المقابلة مدير عام التجارة، وسعادة سفير "
        "إندونيسيا المعتمد لدى سلطنة عمان.",
        "ar",
    )
    assert "سفير إندونيسيا المعتمد لدى سلطنة عمان" in names(ex, "Official")


def test_ar_unnamed_ambassador_without_a_post_is_no_official():
    ex = run("استقبال\nاستقبل وزير التجارة اليوم سفير إندونيسيا وبحث معه التعاون.", "ar")
    assert not any(n.startswith("سفير إندونيسيا") for n in names(ex, "Official"))


def test_ar_names_listed_after_a_colon_that_follows_a_plural_title():
    # "the committee's members, the senators: X, and Y": the colon opens the list
    ex = run(
        "لقاء برلماني\n"
        "استقبلت لجنة الصداقة وفدا أوروبيا. وحضر اللقاء أعضاء اللجنة الأعيان: منى خليل "
        "الروسان، وفارس عادل الشرع.",
        "ar",
    )
    officials = names(ex, "Official")
    assert "منى خليل الروسان" in officials
    assert "فارس عادل الشرع" in officials


def test_ar_senator_style_of_the_upper_house_before_a_name():
    # «العين» styles a member of the appointed upper house before the name
    ex = run(
        "لقاء برلماني\n"
        "التقت لجنة الشؤون العربية في مجلس الأعيان، برئاسة العين رياض سالم القضاة، اليوم "
        "وفدا من البرلمان الأوروبي.",
        "ar",
    )
    assert "رياض سالم القضاة" in names(ex, "Official")


def test_ar_indefinite_nisba_between_two_name_words_is_a_middle_name():
    # "Paola Rossi Bianchi," (Rossi folds onto "Russian" without the article): a name word, and
    # no country is named by it
    ex = run(
        "لقاء\nوحضر اللقاء سفيرة إيطاليا بالجزائر، باولا روسي بيانكيني، ومدير التعاون بالوزارة.",
        "ar",
    )
    assert "باولا روسي بيانكيني" in names(ex, "Official")
    assert "روسيا" not in names(ex, "Country")


def test_ar_given_name_starting_with_and_alef_after_an_honorific():
    # "Mrs [Wa]mbui X": after an honorific the letters "and" + alef open a given name
    ex = run(
        "أوراق اعتماد\n"
        "تسلم نائب الوزير نسخة من أوراق اعتماد سفيرة جمهورية كينيا لدى المملكة السيدة "
        "وامبوي نجيري أوتينو.",
        "ar",
    )
    assert "وامبوي نجيري أوتينو" in names(ex, "Official")


def test_ar_and_plus_verb_after_a_nisba_title_is_still_no_name():
    ex = run(
        "زيارة\nيستقبل الوزير العماني الوزير البلجيكي ويوقعان مذكرة تفاهم في مسقط.",
        "ar",
    )
    assert not any("ويوقعان" in n for n in names(ex, "Official"))


def test_ar_name_after_the_mp_style_runs_to_the_post_that_follows_it():
    # "the MP Nadia Abdulhadi, head of the committee": an unlisted family name after the
    # style «النائبة», ended by the post
    ex = run(
        "وفد برلماني\nوشارك في الاجتماع سعادة النائبة زينب عبدالزهرة رئيسة لجنة الشؤون المالية.",
        "ar",
    )
    assert "زينب عبدالزهرة" in names(ex, "Official")
    assert ("زينب عبدالزهرة", "لجنة الشؤون المالية") in rels(ex, "MEMBER_OF")


def test_ar_title_word_spelled_without_its_hamza_closes_a_foreign_name():
    # Reyes transcribed r-y-y-s folds onto "ra'is" (president); the title is written with the
    # hamza on the ya, so after a name word it is the family name
    ex = run("لقاء\nالتقى الوزير خوسيه رييس، وبحث معه التعاون الزراعي.", "ar")
    assert "خوسيه رييس" in names(ex, "Official")


def test_ar_capital_between_two_name_words_is_a_middle_name():
    # "Joao Lima Barbosa," (Lima, a capital, between two name words): a name word, no country
    ex = run(
        "مباحثات\n"
        "وحضر الجلسة من الجانب البرازيلي سفير البرازيل لدى المملكة جواو ليما باربوزا، ومدير "
        "الإدارة.",
        "ar",
    )
    assert "جواو ليما باربوزا" in names(ex, "Official")
    assert "بيرو" not in names(ex, "Country")

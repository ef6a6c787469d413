"""News forms of entities, written for these tests in agency and readout style: unnamed
secretaries styled by one government's name for the post, short styles of a title held in full."""

from __future__ import annotations

from .helpers import ent, names, rels, run, said


def test_en_secretary_styled_by_one_government_is_an_unnamed_official():
    ex = run("The Foreign Secretary met the Egyptian Foreign Minister in London on Monday.", "en")
    assert "Foreign Secretary" in names(ex, "Official")
    ex = run("The Secretary of State welcomed the agreement on Tuesday.", "en")
    assert "Secretary of State" in names(ex, "Official")


def test_en_deputy_of_a_styled_secretary_is_not_unique():
    ex = run("The Deputy Secretary of State met the envoy on Tuesday.", "en")
    assert "Deputy Secretary of State" not in names(ex, "Official")


def test_en_short_style_refers_to_the_title_held_in_full():
    ex = run(
        "The Foreign Secretary met the envoy. Minister James Holt, Secretary of State for "
        "Foreign and Commonwealth Affairs, said the talks were good.",
        "en",
    )
    assert names(ex, "Official") == {"James Holt"}
    assert "The Foreign Secretary" in ent(ex, "James Holt").aliases


def test_en_foreign_minister_refers_to_the_minister_of_foreign_affairs():
    ex = run(
        "Omar Haddad, Minister of Foreign Affairs, met the envoy. "
        "The Foreign Minister said the talks were good.",
        "en",
    )
    assert names(ex, "Official") == {"Omar Haddad"}


def test_en_country_after_a_ministers_field_is_the_titles():
    ex = run("Omar Haddad, Minister for Foreign Affairs of Egypt, said it was useful.", "en")
    o = ent(ex, "Omar Haddad")
    assert o.country == "EGY"
    assert ent(ex, "Foreign Ministry").country == "EGY"
    ex = run("Minister for Trade of Jordan Omar Haddad said the talks were useful.", "en")
    assert ent(ex, "Omar Haddad").country == "JOR"


def test_en_country_owning_something_after_the_field_is_not_the_titles():
    ex = run("He thanked the Minister for Trade of Egypt's mission for its help.", "en")
    assert all(o.country != "EGY" for o in ex.entities if o.type == "Official")


def test_en_modified_secretary_general_is_one_title():
    ex = run("Assistant Secretary-General of the Arab League Omar Haddad said it went well.", "en")
    o = ent(ex, "Omar Haddad")
    assert o.title == "Assistant Secretary-General of the Arab League"
    ex = run("Omar Haddad, Deputy Secretary-General of the United Nations, met the envoy.", "en")
    assert ent(ex, "Omar Haddad").title.startswith("Deputy Secretary-General")


def test_en_field_chief_is_a_title():
    ex = run("The intelligence chief Omar Haddad met the minister on Sunday.", "en")
    assert ent(ex, "Omar Haddad").title == "intelligence chief"
    ex = run("IMF Mission Chief Karim Nasser met the minister on Sunday.", "en")
    assert ent(ex, "Karim Nasser").title == "Mission Chief"
    assert "Mission" not in names(ex, "Agency")


def test_ar_spokeswoman_on_behalf_of_the_bare_portfolio_is_of_its_ministry():
    ex = run("قالت المتحدثة باسم الخارجية ليلى حداد إن الاجتماع كان مثمرا.", "ar")
    assert "ليلى حداد" in names(ex, "Official")
    assert "وزارة الخارجية" in names(ex, "Agency")
    assert rels(ex, "MEMBER_OF") == {("ليلى حداد", "وزارة الخارجية")}


def test_ar_unnamed_spokesman_on_behalf_of_the_bare_portfolio_lets_the_ministry_speak():
    ex = run("وقال المتحدث باسم الخارجية إن الاجتماع كان مثمرا.", "ar")
    assert [s for s, _q in said(ex)] == ["وزارة الخارجية"]


def test_ar_bare_portfolio_after_a_noun_is_still_its_adjective():
    ex = run("ناقش الوزير السياسة الخارجية مع ضيفه.", "ar")
    assert "وزارة الخارجية" not in names(ex, "Agency")


def test_ar_member_of_a_body_of_a_named_movement_is_an_official():
    ex = run("قال عضو المكتب السياسي لحركة حماس عمر حداد إن المحادثات مستمرة.", "ar")
    assert ent(ex, "عمر حداد").title == "عضو المكتب السياسي لحركة حماس"
    assert "حركة حماس" in names(ex, "Agency")
    ex = run("أعلنت حركة فتح أنها توافق على الاقتراح.", "ar")
    assert "حركة فتح" in names(ex, "Agency")


def test_ar_movement_before_an_adjective_is_no_body():
    ex = run("شهدت المنطقة حركة نشطة للتجارة هذا العام.", "ar")
    assert names(ex, "Agency") == set()


def test_ar_object_with_its_adjective_after_a_family_name_ends_the_name():
    ex = run("وطالب وزير الخارجية محمد العلي المجتمع الدولي بالتحرك.", "ar")
    assert "محمد العلي" in names(ex, "Official")
    ex = run("وحث وزير الخارجية محمد العلي الأطراف الليبية على الحوار.", "ar")
    assert "محمد العلي" in names(ex, "Official")


def test_ar_two_family_words_stay_one_name():
    ex = run("استقبل الأمير أحمد ناصر المحمد الصباح الوفد في القصر.", "ar")
    assert "أحمد ناصر المحمد الصباح" in names(ex, "Official")
    ex = run("قال الوزير محمد نور الدين الأتاسي إن اللقاء مثمر.", "ar")
    assert "محمد نور الدين الأتاسي" in names(ex, "Official")


def test_ar_future_verb_before_a_place_is_no_name():
    ex = run("وقال الوزير إن الرئيس سيزور عمان الشهر المقبل.", "ar")
    assert not any(n.startswith("سيزور") for n in names(ex, "Official"))
    assert "الرئيس" in names(ex, "Official")


def test_ar_unlisted_name_spelled_like_a_future_verb_still_opens_a_name():
    ex = run("قال الوزير ستافان ميستورا إن اللقاء كان مثمرا.", "ar")
    assert "ستافان ميستورا" in names(ex, "Official")


def test_en_body_after_a_named_guest_is_the_venue():
    ex = run(
        "Secretary Omar Haddad hosted Foreign Minister Karim Nasser at the State Department.", "en"
    )
    assert ("Karim Nasser", "State Department") not in rels(ex, "MEMBER_OF")


def test_en_body_after_a_title_after_the_name_is_the_officials():
    ex = run("Karim Nasser, Director at the State Department, said the talks were good.", "en")
    assert ("Karim Nasser", "State Department") in rels(ex, "MEMBER_OF")


def test_en_plural_title_gives_each_listed_name_its_country_in_order():
    ex = run(
        "The foreign ministers of Egypt and Jordan, Omar Haddad and Karim Nasser, met in Cairo.",
        "en",
    )
    assert ent(ex, "Omar Haddad").country == "EGY"
    assert ent(ex, "Karim Nasser").country == "JOR"
    # two countries' foreign ministries are named by their countries
    assert ("Karim Nasser", "Jordanian Foreign Ministry") in rels(ex, "MEMBER_OF")


def test_ar_dual_title_gives_each_listed_name_its_country_in_order():
    ex = run("التقى وزيرا خارجية مصر والأردن عمر حداد وكريم نصار في القاهرة.", "ar")
    assert ent(ex, "عمر حداد").country == "EGY"
    assert ent(ex, "كريم نصار").country == "JOR"
    ex = run("التقى وزراء خارجية مصر والأردن والعراق عمر حداد وكريم نصار وسامي علي أمس.", "ar")
    assert ent(ex, "سامي علي").country == "IRQ"


def test_plural_title_alone_names_nobody():
    ex = run("The Egyptian and Jordanian foreign ministers affirmed their support.", "en")
    assert names(ex, "Official") == set()
    ex = run("أكد وزراء خارجية الدول العربية دعمهم للاتفاق.", "ar")
    assert names(ex, "Official") == set()


def test_ar_stance_verb_object_after_a_title_is_no_name():
    ex = run("وأكد وزير الخارجية حرص المملكة على دعم خطط التنمية.", "ar")
    assert not any(n.startswith("حرص") for n in names(ex, "Official"))
    ex = run("وجدد الرئيس التزام السلطنة بدعم الحوار.", "ar")
    assert not any("السلطنة" in n for n in names(ex, "Official"))


def test_ar_title_mention_refers_to_its_holder_whatever_his_rank():
    ex = run(
        "المدير العام للأمن الوطني يستقبل وفدا أمنيا\n"
        "استقبل المدير العام للأمن الوطني، الفريق عمر حداد، اليوم بمكتبه وفدا أمنيا.",
        "ar",
    )
    assert names(ex, "Official") == {"عمر حداد"}


def test_en_title_mention_is_not_the_deputy():
    ex = run(
        "The Foreign Minister wrote. Deputy Foreign Minister Omar Haddad said it was good.",
        "en",
    )
    assert "The Foreign Minister" not in ent(ex, "Omar Haddad").aliases


def test_ar_general_post_of_a_body_is_an_unnamed_official():
    ex = run("شارك الوزير في اجتماع مع الأمين العام لجامعة الدول العربية أمس.", "ar")
    assert "الأمين العام لجامعة الدول العربية" in names(ex, "Official")


def test_ar_general_post_refers_to_its_named_holder():
    ex = run(
        "استقبل الأمين العام لجامعة الدول العربية عمر حداد الوفد. "
        "وقال الأمين العام إن اللقاء مثمر.",
        "ar",
    )
    assert names(ex, "Official") == {"عمر حداد"}


def test_ar_department_of_two_regions_keeps_both():
    ex = run("وحضر مدير إدارة الشرق الأوسط وإفريقيا في وزارة الخارجية عمر حداد.", "ar")
    assert "إدارة الشرق الأوسط وإفريقيا" in names(ex, "Agency")


def test_ar_country_after_a_definite_title_is_the_verbs_object():
    ex = run("زار الرئيس مصر الأسبوع الماضي.", "ar")
    assert "الرئيس" in names(ex, "Official")
    assert ent(ex, "الرئيس").country is None
    ex = run("استقبل رئيس مصر الوفد في القصر.", "ar")
    assert ent(ex, "رئيس مصر").country == "EGY"


def test_en_bare_title_after_an_unnamed_official_is_theirs():
    ex = run(
        "The Secretary of State welcomed the deal. The Secretary said it was a step forward.", "en"
    )
    assert names(ex, "Official") == {"Secretary of State"}
    assert [q for _s, q in said(ex) if q.startswith("it was")]


def test_ar_bare_title_after_an_unnamed_official_is_theirs():
    ex = run("استقبل أمير دولة قطر الوزير. وأكد الأمير أهمية التعاون.", "ar")
    assert names(ex, "Official") == {"أمير دولة قطر"}

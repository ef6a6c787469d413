"""Arabic forms met in the fourth round of dispatches written for the project (eval/written):
foreign names before their post, names spelled like function words, several guests received at
once, counterparts, central banks, funds and authorities (sentences written for these tests)."""

from __future__ import annotations

import pytest

from .helpers import ent, met, names, rels, run, said

# ---- an honorific, a foreign name of unlisted words, then the post: the post ends the name ----
NAME_BEFORE_POST = [
    (
        "استقبل وزير الخارجية اليوم سعادة كوفي أدجيه بواتينغ سفير جمهورية غانا لدى الدولة.",
        "كوفي أدجيه بواتينغ",
    ),
    # a family name in -h (Mensah, Shah) before the post is no "his …" pronoun word
    ("استقبل المحافظ أمس سعادة ياو أوفوري مينساه سفير غانا.", "ياو أوفوري مينساه"),
]


@pytest.mark.parametrize("text,person", NAME_BEFORE_POST)
def test_ar_honorific_foreign_name_then_post(text, person):
    ex = run(text, "ar")
    assert person in names(ex, "Official")


def test_ar_word_in_h_after_a_name_is_the_family_name_only_before_a_post():
    ex = run(
        "استقبل الوزير أمس سعادة كويسي نانا مينساه سفير غانا، ووجه خالد سالم الشامسي شكره.", "ar"
    )
    assert "كويسي نانا مينساه" in names(ex, "Official")
    assert not any("شكره" in n for n in names(ex, "Official"))


# ---- a foreign given name spelled with a letter no function word starts with (آن, not أن) ----
def test_ar_name_word_spelled_apart_from_a_function_word_inside_a_name():
    ex = run("التقى الوزير سعادة السيدة ماري آن فليتشر نائبة وزير الخارجية في أستراليا.", "ar")
    assert "ماري آن فليتشر" in names(ex, "Official")


# ---- عبد + a definite word is a given name: the family names after it are no noun phrase ----
def test_ar_abd_compound_then_two_definite_family_names():
    ex = run("وأكد الوزير السيد عبد الحكيم الفاسي الإدريسي، اليوم، أهمية التعاون.", "ar")
    assert "عبد الحكيم الفاسي الإدريسي" in names(ex, "Official")


# ---- a title, a comma, then one unlisted word: the next clause's verb, no apposed name ----
def test_ar_verb_after_a_title_and_a_comma_is_no_name():
    ex = run(
        "تلقى الوزير اتصالا من معالي ماركو أنطونيو فيرا وزير الخارجية في جمهورية تشيلي، "
        "تناول العلاقات الثنائية.",
        "ar",
    )
    assert "ماركو أنطونيو فيرا" in names(ex, "Official")
    assert "تناول" not in names(ex, "Official")
    # a listed name after the comma is still the title's (Tunisian style)
    ex = run("التقى وزير الشؤون الخارجية، نبيل الورتاني، نظيره الليبي.", "ar")
    assert "نبيل الورتاني" in names(ex, "Official")


# ---- a name set off after a long post: its given name is not left in the post ----
SET_OFF = [
    (
        "حضر اللقاء مساعد وزير الاقتصاد للسياسات النقدية الكلية محمود فتحي الشناوي.",
        "محمود فتحي الشناوي",
    ),
    (
        "وحضر الاجتماع وزيرة التجارة ووزيرة الدولة لشؤون الشباب والرياضة لطيفة سالم العتيبي.",
        "لطيفة سالم العتيبي",
    ),
]


@pytest.mark.parametrize("text,person", SET_OFF)
def test_ar_given_name_before_a_set_off_name_belongs_to_it(text, person):
    ex = run(text, "ar")
    assert person in names(ex, "Official")
    assert " ".join(person.split()[1:]) not in names(ex, "Official")


# ---- a title's body written short in brackets before the name ----
BRACKETED = [
    (
        "استقبل وزير الطاقة سالم حمد الكواري اليوم الأمين العام لمنظمة الدول المصدرة للنفط "
        "(أوبك) ماجد ناصر الهاجري.",
        "ماجد ناصر الهاجري",
        "منظمة الدول المصدرة للنفط",
    ),
    (
        "بحث الوزير السيد سالم الطيبي مع المدير العام لمنظمة الأغذية والزراعة للأمم المتحدة "
        "(فاو)، السيد لويس ألبرتو كاردوسو، برامج التعاون.",
        "لويس ألبرتو كاردوسو",
        "منظمة الأغذية والزراعة للأمم المتحدة",
    ),
]


@pytest.mark.parametrize("text,person,body", BRACKETED)
def test_ar_name_after_a_bracketed_abbreviation_takes_the_title(text, person, body):
    ex = run(text, "ar")
    assert (person, body) in rels(ex, "MEMBER_OF")
    assert any(person in pair for pair in met(ex))


# ---- international bodies named in full ----
def test_ar_opec_and_the_new_development_bank_in_full():
    ex = run(
        "وأكد الوزير أن منظمة الدول المصدرة للنفط تدعم استقرار الأسواق، "
        "وأن بلاده تسعى للانضمام إلى بنك التنمية الجديد.",
        "ar",
    )
    assert {"منظمة الدول المصدرة للنفط", "بنك التنمية الجديد"} <= names(ex, "Agency")


# ---- a title mention naming the same well-known body in another form is the same official ----
def test_ar_title_mention_with_another_form_of_the_body():
    ex = run(
        "وقال الأمين العام المساعد لجامعة الدول العربية السفير ماهر سليم النجار إن الأمانة "
        "تتابع التحضيرات. وأضاف الأمين العام المساعد للجامعة العربية أن الاجتماع سيعقد قريبا.",
        "ar",
    )
    officials = names(ex, "Official")
    assert "ماهر سليم النجار" in officials
    assert "الأمين العام المساعد للجامعة العربية" not in officials
    assert len([q for s, q in said(ex) if s == "ماهر سليم النجار"]) == 2


# ---- معاون (Levant, Iraq): "assistant" before a minister ----
def test_ar_muawin_is_a_modifier_of_the_minister():
    ex = run("حضر اللقاء معاون وزير النقل المهندس سامر فؤاد الشامي.", "ar")
    o = ent(ex, "سامر فؤاد الشامي")
    assert "معاون وزير النقل" in o.title


# ---- a word spelled like a verb after a listed given name and before a comma ----
def test_ar_verb_shaped_family_name_before_a_comma():
    ex = run("وضم الوفد النائب مارتن يورغنسن، والنائب كلارا بيرغ.", "ar")
    assert "مارتن يورغنسن" in names(ex, "Official")


# ---- "minister of X in (the Republic of) Y": Y's minister and ministry; an ambassador's "in" is
# the post ----
MINISTER_IN = [
    (
        "استقبل الوزير خالد سالم العلي السيد توماس كارل نوفاك وزير الدفاع في جمهورية التشيك.",
        "توماس كارل نوفاك",
        "التشيك",
    ),
    (
        "التقى الوزير خالد سالم العلي السيدة إنغا ماريا ليند نائبة وزير الخارجية في السويد.",
        "إنغا ماريا ليند",
        "السويد",
    ),
]


@pytest.mark.parametrize("text,person,country", MINISTER_IN)
def test_ar_minister_in_a_country_is_of_it(text, person, country):
    ex = run(text, "ar")
    ministry = next(a for p, a in rels(ex, "MEMBER_OF") if p == person)
    assert (ministry, country) in rels(ex, "MEMBER_OF")
    # an ambassador's "in" names the post, not the nationality
    ex = run("التقى الوزير خالد سالم العلي سفير كندا في مصر جون ماثيو ديفيس.", "ar")
    assert ent(ex, "جون ماثيو ديفيس").country == "CAN"


# ---- "minister of the affairs the foreign": the portfolio reads past "the affairs" ----
def test_ar_minister_of_foreign_affairs_with_shuun_takes_its_nisba():
    ex = run("التقى الوزير خالد سالم العلي السيد بيير لوك بوشار وزير الشؤون الخارجية الكندي.", "ar")
    o = ent(ex, "بيير لوك بوشار")
    assert o.title.startswith("وزير الشؤون الخارجية")
    assert o.country == "CAN"


# ---- several guests received at once, each after an honorific: the host met each ----
def test_ar_received_several_guests_each_with_an_honorific():
    ex = run(
        "استقبل معالي راشد سالم الظاهري وزير دولة، اليوم، كلاً من سعادة هانس بيتر غروبر سفير "
        "جمهورية النمسا، وسعادة ياو أوفوري مينساه سفير جمهورية غانا، وسعادة سلمى فريد الحديدي "
        "سفيرة المملكة الأردنية الهاشمية لدى الدولة.",
        "ar",
    )
    pairs = met(ex)
    for guest in ("هانس بيتر غروبر", "ياو أوفوري مينساه", "سلمى فريد الحديدي"):
        assert frozenset({"راشد سالم الظاهري", guest}) in pairs


# ---- one unlisted word in ة after a title, then a preposition: the object, no name ----
def test_ar_feminine_noun_after_a_title_is_no_name():
    ex = run("ووجه الوزير الكندي دعوة إلى نظيره لزيارة أوتاوا، ووجه الرئيس رسالة إلى القمة.", "ar")
    officials = names(ex, "Official")
    assert "دعوة" not in officials and "رسالة" not in officials
    # a listed name in ة is still one
    ex = run("وقال الوزير أسامة إن البلدين متفقان.", "ar")
    assert "أسامة" in names(ex, "Official")


# ---- "stressed X, according to a statement by Y, that …": X is the speaker ----
def test_ar_source_set_off_before_the_complementiser_is_no_speaker():
    ex = run(
        "استقبل رئيس الحكومة، منصف بن سالم القروي، اليوم وفدا. وأكد رئيس الحكومة، وفق بلاغ "
        "لرئاسة الحكومة، أن بلاده تعول على شركائها.",
        "ar",
    )
    speakers = {s for s, _q in said(ex)}
    assert speakers == {"منصف بن سالم القروي"}


# ---- the verbal noun istif'al (alone or after li-) after a title: the purpose, no name ----
def test_ar_istifal_verbal_noun_after_a_title_is_no_name():
    ex = run(
        "ومن المقرر أن يلتقي الوفد وزير التجارة الأردني الشهر المقبل لاستكمال المفاوضات.", "ar"
    )
    officials = names(ex, "Official")
    assert "لاستكمال" not in officials
    assert "وزير التجارة الأردني" in officials

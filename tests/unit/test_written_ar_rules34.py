"""A ministry named by its portfolio and its country's long name after a glued preposition
(«وزير … بجمهورية X») is also named so, round 16 (sentences written for these tests)."""

from __future__ import annotations

from .helpers import ent, rels, run


def test_ar_ministry_is_named_with_the_republic_after_its_portfolio():
    ex = run(
        "مباحثات في الرباط\n"
        "الرباط - أجرى وزير الخارجية مباحثات مع وزير التجارة والصناعة والسياحة بجمهورية تشاد "
        "السيد إدريس محمد ناصر، تناولت سبل تعزيز التعاون.",
        "ar",
    )
    ministry = ent(ex, "وزارة التجارة والصناعة والسياحة")
    assert "وزارة التجارة والصناعة والسياحة بجمهورية تشاد" in ministry.aliases
    assert ("إدريس محمد ناصر", ministry.name) in rels(ex, "MEMBER_OF")


def test_ar_long_names_of_republics_are_their_countries():
    ex = run(
        "استقبال في عمّان\n"
        "عمّان - استقبل رئيس مجلس الأعيان سفير جمهورية الغابون السيد جان بيير موانغا، "
        "وبحث معه العلاقات الثنائية.",
        "ar",
    )
    assert "جمهورية الغابون" in ent(ex, "الغابون").aliases


def test_ar_known_republic_name_also_gives_the_prepositional_form():
    ex = run(
        "لقاء في الرياض\n"
        "الرياض - التقى وزير الداخلية وزير النقل بجمهورية العراق السيد كريم حسن جواد، "
        "وبحثا التعاون في مجال النقل.",
        "ar",
    )
    assert "وزارة النقل بجمهورية العراق" in ent(ex, "وزارة النقل العراقية").aliases


def test_ar_red_crescent_body_is_one_name_with_its_country():
    ex = run(
        "اتصال\n"
        "الرياض - تلقى الأمير اتصالا من رئيس هيئة الهلال الأحمر السعودي الدكتور سالم بن عبدالله "
        "المطيري. كما التقى رئيس جمعية الهلال الأحمر القطري السيد خالد ناصر الكواري.",
        "ar",
    )
    member = rels(ex, "MEMBER_OF")
    assert ("سالم بن عبدالله المطيري", "هيئة الهلال الأحمر السعودي") in member
    assert ("هيئة الهلال الأحمر السعودي", "السعودية") in member
    assert ("خالد ناصر الكواري", "جمعية الهلال الأحمر القطري") in member


def test_ar_directorate_field_coordinated_with_a_cue_noun_is_one_name():
    ex = run(
        "بيان\n"
        "عمّان - قال مدير مديرية الإعلام والاتصال في وزارة الخارجية الأردنية خالد سعيد العمري إن "
        "الوزير سيزور القاهرة.",
        "ar",
    )
    member = rels(ex, "MEMBER_OF")
    assert ("خالد سعيد العمري", "مديرية الإعلام والاتصال") in member
    assert ("مديرية الإعلام والاتصال", "وزارة الخارجية") in member

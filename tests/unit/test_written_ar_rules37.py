"""Arabic bodies' names that go on past the point where the walk used to stop, round 17
(sentences written for these tests)."""

from __future__ import annotations

from .helpers import names, rels, run


def test_ar_ministry_named_by_adjectives_takes_its_contracted_field():
    ex = run(
        "لقاء في عمّان\n"
        "التقى وزير الطاقة سامر الحديدي مع وزيرة الدولة في الوزارة الاتحادية النمساوية "
        "للتعليم العالي والبحث، إلزه برانت، في عمّان أمس.",
        "ar",
    )
    body = "الوزارة الاتحادية النمساوية للتعليم العالي والبحث"
    assert body in names(ex, "Agency")
    assert ("إلزه برانت", body) in rels(ex, "MEMBER_OF")


def test_ar_ministry_field_split_clitic_without_nisba():
    ex = run(
        "لقاء في عمّان\n"
        "استقبل الوزير كارل موزر، وكيل الوزارة الاتحادية للنقل والبنية التحتية، في مكتبه أمس.",
        "ar",
    )
    assert "الوزارة الاتحادية للنقل والبنية التحتية" in names(ex, "Agency")


def test_ar_remit_after_a_portfolio_or_a_bare_ministry_stays_out():
    ex = run(
        "لقاء في عمّان\n"
        "التقى الوزير مع سالم العبدلي وكيل الوزارة للشؤون الإدارية، ومع نادر الشمري مساعد "
        "وزير الخارجية الكويتي للشؤون الآسيوية.",
        "ar",
    )
    agencies = names(ex, "Agency")
    assert not any("للشؤون" in a for a in agencies)


def test_ar_compass_word_and_its_region_stay_in_the_body_name():
    ex = run(
        "وفد برلماني\n"
        "استقبل الوزير النائبة سوزان كلارك، رئيسة اللجنة الفرعية للشرق الأقصى وجنوب شرق آسيا، "
        "في مقر الوزارة أمس.",
        "ar",
    )
    body = "اللجنة الفرعية للشرق الأقصى وجنوب شرق آسيا"
    assert body in names(ex, "Agency")
    assert ("سوزان كلارك", body) in rels(ex, "MEMBER_OF")


def test_ar_home_body_named_bare_before_a_foreign_namesake_is_its_own():
    ex = run(
        "رئيس مجلس النواب يستقبل وفداً أمريكياً\n"
        "الرباط – استقبل رئيس مجلس النواب السيد كريم العلوي في مكتبه اليوم وفداً من مجلس "
        "النواب الأمريكي برئاسة النائب جون سميث، وبحث معه التعاون بين المجلسين.",
        "ar",
    )
    agencies = names(ex, "Agency")
    assert "مجلس النواب" in agencies
    assert "مجلس النواب الأمريكي" in agencies
    assert ("كريم العلوي", "مجلس النواب الأمريكي") not in rels(ex, "MEMBER_OF")


def test_ar_remit_glued_to_its_preposition_after_a_minister_portfolio_is_no_ministry_name():
    ex = run(
        "اجتماع زراعي\n"
        "ترأس وزير الزراعة والإصلاح الزراعي حسان العلي الاجتماع أمس، وحضره معاون وزير "
        "الزراعة لشؤون الثروة الحيوانية ماهر الحسن.",
        "ar",
    )
    agencies = names(ex, "Agency")
    assert not any("لشؤون" in a for a in agencies)

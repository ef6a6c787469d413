"""Arabic news-agency copy (issue #10: extraction that holds on unseen copy): sentences written
for these tests."""

from __future__ import annotations

from .helpers import ent, met, names, run, said


# ---- a field's adjective, then "in (the Republic of) X", then the minister's name ----
def test_ar_field_with_its_adjective_then_the_country_of_the_post_then_the_name():
    ex = run(
        "استقبل وزير الخارجية سامي فهد العنزي اليوم وزير التعليم العالي في جمهورية كازاخستان "
        "دانيار أحمدوف.",
        "ar",
    )
    assert ent(ex, "دانيار أحمدوف").country == "KAZ"
    assert frozenset({"سامي فهد العنزي", "دانيار أحمدوف"}) in met(ex)


def test_ar_national_economy_minister_in_a_country_with_the_preposition_glued():
    ex = run(
        "التقت وزيرة الاقتصاد الوطني بجمهورية كازاخستان دينارا سيريكوفا اليوم رئيس غرفة "
        "الصناعة نبيل حسن الخطيب.",
        "ar",
    )
    assert "دينارا سيريكوفا" in names(ex, "Official")
    assert ent(ex, "دينارا سيريكوفا").country == "KAZ"


# ---- a joint committee of two countries is a meeting format, no body; with nisbas it is one ----
def test_ar_the_joint_committee_between_the_two_countries_is_no_agency():
    ex = run(
        "استقبل وزير الخارجية سامي فهد العنزي اليوم سفير جمهورية غانا كوفي مينساه، وجرى بحث "
        "التحضيرات لاجتماعات اللجنة الوزارية المشتركة بين البلدين.",
        "ar",
    )
    assert not any("مشترك" in n for n in names(ex, "Agency"))


def test_ar_the_political_consultation_committee_is_no_agency():
    ex = run(
        "ترأس وزير الخارجية سامي فهد العنزي ونظيره الغاني كوفي مينساه اليوم اجتماع لجنة "
        "التشاور السياسي بين البلدين.",
        "ar",
    )
    assert not any("التشاور" in n for n in names(ex, "Agency"))


def test_ar_a_joint_committee_named_by_both_nisbas_stays_a_body():
    ex = run(
        "اختتمت في الرباط أعمال الدورة التاسعة للجنة العليا المشتركة المغربية الغانية.",
        "ar",
    )
    assert "اللجنة العليا المشتركة المغربية الغانية" in names(ex, "Agency")


# ---- three unlisted name words closing the sentence are one foreign name ----
def test_ar_a_korean_name_of_three_words_closing_the_sentence():
    ex = run(
        "استقبل وزير الدولة للشؤون الخارجية سامي فهد العنزي اليوم نائب وزير الخارجية الكوري "
        "هوانغ جي سونغ.",
        "ar",
    )
    assert "هوانغ جي سونغ" in names(ex, "Official")
    assert frozenset({"سامي فهد العنزي", "هوانغ جي سونغ"}) in met(ex)


def test_ar_a_russian_name_with_its_patronymic_closing_the_sentence():
    ex = run(
        "استقبل وزير الطاقة سامي فهد العنزي اليوم وزير الطاقة في جمهورية كازاخستان أرمان "
        "بولاتوفيتش سيتكالييف.",
        "ar",
    )
    assert "أرمان بولاتوفيتش سيتكالييف" in names(ex, "Official")


# ---- a foreign given name spelled as a function word (Li) right after a title ----
def test_ar_the_chinese_premier_li_after_his_title():
    ex = run(
        "استقبل الرئيس خالد سالم العتيبي اليوم رئيس مجلس الدولة الصيني لي تشيانغمينغ، وبحث معه "
        "العلاقات الثنائية.",
        "ar",
    )
    assert "لي تشيانغمينغ" in names(ex, "Official")
    assert frozenset({"خالد سالم العتيبي", "لي تشيانغمينغ"}) in met(ex)


def test_ar_the_function_word_li_before_a_conjunction_is_no_name():
    ex = run("وقال الوزير الصيني لي إن العلاقات بين البلدين متينة.", "ar")
    assert not any(n.startswith("لي") for n in names(ex, "Official"))


# ---- a feminine participle after a body's definite field goes on its name ----
def test_ar_a_participle_after_the_field_of_an_international_agency():
    ex = run(
        "وقع وزير الطاقة سامي فهد العنزي اليوم مذكرة تفاهم مع الوكالة الدولية للطاقة المتجددة.",
        "ar",
    )
    assert "الوكالة الدولية للطاقة المتجددة" in names(ex, "Agency")


def test_ar_a_participle_after_the_field_of_a_national_authority():
    ex = run(
        "التقى الوزير اليوم رئيس الهيئة الوطنية للتنمية المستدامة حسن علي الراشد.",
        "ar",
    )
    assert "الهيئة الوطنية للتنمية المستدامة" in names(ex, "Agency")
    assert "حسن علي الراشد" in names(ex, "Official")


# ---- a capital between a body's head and the field it serves ----
def test_ar_a_fund_named_by_its_capital_then_its_field():
    ex = run(
        "وقع وزير المالية سامي فهد العنزي اليوم اتفاقية قرض مع صندوق الرياض للتنمية الزراعية.",
        "ar",
    )
    assert "صندوق الرياض للتنمية الزراعية" in names(ex, "Agency")
    assert ent(ex, "صندوق الرياض للتنمية الزراعية").country == "SAU"


# ---- "minister of defence of the Republic of X": the ministry's field is the portfolio alone ----
def test_ar_the_ministry_implied_by_a_construct_title_is_named_with_the_article():
    ex = run(
        "التقى وزير الدفاع سامي فهد العنزي اليوم وزير دفاع جمهورية كرواتيا إيفان بيريتش.",
        "ar",
    )
    croatian = ent(ex, "وزارة الدفاع الكرواتية")
    assert croatian.country == "HRV"
    assert not any("جمهورية" in a for a in [croatian.name, *croatian.aliases])


# ---- "the session" and "consultations" are meetings: who took part in them met the other side ----
def test_ar_who_took_part_in_the_session_met_the_guest():
    ex = run(
        "عقد وزير الخارجية خالد سالم العتيبي جلسة مباحثات رسمية مع نظيره الهندي راجيف كومار. "
        "وشارك في الجلسة وكيل وزارة الخارجية للشؤون السياسية سامي فهد العنزي.",
        "ar",
    )
    assert frozenset({"سامي فهد العنزي", "راجيف كومار"}) in met(ex)


def test_ar_political_consultations_with_a_counterpart_are_a_meeting():
    ex = run(
        "أجرى وزير الخارجية خالد سالم العتيبي اليوم مشاورات سياسية مع نظيره الهندي راجيف كومار.",
        "ar",
    )
    assert frozenset({"خالد سالم العتيبي", "راجيف كومار"}) in met(ex)


# ---- "His Highness" as a subject is the official named with that style, not the last named ----
def test_ar_his_highness_noted_is_the_crown_prince_not_his_guest():
    ex = run(
        "استقبل سمو ولي العهد اليوم رئيس وزراء جمهورية التشيك ماريك دفورجاك. وبحث سموه مع "
        "دفورجاك فرص الشراكة الاقتصادية، وأشار سموه إلى أهمية برامج التبادل الطلابي.",
        "ar",
    )
    speakers = {s for s, q in said(ex) if "التبادل" in q}
    assert speakers == {"ولي العهد"}

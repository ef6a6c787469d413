"""Delegations of companies and committees named in construct («وفد شركة X برئاسة Y»), the
accompanying delegation of their head, and companies named by two words of their own, round 16
(sentences written for these tests)."""

from __future__ import annotations

from .helpers import met, names, rels, run


def test_ar_company_delegation_in_construct_is_a_delegation_of_the_company():
    ex = run(
        "وزير الطاقة يستقبل وفدا\n"
        "عمان - استقبل وزير الطاقة الأردني سامر خليل النابلسي اليوم وفد شركة روستك للمعادن "
        "الروسية برئاسة نائب المدير العام للشركة فلاديمير سوكولوف، وبحث معه سبل التعاون.",
        "ar",
    )
    member = rels(ex, "MEMBER_OF")
    assert "وفد شركة روستك للمعادن الروسية" in names(ex, "Agency")
    assert ("فلاديمير سوكولوف", "وفد شركة روستك للمعادن الروسية") in member
    assert ("وفد شركة روستك للمعادن الروسية", "شركة روستك للمعادن الروسية") in member
    assert frozenset({"سامر خليل النابلسي", "وفد شركة روستك للمعادن الروسية"}) in met(ex)
    assert frozenset({"سامر خليل النابلسي", "فلاديمير سوكولوف"}) not in met(ex)


def test_ar_definite_delegation_before_a_company_is_not_a_construct():
    ex = run(
        "لقاء في عمان\n"
        "عمان - التقى الوفد شركات محلية في عمان اليوم، بحضور وزير الطاقة الأردني سامر "
        "خليل النابلسي.",
        "ar",
    )
    assert not any(n.startswith("الوفد شركات") for n in names(ex, "Agency"))


def test_ar_accompanying_delegation_of_a_delegations_head_is_that_delegation():
    ex = run(
        "رئيس البرلمان يستقبل وفدا\n"
        "الرباط - استقبل رئيس مجلس النواب سعيد الحمداني اليوم وفد لجنة الصداقة البرلمانية "
        "الفنلندية - المغربية في البرلمان الفنلندي برئاسة النائب ماتي لاهتينن والوفد المرافق "
        "له الذي يزور المملكة حاليا.\n"
        "وضم الوفد النائبة آنا كوسكي.",
        "ar",
    )
    agencies = names(ex, "Agency")
    member = rels(ex, "MEMBER_OF")
    assert "الوفد المرافق له" not in agencies
    delegation = "وفد لجنة الصداقة البرلمانية الفنلندية - المغربية"
    assert ("ماتي لاهتينن", delegation) in member
    assert ("آنا كوسكي", delegation) in member


def test_ar_company_named_by_two_words_closed_by_its_nisba():
    ex = run(
        "مباحثات نفطية\n"
        "بغداد - بحث وزير النفط العراقي كريم حسن الدليمي اليوم مع شركة بتروفال نوردكس "
        "النرويجية تطوير حقل الغاز.",
        "ar",
    )
    assert "شركة بتروفال نوردكس النرويجية" in names(ex, "Agency")
    assert ("شركة بتروفال نوردكس النرويجية", "النرويج") in rels(ex, "MEMBER_OF")


def test_ar_company_name_does_not_take_a_following_plain_word_without_nisba_or_field():
    ex = run(
        "اتفاق\nبغداد - وقعت شركة بتروفال اتفاقا اليوم مع وزارة النفط العراقية.",
        "ar",
    )
    assert not any("اتفاق" in n for n in names(ex, "Agency"))


def test_ar_friendship_committee_of_two_nisbas_joined_by_a_dash_is_of_neither_alone():
    ex = run(
        "رئيس البرلمان يستقبل وفدا\n"
        "الرباط - استقبل رئيس مجلس النواب سعيد الحمداني اليوم وفد لجنة الصداقة البرلمانية "
        "الفنلندية - المغربية في البرلمان الفنلندي برئاسة النائب ماتي لاهتينن.",
        "ar",
    )
    member = rels(ex, "MEMBER_OF")
    assert "لجنة الصداقة البرلمانية الفنلندية - المغربية" in names(ex, "Agency")
    assert ("لجنة الصداقة البرلمانية الفنلندية - المغربية", "فنلندا") not in member
    assert (
        "لجنة الصداقة البرلمانية الفنلندية - المغربية",
        "البرلمان الفنلندي",
    ) in member


def test_ar_delegation_with_its_abbreviation_in_brackets_is_headed_by_the_official_after_it():
    ex = run(
        "وزير المالية يستقبل وفدا\n"
        "عمان - استقبل وزير المالية الأردني سامر خليل النابلسي اليوم وفدا من البنك الإسلامي "
        "للتنمية (إسدب) برئاسة نائبة رئيس البنك أمينة سليمان.",
        "ar",
    )
    member = rels(ex, "MEMBER_OF")
    delegation = next(n for n in names(ex, "Agency") if n.startswith("وفد"))
    assert ("أمينة سليمان", delegation) in member


def test_ar_company_name_goes_on_after_its_nisba_with_an_adjective_and_its_field():
    ex = run(
        "مباحثات كهربائية\n"
        "دمشق - بحث وزير الكهرباء السوري فادي نبيل حداد اليوم مع وفد من الشركة الهندية الوطنية "
        "للطاقة الشمسية برئاسة المدير الإقليمي للشركة راجيف كومار سبل تأهيل المحطات.",
        "ar",
    )
    agencies = names(ex, "Agency")
    assert "الشركة الهندية الوطنية للطاقة الشمسية" in agencies
    assert "الشركة الهندية" not in agencies

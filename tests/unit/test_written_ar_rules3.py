"""Arabic forms met in the third round of dispatches written for the project (eval/written):
bodies named with an adjective, a state company, a ministry's branch, a region's governorate
(sentences written for these tests)."""

from __future__ import annotations

import pytest

from .helpers import ent, met, names, rels, run

# ---- "the armed forces" + a nisba: "المسلحة" continues the body's name ----
ARMED = [
    (
        "وأكد رئيس هيئة الأركان أن القوات المسلحة الأردنية ماضية في تطوير قدراتها.",
        "القوات المسلحة الأردنية",
        "الأردن",
    ),
    (
        "بحث الجانبان التعاون بين القوات المسلحة القطرية والجيش التركي في مجال التدريب.",
        "القوات المسلحة القطرية",
        "قطر",
    ),
    (
        "حضر اللقاء رئيس أركان القوات المسلحة المصرية الفريق حسام علي فهمي.",
        "القوات المسلحة المصرية",
        "مصر",
    ),
]


@pytest.mark.parametrize("text,agency,country", ARMED)
def test_ar_armed_forces_with_a_nisba_are_a_body_of_that_country(text, agency, country):
    ex = run(text, "ar")
    a = ent(ex, agency)
    assert a.type == "Agency" and a.name == agency
    assert (agency, country) in rels(ex, "MEMBER_OF")


def test_ar_chief_of_staff_of_the_armed_forces_belongs_to_them():
    ex = run("حضر اللقاء رئيس أركان القوات المسلحة المصرية الفريق حسام علي فهمي.", "ar")
    assert ("حسام علي فهمي", "القوات المسلحة المصرية") in rels(ex, "MEMBER_OF")


# ---- "the general company for X": a state company is a public body ----
COMPANY = [
    (
        "استقبل وزير النقل علي حسن الجبوري مدير عام الشركة العامة لموانئ العراق كاظم جاسم الربيعي.",
        "الشركة العامة لموانئ العراق",
        "كاظم جاسم الربيعي",
    ),
    (
        "التقى المحافظ مدير الشركة العامة للسكك الحديدية المهندس فارس ناجي الدليمي.",
        "الشركة العامة للسكك الحديدية",
        "فارس ناجي الدليمي",
    ),
]


@pytest.mark.parametrize("text,agency,person", COMPANY)
def test_ar_general_company_is_an_agency_its_director_belongs_to(text, agency, person):
    ex = run(text, "ar")
    assert ent(ex, agency).type == "Agency"
    assert (person, agency) in rels(ex, "MEMBER_OF")


# ---- "director of the branch of the ministry of X": a body under the ministry ----
BRANCH = [
    (
        "التقى المحافظ مدير فرع وزارة الزراعة بالمنطقة المهندس فهد بن علي القحطاني.",
        "فرع وزارة الزراعة",
        "وزارة الزراعة",
        "فهد بن علي القحطاني",
    ),
    (
        "واستقبل الأمير مدير فرع وزارة الصحة بالمحافظة الدكتور ماجد بن سعد الحربي.",
        "فرع وزارة الصحة",
        "وزارة الصحة",
        "ماجد بن سعد الحربي",
    ),
]


@pytest.mark.parametrize("text,branch,ministry,person", BRANCH)
def test_ar_branch_of_a_ministry_is_a_body_under_it(text, branch, ministry, person):
    ex = run(text, "ar")
    assert ent(ex, branch).type == "Agency"
    member = rels(ex, "MEMBER_OF")
    assert (person, branch) in member
    assert (branch, ministry) in member


def test_ar_branch_without_a_governing_role_is_no_body():
    ex = run("وأشار إلى أن فرع البنك الرئيسي يقع في وسط المدينة.", "ar")
    assert not any(e.type == "Agency" and "فرع" in e.name for e in ex.entities)


# ---- "the governorate (emirate) of the region of X" and its deputy ----
EMIRATE = [
    (
        "استقبل أمير منطقة الجوف سفير اليابان لدى المملكة كينجي ساتو، بحضور وكيل إمارة منطقة "
        "الجوف الدكتور صالح بن محمد العتيبي.",
        "إمارة منطقة الجوف",
        "صالح بن محمد العتيبي",
    ),
    (
        "وحضر اللقاء وكيل إمارة المنطقة سعد بن علي الشهري.",
        "إمارة المنطقة",
        "سعد بن علي الشهري",
    ),
]


@pytest.mark.parametrize("text,agency,person", EMIRATE)
def test_ar_emirate_of_a_region_is_a_body_its_deputy_belongs_to(text, agency, person):
    ex = run(text, "ar")
    assert ent(ex, agency).type == "Agency"
    assert (person, agency) in rels(ex, "MEMBER_OF")


# ---- "X bin Y bin Z emir of the region of W": the title after a bin chain closes the name ----
EMIR = [
    (
        "استقبل صاحب السمو الملكي الأمير فيصل بن نواف بن عبدالعزيز أمير منطقة الجوف، في مكتبه "
        "اليوم، سفير اليابان لدى المملكة السيد كينجي ساتو.",
        "فيصل بن نواف بن عبدالعزيز",
        "أمير منطقة الجوف",
    ),
    (
        # "مساعد" (assistant) governed by bin is the father's name, not a title over the post
        "استقبل الأمير خالد بن سعود بن مساعد أمير منطقة تبوك، اليوم، سفير إيطاليا لدى المملكة "
        "السيد ماركو روسي.",
        "خالد بن سعود بن مساعد",
        "أمير منطقة تبوك",
    ),
]


@pytest.mark.parametrize("text,name,post", EMIR)
def test_ar_emir_after_a_bin_chain_is_his_post(text, name, post):
    ex = run(text, "ar", title=post + " يستقبل السفير")
    o = ent(ex, name)
    assert o.name == name and post in o.aliases
    officials = [e for e in ex.entities if e.type == "Official"]
    assert len(officials) == 2
    assert not any(e.name.endswith("أمير") for e in officials)


# ---- a foreign given name spelled like an imperfect verb, closed by "de/van X," ----
VERB_SHAPED = [
    (
        "استقبل وزير الخارجية سالم علي الكعبي اليوم سفيرة مملكة السويد لدى الدولة يوهانا دي "
        "فريس، بمناسبة انتهاء فترة عملها.",
        "يوهانا دي فريس",
    ),
    (
        "التقى وزير الدولة خالد سعيد المري سفير جمهورية البرتغال يواكيم دي سوزا، وبحث معه "
        "العلاقات.",
        "يواكيم دي سوزا",
    ),
]


@pytest.mark.parametrize("text,name", VERB_SHAPED)
def test_ar_verb_shaped_given_name_before_a_linking_particle(text, name):
    ex = run(text, "ar")
    assert ent(ex, name).name == name
    assert any(name in pair for pair in met(ex))


# ---- the feminine "accredited" after a woman ambassador belongs to her title ----
def test_ar_accredited_feminine_joins_the_title_before_the_name():
    ex = run(
        "استقبل وزير الخارجية سالم علي الكعبي اليوم سفيرة جمهورية تشيلي المعتمدة لدى الدولة "
        "يولاندا دي سوزا، بمناسبة انتهاء فترة عملها.",
        "ar",
    )
    o = ent(ex, "يولاندا دي سوزا")
    assert o.name == "يولاندا دي سوزا"
    assert frozenset({"سالم علي الكعبي", "يولاندا دي سوزا"}) in met(ex)


# ---- a headline's object after "discusses with TITLE": a broken plural (mafa'il) is no name ----
HEADLINE_OBJECT = [
    (
        "وزير النقل يبحث مع القنصل البريطاني العام مشاريع الموانئ",
        "بحث وزير النقل سالم علي حسن، اليوم، مع القنصل البريطاني العام في البصرة ستيفن ويلكس، "
        "آفاق التعاون.",
        "ستيفن ويلكس",
    ),
    (
        "وزيرة التخطيط تبحث مع السفير الياباني مفاهيم التنمية",
        "بحثت وزيرة التخطيط هالة علي السعيد، اليوم، مع السفير الياباني كينجي ساتو، سبل التعاون.",
        "كينجي ساتو",
    ),
]


@pytest.mark.parametrize("title,text,guest", HEADLINE_OBJECT)
def test_ar_headline_object_after_the_guests_title_is_no_name(title, text, guest):
    ex = run(text, "ar", title=title)
    officials = [e for e in ex.entities if e.type == "Official"]
    assert len(officials) == 2
    assert ent(ex, guest).type == "Official"
    obj = title.split()[-2]
    assert not any(obj in e.name or any(obj in a for a in e.aliases) for e in officials)


def test_ar_mafail_shaped_feminine_name_stays_a_name():
    ex = run("استقبل وزير العدل معاوية عثمان الأمين اليوم السفير الياباني كينجي ساتو.", "ar")
    assert ent(ex, "معاوية عثمان الأمين").type == "Official"


# ---- the capitals a tour "included" are its stops (venues), no countries ----
TOUR = [
    (
        "وأطلع المبعوث الأممي فارس علي حمدان الوزير على نتائج جولته الأخيرة التي شملت الرياض "
        "ومسقط.",
        ("السعودية", "عمان"),
    ),
    ("بحث الوزيران الجولة التي شملت القاهرة وعمّان الأسبوع الماضي.", ("مصر", "الأردن")),
]


@pytest.mark.parametrize("text,countries", TOUR)
def test_ar_capitals_a_tour_included_are_venues(text, countries):
    ex = run(text, "ar")
    assert not names(ex, "Country") & set(countries)


def test_ar_capital_that_speaks_still_names_its_country():
    ex = run("وقالت القاهرة إن الجولة شملت محطات عدة.", "ar")
    assert "مصر" in names(ex, "Country")

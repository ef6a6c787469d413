"""Arabic government, parliament and economic copy (issue #10: extraction that holds on unseen
copy): sentences written for these tests."""

from __future__ import annotations

from .helpers import ent, met, names, rels, run


# ---- a legislature known by its own name is a body; a delegation from it is one too ----
def test_ar_delegation_from_a_legislature_named_by_its_own_name():
    ex = run(
        "التقى رئيس مجلس النواب نبيل عارف الحمادي اليوم وفدا من الكونغرس الأمريكي برئاسة "
        "السيناتور روبرت هيل.",
        "ar",
    )
    assert "الكونغرس الأمريكي" in names(ex, "Agency")
    assert ("الكونغرس الأمريكي", "الولايات المتحدة") in rels(ex, "MEMBER_OF")
    (delegation,) = {n for n in names(ex, "Agency") if n.startswith("وفد")}
    assert ("روبرت هيل", delegation) in rels(ex, "MEMBER_OF")
    assert frozenset({"نبيل عارف الحمادي", delegation}) in met(ex)


def test_ar_delegation_from_the_bundestag():
    ex = run("استقبل وزير الخارجية سليم ناصر العتيبي اليوم وفدا من البوندستاغ الألماني.", "ar")
    assert ent(ex, "البوندستاغ الألماني").country == "DEU"


# ---- a company after a chief executive's title is the body he heads ----
def test_ar_chief_executive_of_a_company_keeps_his_name_and_his_company():
    ex = run(
        "التقى الرئيس التنفيذي لشركة الاتصالات السعودية خالد فهد الدوسري اليوم وزير "
        "الاقتصاد الإيطالي ماركو بيانكي.",
        "ar",
    )
    assert "خالد فهد الدوسري" in names(ex, "Official")
    assert ("خالد فهد الدوسري", "شركة الاتصالات السعودية") in rels(ex, "MEMBER_OF")
    assert frozenset({"خالد فهد الدوسري", "ماركو بيانكي"}) in met(ex)


def test_ar_director_of_a_national_company():
    ex = run(
        "استقبل المدير العام للشركة الوطنية للكهرباء حسان علي الطرابلسي اليوم السفير "
        "الكوري بارك مين جون.",
        "ar",
    )
    assert ("حسان علي الطرابلسي", "الشركة الوطنية للكهرباء") in rels(ex, "MEMBER_OF")


# ---- after a country's nisba, "for-the-X" before a name is still the role's field ----
def test_ar_secretary_of_state_with_a_nisba_then_his_field_then_his_name():
    ex = run(
        "أجرى كاتب الدولة المكلف بالتجارة الخارجية السيد يوسف بناني مباحثات اليوم مع كاتب "
        "الدولة البرتغالي للتجارة ريكاردو سوزا.",
        "ar",
    )
    assert ent(ex, "ريكاردو سوزا").country == "PRT"
    assert ent(ex, "ريكاردو سوزا").title == "كاتب الدولة البرتغالي للتجارة"


def test_ar_envoy_with_a_nisba_then_his_field_then_his_name_is_met():
    ex = run("استقبل وزير الخارجية سالم حمد النعيمي أمس المبعوث الكندي للسلام ديفيد براون.", "ar")
    assert frozenset({"سالم حمد النعيمي", "ديفيد براون"}) in met(ex)
    assert ent(ex, "ديفيد براون").country == "CAN"


def test_ar_for_the_journalists_after_a_nisba_is_still_whom_he_told():
    ex = run(
        "التقى وزير الخارجية سالم حمد النعيمي اليوم نظيره التركي مراد أوزتورك.\n"
        "وقال الوزير التركي للصحفيين إن الجانبين اتفقا على تعزيز التعاون.",
        "ar",
    )
    assert names(ex, "Official") == {"سالم حمد النعيمي", "مراد أوزتورك"}
    assert ("مراد أوزتورك", "إن الجانبين اتفقا على تعزيز التعاون") in rels(ex, "SAID")


# ---- a visit "next week" is planned: the talks it announces are no meeting ----
def test_ar_visit_next_week_where_he_will_meet_is_no_meeting():
    ex = run(
        "يزور رئيس الوزراء الماليزي داتو أحمد زاهر تونس الأسبوع المقبل حيث سيلتقي رئيس "
        "الحكومة كمال المدني.",
        "ar",
    )
    assert {"أحمد زاهر", "كمال المدني"} <= {n.removeprefix("داتو ") for n in names(ex, "Official")}
    assert met(ex) == set()


def test_ar_a_past_meeting_that_prepares_next_months_summit_is_still_a_meeting():
    ex = run(
        "التقى وزير الخارجية سالم حمد النعيمي اليوم نظيره الكيني جيمس موانغي، وبحثا التحضير "
        "للقمة المقررة الشهر المقبل.",
        "ar",
    )
    assert frozenset({"سالم حمد النعيمي", "جيمس موانغي"}) in met(ex)


# ---- a parliamentary bloc after the role that heads it is a body ----
def test_ar_head_of_a_parliamentary_bloc_is_its_member():
    ex = run(
        "استقبل رئيس كتلة الإصلاح الوطني النائب سمير فؤاد الحلبي اليوم السفير الياباني كينجي ساتو.",
        "ar",
    )
    assert ("سمير فؤاد الحلبي", "كتلة الإصلاح الوطني") in rels(ex, "MEMBER_OF")
    assert frozenset({"سمير فؤاد الحلبي", "كينجي ساتو"}) in met(ex)


def test_ar_a_bloc_word_outside_a_role_is_no_body():
    ex = run("وقال وزير المالية سمير فؤاد الحلبي إن الكتلة النقدية ارتفعت خلال العام.", "ar")
    assert not any("الكتلة" in n for n in names(ex, "Agency"))


# ---- "the Red Cross" is the ICRC's short name: its mission is a sub-body of it ----
def test_ar_head_of_a_red_cross_mission():
    ex = run(
        "استقبل وزير الخارجية سالم حمد النعيمي اليوم رئيس بعثة الصليب الأحمر في بغداد بيير دوران.",
        "ar",
    )
    assert ("بيير دوران", "بعثة الصليب الأحمر") in rels(ex, "MEMBER_OF")
    assert "اللجنة الدولية للصليب الأحمر" in ent(ex, "الصليب الأحمر").aliases


# ---- a feminine title takes a feminine office adjective before the name ----
def test_ar_feminine_commissioner_with_her_adjective_then_her_name():
    ex = run(
        "التقى وزير الخارجية سالم حمد النعيمي اليوم المفوضة الأوروبية أنيكا يوهانسون.",
        "ar",
    )
    assert ent(ex, "أنيكا يوهانسون").title == "المفوضة الأوروبية"
    assert frozenset({"سالم حمد النعيمي", "أنيكا يوهانسون"}) in met(ex)

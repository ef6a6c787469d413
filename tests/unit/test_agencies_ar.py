"""Arabic agency phrases: head nouns of the genre, where a name stops, one node per body.

Sentences written for these tests (not from any evaluation set).
"""

import pytest

from .helpers import ent, names, rels, run


@pytest.mark.parametrize(
    ("text", "agency", "country"),
    [
        ("وأعلن الصندوق الكويتي للتنمية عن قرض جديد.", "الصندوق الكويتي للتنمية", "KWT"),
        ("وقدم صندوق الأردن للاستثمار منحة جديدة.", "صندوق الأردن للاستثمار", "JOR"),
        ("ونقلت وكالة الأنباء العمانية الخبر.", "وكالة الأنباء العمانية", "OMN"),
        ("وفتحت النيابة العامة الليبية تحقيقا في الحادث.", "النيابة العامة الليبية", "LBY"),
        ("وزار الوفد كلية الدفاع الوطني.", "كلية الدفاع الوطني", None),
        ("وأصدرت قوة دفاع البحرين بيانا.", "قوة دفاع البحرين", "BHR"),
    ],
)
def test_head_nouns_of_the_genre(text, agency, country):
    a = ent(run(text, "ar"), agency)
    assert a.type == "Agency" and a.country == country


@pytest.mark.parametrize(
    ("text", "agency"),
    [
        ("وقالت دائرة الجمارك التابعة لوزارة المالية إن الشحنة وصلت.", "دائرة الجمارك"),
        ("ورحبت اللجنة الوطنية الساعية إلى المصالحة بالقرار.", "اللجنة الوطنية"),
        ("وأشاد بدور المجلس الأعلى للقضاء الذي يرأسه.", "المجلس الأعلى للقضاء"),
    ],
)
def test_a_name_stops_at_participles_and_relatives(text, agency):
    assert agency in names(run(text, "ar"), "Agency")


@pytest.mark.parametrize(
    ("text", "agency"),
    [
        ("وقالت وزارة الزراعة والثروة السمكية إن الموسم جيد.", "وزارة الزراعة والثروة السمكية"),
        (
            "وأكدت لجنة الشؤون الخارجية والدفاع والأمن الوطني دعمها.",
            "لجنة الشؤون الخارجية والدفاع والأمن الوطني",
        ),
    ],
)
def test_fields_coordinated_inside_one_name(text, agency):
    assert agency in names(run(text, "ar"), "Agency")


def test_coordination_does_not_join_a_government_to_a_people():
    ex = run("وأكدت حكومة الوحدة والشعب الليبي دعمهما.", "ar")
    assert "حكومة الوحدة" in names(ex, "Agency")


def test_a_second_contracted_complement_is_not_the_name():
    assert "الصندوق السعودي للتنمية" in names(
        run("وقدم الصندوق السعودي للتنمية للنازحين منحة.", "ar"), "Agency"
    )


def test_the_country_after_the_genitive_clitic():
    ex = run("وصادقت الجمعية الفيدرالية لروسيا الاتحادية على الاتفاق.", "ar")
    a = ent(ex, "الجمعية الفيدرالية لروسيا الاتحادية")
    assert a.country == "RUS"
    assert (a.name, ent(ex, "روسيا").name) in rels(ex, "MEMBER_OF")


@pytest.mark.parametrize(
    ("text", "child", "parent"),
    [
        (
            "وقال المكتب الإعلامي لمجلس النواب إن الجلسة تأجلت.",
            "المكتب الإعلامي لمجلس النواب",
            "مجلس النواب",
        ),
        (
            "وأعلنت الأمانة العامة لجامعة الدول العربية موعد القمة.",
            "الأمانة العامة لجامعة الدول العربية",
            "جامعة الدول العربية",
        ),
        (
            "وناقشت الجمعية العامة للأمم المتحدة القرار.",
            "الجمعية العامة للأمم المتحدة",
            "الأمم المتحدة",
        ),
    ],
)
def test_a_body_named_after_the_genitive_is_the_parent(text, child, parent):
    ex = run(text, "ar")
    assert (ent(ex, child).name, ent(ex, parent).name) in rels(ex, "MEMBER_OF")


def test_the_parent_may_be_the_bank_named_before():
    ex = run(
        "واستقبل محافظ مصرف ليبيا المركزي سالم العبيدي الوفد. "
        "وقال المكتب الإعلامي للمصرف إن اللقاء كان مثمرا.",
        "ar",
    )
    assert (ent(ex, "المكتب الإعلامي للمصرف").name, ent(ex, "مصرف ليبيا المركزي").name) in rels(
        ex, "MEMBER_OF"
    )


def test_international_bodies_are_one_node_without_country():
    ex = run("ورحبت الأمم المتحدة بالاتفاق. وقالت منظمة الأمم المتحدة إنها ستدعمه.", "ar")
    un = [e for e in ex.entities if e.type == "Agency"]
    assert (
        len(un) == 1
        and un[0].name in ("الأمم المتحدة", "منظمة الأمم المتحدة")
        and un[0].country is None
    )
    assert "United Nations" in un[0].aliases


def test_gulf_council_short_and_long_names_are_one_node():
    ex = run(
        "وأشاد الأمين العام لمجلس التعاون لدول الخليج العربية جاسم البديوي "
        "بجهود مجلس التعاون الخليجي.",
        "ar",
    )
    assert len([e for e in ex.entities if e.type == "Agency"]) == 1


def test_a_ministry_with_and_without_its_nisba_is_one_node():
    ex = run(
        "وقالت وزارة الخارجية المصرية إن الاجتماع مثمر. وأضافت وزارة الخارجية أن التعاون مستمر.",
        "ar",
    )
    assert len([e for e in ex.entities if e.type == "Agency"]) == 1


def test_the_counterparts_ministry_is_not_the_hosts():
    ex = run("استقبل وزير الخارجية سامح فؤاد وزير الخارجية الأردني أيمن حداد في القاهرة.", "ar")
    ministries = [e for e in ex.entities if e.type == "Agency" and e.kind == "ministry"]
    assert sorted(str(m.country) for m in ministries) == ["JOR", "None"]


def test_the_issuing_ministry_of_a_statement_is_its_ministers():
    ex = run(
        "وزارة الخارجية الأمريكية\nتصريحات\nقال وزير الخارجية أنتوني بلاك إن الاجتماع مثمر.", "ar"
    )
    m = ent(ex, "وزارة الخارجية الأمريكية")
    assert m.country == "USA"
    assert ("أنتوني بلاك", m.name) in rels(ex, "MEMBER_OF")


def test_a_long_portfolio_title_implies_its_ministry_by_its_own_name():
    ex = run("وصل وزير الشؤون الخارجية والتعاون الدولي الموريتاني محمد سالم إلى تونس.", "ar")
    m = ent(ex, "وزارة الخارجية الموريتانية")
    assert m.name == "وزارة الشؤون الخارجية والتعاون الدولي" and m.country == "MRT"
    assert ("محمد سالم", m.name) in rels(ex, "MEMBER_OF")


def test_two_sub_bodies_of_two_parents_stay_apart():
    ex = run(
        "وحضر رئيس إدارة التعاون الدولي بالنيابة العامة المصرية سامي عزت. "
        "وحضرت مديرة إدارة التعاون الدولي والعلاقات الخارجية بوزارة العدل نجلاء سليمان.",
        "ar",
    )
    assert {"إدارة التعاون الدولي", "إدارة التعاون الدولي والعلاقات الخارجية"} <= names(
        ex, "Agency"
    )


def test_a_body_named_whole_after_an_indefinite_head_is_its_parent():
    ex = run("واجتمع الوزير مع بعثة صندوق النقد الدولي في تونس.", "ar")
    assert (ent(ex, "بعثة صندوق النقد الدولي").name, ent(ex, "صندوق النقد الدولي").name) in rels(
        ex, "MEMBER_OF"
    )


def test_a_head_word_after_a_head_is_a_field_not_a_parent():
    ex = run("وأعلن جهاز المخابرات العامة الأردني القبض على الخلية.", "ar")
    assert "جهاز المخابرات العامة الأردني" in names(ex, "Agency")
    assert not [
        r
        for r in rels(ex, "MEMBER_OF")
        if r[0] == "جهاز المخابرات العامة الأردني" and r[1] != "الأردن"
    ]


@pytest.mark.parametrize(
    ("text", "office", "parent"),
    [
        (
            "وقال مكتب المتحدث باسم وزارة الخارجية إن الزيارة تأجلت.",
            "مكتب المتحدث باسم وزارة الخارجية",
            "وزارة الخارجية",
        ),
    ],
)
def test_an_office_named_after_a_role(text, office, parent):
    ex = run(text, "ar")
    assert (ent(ex, office).name, ent(ex, parent).name) in rels(ex, "MEMBER_OF")


def test_an_office_of_a_role_without_parent():
    assert "المكتب الإعلامي لرئيس الوزراء" in names(
        run("وأعلن المكتب الإعلامي لرئيس الوزراء موعد الزيارة.", "ar"), "Agency"
    )


def test_a_general_office_is_no_office_of_a_role():
    assert "ديوان عام" not in names(
        run("واستقبل الوزير السفير في ديوان عام الوزارة.", "ar"), "Agency"
    )


def test_affiliated_to_names_the_parent_outside_the_name():
    ex = run("وقالت مديرية الجمارك التابعة لوزارة المالية إن الشحنة وصلت.", "ar")
    assert (ent(ex, "مديرية الجمارك").name, ent(ex, "وزارة المالية").name) in rels(ex, "MEMBER_OF")


def test_a_body_after_a_parent_preposition_is_the_parent():
    ex = run(
        "وقال رئيس قسم الترجمة في وزارة الإعلام الأردنية سامي خليل إن العمل مستمر. "
        "وأعلنت لجنة الميزانية بمجلس النواب موقفها.",
        "ar",
    )
    assert (ent(ex, "لجنة الميزانية").name, ent(ex, "مجلس النواب").name) in rels(ex, "MEMBER_OF")


def test_a_country_named_after_a_preposition():
    ex = run("وأعلنت النيابة العامة بجمهورية مصر العربية فتح تحقيق.", "ar")
    assert ent(ex, "النيابة العامة").country == "EGY"


def test_a_delegation_from_a_body_belongs_to_it_and_is_its_countrys():
    ex = run(
        "استقبل الوزير سالم الصباح وفدا من مجلس النواب المصري. وأشاد الوفد المصري بالاستقبال.", "ar"
    )
    dele = [e for e in ex.entities if e.type == "Agency" and e.kind == "delegation"]
    assert len(dele) == 1 and dele[0].country == "EGY"
    assert (dele[0].name, ent(ex, "مجلس النواب المصري").name) in rels(ex, "MEMBER_OF")


def test_the_un_in_a_country_is_the_un():
    ex = run("ورحبت الأمم المتحدة في ليبيا بالاتفاق.", "ar")
    assert ent(ex, "الأمم المتحدة").country is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وأصدرت وزارتا الخارجية والدفاع بيانا مشتركا.", {"وزارة الخارجية", "وزارة الدفاع"}),
        ("ودعا إلى التوافق بين مجلسي النواب والدولة.", {"مجلس النواب", "مجلس الدولة"}),
    ],
)
def test_coordinated_bodies_under_a_dual_head_are_split(text, expected):
    assert expected <= names(run(text, "ar"), "Agency")


def test_a_dual_nisba_gives_each_body_its_country():
    ex = run("وأصدرت وزارتا الخارجية والداخلية المصريتان بيانا.", "ar")
    ministries = [e for e in ex.entities if e.type == "Agency"]
    assert len(ministries) == 2 and {m.country for m in ministries} == {"EGY"}


def test_a_place_that_speaks_is_an_agency_a_venue_is_not():
    assert "الكرملين" in names(run("وقال الكرملين إن المحادثات كانت بناءة.", "ar"), "Agency")
    assert not names(run("واستقبل الرئيس ضيفه في البيت الأبيض.", "ar"), "Agency")


def test_a_construct_closed_by_a_country_name():
    ex = run("وأعلنت مؤسسة كهرباء الأردن زيادة الإنتاج.", "ar")
    a = ent(ex, "مؤسسة كهرباء الأردن")
    assert a.country == "JOR"


def test_a_minister_of_the_republic_names_his_ministrys_country():
    ex = run("واستقبل الرئيس وزير خارجية الجمهورية التركية هاكان فيدان.", "ar")
    assert ent(ex, "وزارة الخارجية التركية").country == "TUR"


def test_a_compound_portfolio_is_also_named_by_its_first_field():
    ex = run("وصل وزير الشؤون الخارجية والتعاون الدولي الموريتاني محمد سالم إلى تونس.", "ar")
    assert "وزارة الشؤون الخارجية" in ent(ex, "وزارة الخارجية الموريتانية").aliases


def test_the_palestinian_authority_is_an_agency_of_palestine():
    ex = run("وأكد ممثل اليابان لدى السلطة الفلسطينية دعم بلاده.", "ar")
    pa = ent(ex, "السلطة الفلسطينية")
    assert pa.type == "Agency" and pa.country == "PSE"


def test_a_coordinated_portfolio_after_the_head_is_one_name():
    ex = run("وقالت وزارة الخارجية والتعاون والمغتربين إن المحادثات كانت مثمرة.", "ar")
    assert any(n.startswith("وزارة الخارجية والتعاون") for n in names(ex, "Agency"))


def test_a_news_agency_with_its_acronym_is_of_its_country():
    ex = run("وقال الوزير في تصريح لوكالة الأنباء الكويتية (كونا) إن المحادثات مثمرة.", "ar")
    assert ent(ex, "وكالة الأنباء الكويتية").country == "KWT"


def test_an_arabic_acronym_that_is_a_common_word_is_not_an_agency():
    ex = run("وقال الوزير إن الأشقاء يرحبون بنا دائما.", "ar")
    assert not names(ex, "Agency")


@pytest.mark.parametrize(
    ("text", "agency"),
    [
        (
            "وقالت وزارة الشؤون الخارجية والتعاون والمواطنين المقيمين بالخارج إن الاجتماع مثمر.",
            "وزارة الشؤون الخارجية والتعاون والمواطنين المقيمين بالخارج",
        ),
        (
            "استقبل وزير الخارجية والمغتربين في الخارج سامي حداد الوفد.",
            "وزارة الخارجية والمغتربين في الخارج",
        ),
    ],
)
def test_abroad_closes_a_coordinated_ministry_name(text, agency):
    assert agency in names(run(text, "ar"), "Agency")


def test_abroad_after_a_single_field_is_not_the_name():
    assert names(run("وقالت وزارة الخارجية في الخارج إن الاجتماع مثمر.", "ar"), "Agency") == {
        "وزارة الخارجية"
    }


# ---------------------------------------------------------------- indefinite delegations
@pytest.mark.parametrize("marks", [True, False])
def test_ar_indefinite_delegation_with_accusative_adjectives(marks):
    text = "استقبل الوزير سالم حمدي وفدًا عسكريًا تونسيًا."
    if not marks:
        text = text.replace("\u064b", "")
    ex = run(text, "ar")
    delegation = next(e for e in ex.entities if e.type == "Agency" and "وفد" in e.name)
    assert delegation.country == "TUN"
    assert ("سالم حمدي", delegation.name) in rels(ex, "MET_WITH") | {
        (b, a) for a, b in rels(ex, "MET_WITH")
    }


def test_ar_adverb_with_tanween_is_no_name():
    ex = run("واستقبل الوزير مؤخرًا السفير الياباني.", "ar")
    assert not any("مؤخر" in n for n in names(ex, "Official"))

"""Arabic agency forms of the ninth round (issue #10: bodies on unseen text): a body named with the
nisba its text gives the country, whatever the lexicon's first form (sentences written for these
tests)."""

from __future__ import annotations

from .helpers import ent, rels, run


# ---- a body is named with the nisba its text gives the country ----
def test_ar_implied_ministry_takes_the_texts_own_nisba():
    ex = run(
        "خبر\n\n"
        "استقبل وزير الخارجية الأردني سامر نبيل الحديدي اليوم في عمان وزير الخارجية القيرغستاني "
        "أسان توروبيكوف.",
        "ar",
    )
    # the title says «القيرغستاني»: its ministry is «القيرغستانية», not only the table's first form
    assert ent(ex, "وزارة الخارجية القيرغستانية").country == "KGZ"


# ---- a sub-body placed "in" a body named before it: its parent ----
def test_ar_sub_body_in_the_ministry_named_before_is_its_part():
    ex = run(
        "خبر\n\n"
        "استقبل وزير الخارجية التونسي منير حسن الطرابلسي اليوم سفير اليابان كينجي ناكامورا، "
        "وحضر اللقاء مدير إدارة آسيا والمحيط الهادئ في الوزارة سامي عادل الجريبي.",
        "ar",
    )
    assert ("إدارة آسيا والمحيط الهادئ", "وزارة الخارجية") in rels(ex, "MEMBER_OF")
    assert ("سامي عادل الجريبي", "إدارة آسيا والمحيط الهادئ") in rels(ex, "MEMBER_OF")


def test_ar_sub_body_at_the_bank_glued_preposition():
    ex = run(
        "خبر\n\n"
        "استقبل محافظ البنك المركزي الأردني عادل سعيد الشريدة اليوم سفير اليابان كينجي "
        "ناكامورا، بحضور مديرة دائرة الاستقرار المالي بالبنك رنا فؤاد القاسم.",
        "ar",
    )
    assert ("دائرة الاستقرار المالي", "البنك المركزي الأردني") in rels(ex, "MEMBER_OF")


# ---- parts of two bodies of two countries are two bodies, whatever their one name ----
def test_ar_one_committee_name_in_two_chambers_is_two_committees():
    ex = run(
        "خبر\n\n"
        "استقبل رئيس مجلس الأمة الكويتي أحمد عبدالله السعدون اليوم رئيس لجنة الشؤون الخارجية "
        "بمجلس النواب الإيطالي جوليو روسيتي.\n"
        "كما التقى رئيس لجنة الشؤون الخارجية في البرلمان الهولندي يان دي فريس.",
        "ar",
    )
    member = rels(ex, "MEMBER_OF")
    committees = [e for e in ex.entities if e.name == "لجنة الشؤون الخارجية"]
    assert len(committees) == 2 and len({e.id for e in committees}) == 2
    assert ("لجنة الشؤون الخارجية", "مجلس النواب الإيطالي") in member
    assert ("لجنة الشؤون الخارجية", "البرلمان الهولندي") in member


def test_ar_delegations_of_two_countries_bodies_stay_apart():
    ex = run(
        "خبر\n\n"
        "التقى رئيس مجلس النواب الأردني أحمد صفدي اليوم وفدا من لجنة الصداقة في البرلمان "
        "الهولندي.\n"
        "واستقبل وزير الاقتصاد العماني سعيد الصقري وفدا من الهيئة الماليزية لتنمية الاستثمار.",
        "ar",
    )
    member = rels(ex, "MEMBER_OF")
    dutch = ent(ex, "وفدا من لجنة الصداقة في البرلمان الهولندي")
    malaysian = ent(ex, "وفدا من الهيئة الماليزية لتنمية الاستثمار")
    assert dutch.id != malaysian.id
    assert (malaysian.name, "الهيئة الماليزية لتنمية الاستثمار") in member
    assert (dutch.name, "الهيئة الماليزية لتنمية الاستثمار") not in member


# ---- a body named by its country, then its purpose ----
def test_ar_agency_head_nisba_then_purpose():
    ex = run(
        "خبر\n\n"
        "وقعت الوكالة التونسية للتعاون الفني اتفاقا مع الصندوق السعودي للتنمية الاقتصادية "
        "الإفريقية اليوم في تونس.",
        "ar",
    )
    assert ent(ex, "الوكالة التونسية للتعاون الفني").country == "TUN"
    assert ent(ex, "الصندوق السعودي للتنمية الاقتصادية الإفريقية").country == "SAU"


def test_ar_purpose_after_the_nisba_and_the_delegation_head():
    ex = run(
        "خبر\n\n"
        "استقبل وزير التجارة العماني قيس اليوسفي اليوم وفدا من الهيئة الإندونيسية لتنمية "
        "الصادرات، برئاسة المدير العام للهيئة بودي سانتوسو.",
        "ar",
    )
    member = rels(ex, "MEMBER_OF")
    body = "الهيئة الإندونيسية لتنمية الصادرات"
    assert ent(ex, body).country == "IDN"
    assert ("وفدا من " + body, body) in member


def test_ar_a_head_with_its_own_adjective_takes_no_purpose_after_the_nisba():
    ex = run(
        "خبر\n\n"
        "أعرب محافظ البنك المركزي المصري حسن عبد الله عن استعداد البنك المركزي التركي لتقديم "
        "الدعم الفني للمصارف المصرية.",
        "ar",
    )
    assert ent(ex, "البنك المركزي التركي").country == "TUR"
    assert not any("لتقديم" in e.name for e in ex.entities)


# ---- a body's bare head in construct after another head names its parent ----
def test_ar_mission_of_the_fund_belongs_to_the_fund_named_before():
    ex = run(
        "خبر\n\n"
        "التقى وزير المالية الأردني محمد العسعس اليوم وفدا من صندوق النقد الدولي.\n"
        "وقال رئيس بعثة الصندوق إلى الأردن رون فان رودن إن النمو يتحسن.",
        "ar",
    )
    member = rels(ex, "MEMBER_OF")
    assert ("رون فان رودن", "بعثة الصندوق إلى الأردن") in member
    assert ("بعثة الصندوق إلى الأردن", "صندوق النقد الدولي") in member


# ---- "attended from the X side": a ministry named without its country is that side's ----
def test_ar_side_phrase_gives_the_named_ministry_its_country():
    ex = run(
        "خبر\n\n"
        "استقبل وزير الخارجية السعودي فيصل بن فرحان اليوم في الرياض وزير الشؤون الخارجية "
        "الموريتاني محمد سالم ولد مرزوك.\n"
        "وحضر اللقاء من الجانب الموريتاني الأمين العام لوزارة الشؤون الخارجية السيد أحمدو ولد "
        "فال.",
        "ar",
    )
    member = rels(ex, "MEMBER_OF")
    mauritanian = next(a for (o, a) in member if o == "محمد سالم ولد مرزوك")
    assert ("أحمدو ولد فال", mauritanian) in member
    assert ent(ex, mauritanian).country == "MRT"


# ---- "at the head of a parliamentary delegation": the delegation, led by the relative's antecedent
def test_ar_delegation_named_by_its_kind_adjective_and_its_leader():
    ex = run(
        "خبر\n\n"
        "استقبل رئيس مجلس الأعيان الأردني فيصل عاكف الفايز اليوم رئيس لجنة الصداقة في البرلمان "
        "الإسباني خوان مارتينيز، الذي يزور المملكة على رأس وفد برلماني.",
        "ar",
    )
    assert ent(ex, "وفد برلماني").type == "Agency"
    member = rels(ex, "MEMBER_OF")
    assert ("خوان مارتينيز", "وفد برلماني") in member
    assert ("فيصل عاكف الفايز", "وفد برلماني") not in member


# ---- a body named by its head and nisba alone is the one named in full ----
def test_ar_head_and_nisba_is_the_full_name_shortened():
    ex = run(
        "خبر\n\n"
        "وقع الصندوق السعودي للتنمية الاقتصادية الإفريقية اليوم اتفاقية مع وزارة المالية "
        "السنغالية.\n"
        "وقال مدير الصندوق السعودي خالد فهد العتيبي إن القرض يمول مشروعات المياه.",
        "ar",
    )
    fund = ent(ex, "الصندوق السعودي")
    assert fund.name == "الصندوق السعودي للتنمية الاقتصادية الإفريقية"
    assert ("خالد فهد العتيبي", fund.name) in rels(ex, "MEMBER_OF")


# ---- a title's adjective after a body's head is the body's ----
def test_ar_executive_council_of_the_union_is_one_body_and_its_organ():
    ex = run(
        "خبر\n\n"
        "التقى وزير الخارجية الكيني موسى كاماو اليوم على هامش اجتماعات المجلس التنفيذي للاتحاد "
        "الإفريقي نظيره الغاني كوفي أدجي.",
        "ar",
    )
    body = "المجلس التنفيذي للاتحاد الإفريقي"
    assert ent(ex, body).type == "Agency"
    assert (body, "الاتحاد الإفريقي") in rels(ex, "MEMBER_OF")


# ---- the office of a body's head is that body's ----
def test_ar_media_office_of_the_head_of_a_body_is_the_bodys():
    ex = run(
        "خبر\n\n"
        "استقبل رئيس مجلس النواب اللبناني نبيه بري اليوم السفير الفرنسي، وذكر المكتب الإعلامي "
        "لرئيس المجلس أن اللقاء تناول الأوضاع.\n"
        "وقال المكتب الإعلامي لرئيس مجلس الوزراء إن الحكومة ستجتمع غدا.",
        "ar",
    )
    member = rels(ex, "MEMBER_OF")
    assert ("المكتب الإعلامي لرئيس المجلس", "مجلس النواب اللبناني") in member
    assert ("المكتب الإعلامي لرئيس مجلس الوزراء", "مجلس الوزراء") in member


def test_ar_delegation_of_a_named_body_in_construct_is_its_part():
    ex = run(
        "خبر\n\n"
        "التقى رئيس مجلس الأمة الكويتي أحمد عبدالله السعدون اليوم وفد البرلمان الأوروبي برئاسة "
        "النائبة كاتارينا ليندكفيست.",
        "ar",
    )
    member = rels(ex, "MEMBER_OF")
    assert ("وفد البرلمان الأوروبي", "البرلمان الأوروبي") in member


def test_ar_office_of_a_role_takes_the_roles_definite_modifier():
    ex = run(
        "خبر\n\n"
        "وصرح سامي فؤاد الحسن، مدير مكتب الأمين العام المساعد، بأن اللقاء تناول الأوضاع في "
        "السودان.",
        "ar",
    )
    assert ("سامي فؤاد الحسن", "مكتب الأمين العام المساعد") in rels(ex, "MEMBER_OF")


# ---- a cabinet named in a title is the one of its members' country ----
def test_ar_cabinet_in_a_coordinated_title_is_the_members_countrys():
    ex = run(
        "خبر\n\n"
        "تلقى وزير الداخلية السعودي فيصل بن مشعل اتصالا من نائب رئيس مجلس الوزراء ووزير الداخلية "
        "الكويتي نواف سالم الصباح.\n"
        "والتقى رئيس مجلس الوزراء العراقي محمد شياع السوداني.",
        "ar",
    )
    member = rels(ex, "MEMBER_OF")
    kuwaiti = next(a for (o, a) in member if o == "نواف سالم الصباح" and "مجلس" in a)
    assert (kuwaiti, "الكويت") in member
    assert kuwaiti != "مجلس الوزراء العراقي"


# ---- a well-known body's name cut short after its head is that body ----
def test_ar_well_known_body_named_without_its_last_adjective():
    ex = run(
        "خبر\n\n"
        "التقى وزير المالية العراقي طيف سامي اليوم وفدا من صندوق النقد الدولي.\n"
        "وقال الوزير إن صندوق النقد أشاد بالإصلاحات المالية.",
        "ar",
    )
    funds = [e for e in ex.entities if e.type == "Agency" and e.name.startswith("صندوق النقد")]
    assert len(funds) == 1 and "صندوق النقد" in funds[0].aliases


# ---- a body qualified by two countries' nisbas is of both, of neither alone ----
def test_ar_bilateral_committee_belongs_to_neither_country_alone():
    ex = run(
        "خبر\n\n"
        "التقى رئيس لجنة الصداقة البحرينية الروسية في مجلس النواب علي أحمد الحسن اليوم السفير "
        "الروسي أليكسي سكوسيريف.",
        "ar",
    )
    member = rels(ex, "MEMBER_OF")
    assert ("علي أحمد الحسن", "لجنة الصداقة البحرينية الروسية") in member
    assert not any(s == "لجنة الصداقة البحرينية الروسية" and t == "البحرين" for s, t in member)

"""Arabic agency dispatches and ministry releases: bodies and memberships (issue #10: extraction
that holds on unseen copy). Sentences written for these tests."""

from __future__ import annotations

from .helpers import ent, names, rels, run


# ---- a body's field: "and" + an indefinite field noun governing a definite one ----
def test_ar_coordinated_construct_continues_an_authoritys_name():
    ex = run(
        "شارك سعيد راشد الظاهري رئيس الهيئة الاتحادية للجمارك والضرائب وأمن الموانئ في "
        "الاجتماع الذي عقد في أبوظبي اليوم.",
        "ar",
    )
    body = "الهيئة الاتحادية للجمارك والضرائب وأمن الموانئ"
    assert body in names(ex, "Agency")
    assert ("سعيد راشد الظاهري", body) in rels(ex, "MEMBER_OF")


def test_ar_coordinated_verbal_noun_is_no_holders_name():
    ex = run(
        "استقبل وزير الاتصالات اليوم حمد ناصر المهيري مدير الهيئة الوطنية للأمن الرقمي "
        "وحماية الخصوصية في مكتبه.",
        "ar",
    )
    body = "الهيئة الوطنية للأمن الرقمي وحماية الخصوصية"
    assert body in names(ex, "Agency")
    assert ("حمد ناصر المهيري", body) in rels(ex, "MEMBER_OF")
    assert not any(n.startswith("وحماية") for n in names(ex, "Official"))


def test_ar_a_perfect_verb_after_a_body_stays_out_of_its_name():
    ex = run(
        "التقى سالم علي النعيمي رئيس الهيئة العامة للطيران المدني وبحث الجانبان سبل التعاون.",
        "ar",
    )
    assert "الهيئة العامة للطيران المدني" in names(ex, "Agency")
    assert not any("بحث" in n for n in names(ex, "Agency"))


# ---- "chairman of the board of directors of X": a member of X ----
def test_ar_chairman_of_the_board_of_a_company_is_a_member_of_the_company():
    ex = run(
        "وحضر اللقاء سعادة سالم حمد الكتبي رئيس مجلس إدارة الشركة الوطنية للشحن البحري.",
        "ar",
    )
    assert ("سالم حمد الكتبي", "الشركة الوطنية للشحن البحري") in rels(ex, "MEMBER_OF")
    assert not any(n.startswith("إدارة") for n in names(ex, "Agency"))


def test_ar_board_member_of_a_bank_is_a_member_of_the_bank():
    ex = run(
        "والتقى الوزير عضوة مجلس إدارة بنك قطر الوطني منى خالد السليطي.",
        "ar",
    )
    assert ("منى خالد السليطي", "بنك قطر الوطني") in rels(ex, "MEMBER_OF")


def test_ar_deputy_chairman_of_the_board_of_a_fund():
    ex = run(
        "استقبل وزير المالية اليوم ماجد سالم الحربي نائب رئيس مجلس إدارة الصندوق الكويتي "
        "للتنمية الاقتصادية العربية.",
        "ar",
    )
    fund = "الصندوق الكويتي للتنمية الاقتصادية العربية"
    assert ("ماجد سالم الحربي", fund) in rels(ex, "MEMBER_OF")


# ---- a relation noun's "with" complement stays in the body's name ----
def test_ar_friendship_committee_with_a_country_keeps_the_country_in_its_name():
    ex = run(
        "استقبل وزير الخارجية اليوم سالم علي الكعبي رئيس لجنة الصداقة البرلمانية مع "
        "اليابان في مجلس النواب.",
        "ar",
    )
    body = "لجنة الصداقة البرلمانية مع اليابان"
    assert body in names(ex, "Agency")
    assert ("سالم علي الكعبي", body) in rels(ex, "MEMBER_OF")


def test_ar_delegation_for_relations_with_a_region_keeps_the_region():
    ex = run(
        "التقى رئيس مجلس الشورى اليوم وفد العلاقات مع دول الخليج في البرلمان الأوروبي "
        "برئاسة النائبة آنا ماريا برغ.",
        "ar",
    )
    assert "وفد العلاقات مع دول الخليج" in names(ex, "Agency")
    assert "وفد العلاقات" not in names(ex, "Agency")


def test_ar_with_a_counterpart_after_a_committee_stays_out_of_its_name():
    ex = run(
        "بحث رئيس لجنة الصداقة البرلمانية سالم علي الكعبي مع السفير الياباني سبل التعاون.",
        "ar",
    )
    assert not any("السفير" in n for n in names(ex, "Agency"))


# ---- one visiting delegation: by its origin body, then by its nisba ----
def _delegations(ex):
    return {n for n in names(ex, "Agency") if "وفد" in n}


def test_ar_delegation_from_a_committee_and_the_nisba_delegation_are_one():
    ex = run(
        "استقبل رئيس مجلس الشورى اليوم وفدا من لجنة الدفاع في البرلمان الغاني. وأشاد رئيس "
        "المجلس بالعلاقات الثنائية. وكان الوفد الغاني قد وصل إلى البلاد أمس.",
        "ar",
    )
    assert len(_delegations(ex)) == 1


def test_ar_delegation_from_the_european_parliament_and_the_european_delegation_are_one():
    ex = run(
        "التقى رئيس مجلس النواب اليوم وفدا من البرلمان الأوروبي برئاسة النائبة آنا ماريا "
        "برغ. وكان الوفد الأوروبي قد التقى وزير الخارجية أمس.",
        "ar",
    )
    assert len(_delegations(ex)) == 1
    delegation = next(iter(_delegations(ex)))
    assert ("آنا ماريا برغ", delegation) in rels(ex, "MEMBER_OF")


def test_ar_a_delegation_of_another_country_stays_apart():
    ex = run(
        "استقبل رئيس مجلس النواب اليوم وفدا من لجنة الدفاع في البرلمان الغاني. وكان الوفد "
        "الكيني قد التقى وزير الخارجية أمس.",
        "ar",
    )
    assert len(_delegations(ex)) == 2


# ---- OPEC under its official Arabic name ----
def test_ar_opec_official_arabic_name_is_the_well_known_body():
    ex = run(
        "التقى وزير النفط اليوم الأمين العام لمنظمة البلدان المصدرة للبترول خوان بابلو "
        "ريفيرا في فيينا.",
        "ar",
    )
    assert "منظمة البلدان" not in names(ex, "Agency")
    assert any(
        t.startswith("منظمة البلدان المصدرة") or t == "منظمة أوبك" for t in names(ex, "Agency")
    )


# ---- attendee lists: "and" + a title, then "the ambassador" and a name: the next person's ----
def test_ar_joined_title_before_ambassador_and_name_is_the_next_attendees():
    ex = run(
        "وحضر اللقاء مدير إدارة الشؤون القنصلية السفير حمد علي الكعبي ومدير إدارة المراسم "
        "السفير سعد فهد الدوسري.",
        "ar",
    )
    assert ("سعد فهد الدوسري", "إدارة المراسم") in rels(ex, "MEMBER_OF")
    assert ("حمد علي الكعبي", "إدارة المراسم") not in rels(ex, "MEMBER_OF")


def test_ar_second_post_of_one_person_after_and_stays_his():
    ex = run(
        "استقبل الشيخ حمد علي الكعبي نائب رئيس مجلس الوزراء ووزير الخارجية اليوم سفير "
        "اليابان لدى البلاد.",
        "ar",
    )
    kaabi = ent(ex, "حمد علي الكعبي")
    assert "وزير الخارجية" in (kaabi.title or "")


# ---- "for the sake of" after a body's complement stays in its name ----
def test_ar_purpose_preposition_after_the_complement_stays_in_the_name():
    ex = run(
        "وقعت وزارة التخطيط اتفاقية مع الوكالة الأردنية للتعاون من أجل التنمية، ووقعها عن "
        "الوكالة مديرها العام سامر خليل العبادي.",
        "ar",
    )
    assert "الوكالة الأردنية للتعاون من أجل التنمية" in names(ex, "Agency")


def test_ar_purpose_preposition_after_a_bare_head_starts_no_name():
    ex = run(
        "قال رئيس الهيئة سامر خليل العبادي إن الهيئة تعمل من أجل التنمية المستدامة.",
        "ar",
    )
    assert not any("أجل" in n for n in names(ex, "Agency"))

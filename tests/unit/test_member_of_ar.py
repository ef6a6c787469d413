"""MEMBER_OF in Arabic: accompanying delegations and parent bodies.

Sentences written for these tests (not from any evaluation set).
"""

from .helpers import ent, rels, run


def test_the_official_before_an_accompanying_delegation_belongs_to_it():
    ex = run(
        "استقبل وزير الخارجية الكويتي سالم الصباح "
        "وزير الخارجية العماني بدر البوسعيدي والوفد المرافق له.",
        "ar",
    )
    dele = ent(ex, "الوفد المرافق له")
    assert ("بدر البوسعيدي", dele.name) in rels(ex, "MEMBER_OF")
    assert ("سالم الصباح", dele.name) not in rels(ex, "MEMBER_OF")


def test_the_accompanying_delegation_with_a_nisba_keeps_its_country():
    ex = run("استقبل الوزير سالم الصباح الوزير بدر البوسعيدي والوفد العماني المرافق له.", "ar")
    dele = ent(ex, "الوفد العماني")
    assert dele.country == "OMN"
    assert ("بدر البوسعيدي", dele.name) in rels(ex, "MEMBER_OF")
    assert (dele.name, ent(ex, "عمان").name) in rels(ex, "MEMBER_OF")


def test_the_accompanying_delegation_is_the_one_named_later_by_its_nisba():
    ex = run(
        "استقبل الوزير سالم الصباح وزير الخارجية العماني بدر البوسعيدي والوفد المرافق له. "
        "وضم الوفد العماني عددا من المسؤولين.",
        "ar",
    )
    assert len([e for e in ex.entities if e.type == "Agency" and e.kind == "delegation"]) == 1


def test_a_delegation_not_right_after_an_official_takes_no_member():
    ex = run("التقى الوزير سالم الصباح في الكويت أمس والوفد المرافق له.", "ar")
    assert not {r for r in rels(ex, "MEMBER_OF") if r[1] == "الوفد المرافق له"}


def test_a_delegation_headed_by_an_official():
    ex = run(
        "واستقبل الوزير سالم الصباح الوفد الأردني برئاسة وزير الداخلية الأردني مازن الفراية.", "ar"
    )
    assert ("مازن الفراية", ent(ex, "الوفد الأردني").name) in rels(ex, "MEMBER_OF")


def test_heads_the_delegation():
    ex = run("ويرأس الوفد الأردني وزير الداخلية الأردني مازن الفراية.", "ar")
    assert ("مازن الفراية", ent(ex, "الوفد الأردني").name) in rels(ex, "MEMBER_OF")


def test_a_ministers_government_is_his_ministrys_parent():
    ex = run("واستقبل وزير الطاقة في حكومة تصريف الأعمال وليد فياض الوفد.", "ar")
    ministry = ent(ex, "وزارة الطاقة")
    government = ent(ex, "حكومة تصريف الأعمال")
    assert (ministry.name, government.name) in rels(ex, "MEMBER_OF")
    assert ("وليد فياض", ministry.name) in rels(ex, "MEMBER_OF")


def test_a_body_named_only_as_a_parent_in_a_title_is_not_the_officials():
    ex = run("وحضر رئيس هيئة الأركان بقوة دفاع البحرين اللواء خالد المناعي.", "ar")
    assert ("خالد المناعي", ent(ex, "هيئة الأركان").name) in rels(ex, "MEMBER_OF")
    assert ("خالد المناعي", ent(ex, "قوة دفاع البحرين").name) not in rels(ex, "MEMBER_OF")
    assert (ent(ex, "هيئة الأركان").name, ent(ex, "قوة دفاع البحرين").name) in rels(ex, "MEMBER_OF")


def test_a_representative_to_a_body_is_not_its_member():
    ex = run("وحضر ممثل اليابان لدى السلطة الفلسطينية تاكيو إيشيهارا.", "ar")
    assert ("تاكيو إيشيهارا", ent(ex, "السلطة الفلسطينية").name) not in rels(ex, "MEMBER_OF")


def test_the_authority_and_the_monetary_authority_are_two_bodies():
    ex = run("وقال محافظ سلطة النقد الفلسطينية فراس النتشة إن السلطة الفلسطينية تدعم الخطة.", "ar")
    assert {"سلطة النقد الفلسطينية", "السلطة الفلسطينية"} <= {e.name for e in ex.entities}


def test_the_defence_minister_implies_the_defence_ministry():
    ex = run("استقبل وزير الدفاع الأردني سامي الخطيب الوفد العماني.", "ar")
    ministry = ent(ex, "وزارة الدفاع")
    assert ("سامي الخطيب", ministry.name) in rels(ex, "MEMBER_OF")
    assert ministry.country == "JOR"


def test_a_double_dash_dateline_gives_the_unmarked_ministry_its_country():
    ex = run(
        "محادثات المياه\nالقاهرة -- التقى وزير الخارجية المصري سامي حداد وزير الخارجية السوداني "
        "عمر صالح. وقالت المتحدثة باسم وزارة الخارجية رنا كمال إن المحادثات مفيدة.",
        "ar",
    )
    ministries = [e for e in ex.entities if e.type == "Agency" and e.kind == "ministry"]
    assert sorted(m.country for m in ministries) == ["EGY", "SDN"]
    # two ministries of one name: each is named by its country's nisba
    assert {m.name for m in ministries} == {"وزارة الخارجية المصرية", "وزارة الخارجية السودانية"}


def test_a_counterpart_of_a_minister_is_a_member_of_his_countrys_ministry():
    ex = run("استقبل وزير الخارجية الأردني سامي حداد نظيره المصري كريم صالح في عمان.", "ar")
    ministry = next(e for e in ex.entities if e.type == "Agency" and e.country == "EGY")
    assert ("كريم صالح", ministry.name) in rels(ex, "MEMBER_OF")
    assert (ministry.name, "مصر") in rels(ex, "MEMBER_OF")


def test_a_counterpart_of_a_president_implies_no_ministry():
    ex = run("استقبل الرئيس الأردني سامي حداد نظيره المصري كريم صالح في عمان.", "ar")
    assert not [e for e in ex.entities if e.type == "Agency"]

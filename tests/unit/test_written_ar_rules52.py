"""Bodies, round 20 (sentences written for these tests)."""

from __future__ import annotations

from .helpers import names, rels, run


def test_ar_two_word_family_part_is_the_full_names_short_form():
    # «السفير صالح النضيف» ends «محمد صالح النضيف»: one person
    ex = run(
        "مباحثات\nاستقبل وزير الخارجية اليوم سفير تشاد غير المقيم محمد صالح النضيف. "
        "وأكد السفير صالح النضيف حرص بلاده على تعزيز العلاقات.",
        "ar",
    )
    assert names(ex, "Official") == {"محمد صالح النضيف"}


def test_ar_a_dateline_abroad_does_not_join_the_unmarked_ministry_to_the_hosts():
    # filed from the host's capital: «وزير الخارجية» and «وزيرة الخارجية الإثيوبية» are two
    # heads of two ministries; the deputy after them is of the dispatch's unmarked ministry
    ex = run(
        "لقاء\n"
        "أديس أبابا (وكالة)- التقى وزير الخارجية السفير خالد عمر يوسف اليوم برئيس مفوضية "
        "الاتحاد الأفريقي.\n"
        "والتقى الوزير كذلك بوزيرة الخارجية الإثيوبية سلمى أحمد.",
        "ar",
    )
    members = rels(ex, "MEMBER_OF")
    assert ("خالد عمر يوسف", "وزارة الخارجية") in members
    assert ("سلمى أحمد", "وزارة الخارجية الإثيوبية") in members
    assert ("خالد عمر يوسف", "وزارة الخارجية الإثيوبية") not in members


def test_ar_chamber_of_commerce_is_a_body_with_no_role_governing_it():
    # «غرفة» alone is a room; «غرفة التجارة» after "a delegation from" is the chamber, its parent
    ex = run(
        "زيارة\nاستقبل الأمير اليوم وفداً من غرفة التجارة والصناعة الماليزية برئاسة نائب رئيس "
        "الغرفة السيد أحمد فيصل رحمن.",
        "ar",
    )
    assert "غرفة التجارة والصناعة الماليزية" in names(ex, "Agency")
    assert ("غرفة التجارة والصناعة الماليزية", "ماليزيا") in rels(ex, "MEMBER_OF")


def test_ar_definite_commercial_chamber_is_a_body():
    ex = run(
        "لقاء\nوالتقى المحافظ اليوم أعضاء الغرفة التجارية الصناعية في المدينة لبحث فرص الاستثمار.",
        "ar",
    )
    assert "الغرفة التجارية الصناعية" in names(ex, "Agency")

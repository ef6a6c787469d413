"""A given name that spells a number word ("ثاني", Thani: "second"), listed among the names and
followed by a listed name, opens the name: it is no ordinal there; and the feminine "مسؤولة" is a
post like "مسؤول"; an honorific word closing a name before the post is the family name (sentences
written for these tests)."""

from __future__ import annotations

from .helpers import met, names, run

TEXT = (
    "وزير الطاقة يلتقي سفير النمسا\n\n"
    "التقى معالي ثاني سالم المهيري وزير الطاقة والبنية التحتية صباح اليوم سعادة السيد فرانز "
    "هوبر سفير جمهورية النمسا، وبحث الجانبان التعاون في مجال الطاقة المتجددة.\n"
)


def test_ar_number_word_given_name_opens_the_name():
    ex = run(TEXT, "ar")
    officials = names(ex, "Official")
    assert "ثاني سالم المهيري" in officials
    assert "سالم المهيري" not in officials
    assert frozenset({"ثاني سالم المهيري", "فرانز هوبر"}) in met(ex)


TEXT_OFFICIAL = (
    "وزير الصحة يلتقي نظيره الماليزي ومسؤولة دولية في جنيف\n\n"
    "التقى وزير الصحة الدكتور حمد بن سعيد الكعبي في جنيف اليوم نظيره الماليزي، وبحث معه "
    "التعاون في مجال اللقاحات.\n"
)


def test_ar_feminine_official_is_a_post_not_a_name():
    """ "مسؤولة" (a woman official) is a post like "مسؤول": glued to "and" after a title it
    names nobody, and is never the name of the official before it."""
    ex = run(TEXT_OFFICIAL, "ar")
    assert not any("مسؤولة" in n for n in names(ex, "Official"))


TEXT_SAYED = (
    "هيئة الاستثمار تستقبل وفدا أردنيا\n\n"
    "استقبل رئيس الهيئة العامة للاستثمار وفدا أردنيا، وحضر الاجتماع سعادة الدكتور عمرو حسن السيد "
    "مدير إدارة التخطيط في الهيئة.\n"
)


def test_ar_honorific_spelled_family_name_before_the_post():
    """An honorific word («السيد») after two name words and right before the holder's post is
    the family name (El-Sayed): the name keeps it."""
    officials = names(run(TEXT_SAYED, "ar"), "Official")
    assert "عمرو حسن السيد" in officials
    assert "عمرو حسن" not in officials

"""A given name that spells a number word ("ثاني", Thani: "second"), listed among the names and
followed by a listed name, opens the name: it is no ordinal there; and the feminine "مسؤولة" is a
post like "مسؤول"; an honorific word closing a name before the post is the family name (sentences
written for these tests)."""

from __future__ import annotations

from .helpers import met, names, run

TEXT = (
    "رصيف جديد في ميناء الفجيرة\n\n"
    "افتتح رئيس هيئة الموانئ ثاني راشد الظاهري أمس رصيفا جديدا للحاويات، ثم اجتمع بالسفير "
    "النمساوي فرانز هوبر لبحث خطوط الشحن.\n"
)


def test_ar_number_word_given_name_opens_the_name():
    ex = run(TEXT, "ar")
    officials = names(ex, "Official")
    assert "ثاني راشد الظاهري" in officials
    assert "راشد الظاهري" not in officials
    assert frozenset({"ثاني راشد الظاهري", "فرانز هوبر"}) in met(ex)


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
    "عرض عن صيانة الطرق\n\n"
    "تحدث في الجلسة المهندس وائل فؤاد السيد رئيس قطاع الطرق في الوزارة عن خطة الصيانة الشتوية.\n"
)


def test_ar_honorific_spelled_family_name_before_the_post():
    """An honorific word («السيد») after two name words and right before the holder's post is
    the family name (El-Sayed): the name keeps it."""
    officials = names(run(TEXT_SAYED, "ar"), "Official")
    assert "وائل فؤاد السيد" in officials
    assert "وائل فؤاد" not in officials

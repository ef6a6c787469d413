""" "العضو"/"العضوة" before a name are a post; a feminine nisba after "bint X" is the family name
(sentences written for these tests)."""

from __future__ import annotations

from .helpers import names, run

TEXT_MEMBER = (
    "مقترح لتعديل قانون المرور\n\n"
    "قدّمت سعادة العضوة ريم سالم الهاشمي خلال جلسة اللجنة المالية مقترحا بتعديل قانون المرور، "
    "وأيّده في مداخلته سعادة العضو يوسف خليفة البنعلي.\n"
)


def test_ar_definite_and_feminine_member_are_posts():
    """ "العضو" and "العضوة" (the member, a woman member) before a name are a post like "عضو":
    never part of the name."""
    officials = names(run(TEXT_MEMBER, "ar"), "Official")
    assert "ريم سالم الهاشمي" in officials
    assert "يوسف خليفة البنعلي" in officials
    assert not any(n.startswith("العضو") for n in officials)


TEXT_BINT = (
    "مسح جديد للقوى العاملة\n\n"
    "أعلنت رئيسة المركز الوطني للإحصاء هدى بنت خالد اليمنية أمس إطلاق مسح ميداني للقوى العاملة "
    "يشمل المحافظات كلها.\n"
)


def test_ar_feminine_nisba_family_name_after_a_patronymic():
    """A definite feminine nisba right after "bint X" is the woman's family name, not her
    nationality: the name keeps it."""
    officials = names(run(TEXT_BINT, "ar"), "Official")
    assert "هدى بنت خالد اليمنية" in officials
    assert "هدى بنت خالد" not in officials

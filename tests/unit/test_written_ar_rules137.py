"""A masculine nisba closing a minister's field after a feminine noun cannot qualify that noun:
it agrees with the (masculine) role, and the ministry the title implies takes it in the feminine
("وزير الزراعة الاتحادي" → "وزارة الزراعة الاتحادية"); after a masculine noun the nisba may be the
field's own and stays ("وزير الاقتصاد الوطني" → "وزارة الاقتصاد الوطني") (sentences written for
these tests)."""

from __future__ import annotations

from .helpers import names, run


def test_ar_role_nisba_after_feminine_field_is_feminine_in_the_ministry():
    ex = run("التقى الوفد الماليزي وزير الزراعة الاتحادي الدكتور أحمد الطيب في الخرطوم.", "ar")
    agencies = names(ex, "Agency")
    assert "وزارة الزراعة الاتحادية" in agencies
    assert "وزارة الزراعة الاتحادي" not in agencies


def test_ar_field_nisba_after_masculine_noun_stays():
    ex = run("التقى الوفد الماليزي وزير الاقتصاد الوطني الدكتور أحمد الطيب في الخرطوم.", "ar")
    agencies = names(ex, "Agency")
    assert "وزارة الاقتصاد الوطنية" not in agencies

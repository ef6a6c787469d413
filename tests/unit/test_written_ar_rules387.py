"""A bare title and an adjective of offices before a colon (a turn label naming no one): the
adjective is no name, so no official is made of it (sentences written for these tests)."""

from __future__ import annotations

from .helpers import names, run

TEXT = (
    "مبعوث لدعم الحوار في الساحل\n\n"
    "اختتم مبعوث الاتحاد الأفريقي إلى منطقة الساحل، السيد عثمان باري كوناتي، "
    "جولة شملت أربع عواصم استمرت عشرة أيام.\n\n"
    'وكتب المبعوث الإقليمي: "الحوار بين الرعاة والمزارعين لا يحتمل التأجيل".\n'
)


def test_ar_office_adjective_before_colon_is_no_name():
    officials = names(run(TEXT, "ar"), "Official")
    assert "الإقليمي" not in officials
    assert "عثمان باري كوناتي" in officials

"""A foreign family name of five letters whose first letter is the glued "and" (Wiryo, Wario),
after a given name and before a comma or a post, is still the name (sentences written for these
tests)."""

from __future__ import annotations

from .helpers import met, names, run

TEXT = (
    "وزير الزراعة يستقبل رئيس البرلمان الإندونيسي\n\n"
    "استقبل وزير الزراعة والثروة السمكية الدكتور سالم بن راشد الحارثي في مكتبه اليوم رئيس مجلس "
    "النواب الإندونيسي بامبانغ ويريو، وبحث الجانبان سبل التعاون البرلماني.\n"
)


def test_ar_and_shaped_family_name_before_a_comma():
    ex = run(TEXT, "ar")
    officials = names(ex, "Official")
    assert "بامبانغ ويريو" in officials
    assert "بامبانغ" not in officials
    assert frozenset({"سالم بن راشد الحارثي", "بامبانغ ويريو"}) in met(ex)

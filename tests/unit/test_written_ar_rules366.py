"""A title followed by «بـ» glued to an m- verbal noun with the feminine ending («أشاد الوزير
بمبادرة X»): the verb's complement, no part of the post (sentences written for these tests)."""

from __future__ import annotations

from .helpers import names, run


def test_ar_praised_with_initiative_is_no_title_part():
    ex = run(
        "ترحيب أممي\nوأشاد الأمين العام بمبادرة كينيا الأخيرة، فيما نوه رئيس الوزراء "
        "بمساهمة الشركاء في التمويل.",
        "ar",
    )
    got = names(ex, "Official")
    assert "الأمين العام" in got
    assert "رئيس الوزراء" in got
    assert not {n for n in got if "بم" in n}

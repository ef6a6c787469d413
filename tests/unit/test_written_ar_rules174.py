"""Arabic: the bare Korean nisba («الكوري», «الكورية») names South Korea; news always qualifies
the North («الكوري الشمالي»), which stays North Korea (sentences written for these tests)."""

from __future__ import annotations

from .helpers import ent, run


def test_ar_bare_korean_nisba_is_south_korea():
    ex = run("وبحث وزير الزراعة مع السفير الكوري سبل دعم الشركات الكورية العاملة في الولاية.", "ar")
    korea = ent(ex, "الكوري")
    assert korea.type == "Country"
    assert korea.country == "KOR"


def test_ar_qualified_north_korean_nisba_stays_north_korea():
    ex = run("وانتقد المندوب الدائم التجربة الصاروخية الكورية الشمالية الأخيرة.", "ar")
    north = ent(ex, "الكورية الشمالية")
    assert north.country == "PRK"


def test_ar_korean_nisba_leaves_the_correia_surname_alone():
    ex = run("واستقبل الوزير السفير البرتغالي جواو كوريا في مكتبه اليوم.", "ar")
    assert all(e.country != "KOR" for e in ex.entities)

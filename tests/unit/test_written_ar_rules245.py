"""A ministry whose portfolio names one country's people (its citizens abroad) is that
country's ministry, though no country adjective closes its name (sentences written for
these tests)."""

from __future__ import annotations

from .helpers import rels, run


def test_ar_ministry_of_citizens_abroad_belongs_to_their_country():
    ex = run(
        "مباحثات في الدوحة\n"
        "التقى وزير الدولة كمال يونس الحمادي اليوم مساعد وزير الخارجية والهجرة وشؤون "
        "المصريين بالخارج السفير طارق منير السباعي، وبحثا ترتيبات الزيارة المقبلة.",
        "ar",
    )
    owned = {t for s, t in rels(ex, "MEMBER_OF") if s is not None and s.startswith("وزارة")}
    assert "مصر" in owned


def test_ar_ministry_with_glued_conjunction_before_the_people():
    ex = run(
        "زيارة عمل\n"
        "استقبل رئيس المجلس الاقتصادي عمر ياسين الشمري، صباح الأحد، السيد مامادو سيك، المستشار "
        "الفني بوزارة التكوين المهني والسنغاليين في الخارج، في مكتبه بالعاصمة.",
        "ar",
    )
    owned = {t for s, t in rels(ex, "MEMBER_OF") if s is not None and s.startswith("وزارة")}
    assert "السنغال" in owned


def test_ar_ministry_naming_no_people_gets_no_country():
    ex = run(
        "لقاء ثنائي\n"
        "استقبل الأمين العام للمنظمة سالم فارس الدوري، السيد كريم حسن الراوي، مدير إدارة "
        "بوزارة الخارجية والتعاون الدولي، في مقر المنظمة.",
        "ar",
    )
    owned = {t for s, t in rels(ex, "MEMBER_OF") if s is not None and s.startswith("وزارة")}
    assert not owned

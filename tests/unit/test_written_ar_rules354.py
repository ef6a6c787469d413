"""A counterpart reached by a call (or a message) told before it in its sentence, with no name
after it: the holder of the possessor's post in that country, an official of that country's
ministry. A counterpart visited is not made a new person (sentences written for these tests)."""

from __future__ import annotations

from .helpers import ent, names, rels, run


def test_ar_counterpart_reached_by_phone_is_an_official_of_her_country():
    ex = run(
        "نشاط وزارة الصحة\n"
        "الدوحة - افتتح وزير الصحة العامة الدكتور ناصر بن جاسم الكواري مساء الاثنين مختبرا جديدا "
        "للأمراض المعدية. وكان الوزير قد ناقش عبر الهاتف مع نظيرته البيروفية صباح اليوم نفسه خطة "
        "مشتركة لرصد حمى الضنك.",
        "ar",
    )
    assert ent(ex, "نظيرته البيروفية").country == "PER"
    assert ("نظيرته البيروفية", "وزارة الصحة") in rels(ex, "MEMBER_OF")


def test_ar_counterpart_visited_is_no_new_person():
    ex = run(
        "زيارة عمل\n"
        "بغداد - وصل وزير النقل الأردني فادي يوسف الحوراني إلى بغداد أمس، حيث زار نظيره العراقي "
        "في مكتبه واطلع على خطط ربط السكك الحديدية بين البلدين.",
        "ar",
    )
    assert "نظيره العراقي" not in names(ex, "Official")

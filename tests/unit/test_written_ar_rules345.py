"""A foreign family name spelled like an imperfect verb (starting with «ي», outside the name
list) in a name an honorific opens, right before the holder's post («السيد X يلكن نائب وزير …»):
it closes the name; a verb there would not follow a styled given name (sentences written for
these tests)."""

from __future__ import annotations

from .helpers import names, run

TEXT = (
    "مباحثات اقتصادية في الدوحة\n\n"
    "الدوحة – قنا\n\n"
    "اجتمع سعادة وزير الدولة للتجارة الخارجية اليوم مع معالي السيد سنان يلكن نائب وزير التجارة "
    "التركي، وبحثا سبل تطوير التبادل التجاري.\n"
    "كما التقى وفدا برئاسة السيد أردا يشار رئيس مجلس الأعمال التركي.\n"
)


def test_ar_verb_shaped_family_name_before_a_post_closes_the_styled_name():
    officials = names(run(TEXT, "ar"), "Official")
    assert {"سنان يلكن", "أردا يشار"} <= officials

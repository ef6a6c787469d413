"""A country whose name is its own feminine nisba ("السعودية") gives a body its country after a
definite word, as a nisba does.

Sentences written for these tests (not from any evaluation set).
"""

from .helpers import ent, rels, run


def test_a_ministry_of_a_country_named_by_its_nisba():
    ex = run("وأعلنت وزارة الداخلية السعودية القبض على خلية إرهابية.", "ar")
    a = ent(ex, "وزارة الداخلية السعودية")
    assert a.type == "Agency" and a.country == "SAU"
    assert (a.name, "السعودية") in rels(ex, "MEMBER_OF")


def test_the_country_stays_a_country_after_its_title():
    ex = run("وزار الوفد المملكة العربية السعودية الأسبوع الماضي.", "ar")
    assert ent(ex, "السعودية").type == "Country"

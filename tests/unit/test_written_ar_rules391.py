"""Arabic transcriptions of Spanish names: a family name spelled like a clitic and the article
("fa-al-…", Val-) after a listed given name and a second given name of no list, closing the
name at a comma, is the family name, not the next phrase (sentences written for these tests)."""

from __future__ import annotations

from .helpers import ent, names, run

TITLE = "وزير الزراعة الأوروغوياني يلتقي المزارعين"
TEXT = (
    "مونتيفيديو – التقى وزير الزراعة في جمهورية الأوروغواي، السيد فرناندو سيلفينو فالدوسيرا، "
    "أمس رئيس اتحاد المزارعين السيد ماتياس أوغستو رودالي.\n\n"
    "وقال الوزير فالدوسيرا إن صادرات اللحوم ستتضاعف."
)


def test_ar_val_family_name_after_two_given_names():
    ex = run(TEXT, "ar", title=TITLE)
    assert "فرناندو سيلفينو فالدوسيرا" in names(ex, "Official")
    assert "الوزير فالدوسيرا" in ent(ex, "فرناندو سيلفينو فالدوسيرا").aliases


def test_ar_glued_object_after_two_listed_names_stays_out():
    # two listed names, then a stance verb's object glued to the article: no family name
    text = "بيروت – أشاد وزير الاقتصاد كريم وليد بالاتفاق، مؤكدا أهمية تنفيذه سريعا."
    officials = names(run(text, "ar"), "Official")
    assert "كريم وليد" in officials
    assert not any("بالاتفاق" in o for o in officials)

"""Arabic transcriptions of Spanish names: a family name spelled like a clitic and the article
("fa-al-…", Val-) after a listed given name and a second given name of no list, closing a name
that commas enclose in apposition, is the family name, not the next phrase; outside such an
apposition a word glued to the article is a verb's object (sentences written for these tests)."""

from __future__ import annotations

from .helpers import ent, names, run

TEXT = (
    "بوينس آيرس – أعلن رئيس مجلس الشيوخ الأرجنتيني، السيد ألبرتو نيكانور فالكارسيل، أمس "
    "تأجيل جلسة التصويت على الموازنة.\n\n"
    "وأوضح الرئيس فالكارسيل أن اللجنة المالية تحتاج إلى أسبوع إضافي."
)


def test_ar_val_family_name_after_two_given_names():
    ex = run(TEXT, "ar")
    assert "ألبرتو نيكانور فالكارسيل" in names(ex, "Official")
    assert "الرئيس فالكارسيل" in ent(ex, "ألبرتو نيكانور فالكارسيل").aliases


def test_ar_glued_object_after_two_listed_names_stays_out():
    # two listed names, then a stance verb's object glued to the article: no family name
    text = "بيروت – أشاد وزير الاقتصاد كريم وليد بالاتفاق، مؤكدا أهمية تنفيذه سريعا."
    officials = names(run(text, "ar"), "Official")
    assert "كريم وليد" in officials
    assert not any("بالاتفاق" in o for o in officials)


def test_ar_glued_object_outside_an_apposition_stays_out():
    # a listed given name and an unlisted family name, no comma before: the word glued to the
    # article before the comma is the verb's object
    text = "عمّان – نوه وزير السياحة حازم زغيبو بالإقبال، لافتا إلى ارتفاع عدد الزوار خلال الربيع."
    officials = names(run(text, "ar"), "Official")
    assert "حازم زغيبو" in officials
    assert not any("بالإقبال" in o for o in officials)

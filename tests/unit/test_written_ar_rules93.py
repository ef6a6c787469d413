"""Round-22 SAID rules (Arabic), on sentences written for the tests: «أبرز» before an honorific."""

from __future__ import annotations

from .helpers import run, said


def test_ar_highlighted_before_an_honorific_is_a_say_verb_not_a_superlative():
    ex = run(
        "مباحثات مغربية بيروفية\n"
        "الرباط - أجرى وزير الشؤون الخارجية، السيد كريم العلوي الشرقاوي، اليوم الاثنين بالرباط، "
        "مباحثات مع وزير الخارجية البيروفي، السيد خوسيه لويس مانريكي.\n"
        'وبهذه المناسبة، أبرز السيد الشرقاوي أن العلاقات بين البلدين "تعرف دينامية متواصلة".\n',
        "ar",
    )
    assert any(s == "كريم العلوي الشرقاوي" and "دينامية" in q for s, q in said(ex))


def test_ar_the_superlative_before_a_plural_stays_no_say_verb():
    ex = run(
        "مباحثات مغربية بيروفية\n"
        "الرباط - استقبل وزير الشؤون الخارجية، السيد كريم العلوي الشرقاوي، اليوم الاثنين "
        "بالرباط، وزير الخارجية البيروفي، السيد خوسيه لويس مانريكي.\n"
        "وكان أبرز الملفات التي تناولها اللقاء التعاون في مجال الطاقة.\n",
        "ar",
    )
    assert not any("الملفات" in q for _s, q in said(ex))

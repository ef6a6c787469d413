"""Round-22 SAID rules (Arabic), on sentences written for the tests: the verb and its speaker
(«أبرز» before an honorific; «وأعرب خلاله X»)."""

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


def test_ar_a_during_it_pronoun_between_the_verb_and_the_party_keeps_the_party_the_speaker():
    ex = run(
        "ولي العهد يستقبل وزير الخارجية الأوزبكي\n"
        "أبوظبي (وكالة) - استقبل سمو الشيخ حمدان بن سعيد آل مكتوم ولي العهد اليوم معالي رستم "
        "نظروف وزير الخارجية الأوزبكي.\n"
        "وكان سموه قد تلقى أمس اتصالاً هاتفياً من معالي بختيار سادقوف نائب رئيس وزراء "
        "أوزبكستان، تناول التحضيرات للزيارة، وأعرب خلاله سادقوف عن ثقته بنجاح المباحثات.\n",
        "ar",
    )
    assert [s for s, q in said(ex) if "ثقته" in q] == ["بختيار سادقوف"]


def test_ar_in_it_between_a_call_verb_and_a_body_leaves_the_body_the_addressee():
    ex = run(
        "اختتام اجتماع وزراء الخارجية العرب\n"
        "القاهرة (وكالة) - اختتم وزراء الخارجية العرب اجتماعهم برئاسة وزير الخارجية الليبي "
        "طارق سالم الفيتوري.\n"
        "وأصدر الاجتماع بيانا ختاميا دعا فيه مجلس الأمن الدولي إلى التحرك الفوري.\n",
        "ar",
    )
    assert not any(s == "مجلس الأمن الدولي" for s, _q in said(ex))

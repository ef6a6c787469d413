"""Relations, round 20 (second pass): sentences written for these tests."""

from __future__ import annotations

from .helpers import rels, run


def test_ar_min_taraf_is_the_agent_of_a_passive_reception():
    # «استُقبل X من طرف Y، بحضور Z»: Y received X; the attendee Z meets the guest X, not Y
    ex = run(
        "محادثات\n"
        "الجزائر - أجرى وزير الخارجية، السيد كمال عيسى مراد، اليوم الأحد، محادثات مع وزير الخارجية "
        "البرتغالي، السيد جواو مانويل سانتوس، الذي يقوم بزيارة عمل إلى الجزائر.\n"
        "وفي وقت لاحق، استُقبل الوزير البرتغالي من طرف الوزير الأول، السيد سليم عمر بلحاج، بحضور "
        "وزير الطاقة، السيد نصر الدين فاتح حداد.",
        "ar",
    )
    met = rels(ex, "MET_WITH")
    assert ("نصر الدين فاتح حداد", "جواو مانويل سانتوس") in met
    assert ("نصر الدين فاتح حداد", "سليم عمر بلحاج") not in met


def test_ar_style_pronoun_subject_is_the_topic_not_a_holder_named_later():
    # «كما اجتمع سعادته مع X، … رسالة … موجهة إلى … أمير البلاد»: the style with a pronoun is the
    # official the text is about; the letter's addressee named later is no subject
    ex = run(
        "لقاءات\n"
        "الدوحة / قنا / اجتمع سعادة الدكتور سالم بن راشد الكواري وزير الدولة بوزارة الخارجية، "
        "اليوم، مع سعادة السيدة كارين م. ليند نائبة وزير الخارجية السويدي.\n"
        "كما اجتمع سعادته مع سعادة السيد موسى كانتي سيسيه، المبعوث الخاص لفخامة الرئيس عمر "
        "تراوري رئيس جمهورية مالي، وتسلم منه رسالة خطية موجهة إلى حضرة صاحب السمو أمير البلاد "
        "المفدى.",
        "ar",
    )
    assert ("سالم بن راشد الكواري", "موسى كانتي سيسيه") in rels(ex, "MET_WITH")

"""Arabic meetings of round 17: a headline's verb coordinated after the object of the verb before
it shares that verb's subject, in sentences written for these tests."""

from __future__ import annotations

from .helpers import met, run, said


def test_ar_headline_coordinated_verb_after_a_sender_takes_the_first_subject():
    pairs = met(
        run(
            "وزير الخارجية يتسلم رسالة خطية من نظيره الأوزبكي ويبحث مع سفير أوزبكستان "
            "العلاقات الثنائية\n\n"
            "الكويت - 3 - 5 (كونا) -- تسلم وزير الخارجية الشيخ سالم عبدالله الجابر رسالة خطية "
            "من نظيره الأوزبكي بختيار سعيدوف تتعلق بالعلاقات الثنائية.\n\n"
            "وسلم الرسالة سفير أوزبكستان لدى البلاد أولوغبيك رحيموف خلال لقائه الوزير اليوم.\n",
            "ar",
        )
    )
    assert frozenset({"سالم عبدالله الجابر", "أولوغبيك رحيموف"}) in pairs
    assert frozenset({"بختيار سعيدوف", "أولوغبيك رحيموف"}) not in pairs


def test_ar_bayyana_anna_is_a_statement_of_the_subject_alone():
    ex = run(
        "وزير الصناعة يبحث مع نظيره العراقي التعاون\n\n"
        "دمشق (سانا) - بحث وزير الصناعة سامر الخطيب مع وزير التجارة العراقي حيدر الموسوي "
        "التعاون الصناعي.\n\n"
        "وبيّن أن الجانبين اتفقا على تشكيل فريق فني مشترك.\n",
        "ar",
    )
    speakers = [sp for sp, q in said(ex) if "فريق فني" in q]
    assert speakers == ["سامر الخطيب"]

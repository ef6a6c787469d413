"""Arabic meetings of round 17: a headline's verb coordinated after the object of the verb before
it shares that verb's subject, in sentences written for these tests."""

from __future__ import annotations

from .helpers import met, run


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

"""A signing with no meeting told before, its signers listed each under its own "for" phrase (a
side or a body): the signers of the two phrases met, and one attending it meets the other side
(sentences written for these tests)."""

from __future__ import annotations

from .helpers import met, run

TEXT = (
    "اتفاق لتمويل محطات التحلية\n\n"
    "جرى مساء الاثنين في نواكشوط توقيع اتفاق لتمويل ثلاث محطات لتحلية مياه البحر. "
    "ووقع الاتفاق عن الجانب الموريتاني وزير الطاقة، السيد سيدي محمد الأمين، "
    "وعن الصندوق مدير العمليات بالصندوق السعودي للتنمية، المهندس فيصل ناصر الدوسري، "
    "بحضور وزير المالية، السيد أحمدو ولد الشيخ.\n"
)


def test_ar_signers_under_two_for_phrases_met():
    pairs = met(run(TEXT, "ar"))
    assert frozenset({"سيدي محمد الأمين", "فيصل ناصر الدوسري"}) in pairs


def test_ar_attendee_of_the_signing_meets_the_other_side():
    pairs = met(run(TEXT, "ar"))
    assert frozenset({"أحمدو ولد الشيخ", "فيصل ناصر الدوسري"}) in pairs
    assert frozenset({"أحمدو ولد الشيخ", "سيدي محمد الأمين"}) not in pairs

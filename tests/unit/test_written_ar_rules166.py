"""Round-24 Agency rule (Arabic), on sentences written for the test: a body's purpose glued to
the genitive clitic may be a noun of three letters («لسوق», «لدول») before its definite genitive
(«الهيئة التونسية لسوق الرساميل», «المركز العربي لدول المغرب»): the purpose stays in the name."""

from __future__ import annotations

from .helpers import names, rels, run

_TEXT = (
    "لقاء في تونس\n"
    "تونس - استقبلت رئيسة الهيئة التونسية لسوق الرساميل السيدة سلوى عمر الدريدي، يوم الخميس، "
    "سفير البيرو.\n"
)

_BODY = "الهيئة التونسية لسوق الرساميل"


def test_ar_three_letter_purpose_noun_after_nisba_stays_in_name():
    ex = run(_TEXT, "ar")
    assert _BODY in names(ex, "Agency"), names(ex, "Agency")
    assert ("سلوى عمر الدريدي", _BODY) in rels(ex, "MEMBER_OF")


_TEXT2 = (
    "لقاء في الرباط\n"
    "الرباط - استقبل مدير المكتب الإقليمي لدول المغرب العربي السيد كريم يوسف الوزاني، يوم "
    "الخميس، سفير البيرو.\n"
)

_OFFICE = "المكتب الإقليمي لدول المغرب العربي"


def test_ar_three_letter_purpose_noun_after_adjective_stays_in_name():
    ex = run(_TEXT2, "ar")
    assert _OFFICE in names(ex, "Agency"), names(ex, "Agency")

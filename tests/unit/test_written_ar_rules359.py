"""A meeting noun after a past verb in the feminine with its subject left unsaid ("and she also
held a meeting with X"): the woman told before holds it, not the last official named, a man
(sentences written for these tests)."""

from __future__ import annotations

from .helpers import met, run

TEXT = (
    "عنوان\n\n"
    "وصلت وزيرة التعليم العالي النمساوية كلاوديا هوبر إلى نيروبي في زيارة رسمية، "
    "فاستقبلها رئيس جامعة المحيط في مكتبه، ثم عقدت اجتماعًا مع وزير التربية الكيني "
    "جوزيف أوتينو كاماو.\n"
)


def test_ar_feminine_verb_gives_the_meeting_to_the_woman():
    pairs = met(run(TEXT, "ar"))
    assert frozenset({"كلاوديا هوبر", "جوزيف أوتينو كاماو"}) in pairs
    assert frozenset({"رئيس جامعة المحيط", "جوزيف أوتينو كاماو"}) not in pairs

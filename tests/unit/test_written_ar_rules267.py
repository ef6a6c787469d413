"""The verbal noun of saying after a relaying verb («ونقل المتحدث عن الوزيرة قولها إن …»), with a
later say verb in the sentence: the one quoted (the title's holder) speaks, not the relayer
(sentences written for these tests)."""

from __future__ import annotations

from .helpers import run, said

TEXT = (
    "وزيرة التعاون تبحث مع نائب رئيس البنك الأفريقي تمويل المشروعات\n"
    "القاهرة في 3 مارس /أ ش أ/ صرح الدكتور أيمن سعيد الحلواني المتحدث الرسمي باسم وزارة "
    "التعاون الدولي، بأن الدكتورة سلمى فؤاد العدلي وزيرة التعاون الدولي التقت اليوم السيد "
    "كوفي مينسا نائب رئيس البنك الأفريقي للتنمية.\n"
    "وأوضح المتحدث أن اللقاء تناول محفظة المشروعات الجارية.\n"
    'ونقل المتحدث عن الوزيرة قولها إن مصر "ماضية في تنفيذ برنامج الإصلاح الهيكلي بكل عزم"، '
    "وأضافت العدلي أن الدولة تستهدف خفض الدين العام.\n"
)


def test_ar_relayed_saying_is_the_quoted_holders():
    pairs = said(run(TEXT, "ar"))
    speakers = {sp for sp, q in pairs if "الإصلاح الهيكلي" in q}
    assert speakers == {"سلمى فؤاد العدلي"}

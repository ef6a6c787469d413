"""Round-24 SAID rule (Arabic), on sentences written for the test: after an honorific or a
title, the last two words of a known name of three words or more («السيد آيت يحيى» of «مراد
آيت يحيى», a two-word family name) are a later mention of that person, so the verb before
them has that person for its subject and the quotation starts after the name."""

from __future__ import annotations

from .helpers import run, said

_TEXT = (
    "وزير التجارة يستقبل نظيره المالي\n"
    "الجزائر - استقبل وزير التجارة، السيد مراد آيت يحيى، اليوم الثلاثاء، وزير التجارة "
    "والصناعة المالي، السيد موسى ألفا كوليبالي، في إطار زيارة عمل.\n"
    "وأكد الوزير المالي رغبة بلاده في رفع حجم المبادلات التجارية، فيما نوه السيد آيت يحيى "
    'بـ"المستوى المتميز للعلاقات الثنائية".\n'
)


def test_ar_two_word_family_name_after_honorific_is_the_speaker():
    pairs = said(run(_TEXT, "ar"))
    assert any(s == "مراد آيت يحيى" and q.startswith("المستوى") for s, q in pairs), pairs
    assert not any(s == "موسى ألفا كوليبالي" and "آيت" in q for s, q in pairs), pairs

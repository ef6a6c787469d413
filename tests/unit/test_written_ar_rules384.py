"""A signing with no meeting told before, its signers listed each under its own "for" phrase (a
country or a body): the signers of the two phrases met, and one attending it meets the other side
(sentences written for these tests)."""

from __future__ import annotations

from .helpers import met, run

TEXT = (
    "معهد للتدريب المهني في ضواحي داكار\n\n"
    "يموّل المشروع بناء معهد يستقبل ألفي متدرب سنويا في مهن البناء والطاقة الشمسية. "
    "وقد وقّعت المذكرة مساء الثلاثاء عن السنغال وزيرة التكوين المهني، السيدة عائشة ديوب فال، "
    "وعن الوكالة الكورية للتعاون الدولي المدير الإقليمي للوكالة في غرب أفريقيا، "
    "السيد كيم سونغ مين، بحضور وزير المالية السنغالي، السيد مامادو لامين با.\n"
)


def test_ar_signers_under_two_for_phrases_met():
    pairs = met(run(TEXT, "ar"))
    assert frozenset({"عائشة ديوب فال", "كيم سونغ مين"}) in pairs


def test_ar_attendee_of_the_signing_meets_the_other_side():
    pairs = met(run(TEXT, "ar"))
    assert frozenset({"مامادو لامين با", "كيم سونغ مين"}) in pairs
    assert frozenset({"مامادو لامين با", "عائشة ديوب فال"}) not in pairs

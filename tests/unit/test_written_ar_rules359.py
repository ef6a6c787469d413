"""A meeting noun after a past verb in the feminine with its subject left unsaid ("and she also
held a meeting with X"): the woman told before holds it, not the last official named, a man
(sentences written for these tests)."""

from __future__ import annotations

from graphbuild.lang import load_lexicon
from graphbuild.nlp.pipeline import get_pipeline
from graphbuild.nlp.relations.met_with import feminine_verb_at
from graphbuild.nlp.tagger import Tagger

from .helpers import met, run

TEXT = (
    "عنوان\n\n"
    "افتتحت وزيرة الثقافة التشيلية كارولينا سيلفا باستياس معرضًا للفنون الشعبية في متحف المدينة "
    "بحضور حاكم الإقليم باولو مينديز سواريس، وبعد جولة في أجنحته عقدت لقاءً مع سفير بيرو لدى "
    "تشيلي أوغستو رامون كيسبي.\n"
)


def test_ar_feminine_verb_gives_the_meeting_to_the_woman():
    pairs = met(run(TEXT, "ar"))
    assert frozenset({"كارولينا سيلفا باستياس", "أوغستو رامون كيسبي"}) in pairs
    assert frozenset({"باولو مينديز سواريس", "أوغستو رامون كيسبي"}) not in pairs


def _verb_before(text: str, noun: str) -> bool:
    tg = Tagger(get_pipeline("ar")(text), load_lexicon("ar"))
    return feminine_verb_at(tg, tg.norms.index(tg.P.fold(noun)), 0)


def test_ar_plural_noun_before_meeting_noun_is_no_feminine_verb():
    assert _verb_before("وبعد الظهر عقدت لقاءً مع رئيس النقابة.", "لقاءً")
    assert not _verb_before("وأنهى المحافظ أمس جولات مشاورات مع رؤساء البلديات.", "مشاورات")

"""Two Arabic rules of bodies' names (sentences written for these tests):

* an adjective that governs its own «ل» phrase ("fit for": «الماء الصالح للشرب», drinking water)
  keeps that phrase in a body's name after the body's field: no second complement of the body;
* a body named right after "in his office" and a preposition of place is the building a host
  received a guest in, no body of the text's own.
"""

from __future__ import annotations

from .helpers import names, rels, run

TEXT = (
    "بحث وزير الطاقة الموريتاني سيدي ولد أحمد مع المدير العام للوكالة الوطنية للطاقة والمياه "
    "الصالحة للشرب يوسف العلوي، وتناول اللقاء تحلية مياه البحر في نواذيبو."
)


def test_ar_fit_for_phrase_stays_in_the_body_name():
    ex = run(TEXT, "ar")
    body = "الوكالة الوطنية للطاقة والمياه الصالحة للشرب"
    assert body in names(ex, "Agency")
    assert ("يوسف العلوي", body) in rels(ex, "MEMBER_OF")


VENUE = (
    "بحثت رئيسة الأكاديمية الدبلوماسية التشيلية ماريا سوتو مع السفير الإستوني تانيل كاسك، في "
    "مكتبها بمعهد الدراسات الدولية، برامج تدريب الدبلوماسيين الشباب."
)


def test_ar_body_after_his_office_is_the_venue_only():
    agencies = names(run(VENUE, "ar"), "Agency")
    assert not any(a.startswith("معهد الدراسات") for a in agencies)

"""An adjective that governs its own «ل» phrase ("fit for": «الماء الصالح للشرب», drinking water)
keeps that phrase in a body's name after the body's field: no second complement of the body
(sentences written for these tests)."""

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

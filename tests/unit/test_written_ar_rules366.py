"""A title followed by «بـ» glued to an m- verbal noun with the feminine ending (a verb of praise,
its subject's title, then what is praised): the verb's complement, no part of the post
(sentences written for these tests)."""

from __future__ import annotations

from .helpers import names, run


def test_ar_praised_with_verbal_noun_is_no_title_part():
    ex = run(
        "ندوة جامعية\nواعتز رئيس الجامعة بمكانة كلية الطب بين نظيراتها، فيما نوه نائب الرئيس "
        "بمهارة الطلبة.",
        "ar",
    )
    got = names(ex, "Official")
    assert "رئيس الجامعة" in got
    assert "نائب الرئيس" in got
    assert not {n for n in got if "بم" in n}

"""Arabic: a title whose body is a bare definite head ("mudir al-riqaba bil-bank") is held in
the body of that head that an earlier official's title names in the same sentence, not in the
article's first body of that kind (sentences written for these tests)."""

from __future__ import annotations

from .helpers import rels, run

_TEXT = (
    "تونس - استقبل محافظ البنك المركزي التونسي، منير بن صالح العياري، اليوم وفدا أردنيا "
    "رفيعا. ويضم الوفد الأردني نائب محافظ البنك المركزي الأردني، زياد فهد الحمود، ومدير "
    "الرقابة المصرفية بالبنك، رامي سليم الخطيب."
)


def test_ar_bare_bank_in_title_is_the_bank_named_in_the_previous_title():
    got = rels(run(_TEXT, "ar"), "MEMBER_OF")
    assert ("رامي سليم الخطيب", "البنك المركزي الأردني") in got
    assert ("رامي سليم الخطيب", "البنك المركزي التونسي") not in got


def test_ar_bare_bank_with_no_earlier_title_is_the_bank_named_before():
    ex = run(
        "تونس - وقع البنك المركزي التونسي اتفاقية جديدة. وحضر التوقيع مدير الرقابة المصرفية "
        "بالبنك، رامي سليم الخطيب.",
        "ar",
    )
    assert ("رامي سليم الخطيب", "البنك المركزي التونسي") in rels(ex, "MEMBER_OF")

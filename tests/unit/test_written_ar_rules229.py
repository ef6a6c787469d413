"""An official joined by "and" to an accompanying delegation belongs to it, also when the
official is named by a title alone ("نائب الوزير البيروفي والوفد المرافق له") (round 25,
sentences written for these tests)."""

from __future__ import annotations

from .helpers import rels, run


def test_ar_title_only_official_and_the_delegation_accompanying_him():
    ex = run(
        "مباحثات في مسقط\n"
        "وصل إلى مسقط اليوم السيد كارلوس منديث روخاس نائب وزير الخارجية البيروفي.\n"
        "واستقبل وزير الخارجية نائب الوزير البيروفي والوفد المرافق له، وبحث الجانبان "
        "العلاقات الثنائية.",
        "ar",
    )
    members = rels(ex, "MEMBER_OF")
    assert any("منديث" in s and t and "المرافق" in t for s, t in members), members

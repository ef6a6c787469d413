"""A counterpart reached by a call told before it in its sentence, no name after it («تلقى
مكالمة هاتفية من نظيره التونسي»): the holder of the possessor's post in that country, an
official of that country's ministry; a counterpart met is not made a new person (sentences
written for these tests)."""

from __future__ import annotations

from .helpers import ent, names, rels, run


def test_ar_counterpart_of_a_call_is_an_official_of_his_country():
    ex = run(
        "نشاط الوزير\n"
        "مسقط - استقبل وزير الصحة الدكتور سالم بن علي الحارثي اليوم سفير بلجيكا لدى السلطنة. وفي "
        "سياق آخر، تلقى وزير الصحة مساء أمس مكالمة هاتفية من نظيره التونسي تناولت التعاون في مجال "
        "الأدوية.",
        "ar",
    )
    assert ent(ex, "نظيره التونسي").country == "TUN"
    assert ("نظيره التونسي", "وزارة الصحة التونسية") in rels(ex, "MEMBER_OF")
    # a counterpart met, no call or message before it: no new person
    ex = run(
        "مباحثات زراعية\n"
        "عمّان - عقد وزير الزراعة الأردني خالد سالم العمري اليوم مباحثات مع نظيره التونسي بمقر "
        "الوزارة.",
        "ar",
    )
    assert "نظيره التونسي" not in names(ex, "Official")

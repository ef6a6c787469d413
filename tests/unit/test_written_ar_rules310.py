"""A post governed by «لدى» inside another post ("state secretary attached to the minister of X")
is not its holder's own role: the holder belongs to that minister's ministry, and a later «الوزير»
+ nisba is the minister himself (sentences written for these tests)."""

from __future__ import annotations

from .helpers import ent, names, rels, run, said

TEXT = (
    "افتتاح معرض الآلات الزراعية بمكناس\n\n"
    "مكناس – ترأس وزير الفلاحة والصيد البحري، عمر بناني الحسني، صباح الاثنين افتتاح المعرض "
    "الدولي للآلات الزراعية، رفقة كاتب الدولة لدى وزير الفلاحة، رشيد الفيلالي الصنهاجي.\n\n"
    'وأكد الوزير المغربي في كلمته أن "الموسم الفلاحي الحالي يبشر بمحصول وفير من الحبوب".\n'
)


def test_ar_post_attached_to_a_minister_is_not_a_minister():
    ex = run(TEXT, "ar")
    assert ent(ex, "رشيد الفيلالي الصنهاجي").title == "كاتب الدولة لدى وزير الفلاحة"
    members = {s for s, _ in rels(ex, "MEMBER_OF")}
    assert "رشيد الفيلالي الصنهاجي" in members


def test_ar_nisba_minister_is_the_minister_not_the_attached_state_secretary():
    ex = run(TEXT, "ar")
    assert "الوزير المغربي" in ent(ex, "عمر بناني الحسني").aliases
    assert "الوزير المغربي" not in names(ex, "Official")
    assert any(sp == "عمر بناني الحسني" and "محصول وفير" in q for sp, q in said(ex))

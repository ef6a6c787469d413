"""Two delegations from one body, one named with the country's nisba ("the delegation of the
Danish wind energy council") and one without a country of its own ("a delegation of the wind
energy council ... of the Danish parliament"), are one visiting delegation (sentences written
for these tests)."""

from __future__ import annotations

from .helpers import names, rels, run

TITLE = "وفد مجلس طاقة الرياح الدنماركي يختتم جولة في الجنوب المغربي"
TEXT = (
    "طرفاية - اختتم وفد من مجلس طاقة الرياح التابع للبرلمان الدنماركي، برئاسة النائبة كارين "
    "سورنسن، أمس جولة على محطات التوربينات في الأقاليم الجنوبية قبل عودته إلى كوبنهاغن.\n"
)


def test_ar_delegations_of_one_body_country_said_once_are_one():
    ex = run(TEXT, "ar", title=TITLE)
    delegations = {n for n in names(ex, "Agency") if n.startswith("وفد")}
    assert len(delegations) == 1
    (delegation,) = delegations
    assert ("كارين سورنسن", delegation) in rels(ex, "MEMBER_OF")

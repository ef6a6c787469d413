"""Two delegations from one body, one named with the country's nisba ("the Danish climate
committee's delegation") and one without a country of its own ("a delegation from the climate
committee ... in the Danish parliament"), are one visiting delegation (sentences written for
these tests)."""

from __future__ import annotations

from .helpers import names, rels, run

TITLE = "وزيرة البيئة تبحث مع وفد لجنة المناخ الدنماركية خطط التشجير"
TEXT = (
    "الرباط - بحثت وزيرة البيئة الدكتورة سعاد أحمد العلمي، مساء الثلاثاء في الرباط، مع وفد من "
    "لجنة المناخ الدنماركية المغربية في البرلمان الدنماركي، يترأسه النائب يان ميكلسن، خطط "
    "التشجير في المناطق الجافة.\n"
)


def test_ar_delegations_of_one_body_country_said_once_are_one():
    ex = run(TEXT, "ar", title=TITLE)
    delegations = {n for n in names(ex, "Agency") if n.startswith("وفد")}
    assert len(delegations) == 1
    (delegation,) = delegations
    assert ("يان ميكلسن", delegation) in rels(ex, "MEMBER_OF")

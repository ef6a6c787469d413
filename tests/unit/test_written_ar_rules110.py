"""Arabic belonging of round 23: a title whose body is a bare definite head ("المدير العام
للصندوق", "مدير الإدارة بالهيئة") that its sentence does not name is held in the last body of
that kind named in an earlier sentence (sentences written for these tests)."""

from __future__ import annotations

from .helpers import rels, run


def test_ar_bare_fund_head_resolved_to_an_earlier_sentence():
    ex = run(
        "وقع صندوق أبوظبي للتنمية اليوم اتفاقية قرض مع حكومة جمهورية بنين لتمويل مشروع للطرق. "
        "وحضر التوقيع المدير العام للصندوق حمدان سالم المنصوري.",
        "ar",
    )
    assert ("حمدان سالم المنصوري", "صندوق أبوظبي للتنمية") in rels(ex, "MEMBER_OF")

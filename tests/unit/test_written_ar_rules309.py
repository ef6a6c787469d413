"""«رئيس الدبلوماسية» + nisba is the press's style of that country's foreign minister: a later
mention of it is the minister already named as the counterpart, not a new official (sentences
written for these tests)."""

from __future__ import annotations

from .helpers import ent, names, run, said

TEXT = (
    "وزير الخارجية الأردني يستقبل نظيره البيروفي\n\n"
    "عمّان 3 آذار – استقبل وزير الخارجية وشؤون المغتربين، سامر خليل العبادي، اليوم الأحد "
    "نظيره البيروفي، خوان كارلوس رامون، في مقر الوزارة.\n\n"
    "وقال العبادي إن البلدين يسعيان إلى زيادة التبادل التجاري.\n\n"
    "من جانبه، أعرب رئيس الدبلوماسية البيروفية عن تقدير بلاده لدور الأردن في المنطقة.\n"
)


def test_ar_head_of_diplomacy_is_the_foreign_minister_named_before():
    ex = run(TEXT, "ar")
    assert "رئيس الدبلوماسية البيروفية" not in names(ex, "Official")
    assert "رئيس الدبلوماسية البيروفية" in ent(ex, "خوان كارلوس رامون").aliases
    assert any(sp == "خوان كارلوس رامون" and "تقدير بلاده" in q for sp, q in said(ex))

"""«… بمشاركة أعضاء اللجنة: A، وB، وC» (a ministerial committee's meeting with its members
listed): the members took part together and each met the others, as with «بمشاركة كل من»
(sentences written for these tests)."""

from __future__ import annotations

from .helpers import met, run

TEXT = (
    "اللجنة الوزارية العربية للمياه تلتئم في الرباط\n\nالرباط - التأمت في الرباط الدورة "
    "الثالثة للجنة الوزارية العربية للأمن المائي بمشاركة أعضاء اللجنة: معالي السيد كريم "
    "بنعلي وزير التجهيز والماء في المملكة المغربية، ومعالي السيد فارس منصور الدباغ وزير "
    "الموارد المائية في جمهورية العراق، ومعالي السيدة هند عمر السويدي وزيرة البيئة في دولة "
    "الكويت.\n"
)


def test_ar_committee_members_listed_meet_each_other():
    pairs = met(run(TEXT, "ar"))
    assert frozenset({"كريم بنعلي", "فارس منصور الدباغ"}) in pairs
    assert frozenset({"كريم بنعلي", "هند عمر السويدي"}) in pairs
    assert frozenset({"فارس منصور الدباغ", "هند عمر السويدي"}) in pairs

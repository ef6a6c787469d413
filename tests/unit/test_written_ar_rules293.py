"""«… بمشاركة أعضاء المجلس: A، وB، وC» (a ministerial council's session with its members
listed): the members took part together and each met the others, as with «بمشاركة كل من»
(sentences written for these tests)."""

from __future__ import annotations

from .helpers import met, run

TEXT = (
    "مجلس وزراء الصحة العرب يقر خطة لمكافحة الأوبئة\n\nالقاهرة - أقر مجلس وزراء الصحة العرب، "
    "في ختام أعمال دورته العادية، خطة إقليمية لمكافحة الأوبئة بمشاركة أعضاء المجلس: الدكتور "
    "يوسف العلمي وزير الصحة المغربي، والدكتور عمار حسن الجبوري وزير الصحة العراقي، والدكتورة "
    "ليلى منصور الصباغ وزيرة الصحة الكويتية.\n"
)


def test_ar_committee_members_listed_meet_each_other():
    pairs = met(run(TEXT, "ar"))
    assert frozenset({"يوسف العلمي", "عمار حسن الجبوري"}) in pairs
    assert frozenset({"يوسف العلمي", "ليلى منصور الصباغ"}) in pairs
    assert frozenset({"عمار حسن الجبوري", "ليلى منصور الصباغ"}) in pairs

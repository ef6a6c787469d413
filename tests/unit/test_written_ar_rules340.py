"""A meeting "chaired by" two officials of two countries («برئاسة X وY»): the two chair it
together, one a side, and so meet; neither heads a body named before the cue (sentences written
for these tests)."""

from __future__ import annotations

from .helpers import met, rels, run

_TEXT = (
    "تعاون زراعي\n"
    "انعقد في نواكشوط مساء أمس الاجتماع الرابع للجنة الفنية المشتركة لوزارة الزراعة الموريتانية "
    "ووزارة الزراعة السنغالية برئاسة وزير الزراعة الموريتاني سيدي محمد ولد أحمد ووزيرة الزراعة "
    "السنغالية فاتو ندياي، لبحث خطة مكافحة الجراد."
)


def test_ar_chairs_of_two_countries_meet():
    assert frozenset({"سيدي محمد ولد أحمد", "فاتو ندياي"}) in met(run(_TEXT, "ar"))


def test_ar_co_chair_heads_no_body_named_before():
    got = {(s, t) for s, t in rels(run(_TEXT, "ar"), "MEMBER_OF")}
    assert ("سيدي محمد ولد أحمد", "وزارة الزراعة السنغالية") not in got

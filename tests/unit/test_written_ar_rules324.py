"""Arabic joint sessions chaired by one official a side, each side phrase after its chair: the two
chairs met and are the two sides "the two sides" name (sentences written for these tests)."""

from __future__ import annotations

from .helpers import met, run, said

CO_CHAIRED = (
    "الربط البحري بين المغرب والسنغال محور مباحثات بالرباط\n\n"
    "جرت بمقر وزارة النقل في الرباط مباحثات موسعة حول الربط البحري، برئاسة السيد يوسف العلمي "
    "الإدريسي، وزير النقل، عن الجانب المغربي، والسيد أمادو ديوب سال، وزير البنية التحتية، عن "
    "الجانب السنغالي.\n\n"
    "وأكد الجانبان ضرورة تسريع إنجاز خط بحري منتظم بين البلدين."
)


def test_ar_chairs_each_before_its_side_met():
    ex = run(CO_CHAIRED, "ar")
    assert met(ex) == {frozenset({"يوسف العلمي الإدريسي", "أمادو ديوب سال"})}


def test_ar_the_two_sides_are_the_chairs():
    ex = run(CO_CHAIRED, "ar")
    assert {s for s, _q in said(ex)} == {"يوسف العلمي الإدريسي", "أمادو ديوب سال"}


def test_ar_one_side_phrase_makes_no_meeting():
    ex = run(
        "ترأس الوفد\n\nوصل إلى جدة وفد تجاري برئاسة السيد كمال حسن الطيب، مستشار الوزير، "
        "عن الجانب السوداني، في زيارة تستمر ثلاثة أيام.",
        "ar",
    )
    assert met(ex) == set()

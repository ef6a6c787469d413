"""Arabic joint sessions chaired by one official a side, each side phrase after its chair: the two
chairs met and are the two sides "the two sides" name (sentences written for these tests)."""

from __future__ import annotations

from .helpers import met, run, said

CO_CHAIRED = (
    "تونس والنيجر تراجعان ملف الموانئ الجافة\n\n"
    "اختتمت أمس في نيامي أشغال اللجنة الفنية للنقل البري برئاسة المهندس رضا بن يوسف، المدير "
    "العام للنقل، عن الجانب التونسي، والسيد إبراهيم موسى كاندا، الأمين العام لوزارة التجارة، "
    "عن الجانب النيجري.\n\n"
    "وشدد الجانبان في محضر الاجتماع على تبسيط إجراءات العبور قبل نهاية السنة."
)


def test_ar_chairs_each_before_its_side_met():
    ex = run(CO_CHAIRED, "ar")
    assert met(ex) == {frozenset({"رضا بن يوسف", "إبراهيم موسى كاندا"})}


def test_ar_the_two_sides_are_the_chairs():
    ex = run(CO_CHAIRED, "ar")
    assert {s for s, _q in said(ex)} == {"رضا بن يوسف", "إبراهيم موسى كاندا"}


def test_ar_one_side_phrase_makes_no_meeting():
    ex = run(
        "قافلة طبية في كسلا\n\nبدأت في كسلا قافلة طبية برئاسة الدكتور عثمان آدم النور، مدير "
        "الإدارة الصحية، عن الجانب السوداني، وتستمر أسبوعا.",
        "ar",
    )
    assert met(ex) == set()

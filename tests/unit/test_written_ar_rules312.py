"""After a meeting verb, a post followed by a name that opens with its own honorific and is followed
at once by its own post: the first post is the verb's subject (an official named before), the name
is the guest with the post after it (sentences written for these tests)."""

from __future__ import annotations

from .helpers import ent, met, names, run, said

TEXT = (
    "وزير الصناعة يستقبل وفداً برازيلياً\n\n"
    "أبوظبي في 19 يونيو / وام / استقبل معالي الشيخ حمدان سيف الظنحاني وزير الصناعة في مكتبه "
    "اليوم وفداً تجارياً من البرازيل.\n\n"
    "كما استقبل وزير الصناعة معالي السيد ماركوس أوغوستو بيتنكورت وزير الزراعة البرازيلي، وتناول "
    "اللقاء فرص الاستثمار في صناعة الأسمدة.\n"
)


def test_ar_guest_keeps_the_post_after_his_name():
    ex = run(TEXT, "ar")
    guest = ent(ex, "ماركوس أوغوستو بيتنكورت")
    assert guest.country == "BRA"
    assert "وزير الصناعة" not in (guest.title or "")
    assert "وزير الزراعة البرازيلي" not in names(ex, "Official")


def test_ar_subject_post_meets_the_guest():
    assert frozenset({"حمدان سيف الظنحاني", "ماركوس أوغوستو بيتنكورت"}) in met(run(TEXT, "ar"))


TEXT_BARE = "استقبل وزير الزراعة والثروة السمكية الدكتور حمد سعيد المعمري الملحق في مكتبه.\n"


def test_ar_bare_definite_post_after_the_name_is_another_person():
    ex = run(TEXT_BARE, "ar")
    assert "حمد سعيد المعمري" in names(ex, "Official")
    assert "وزير الزراعة والثروة السمكية" in (ent(ex, "حمد سعيد المعمري").title or "")


TEXT_COUNTERPART = (
    "خبر\n\n"
    "التقى وزير الطاقة المهندس ناصر خليفة الشامسي نظيره الأوزبكي في طشقند.\n"
    "وأكد الشامسي خلال اللقاء أهمية التعاون في الطاقة الشمسية.\n"
)


def test_ar_counterpart_after_the_name_is_the_object():
    ex = run(TEXT_COUNTERPART, "ar")
    assert "وزير الطاقة" in (ent(ex, "ناصر خليفة الشامسي").title or "")
    assert any(sp == "ناصر خليفة الشامسي" and "الطاقة الشمسية" in q for sp, q in said(ex))

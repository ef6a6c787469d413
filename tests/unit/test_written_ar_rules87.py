"""Arabic agency forms of round 22: a parliament's friendship group or association
(«مجموعة الصداقة البرلمانية …», «جمعية الصداقة …») is a body, named with both countries'
nisbas (sentences written for these tests)."""

from __future__ import annotations

from .helpers import names, rels, run


def test_ar_parliamentary_friendship_group_is_a_body():
    ex = run(
        "خبر\n\n"
        "استقبل رئيس مجلس النواب المغربي رشيد سعيد الطالبي اليوم رئيس مجموعة الصداقة "
        "البرلمانية الكندية المغربية جان بيير لافوا.",
        "ar",
    )
    body = "مجموعة الصداقة البرلمانية الكندية المغربية"
    assert body in names(ex, "Agency")
    assert ("جان بيير لافوا", body) in rels(ex, "MEMBER_OF")


def test_ar_friendship_association_is_a_body():
    ex = run(
        "خبر\n\n"
        "التقى وزير الخارجية الأردني سامر نبيل الحديدي اليوم أعضاء جمعية الصداقة البرلمانية "
        "الأردنية الكورية برئاسة النائب خالد سعيد الزعبي.",
        "ar",
    )
    assert any(n.startswith("جمعية الصداقة البرلمانية") for n in names(ex, "Agency"))

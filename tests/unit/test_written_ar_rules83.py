"""Arabic agency forms of round 22: a body named after an international parent keeps the remit
that follows the parent (sentences written for these tests)."""

from __future__ import annotations

from .helpers import names, rels, run


def test_ar_high_commission_of_the_un_keeps_its_affairs_remit():
    ex = run(
        "خبر\n\n"
        "استقبل وزير الداخلية اللبناني فادي سمير الخوري اليوم في بيروت ممثلة المفوضية السامية "
        "للأمم المتحدة لشؤون اللاجئين إلينا مارتينيز.",
        "ar",
    )
    body = "المفوضية السامية للأمم المتحدة لشؤون اللاجئين"
    assert body in names(ex, "Agency")
    assert "المفوضية السامية للأمم المتحدة" not in names(ex, "Agency")
    assert ("إلينا مارتينيز", body) in rels(ex, "MEMBER_OF")


def test_ar_commission_in_construct_with_the_un_keeps_its_affairs_remit():
    ex = run(
        "خبر\n\n"
        "التقى وزير العدل التونسي كمال منير العياري اليوم مدير مكتب مفوضية الأمم المتحدة "
        "لشؤون المهاجرين روبرتو فيرّاري.",
        "ar",
    )
    assert any(n.endswith("الأمم المتحدة لشؤون المهاجرين") for n in names(ex, "Agency"))

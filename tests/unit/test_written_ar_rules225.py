"""A chamber of commerce named without the article and governed by no role is a body by itself
(«اتفاقية بين غرفة تجارة وصناعة X واتحاد …»): its indefinite field, another glued by "and", then
the town it serves close its name (round 25, sentences written for these tests)."""

from __future__ import annotations

from .helpers import names, run


def test_ar_chamber_of_commerce_and_industry_governed_by_no_role():
    ex = run(
        "لقاء اقتصادي\n"
        "ووقعت اتفاقية تعاون بين غرفة تجارة وصناعة عُمان واتحاد الصناعات الماليزية أمس.",
        "ar",
    )
    assert "غرفة تجارة وصناعة عُمان" in names(ex, "Agency")


def test_ar_chamber_of_commerce_visited_is_a_body():
    ex = run(
        "زيارة\nوزار الوزير الضيف والوفد المرافق له غرفة تجارة إزمير في ختام زيارته.",
        "ar",
    )
    assert "غرفة تجارة إزمير" in names(ex, "Agency")


def test_ar_federation_of_chambers_keeps_its_definite_field():
    ex = run(
        "لقاء اقتصادي\nوالتقى الوزير رئيس اتحاد غرف التجارة اللبنانية سمير فؤاد الحلبي في بيروت.",
        "ar",
    )
    assert "اتحاد غرف التجارة اللبنانية" in names(ex, "Agency")

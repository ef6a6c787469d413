"""An Arabic body's purpose glued to "for" after its country's nisba goes on with a definite
noun joined by "and" (sentences written for these tests)."""

from __future__ import annotations

from .helpers import names, rels, run


def test_ar_purpose_after_nisba_takes_a_second_noun_joined_by_and():
    ex = run(
        "تعاون في قطاع الطاقة\n"
        "ناقشت وزيرة الاقتصاد منى الربيعي أمس مع غونار ليند، مدير الهيئة النرويجية لتطوير "
        "الطاقة والمعادن، خطة لربط شبكتي الكهرباء قبل نهاية العقد.",
        "ar",
    )
    body = "الهيئة النرويجية لتطوير الطاقة والمعادن"
    assert body in names(ex, "Agency")
    assert ("غونار ليند", body) in rels(ex, "MEMBER_OF")
    assert (body, "النرويج") in rels(ex, "MEMBER_OF")


def test_ar_a_second_body_after_the_purpose_stays_out():
    ex = run(
        "تعاون في قطاع الطاقة\n"
        "وقعت الهيئة النرويجية لتطوير الطاقة ووزارة الاقتصاد مذكرة تفاهم أمس.",
        "ar",
    )
    assert "الهيئة النرويجية لتطوير الطاقة" in names(ex, "Agency")

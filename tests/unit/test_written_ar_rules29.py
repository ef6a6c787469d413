"""A body's name goes on with a participle adjective of its definite field («هيئة تشجيع
الاستثمار المباشر»), round 15 (sentences written for these tests)."""

from __future__ import annotations

from .helpers import names, rels, run


def test_ar_form_three_participle_after_the_field_stays_in_the_name():
    ex = run(
        "صندوق التنمية يوسع نشاطه\n"
        "قال سامر يوسف الحداد رئيس مكتب دعم التصدير المباشر إن المكتب سيفتح فرعين جديدين "
        "هذا العام.",
        "ar",
    )
    assert "مكتب دعم التصدير المباشر" in names(ex, "Agency")
    assert ("سامر يوسف الحداد", "مكتب دعم التصدير المباشر") in rels(ex, "MEMBER_OF")


def test_ar_feminine_form_three_participle_after_the_field_stays_in_the_name():
    ex = run(
        "لقاء اقتصادي\nأعلنت هيئة تنمية المشاريع المشاركة اليوم عن برنامج جديد لدعم الشباب.",
        "ar",
    )
    assert "هيئة تنمية المشاريع المشاركة" in names(ex, "Agency")


def test_ar_title_modifier_of_that_shape_is_no_adjective_of_the_field():
    ex = run(
        "لقاء اقتصادي\nقال خالد سعد مدير صندوق دعم الإنتاج المحلي المساعد إن العمل مستمر.",
        "ar",
    )
    assert "صندوق دعم الإنتاج المحلي المساعد" not in names(ex, "Agency")
    assert "صندوق دعم الإنتاج المحلي" in names(ex, "Agency")

"""Inside a body's name, "general"/"public" after a masculine field word qualifies the field
("the sector of public transport"); another title adjective there ("in charge of") stays the
role's (sentences written for these tests)."""

from __future__ import annotations

from .helpers import names, rels, run

TEXT_SECTOR = (
    "اجتماع تنسيقي\n\n"
    "ناقش الوكيل المساعد لقطاع النقل العام ماجد سعود الدوسري مع ممثلي الشركات خطط تطوير "
    "الحافلات الكهربائية.\n"
)

TEXT_ACTING = (
    "خطة مناخية\n\n"
    "أعلن المستشار الأول لدى حكومة الإقليم المكلف بملف الطاقة كريستوف هوبر أمس عن خطة لخفض "
    "الانبعاثات.\n"
)


def test_ar_public_after_a_sectors_field_stays_in_its_name():
    ex = run(TEXT_SECTOR, "ar")
    assert ("ماجد سعود الدوسري", "قطاع النقل العام") in rels(ex, "MEMBER_OF")


def test_ar_in_charge_after_a_body_stays_the_roles():
    ex = run(TEXT_ACTING, "ar")
    assert not any("المكلف" in n for n in names(ex, "Agency"))

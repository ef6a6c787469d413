"""A joint statement's headline country with several officials in the text speaks through the one
named first (its head of delegation), not as a country (sentences written for these tests)."""

from __future__ import annotations

from .helpers import run, said

TITLE = "بيان مشترك في ختام المشاورات السياسية بين مملكة البحرين وجمهورية الفلبين"
TEXT = (
    "المنامة، 4 مارس\n"
    "1. عقدت في المنامة اليوم الجولة الثانية من المشاورات السياسية بين البلدين.\n"
    "2. ترأس الوفد البحريني معالي الدكتور يوسف خالد المناعي وزير خارجية مملكة البحرين، "
    "فيما ترأس وفد الفلبين معالي ماريا لورنا سانتوس وزيرة خارجية جمهورية الفلبين.\n"
    "3. ضم الوفد البحريني سعادة الشيخ علي بن راشد الخليفة وكيل وزارة الخارجية، وسعادة "
    "فيصل عبدالله النعيمي سفير مملكة البحرين لدى جمهورية الفلبين.\n"
    "4. أكد الجانبان أهمية تعزيز التعاون في مجالات الطاقة المتجددة والتعليم.\n"
)


def test_ar_joint_headline_country_speaks_through_its_first_official():
    pairs = said(run(TEXT, "ar", title=TITLE))
    speakers = {sp for sp, q in pairs if "الطاقة المتجددة" in q}
    assert "يوسف خالد المناعي" in speakers
    assert not any(sp in ("البحرين", "مملكة البحرين") for sp in speakers)
    assert "علي بن راشد الخليفة" not in speakers

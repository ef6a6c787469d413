"""The UN's programmes, funds and specialised agencies are one node each, under their full Arabic
name (lang/bodies.tsv): the full name is the body, not the UN's «منظمة الأمم المتحدة» (sentences
written for these tests)."""

from __future__ import annotations

from .helpers import names, run

AR = (
    "وزير الثقافة يلتقي مسؤولي اليونسكو\n\n"
    "التقى وزير الثقافة الأردني اليوم مساعد المدير العام لمنظمة الأمم المتحدة للتربية والعلم "
    "والثقافة، وبحث معه التعاون مع صندوق الأمم المتحدة للسكان.\n"
)


def test_ar_un_agency_full_name_is_the_body_not_the_un():
    agencies = names(run(AR, "ar"), "Agency")
    assert "منظمة الأمم المتحدة للتربية والعلم والثقافة" in agencies
    assert "صندوق الأمم المتحدة للسكان" in agencies
    assert "الأمم المتحدة" not in agencies
    assert "منظمة الأمم المتحدة" not in agencies

"""The UN's programmes, funds and specialised agencies are one node each, under their full Arabic
name (lang/bodies.tsv): the full name is the body, not the UN's «منظمة الأمم المتحدة» (sentences
written for these tests)."""

from __future__ import annotations

from .helpers import names, run

AR = (
    "اتفاق لترميم الأسوار القديمة\n\n"
    "وقّعت وزارة السياحة المغربية أمس اتفاقا مع منظمة الأمم المتحدة للتربية والعلم والثقافة "
    "لترميم الأسوار القديمة في مدينة الصويرة. ومن جهته أطلق صندوق الأمم المتحدة للسكان حملة "
    "لتسجيل المواليد في القرى النائية.\n"
)


def test_ar_un_agency_full_name_is_the_body_not_the_un():
    agencies = names(run(AR, "ar"), "Agency")
    assert "منظمة الأمم المتحدة للتربية والعلم والثقافة" in agencies
    assert "صندوق الأمم المتحدة للسكان" in agencies
    assert "الأمم المتحدة" not in agencies
    assert "منظمة الأمم المتحدة" not in agencies

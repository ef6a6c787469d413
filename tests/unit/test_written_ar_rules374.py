"""A nisba that is also the adjective "of a country" right after a director's or coordinator's
word makes a body's country director ("the country director of the fund in Y"): it names no
country of its own (sentences written for these tests)."""

from __future__ import annotations

from .helpers import names, run

TEXT = (
    "اتفاقية لحماية المراعي\n\n"
    "وقّع وزير الفلاحة التونسي السيد منصف بن عمار التليلي، يوم الخميس في القيروان، اتفاقية "
    "تمويل مشروع لإصلاح المراعي مع المنسقة القطرية للصندوق الدولي للتنمية الزراعية السيدة "
    "إنغريد فالكنبرغ.\n"
    "وقال المدير القطري لمنظمة العمل الدولية السيد رافائيل مونتيرو إن المشروع سيوفر ألفي فرصة "
    "عمل للشباب.\n"
)


def test_ar_country_director_names_no_country():
    ex = run(TEXT, "ar")
    countries = names(ex, "Country")
    assert "قطر" not in countries
    assert "تونس" in countries

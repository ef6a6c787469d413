"""A nisba that is also the adjective "of a country" right after a director's or coordinator's
word makes a body's country director ("the country director of the fund in Y"): it names no
country of its own (sentences written for these tests)."""

from __future__ import annotations

from .helpers import names, run

TEXT = (
    "دعم صحة الأمهات\n\n"
    "بحث وزير الصحة اليمني الدكتور فؤاد سالم باحميش، أمس في عدن، مع المدير القطري لصندوق الأمم "
    "المتحدة للسكان السيد توماس ليندهولم، خطط توسيع عيادات الأمومة في المحافظات الجنوبية.\n"
    "كما التقى الوزير المنسقة القطرية لمنظمة الصحة العالمية السيدة باولا ريكاردي.\n"
)


def test_ar_country_director_names_no_country():
    ex = run(TEXT, "ar")
    countries = names(ex, "Country")
    assert "قطر" not in countries
    assert "اليمن" in countries

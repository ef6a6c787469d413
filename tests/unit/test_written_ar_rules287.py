"""A government's or an administration's head with an adjective of the means of work ("digital",
"electronic", "smart") names a field of cooperation or of services, no body; a body named after
the field keeps its own head (sentences written for these tests)."""

from __future__ import annotations

from .helpers import names, run

AR = (
    "ناقش وزير الاتصالات الفنلندي ماتي كوسكينن مع سفير الأوروغواي في هلسنكي دييغو فيرنانديز "
    "فرص الشراكة في الحكومة الرقمية والتعليم. وقال الوزير إن بلاده تعرض خبرتها في الإدارة "
    "الإلكترونية على دول أمريكا الجنوبية، كما تعمل هيئة الحكومة الرقمية على منصة جديدة."
)

EN = (
    "Finland's Communications Minister Matti Koskinen hosted Uruguay's Ambassador Diego "
    "Fernandez to review a joint programme on Digital Government and schools. The Digital "
    "Government Agency will run the new platform."
)


def test_ar_digital_government_is_a_field_not_a_body():
    agencies = names(run(AR, "ar"), "Agency")
    assert "الحكومة الرقمية" not in agencies
    assert "الإدارة الإلكترونية" not in agencies
    assert "هيئة الحكومة الرقمية" in agencies


def test_en_digital_government_is_a_field_not_a_body():
    agencies = names(run(EN, "en"), "Agency")
    assert "Digital Government" not in agencies
    assert "Digital Government Agency" in agencies

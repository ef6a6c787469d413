"""A government's or an administration's head with an adjective of the means of work ("digital",
"electronic", "smart") names a field of services or of training, no body; a body named after the
field keeps its own head (sentences written for these tests)."""

from __future__ import annotations

from .helpers import names, run

AR = (
    "وقّعت وزارة الاقتصاد الإستونية ووزارة التخطيط الغانية برنامجا لتبادل الخبرات في الحكومة "
    "الرقمية، على أن يتولى مهندسون من تالين تدريب موظفي الإدارة الإلكترونية في أكرا. وستشرف "
    "هيئة الحكومة الرقمية على تنفيذ البرنامج."
)

EN = (
    "Under the plan, engineers from Tallinn will train Ghanaian clerks in Digital Government "
    "tools, and the Digital Government Authority will host the courses in Accra."
)


def test_ar_digital_government_is_a_field_not_a_body():
    agencies = names(run(AR, "ar"), "Agency")
    assert "الحكومة الرقمية" not in agencies
    assert not any(a.startswith("الإدارة الإلكترونية") for a in agencies)
    assert "هيئة الحكومة الرقمية" in agencies


def test_en_digital_government_is_a_field_not_a_body():
    agencies = names(run(EN, "en"), "Agency")
    assert "Digital Government" not in agencies
    assert "Digital Government Authority" in agencies

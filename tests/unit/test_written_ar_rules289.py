"""Visits and bodies (sentences written for these tests):

* a delegation someone is invited to lead (a word of inviting, then a lead cue or "to lead" right
  before an indefinite delegation) is a planned visit: the delegation is not yet formed, no body;
  a delegation already on its visit stays one;
* a verbal noun of what a guest does on a visit (taking part, seeing, visiting) glued to «ل»
  after a body's name is the purpose of the clause's action, no field of the body.
"""

from __future__ import annotations

from .helpers import names, run

AR = (
    "وخلال المكالمة، جدد رئيس البرلمان اللاتفي أندريس كالنينش دعوته لوزير التجارة الغاني ياو "
    "أدجي كي يحضر معرض ليبايا الصناعي على رأس وفد تجاري. ويقيم في ليبايا منذ أمس وفد من لجنة "
    "الدفاع في البرلمان الغاني."
)

EN = (
    "Ghana's Trade Minister Yaw Adjei has been invited to come to Liepaja in May and lead a "
    "business delegation to its industrial fair, Latvia's Speaker Andris Kalnins said. A "
    "delegation of the Defence Committee of Ghana's parliament is already in Liepaja."
)


def test_ar_invited_delegation_is_no_body():
    agencies = names(run(AR, "ar"), "Agency")
    assert "وفد تجاري" not in agencies
    assert any(a.startswith("وفد من لجنة الدفاع") for a in agencies)


def test_en_invited_delegation_is_no_body():
    agencies = names(run(EN, "en"), "Agency")
    assert not any(a.startswith("business delegation") for a in agencies)
    assert any(a.startswith("delegation of the Defence Committee") for a in agencies)


PURPOSE = (
    "وصلت إلى أكرا بعثة من البرلمان الأوروبي للمشاركة في منتدى الاستثمار، ثم زار أعضاؤها هيئة "
    "الطيران المدني للاطلاع على خطط تحديث المطار."
)


def test_ar_purpose_of_a_visit_is_no_part_of_a_body_name():
    agencies = names(run(PURPOSE, "ar"), "Agency")
    assert "البرلمان الأوروبي" in agencies
    assert "هيئة الطيران المدني" in agencies
    assert not any("للمشاركة" in a or "للاطلاع" in a for a in agencies)


HEADLINE = (
    "Latvian fair organisers extend an invitation abroad\n"
    "Ghana's Trade Minister Yaw Adjei arrived in Liepaja leading a business delegation."
)


def test_en_invitation_of_a_headline_does_not_reach_the_next_line():
    agencies = names(run(HEADLINE, "en"), "Agency")
    assert any("business delegation" in a for a in agencies)

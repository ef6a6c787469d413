"""Visits and bodies (sentences written for these tests):

* a delegation someone is invited to lead (an invitation, then a lead cue or "to lead" right
  before an indefinite delegation) is a planned visit: the delegation is not yet formed, no body;
  a delegation that has come stays one;
* a verbal noun of what a guest does on a visit (taking part, seeing, visiting) glued to «ل»
  after a body's name is the purpose of the clause's action, no field of the body.
"""

from __future__ import annotations

from .helpers import names, run

AR = (
    "أشاد رئيس البرلمان الفنلندي يوكا فيرتانن بمستوى التعاون مع بيرو، وتلقى نظيره البيروفي خوسيه "
    "راموس منه دعوة رسمية كي يزور فنلندا العام المقبل على رأس وفد برلماني. وكان راموس قد وصل إلى "
    "هلسنكي على رأس وفد من لجنة العلاقات الخارجية."
)

EN = (
    "Finland's Speaker Jukka Virtanen invited Peru's Congress President Jose Ramos to lead a "
    "business delegation to Finland next year, and Ramos said he would. Ramos arrived in Helsinki "
    "leading a delegation of the Foreign Relations Committee."
)


def test_ar_invited_delegation_is_no_body():
    agencies = names(run(AR, "ar"), "Agency")
    assert "وفد برلماني" not in agencies
    assert "وفد من لجنة العلاقات الخارجية" in agencies


def test_en_invited_delegation_is_no_body():
    agencies = names(run(EN, "en"), "Agency")
    assert not any(a.startswith("business delegation") for a in agencies)
    assert "delegation of the Foreign Relations Committee" in agencies


PURPOSE = (
    "تلقى مجلس الشيوخ الأوروغوياني دعوة من البرلمان الأفريقي للمشاركة في دورته المقبلة، "
    "ويزور الوفد البرلماني غدا هيئة الموانئ الوطنية للاطلاع على مشاريع التوسعة."
)


def test_ar_purpose_of_a_visit_is_no_part_of_a_body_name():
    agencies = names(run(PURPOSE, "ar"), "Agency")
    assert "البرلمان الأفريقي" in agencies
    assert "هيئة الموانئ الوطنية" in agencies
    assert not any("للمشاركة" in a or "للاطلاع" in a for a in agencies)

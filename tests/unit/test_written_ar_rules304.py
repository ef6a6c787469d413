"""Inside a body's name, "general"/"public" after a masculine field word qualifies the field
("the sector of public transport"); another title adjective there ("resident") stays the
role's (sentences written for these tests)."""

from __future__ import annotations

from .helpers import names, rels, run

TEXT_SECTOR = (
    "مواعيد جديدة\n\n"
    "دعا مدير قطاع النقل العام رامي نصوح العكايلة، في تصريح أمس، سائقي الحافلات إلى الالتزام "
    "بالمواعيد الجديدة.\n"
)

TEXT_RESIDENT = (
    "تمويل المشاريع\n\n"
    "وأوضح المندوب لدى صندوق الإعمار المقيم في جنيف لوكاس فايغل أن أول شريحة من المنحة ستصرف "
    "في الخريف.\n"
)


def test_ar_public_after_a_sectors_field_stays_in_its_name():
    ex = run(TEXT_SECTOR, "ar")
    assert ("رامي نصوح العكايلة", "قطاع النقل العام") in rels(ex, "MEMBER_OF")


def test_ar_resident_after_a_body_stays_the_roles():
    ex = run(TEXT_RESIDENT, "ar")
    assert not any("المقيم" in n for n in names(ex, "Agency"))


# a participle (``participle_shape``) after the complement that follows a body's nisba qualifies
# that complement and stays in the name ("the Jordanian fund for agriculture the sustainable")
TEXT_PARTICIPLE = (
    "تمويل زراعي\n\n"
    "قال عمر ماهر الخطيب، رئيس الصندوق الأردني للزراعة المستدامة، إن القروض الجديدة "
    "ستصل إلى صغار المزارعين في الأغوار.\n"
)


def test_ar_participle_after_the_complement_of_a_nisba_body():
    ex = run(TEXT_PARTICIPLE, "ar")
    assert "الصندوق الأردني للزراعة المستدامة" in names(ex, "Agency")
    assert ("الصندوق الأردني للزراعة المستدامة", "الأردن") in rels(ex, "MEMBER_OF")

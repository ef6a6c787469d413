"""A delegation named by its country and adjectives ("a Finnish farm delegation") and one named
by the body of that country's parliament it comes from ("a delegation from the farm committee
in the Finnish parliament") are one visiting delegation (sentences written for these tests)."""

from __future__ import annotations

from .helpers import ent, names, rels, run

TITLE = "وفد زراعي فنلندي يتفقد مزارع الحبوب في وادي الأردن"
TEXT = (
    "الشونة الجنوبية - يتفقد وفد من لجنة الزراعة والغابات في البرلمان الفنلندي، تقوده النائبة "
    "هيلنا كورهونن، منذ أمس مزارع القمح والشعير المروية بالتنقيط في وادي الأردن.\n\n"
    "ورافق الوفد الزراعي الفنلندي في جولته مدير زراعة الوادي المهندس رائد سمير الخوالدة.\n"
)


def test_ar_delegation_of_country_and_from_its_body_are_one():
    ex = run(TEXT, "ar", title=TITLE)
    delegations = {n for n in names(ex, "Agency") if n.startswith("وفد")}
    assert len(delegations) == 1
    (delegation,) = delegations
    members = rels(ex, "MEMBER_OF")
    assert ("هيلنا كورهونن", delegation) in members
    assert (delegation, "فنلندا") in members


def test_ar_paraguayan_nisba_in_its_long_form():
    """The long form of the Paraguayan nisba («الباراغواياني») names Paraguay: the delegation so
    named is Paraguay's."""
    text = (
        "أسونسيون - بحث الوفد الباراغواياني مع وزير التجارة الأردني يوسف ماهر الشمايلة "
        "تصدير الصويا.\n"
    )
    ex = run(text, "ar", title="وزير التجارة يلتقي وفدا")
    d = ent(ex, "الوفد الباراغواياني")
    assert (d.name, "باراغواي") in rels(ex, "MEMBER_OF")

"""Arabic news-agency copy (issue #10: extraction that holds on unseen copy): sentences written
for these tests."""

from __future__ import annotations

from .helpers import ent, met, names, run


# ---- a field's adjective, then "in (the Republic of) X", then the minister's name ----
def test_ar_field_with_its_adjective_then_the_country_of_the_post_then_the_name():
    ex = run(
        "استقبل وزير الخارجية سامي فهد العنزي اليوم وزير التعليم العالي في جمهورية كازاخستان "
        "دانيار أحمدوف.",
        "ar",
    )
    assert ent(ex, "دانيار أحمدوف").country == "KAZ"
    assert frozenset({"سامي فهد العنزي", "دانيار أحمدوف"}) in met(ex)


def test_ar_national_economy_minister_in_a_country_with_the_preposition_glued():
    ex = run(
        "التقت وزيرة الاقتصاد الوطني بجمهورية كازاخستان دينارا سيريكوفا اليوم رئيس غرفة "
        "الصناعة نبيل حسن الخطيب.",
        "ar",
    )
    assert "دينارا سيريكوفا" in names(ex, "Official")
    assert ent(ex, "دينارا سيريكوفا").country == "KAZ"

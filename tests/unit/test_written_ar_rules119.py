"""Round-23 agency rule (Arabic): a bare definite head ("البعثة", "الصندوق") followed by a
place after a preposition ("رئيس البعثة إلى تونس", "محفظة الصندوق في كينيا") is the body named
before, working there; the place makes no new body of it. Sentences written for the tests."""

from __future__ import annotations

from .helpers import names, run


def test_ar_head_of_the_mission_to_a_country_is_of_the_mission_named_before():
    ex = run(
        "مباحثات\n"
        "تونس، 3 مايو (وكالة) - استقبل وزير المالية سامي الرياحي اليوم بعثة صندوق النقد "
        "الدولي برئاسة رئيس البعثة إلى تونس كارلوس مندوزا.\n",
        "ar",
    )
    assert not any(a.startswith("البعثة إلى") for a in names(ex, "Agency"))


def test_ar_the_fund_in_a_country_is_the_fund_named_before():
    ex = run(
        "مباحثات\n"
        "الكويت، 3 مايو (وكالة) - بحث مدير الصندوق الكويتي للتنمية فهد العتيبي مع الوفد "
        "الكيني المشروعات، وقال إن محفظة الصندوق في كينيا تجاوزت مئة مليون دولار.\n",
        "ar",
    )
    agencies = names(ex, "Agency")
    assert "الصندوق في كينيا" not in agencies
    assert "الصندوق الكويتي للتنمية" in agencies

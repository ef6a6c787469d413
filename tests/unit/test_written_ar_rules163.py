"""Round-24 Official rule (Arabic), on sentences written for the test: a short name whose family
name is hyphened («صوفيا كارلسون-بيرغ», three keys but two written words) ends the fuller name
named before («آنا صوفيا كارلسون-بيرغ») as its family part: the same person, not a second."""

from __future__ import annotations

from .helpers import names, run

_TEXT = (
    "وزير الخارجية يستقبل المنسقة الأممية\n"
    "بغداد (واع) - استقبل وزير الخارجية الدكتور سامر كاظم الجبوري اليوم المنسقة المقيمة "
    "للأمم المتحدة آنا صوفيا كارلسون-بيرغ، وبحث معها برامج دعم النازحين.\n"
    "وقالت المنسقة الأممية صوفيا كارلسون-بيرغ إن المنظمة ستوسع برامجها في المحافظات الشمالية.\n"
)


def test_ar_short_name_with_hyphened_surname_is_the_fuller_name():
    officials = names(run(_TEXT, "ar"), "Official")
    assert "آنا صوفيا كارلسون-بيرغ" in officials, officials
    assert "صوفيا كارلسون-بيرغ" not in officials, officials

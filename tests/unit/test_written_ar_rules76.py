"""Round-21 body rules (Arabic), on sentences written for the tests."""

from __future__ import annotations

from .helpers import names, run

_TEXT = (
    "وزير الخارجية يستقبل رئيس مجلس الشيوخ الغاني والوفد المرافق له\n\n"
    "الرباط (وكالة) - استقبل وزير الخارجية السيد سالم ولد أحمد اليوم "
    "رئيس مجلس الشيوخ (المجلس الأعلى) في غانا السيد كوفي منساه والوفد المرافق له.\n\n"
    "وبحث الجانبان سبل تعزيز التعاون التجاري بين البلدين.\n\n"
    "ويضم {} السيد كوامي أدو والسيدة أما بواتنغ."
)


def _delegations(text: str) -> set[str]:
    return {n for n in names(run(text, "ar"), "Agency") if "وفد" in n}


def test_ar_the_accompanied_officials_nisba_names_his_accompanying_delegation():
    assert _delegations(_TEXT.format("الوفد الغاني")) == {"الوفد المرافق له"}


def test_ar_a_delegation_of_another_country_stays_apart_from_the_accompanying_one():
    got = _delegations(_TEXT.format("الوفد النيجيري"))
    assert {"الوفد المرافق له", "الوفد النيجيري"} <= got

"""Arabic: a committee named after a country in the genitive right after its head ("lajnat
al-iraq", a parliament's committee on that country) is not that country's body: the country is
its subject; with the house adjective it is a part of the house the article names (sentences
written for these tests)."""

from __future__ import annotations

from .helpers import rels, run


def test_ar_committee_named_after_a_country_is_not_its_body():
    ex = run(
        "المنامة - استقبل رئيس مجلس النواب البحريني النائب سلمان يوسف الدوسري رئيس لجنة لبنان "
        "النيابية النائب فيصل حسن الجلاهمة.",
        "ar",
    )
    got = rels(ex, "MEMBER_OF")
    assert ("لجنة لبنان النيابية", "لبنان") not in got
    assert ("لجنة لبنان النيابية", "مجلس النواب البحريني") in got


def test_ar_committee_with_a_nisba_keeps_its_country():
    ex = run(
        "استقبل وزير الخارجية الكويتي اليوم رئيس اللجنة اللبنانية للحوار النائب فيصل حسن الجلاهمة.",
        "ar",
    )
    assert ("اللجنة اللبنانية للحوار", "لبنان") in rels(ex, "MEMBER_OF")

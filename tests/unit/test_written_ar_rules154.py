"""Arabic: a body whose name carries its country only as a city's or capital's ("ghurfat
tijarat al-riyad") is that place's body: no MEMBER_OF to the country; one named with the
country's name keeps it (sentences written for these tests)."""

from __future__ import annotations

from .helpers import rels, run


def test_ar_capital_chamber_is_not_linked_to_the_country():
    ex = run("استقبل رئيس غرفة تجارة الرياض فهد بن سعد العجلان اليوم سفير اليونان.", "ar")
    got = rels(ex, "MEMBER_OF")
    assert ("فهد بن سعد العجلان", "غرفة تجارة الرياض") in got
    assert ("غرفة تجارة الرياض", "السعودية") not in got


def test_ar_capital_chamber_of_commerce_and_industry_is_not_linked():
    ex = run("استقبل رئيس غرفة تجارة وصناعة مسقط سالم بن حمد الهاشمي اليوم سفير اليونان.", "ar")
    assert ("غرفة تجارة وصناعة مسقط", "عمان") not in rels(ex, "MEMBER_OF")


def test_ar_chamber_named_with_the_country_keeps_it():
    ex = run("استقبل رئيس غرفة تجارة وصناعة الكويت فهد بن سعد العجلان اليوم سفير اليونان.", "ar")
    assert ("غرفة تجارة وصناعة الكويت", "الكويت") in rels(ex, "MEMBER_OF")

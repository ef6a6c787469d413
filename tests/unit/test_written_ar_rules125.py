"""A listed country form that a longer listed form of the same country overlaps and runs past
("جمهورية كوريا" + "كوريا الجنوبية") is read as one form over both, the longest reading
(sentences written for these tests)."""

from __future__ import annotations

from .helpers import names, run


def test_ar_overlapping_country_forms_make_one_form():
    ex = run("استقبل وزير التجارة أمس رئيس جمهورية كوريا الجنوبية في مقر الوزارة.", "ar")
    assert "رئيس جمهورية كوريا الجنوبية" in names(ex, "Official")
    assert "رئيس جمهورية كوريا" not in names(ex, "Official")


def test_ar_country_form_alone_is_unchanged():
    ex = run("استقبل وزير التجارة أمس رئيس جمهورية كوريا في مقر الوزارة.", "ar")
    assert "رئيس جمهورية كوريا" in names(ex, "Official")

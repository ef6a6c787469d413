"""An official named by a title alone is named without the venue after the title.

Sentences written for these tests (not from any evaluation set).
"""

from .helpers import names, run


def test_the_venue_is_not_part_of_the_title_name():
    ex = run("واستقبل رئيس الحكومة الانتقالية في القصر الرئاسي وفدا من البنك الدولي.", "ar")
    assert "رئيس الحكومة الانتقالية" in names(ex, "Official")


def test_a_body_after_the_preposition_stays_in_the_title():
    ex = run("وقال رئيس مجلس الوزراء في حكومة الوحدة الوطنية إن الانتخابات ستجرى.", "ar")
    assert "رئيس مجلس الوزراء في حكومة الوحدة الوطنية" in names(ex, "Official")

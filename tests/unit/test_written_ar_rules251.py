"""«دار رئاسة الوزراء» and «مقر رئاسة الوزراء» are the premiership's seat: after a preposition of
place they are the venue of a meeting, no body; a seat that speaks is one, round 26 (sentences
written for these tests)."""

from __future__ import annotations

from .helpers import names, run


def _premiership(ex) -> set[str]:
    return {n for n in names(ex, "Agency") if "رئاسة الوزراء" in n}


def test_ar_premiership_building_as_a_venue_is_no_body():
    ex = run(
        "رئيس الوزراء يستقبل وزير التجارة\n"
        "استقبل رئيس الوزراء سامر عادل القيسي، في دار رئاسة الوزراء اليوم، وزير التجارة "
        "كريم حسن الزين.",
        "ar",
    )
    assert not _premiership(ex)


def test_ar_premiership_headquarters_as_a_venue_is_no_body():
    ex = run(
        "رئيس الوزراء يستقبل وزير التجارة\n"
        "التقى رئيس الوزراء سامر عادل القيسي وزير التجارة كريم حسن الزين في مقر رئاسة الوزراء.",
        "ar",
    )
    assert not _premiership(ex)


def test_ar_premiership_seat_that_speaks_is_a_body():
    ex = run(
        "بيان\nوقالت دار رئاسة الوزراء في بيان إن الحكومة ستواصل دعم المشاريع.",
        "ar",
    )
    assert "دار رئاسة الوزراء" in names(ex, "Agency")

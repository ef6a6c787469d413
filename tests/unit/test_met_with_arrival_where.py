"""An arrival then a meeting in one sentence, "وصل X إلى عمان، حيث التقى Y" / "X arrived in Amman,
where he met Y": the meeting verb has no subject of its own; it is the official the sentence
opened with (before any topic of the article is known). Sentences written for these tests."""

from __future__ import annotations

from .helpers import met, run

MET = {frozenset({"هانز برغر", "عمر حداد"})}


def test_ar_arrival_where_he_met():
    ex = run(
        "وصل وزير الخارجية النمساوي هانز برغر إلى عمان على رأس وفد رفيع المستوى، حيث التقى رئيس"
        " الوزراء الأردني عمر حداد.",
        "ar",
    )
    assert met(ex) == MET


def test_ar_arrival_then_met_after_and():
    ex = run(
        "وصل وزير الخارجية النمساوي هانز برغر إلى عمان اليوم، والتقى رئيس الوزراء الأردني عمر"
        " حداد.",
        "ar",
    )
    assert met(ex) == MET


def test_en_arrival_where_he_met():
    ex = run(
        "Foreign Minister Hans Berger of Austria arrived in Amman on Sunday, where he met Prime "
        "Minister Omar Haddad.",
        "en",
    )
    assert met(ex) == {frozenset({"Hans Berger", "Omar Haddad"})}

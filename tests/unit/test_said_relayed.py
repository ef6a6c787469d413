"""Relayed speech in agency copy: "نقل(ت) X عن Y قوله/تأكيده إن …" — Y said it, the one who relays
it said nothing; English "quoted Y as saying". Sentences written for these tests."""

from __future__ import annotations

from .helpers import run, said


def test_ar_agency_relays_a_minister():
    ex = run(
        "ونقلت وكالة الأنباء الرسمية عن وزير الخارجية النمساوي هانز برغر قوله إن بلاده تدعم الحل"
        " السياسي.",
        "ar",
    )
    assert said(ex) == [("هانز برغر", "إن بلاده تدعم الحل السياسي")]


def test_ar_an_official_relays_another_one_speaker_only():
    ex = run(
        "ونقل وزير الخارجية النمساوي هانز برغر عن الرئيس المصري علي رحمن قوله إن مصر تدعم الحل"
        " السياسي.",
        "ar",
    )
    assert said(ex) == [("علي رحمن", "إن مصر تدعم الحل السياسي")]


def test_ar_relayed_affirmation_feminine():
    ex = run(
        "ونقلت الوكالة عن وزيرة الخارجية النمساوية آنا ماير تأكيدها أن بلادها تدعم الحل السياسي.",
        "ar",
    )
    assert said(ex) == [("آنا ماير", "أن بلادها تدعم الحل السياسي")]


def test_ar_conveying_greetings_is_no_statement():
    ex = run(
        "ونقل وزير الخارجية النمساوي هانز برغر تحيات الرئيس النمساوي إلى الرئيس المصري علي رحمن.",
        "ar",
    )
    assert said(ex) == []


def test_en_quoted_as_saying():
    ex = run(
        "The state news agency quoted Foreign Minister Hans Berger of Austria as saying that the "
        "talks had been constructive.",
        "en",
    )
    assert said(ex) == [("Hans Berger", "the talks had been constructive")]

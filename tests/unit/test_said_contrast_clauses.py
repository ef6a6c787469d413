"""Two speakers in one sentence, "X stressed A, while Y said B" / "أكد X أ، فيما أعرب Y عن ب": the
comma before the second speaker's clause closes the first statement, so a short one (two words)
still counts. A one-word object before the comma does not ("رحب X بضيفه،": a welcome of a guest).
Sentences written for these tests."""

from __future__ import annotations

from .helpers import run, said


def test_ar_short_statement_before_fima():
    ex = run(
        "استقبل الرئيس المصري علي رحمن وزير الخارجية النمساوي هانز برغر. وخلال اللقاء، أكد رحمن"
        " أهمية العلاقات، فيما أعرب برغر عن تقديره لدور مصر.",
        "ar",
    )
    assert ("علي رحمن", "أهمية العلاقات") in said(ex)
    assert ("هانز برغر", "تقديره لدور مصر") in said(ex)


def test_ar_welcoming_a_guest_before_the_comma_is_no_statement():
    ex = run(
        "استقبل الرئيس المصري علي رحمن وزير الخارجية النمساوي هانز برغر، ورحب رحمن بضيفه، فيما"
        " أعرب برغر عن تقديره لدور مصر.",
        "ar",
    )
    assert [sp for sp, _q in said(ex)] == ["هانز برغر"]


def test_en_short_statement_before_while():
    ex = run(
        "Foreign Minister Hans Berger of Austria condemned the attack, while Indonesian Foreign "
        "Minister Sari Wulan urged calm.",
        "en",
    )
    assert said(ex) == [("Hans Berger", "the attack"), ("Sari Wulan", "calm")]

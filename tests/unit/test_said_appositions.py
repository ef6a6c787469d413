"""Speakers set off by a long apposition, and two subjects joined by "and his/her" (and the Arabic
forms of both), on sentences written for these tests."""

from .helpers import run, said


def _speakers(ex):
    return {sp for sp, _q in said(ex)}


def test_en_long_apposition_between_speaker_and_verb():
    ex = run(
        "Trade Minister Lena Holm, the envoy to the regional water talks, said prices would fall.",
        "en",
    )
    assert any(sp == "Lena Holm" and "prices would fall" in q for sp, q in said(ex))


def test_en_relative_clause_closing_an_apposition():
    ex = run(
        "Lena Holm, the Swedish trade minister who chaired the talks, said prices would fall.", "en"
    )
    assert "Lena Holm" in _speakers(ex)


def test_en_apposition_needs_a_title():
    ex = run(
        "Trade Minister Lena Holm met the traders, the farmers and the bankers, said a report.",
        "en",
    )
    assert "Lena Holm" not in _speakers(ex)


def test_en_two_subjects_and_his_counterpart():
    ex = run(
        "Trade Minister Lena Holm and her Finnish counterpart Maria Virta said prices would fall.",
        "en",
    )
    assert {"Lena Holm", "Maria Virta"} <= _speakers(ex)


def test_ar_relative_clause_apposition():
    ex = run("وأكد وزير التجارة السويدي سامي عزيز، الذي ترأس المحادثات، أن الأسعار ستنخفض.", "ar")
    assert "سامي عزيز" in _speakers(ex)


def test_ar_two_subjects_and_his_counterpart():
    ex = run(
        "وأكد وزير التجارة السويدي سامي عزيز ونظيره الفنلندي علي جاسم أن الأسعار ستنخفض.", "ar"
    )
    assert {"سامي عزيز", "علي جاسم"} <= _speakers(ex)

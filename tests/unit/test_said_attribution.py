"""A news agency's attribution closing a sentence (", KUNA reported", «، حسبما ذكرت وكالة …») is
no part of the quote, and "…, X told KUNA" quotes the clause before, not the agency; sentences
written for these tests."""

from .helpers import run, said


def test_en_trailing_agency_attribution_is_cut():
    ex = run(
        "Trade Minister Lena Holm stressed the need for open markets, the Norwegian News Agency "
        "(NNA) reported.",
        "en",
    )
    assert said(ex) == [("Lena Holm", "the need for open markets")]


def test_en_short_agency_name_attribution_is_cut():
    ex = run("Trade Minister Lena Holm affirmed support for open markets, KUNA reported.", "en")
    assert said(ex) == [("Lena Holm", "support for open markets")]


def test_en_told_an_agency_quotes_the_clause_before():
    ex = run(
        "Markets must stay open to all traders, Trade Minister Lena Holm told KUNA on Sunday.",
        "en",
    )
    assert said(ex) == [("Lena Holm", "Markets must stay open to all traders")]


def test_en_a_statement_ending_with_a_body_is_kept():
    ex = run("Trade Minister Lena Holm said the deal would help the World Bank.", "en")
    assert said(ex) == [("Lena Holm", "the deal would help the World Bank")]


def test_ar_trailing_agency_attribution_is_cut():
    ex = run(
        "وأكد وزير التجارة سامي عزيز أن الأسواق يجب أن تبقى مفتوحة، حسبما ذكرت وكالة الأنباء "
        "الأردنية.",
        "ar",
    )
    (sp, q), *_ = said(ex)
    assert sp == "سامي عزيز" and "وكالة" not in q

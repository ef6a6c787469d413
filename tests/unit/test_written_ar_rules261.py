"""Arabic: one unlisted word right after a title closed by a definite word in the nisba ending
(a nationality or a family name), then a country, a title, a word with the article, a pronoun
or a verbal noun, is the verb's object heading a construct ("conveyed [the greetings] of the
president"), no one-word official; a name after such a title still reads (sentences written for
these tests)."""

from __future__ import annotations

from .helpers import names, run, said


def test_ar_plural_object_after_nisba_title_no_official():
    ex = run("من جانبه، نقل الوزير الياباني تحيات الرئيس الياباني إلى رئيس الوزراء.", "ar")
    assert "تحيات" not in names(ex, "Official")


def test_ar_object_after_family_name_title_no_official():
    ex = run(
        "وأكد الوزير صالح أحمد الخالدي أهمية التعاون. من جانبه ثمّن الوزير الخالدي مواقف قطر"
        " الداعمة للبنان، مشيدا بمستوى العلاقات.",
        "ar",
    )
    got = names(ex, "Official")
    assert "مواقف" not in got
    assert all(speaker != "مواقف" for speaker, _q in said(ex))


def test_ar_object_with_pronoun_after_title_no_official():
    ex = run("فيما أبدى السفير الحمادي اهتمام بلاده بنقل التجربة.", "ar")
    assert "اهتمام" not in names(ex, "Official")


def test_ar_name_after_nisba_title_still_read():
    ex = run("واستقبل الوزير الغابوني ميشال أوندو في مكتبه الوفد.", "ar")
    assert any(n.startswith("ميشال") for n in names(ex, "Official"))

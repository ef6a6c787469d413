"""Round-21 name rules (Arabic), on sentences written for the tests."""

from __future__ import annotations

from .helpers import names, run


def test_ar_field_adjective_before_in_the_office_belongs_to_the_title():
    # "the official of the humanitarian affairs in the office X Y": the adjective is the field's,
    # the name after the office (outside the name list) is the holder's
    ex = run("محادثات\nوضم الوفد مسؤول الشؤون الإنسانية في المكتب توماشي أوكيندو.", "ar")
    assert "توماشي أوكيندو" in names(ex, "Official")


def test_ar_field_adjective_before_in_the_office_with_a_middle_initial():
    ex = run("محادثات\nوحضر اللقاء مدير الشؤون القانونية في الصندوق توماشي ب. أوكيندو.", "ar")
    assert "توماشي ب. أوكيندو" in names(ex, "Official")


def test_ar_indefinite_nisba_closing_a_name_before_and_is_the_family_name():
    # "the deputy Giulia Maria Rossi and the deputy …": an adjective after a name would be definite
    ex = run("محادثات\nوضم الوفد النائبة جوليا ماريا روسي والنائب ماركو بيانكي.", "ar")
    assert "جوليا ماريا روسي" in names(ex, "Official")


def test_ar_three_unlisted_name_words_after_a_title_before_a_verb_cue_are_one_name():
    ex = run("محادثات\nوأن الوزير توماشي بويوك أوكيندو أعرب عن تقدير بلاده للدعم.", "ar")
    assert "توماشي بويوك أوكيندو" in names(ex, "Official")


def test_ar_verb_shaped_family_name_before_a_post_closes_the_name():
    # "Mr X Y Akwal, minister of …": the last word looks like a verb but two name words and an
    # honorific come before it, the post after it
    ex = run(
        "محادثات\nوحضر اللقاء السيد توماشي بويوك أكول وزير الخارجية في جمهورية جنوب السودان.",
        "ar",
    )
    assert "توماشي بويوك أكول" in names(ex, "Official")

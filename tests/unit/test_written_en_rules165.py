"""English: "two officials familiar with the talks told Reuters, speaking on condition of
anonymity" — an unnamed subject ends right before "told" (a lower-case word): the agency after
the verb was told, it is no inverted speaker; '"…," said X' keeps X (sentences written for these
tests)."""

from __future__ import annotations

from .helpers import run, said


def test_en_agency_told_by_an_unnamed_subject_is_no_speaker():
    ex = run(
        "Minister Lars Holmberg held talks with Minister Ana Ruiz Ortega in Oslo on Monday, two "
        "diplomats familiar with the talks told Reuters, speaking on condition of anonymity.",
        "en",
    )
    assert not any(sp == "Reuters" for sp, _q in said(ex))


def test_en_inverted_speaker_after_a_quotation_stays():
    ex = run(
        '"We will reopen the consulate in March," said Minister Lars Holmberg on Monday.',
        "en",
    )
    assert any(sp == "Lars Holmberg" for sp, _q in said(ex))

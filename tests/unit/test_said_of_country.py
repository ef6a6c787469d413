"""An official's "of (the) <country>" is part of the speaker's mention: "X of Jordan, speaking
after the meeting, said" (an aside after it), "X of the United Arab Emirates said" (the country is
not the speaker). Arabic puts the country in the title; its aside form is tested alongside.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from .helpers import run, said


@pytest.mark.parametrize(
    "text",
    [
        "Foreign Minister Omar Haddad of Jordan, speaking after the meeting, said the talks were "
        "productive.",
        "Foreign Minister Omar Haddad of Jordan, who attended the meeting, said the talks were "
        "productive.",
        "Minister of State Omar Haddad of the United Arab Emirates said the talks were productive.",
    ],
)
def test_en_speaker_with_of_country(text):
    assert said(run(text, "en")) == [("Omar Haddad", "the talks were productive")]


def test_en_two_speakers_of_the_country():
    ex = run(
        "Minister of State Omar Haddad of the United Arab Emirates and Foreign Minister Hans "
        "Berger of Austria said the talks were productive.",
        "en",
    )
    assert sorted(sp for sp, _q in said(ex)) == ["Hans Berger", "Omar Haddad"]


@pytest.mark.parametrize(
    "text",
    [
        "وزير الخارجية الإماراتي عمر حداد، متحدثا بعد اللقاء، قال إن المباحثات كانت مثمرة.",
        "وقال وزير الخارجية الإماراتي عمر حداد، متحدثا بعد اللقاء، إن المباحثات كانت مثمرة.",
    ],
)
def test_ar_speaker_with_an_aside(text):
    assert said(run(text, "ar")) == [("عمر حداد", "إن المباحثات كانت مثمرة")]

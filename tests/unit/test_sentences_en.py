"""English sentences: initials and abbreviations end no sentence."""

import pytest

from graphbuild.nlp.pipeline import get_pipeline


@pytest.fixture(scope="module")
def en():
    return get_pipeline("en")


@pytest.mark.parametrize(
    "text, initial",
    [
        ("Secretary Antony J. Blinken met the minister.", "J."),
        ("Press Secretary John F. Kirby said the talks went well.", "F."),
        ("The minister received Dr. Kazem R. Mousavi-Nejad on Tuesday.", "Dr."),
        ("He met Gen. Tariq Hassan in the capital.", "Gen."),
    ],
)
def test_en_initials_and_abbreviations_end_no_sentence(en, text, initial):
    doc = en(text)
    assert initial in [t.text for t in doc]
    assert [s.text.strip() for s in doc.sents] == [text]


def test_en_sentence_still_ends_at_a_period_after_a_word(en):
    doc = en("The delegation arrived. The talks began.")
    assert [s.text.strip() for s in doc.sents] == ["The delegation arrived.", "The talks began."]

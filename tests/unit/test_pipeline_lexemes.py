"""Word-level attributes of the pipeline live on spaCy's lexemes (computed once per vocabulary
entry): a token's NORM is the profile's fold of its text, whatever made the token."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from graphbuild.lang import load_profile
from graphbuild.nlp.pipeline import get_pipeline


def test_special_cases_keep_no_norm_of_their_own() -> None:
    """spaCy's English special cases carry a NORM ("n't" → "not", "Jan." → "January"): the
    pipeline's NORM is the fold of the text all the same."""
    doc = get_pipeline("en")("I don't go there in Jan. Café")
    fold = load_profile("en").fold
    assert [t.norm_ for t in doc] == [fold(t.text) for t in doc]
    assert [t.norm_ for t in doc if t.text in ("n't", "Jan.", "Café")] == ["n't", "jan.", "cafe"]


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_new_words_get_their_fold(lang: str) -> None:
    """A word the vocabulary has never seen (made by a Doc, not the tokenizer) folds too."""
    nlp, fold = get_pipeline(lang), load_profile(lang).fold
    words = ["Zyxwörd", "أَحْمَدُ", "إسلامية", "ـــــا"]
    doc = Doc(nlp.vocab, words=words)
    assert [t.norm_ for t in doc] == [fold(w) for w in words]
    assert [t.norm_ for t in nlp(" ".join(words))] == [fold(w) for w in words]

"""Tokenizer fixes, clitic splitting and sentence splitting of the pipelines."""

import pytest

from graphbuild.lang import load_lexicon
from graphbuild.nlp.pipeline import get_pipeline, split_clitic


@pytest.fixture(scope="module")
def ar():
    return get_pipeline("ar")


@pytest.fixture(scope="module")
def en():
    return get_pipeline("en")


def texts(doc):
    return [t.text for t in doc if not t.is_space]


def test_ar_word_dot_word_is_not_a_url(ar):
    doc = ar("انتهى الاجتماع.وقال الوزير")
    assert "." in texts(doc)
    assert "الاجتماع" in texts(doc)


@pytest.mark.parametrize("glued", ["قائلا”الحدود", "«الحدود»", "الحدود،", "الحدود؛"])
def test_ar_quotes_and_punctuation_are_split(ar, glued):
    assert "الحدود" in texts(ar(glued))


def test_ar_norm_is_the_folded_form(ar):
    doc = ar("أكّد الوزيـر")
    assert [t.norm_ for t in doc] == ["اكد", "الوزير"]


@pytest.mark.parametrize(
    "word, parts",
    [
        ("ووزير", ["و", "وزير"]),
        ("بحكومة", ["ب", "حكومة"]),
        ("لوزارة", ["ل", "وزارة"]),
        ("وقالت", ["و", "قالت"]),
        ("للوزارة", ["ل", "لوزارة"]),
    ],
)
def test_ar_clitics_split_before_lexicon_words(ar, word, parts):
    assert texts(ar(word)) == parts


def test_ar_clitic_split_sets_norm_of_definite_after_lil(ar):
    doc = ar("للوزارة")
    assert doc[1].norm_ == "الوزاره"


@pytest.mark.parametrize("name", ["بديع", "وليد", "فارس", "كريم", "لمياء", "ليلى", "بلال", "كمال"])
def test_ar_names_are_never_cut(ar, name):
    """A blind stemmer would turn بديع into ديع; ours only splits lexicon hits."""
    assert texts(ar(name)) == [name]


def test_split_clitic_needs_a_known_rest():
    known = {"وزير"}
    assert split_clitic("ووزير", known) == ("و", "وزير", "وزير")
    assert split_clitic("وليد", known) is None


def test_ar_sentences_split_on_arabic_question_mark_and_headline(ar):
    doc = ar("عنوان الخبر\nقال الوزير إن الوضع هادئ. هل يتغير؟ لا أحد يعرف")
    sents = [s.text.strip() for s in doc.sents]
    assert sents[0] == "عنوان الخبر"
    assert len(sents) == 4


def test_ar_semicolon_does_not_end_a_sentence(ar):
    doc = ar("قال الوزير؛ إن الوضع هادئ.")
    assert len(list(doc.sents)) == 1


def test_en_keeps_headline_apart(en):
    doc = en("Minister visits Amman\nThe minister said the talks went well.")
    assert [s.text.strip() for s in doc.sents][0] == "Minister visits Amman"


def test_en_abbreviated_country_splits_from_hyphen(en):
    assert "U.S." in texts(en("the U.S.-Jordan partnership"))


def test_lexicons_have_the_same_files_per_language(root):
    ar_files = sorted(p.name for p in (root / "graphbuild" / "lang" / "ar").iterdir())
    en_files = sorted(p.name for p in (root / "graphbuild" / "lang" / "en").iterdir())
    assert ar_files == en_files


def test_lexicons_load():
    for lang in ("ar", "en"):
        lex = load_lexicon(lang)
        assert lex.titles and lex.agencies and lex.cues and lex.countries


def test_words_with_vowel_marks_are_alphabetic():
    doc = get_pipeline("ar")("وفدًا أمنيًا ـــ 12")
    assert [t.is_alpha for t in doc] == [True, True, False, False]

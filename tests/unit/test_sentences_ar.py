"""Arabic sentences and normalisation: initials end no sentence, آل is no article, a glued dash is
split."""

import pytest

from graphbuild.lang import load_profile
from graphbuild.nlp.pipeline import get_pipeline


@pytest.fixture(scope="module")
def ar():
    return get_pipeline("ar")


def sentences(doc):
    return [s.text.strip() for s in doc.sents]


@pytest.mark.parametrize(
    "text, initial",
    [
        ("التقى الوزير أنتوني ج. بلينكن نظيره.", "ج."),
        ("وصل الرئيس جورج هـ. دبليو بوش إلى المدينة.", "هـ."),
        ("قالت السفيرة دوروثي ك. شيا إن الاجتماع مفيد.", "ك."),
        ("استقبل الوزير د. سامي عادل.", "د."),
    ],
)
def test_ar_initial_is_one_token_and_ends_no_sentence(ar, text, initial):
    doc = ar(text)
    assert initial in [t.text for t in doc]
    assert sentences(doc) == [text]


def test_ar_sentence_still_ends_at_a_period_after_a_word(ar):
    assert sentences(ar("وصل الوفد. وبدأ الاجتماع.")) == ["وصل الوفد.", "وبدأ الاجتماع."]


@pytest.mark.parametrize("text", ["استقبل خالد بن راشد آل خليفة الوفد", "التقى آل ثاني"])
def test_ar_family_particle_keeps_its_letters(ar, text):
    doc = ar(text)
    assert "آل" in [t.norm_ for t in doc]
    assert "ال" not in [t.norm_ for t in doc]


def test_ar_fold_keeps_the_family_particle_inside_a_phrase():
    fold = load_profile("ar").fold
    assert fold("آل خليفة") == "آل خليفه"
    assert fold("آلية") == "اليه"  # only the free-standing word is kept


@pytest.mark.parametrize(
    "text, word",
    [
        ("السفارة المصرية- في القاهرة", "المصرية"),
        ("الوفد الليبي–المصري", "الليبي"),
        ("قال —الوزير إن", "الوزير"),
    ],
)
def test_ar_dash_glued_to_a_word_is_split_off(ar, text, word):
    assert word in [t.text for t in ar(text)]


@pytest.mark.parametrize(
    "text, clitic, rest",
    [
        ("واستُقبل الوزير في القصر", "و", "استُقبل"),
        ("وَاستقبل الرئيس ضيفه", "وَ", "استقبل"),
        ("وأكّد الوزير أهمية التعاون", "و", "أكّد"),
        ("لِلوزير كلمة", "لِ", "لوزير"),
    ],
)
def test_ar_proclitic_splits_off_a_word_with_diacritics(ar, text, clitic, rest):
    words = [t.text for t in ar(text)]
    assert words[:2] == [clitic, rest]
    assert "".join(words[:2]) == text.split()[0]


def test_ar_proclitic_split_keeps_the_folded_form_of_the_rest(ar):
    doc = ar("واستُقبل الوزير")
    assert [t.norm_ for t in doc][:2] == ["و", "استقبل"]

"""Where a person's name ends: a name goes on only with words that may be name words (a listed
name, a definite listed name or nisba, a particle chain, an initial; in English a capitalised word)
and stops at a definite common noun, a verbal noun, a word glued to a preposition, an adverb, a
verb, a function word or a title. Sentences written for these tests."""

import pytest

from graphbuild.lang import load_lexicon
from graphbuild.nlp.names import name_run
from graphbuild.nlp.pipeline import get_pipeline
from graphbuild.nlp.tagger import Tagger

from .helpers import names, run


def name_at(text, first_word, lang="ar"):
    tg = Tagger(get_pipeline(lang)(text), load_lexicon(lang))
    i = next(t.i for t in tg.doc if t.text == first_word)
    m = name_run(tg, i)
    return m.text if m else None


@pytest.mark.parametrize(
    "text",
    [
        # a definite common noun: the verb's object in a verb-first sentence
        "أدان وزير الخارجية الكيني سامي عادل الهجوم على القافلة.",
        "أدان وزير الخارجية الكيني سامي عادل الهجمات الأخيرة.",
        "دعا وزير الخارجية الكيني سامي عادل المجتمع الدولي إلى التحرك.",
        "زار وزير الخارجية الكيني سامي عادل الأسبوع الماضي العاصمة.",
        # a verbal noun, a broken plural heading a construct, an adverb
        "أبدى وزير الخارجية الكيني سامي عادل استعداد بلاده للمساعدة.",
        "ثمن وزير الخارجية الكيني سامي عادل جهود الوساطة.",
        "سلم وزير الخارجية الكيني سامي عادل أوراق اعتماده.",
        "أكد وزير الخارجية الكيني سامي عادل مجددا دعم بلاده.",
        # a preposition glued to a word that is no name
        "طالب وزير الخارجية الكيني سامي عادل بإعادة الإعمار.",
    ],
)
def test_ar_name_stops_before_the_object_of_a_verb_first_sentence(text):
    assert name_at(text, "سامي") == "سامي عادل"
    assert names(run(text, "ar"), "Official") == {"سامي عادل"}


@pytest.mark.parametrize(
    "text, name",
    [
        ("أدان وزير الخارجية الكيني سامي عادل الحمود الهجوم.", "سامي عادل الحمود"),
        ("أدان وزير الخارجية الكيني سامي عادل الصفدي الهجوم.", "سامي عادل الصفدي"),
        ("قال الوزير سامي نور الدين إن اللقاء مثمر.", "سامي نور الدين"),
        ("استقبل الوزير سامي عادل العنزي، مدير المكتب، الوفد.", "سامي عادل العنزي"),
    ],
)
def test_ar_definite_family_names_stay(text, name):
    assert name_at(text, "سامي") == name


def test_ar_a_short_foreign_surname_spelled_as_a_function_word_stays():
    assert name_at("استقبل الرئيس الكيني مارك لي في القصر.", "مارك") == "مارك لي"
    # ... but starts no name ("to me"), while a name spelled apart from its function word does
    assert name_at("وقال الرئيس لي إن اللقاء مثمر.", "لي") is None
    assert name_at("وقال السيد علي إن اللقاء مثمر.", "علي") == "علي"


@pytest.mark.parametrize(
    "text, name",
    [
        ("Minister Samuel Smith urged restraint.", "Samuel Smith"),
        ("Minister Samuel J. Smith condemned the attack on Monday.", "Samuel J. Smith"),
        ("Minister Samuel Smith renewed calls for calm.", "Samuel Smith"),
    ],
)
def test_en_a_lower_case_word_never_joins_a_name(text, name):
    assert name_at(text, "Samuel", "en") == name
    assert names(run(text, "en"), "Official") == {name}


@pytest.mark.parametrize(
    "text, name",
    [
        ("Foreign Minister Samuel Smith Tuesday said the talks were useful.", "Samuel Smith"),
        ("Prime Minister Anna May said on Friday the talks were useful.", "Anna May"),
    ],
)
def test_en_a_weekday_after_a_name_ends_it_a_month_name_outside_a_date_does_not(text, name):
    first = name.split()[0]
    assert name_at(text, first, "en") == name


@pytest.mark.parametrize(
    "text, name",
    [
        # a definite noun and its feminine nisba adjective
        ("ندد وزير الخارجية الكيني سامي عادل العملية العسكرية في الإقليم.", "سامي عادل"),
        # an unlisted noun heading a construct with a pronoun-suffixed word
        ("أكد وزير الخارجية الكيني سامي عادل حرص بلاده على الاستقرار.", "سامي عادل"),
        # a definite plural, even right after one name word and before the full stop
        ("أدان وزير الخارجية الكيني سامي الاعتداءات.", "سامي"),
    ],
)
def test_ar_name_stops_at_a_noun_phrase_after_it(text, name):
    assert name_at(text, "سامي") == name


@pytest.mark.parametrize(
    "text, name",
    [
        ("وحضر اللقاء السيد سامي عادل العطية.", "سامي عادل العطية"),
        ("وحضر السيد سامي ولد الشيخ التاه الاجتماعات الثنائية.", "سامي ولد الشيخ التاه"),
    ],
)
def test_ar_unlisted_definite_surnames_stay(text, name):
    assert name_at(text, "سامي") == name


@pytest.mark.parametrize(
    "text, first, name",
    [
        ("Ambassador Samuel Smith Presents Credentials To The President", "Samuel", "Samuel Smith"),
        ("Foreign Minister Samuel Smith Holds Talks In Nairobi", "Samuel", "Samuel Smith"),
        # a surname with the same ending before a lower-case verb stays
        ("Minister Mary Ann Hughes met the envoy on Monday.", "Mary", "Mary Ann Hughes"),
    ],
)
def test_en_a_headline_verb_after_a_name_ends_it(text, first, name):
    assert name_at(text, first, "en") == name

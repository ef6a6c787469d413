"""Western given names in the English name list (scripts/build_names.py, census source).

The list opens a name only where a capitalised name word follows it; given names that are also
everyday English words, months or places are left out when the list is generated.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from graphbuild.lang import load_lexicon
from graphbuild.nlp.names import known_name
from graphbuild.nlp.pipeline import get_pipeline
from graphbuild.nlp.tagger import Tagger

from .helpers import names, run

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "build_names.py"
NAMES_FILE = ROOT / "graphbuild" / "lang" / "en" / "given_names.tsv"


def _load_script():
    spec = importlib.util.spec_from_file_location("build_names", SCRIPT)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_western_given_names_are_listed():
    lex = load_lexicon("en")
    assert {"peter", "theresa", "gregory", "margaret", "ursula", "dominic"} <= lex.names
    assert {"mohammed", "khalid"} <= lex.names  # the arabnamer side is still there


@pytest.mark.parametrize(
    "word",
    ["may", "june", "august", "will", "mark", "grace", "bill", "rose", "hope", "faith", "don"]
    + ["chase", "guy", "long", "jordan", "chad", "israel", "christian", "sterling", "the"],
)
def test_common_words_months_and_countries_are_no_given_names(word):
    assert word not in load_lexicon("en").names


def test_the_file_credits_both_sources():
    head = [ln for ln in NAMES_FILE.read_text(encoding="utf-8").splitlines() if ln.startswith("#")]
    text = "\n".join(head)
    assert "CC BY 4.0" in text and "arabnamer" in text
    assert "US Census Bureau" in text and "public domain" in text and "MIT" in text


def test_census_filter_keeps_frequent_names_and_drops_words():
    mod = _load_script()
    freq = {
        "peter": 0.381,  # kept
        "kamala": 0.001,  # under the frequency cut-off
        "mark": 0.938,  # an everyday word
        "may": 0.029,  # a month (and a verb)
        "jordan": 0.2,  # a country form of the lexicons
        "an": 0.01,  # a stop word
        "o'neil": 0.01,  # an apostrophe is allowed
        "mary-jo": 0.01,  # a hyphenated form is read by the name grammar
    }
    assert mod.census_forms(freq, exclude={"jordan"}) == ["O'neil", "Peter"]


def test_lexicon_words_are_whole_forms_of_the_english_lexicons():
    words = _load_script().lexicon_words(ROOT / "graphbuild" / "lang" / "en")
    assert {"jordan", "minister", "january"} <= words
    assert "martin" not in words  # only a word of a longer form (Saint Martin): still a name


def test_census_reader_takes_the_highest_frequency(tmp_path):
    (tmp_path / "dist.male.first").write_text(
        "PETER          0.381 44.716     43\nJAMES          3.318  3.318      1\n", encoding="ascii"
    )
    (tmp_path / "dist.female.first").write_text(
        "JAMES          0.010 80.707    875\nTHERESA        0.271 36.633     72\n", encoding="ascii"
    )
    freq, origin = _load_script().read_census(tmp_path)
    assert freq == {"peter": 0.381, "james": 3.318, "theresa": 0.271}
    assert origin == tmp_path.name


@pytest.mark.parametrize(
    "text, name",
    [
        # a set-off name after a title's complement opens with a known given name
        ("Minister of State for Trade, Gregory Hallam, said the deal was close.", "Gregory Hallam"),
        (
            "The Minister of State for the Middle East, Theresa Walden, met the Libyan prime "
            "minister.",
            "Theresa Walden",
        ),
        # a known given name followed by a name word ends a title's field
        (
            "Minister for Trade and Industry Theresa Walden said the deal was close.",
            "Theresa Walden",
        ),
        (
            "Minister of Foreign Affairs and International Cooperation Peter Lindqvist met the "
            "Egyptian president.",
            "Peter Lindqvist",
        ),
    ],
)
def test_western_names_without_a_title_next_to_them(text, name):
    assert name in names(run(text, "en"), "Official")


@pytest.mark.parametrize(
    "text",
    [
        "In May the ministry said the talks would resume.",
        "Will the minister meet his counterpart in Cairo?",
        "Grace periods were extended, the Finance Minister said on Monday.",
    ],
)
def test_common_words_open_no_name(text):
    found = names(run(text, "en"), "Official")
    assert not any(w in n.split() for n in found for w in ("May", "Will", "Grace", "Mark"))


def test_a_given_name_alone_is_known_only_capitalised():
    tg = Tagger(get_pipeline("en")("Peter met peter."), load_lexicon("en"))
    assert known_name(tg, 0)
    assert not known_name(tg, 2)


def test_a_given_name_opens_a_name_only_before_a_capitalised_word():
    # a surname after the given name: the field ends and the name is read; none: no official
    before = "The Minister for Trade and Industry Peter"
    assert "Peter Walden" in names(
        run(f"{before} Walden said the deal was close.", "en"), "Official"
    )
    assert not names(run(f"{before} said the deal was close.", "en"), "Official")

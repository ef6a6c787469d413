"""English person names: the name list, particles, initials, hyphenated parts."""

import pytest

from graphbuild.lang import load_lexicon
from graphbuild.nlp.names import name_run
from graphbuild.nlp.pipeline import get_pipeline
from graphbuild.nlp.tagger import Tagger

from .helpers import names, run


def name_at(text, first_word):
    tg = Tagger(get_pipeline("en")(text), load_lexicon("en"))
    i = next(t.i for t in tg.doc if t.text == first_word)
    m = name_run(tg, i)
    return m.text if m else None


def test_en_name_list_is_loaded():
    lex = load_lexicon("en")
    assert {"mohammed", "antony", "khalid"} <= lex.names
    assert "the" not in lex.names


@pytest.mark.parametrize(
    "text, first, name",
    [
        (
            "The minister received Kazem R. Mousavi-Nejad on Tuesday.",
            "Kazem",
            "Kazem R. Mousavi-Nejad",
        ),
        ("Secretary Antony J. Blinken met him.", "Antony", "Antony J. Blinken"),
        (
            "He met Sheikh Nasser Fahad Al-Hamad Al-Sabah on Monday.",
            "Nasser",
            "Nasser Fahad Al-Hamad Al-Sabah",
        ),
        ("He met Hamad bin Mohammed Al Khalifa today.", "Hamad", "Hamad bin Mohammed Al Khalifa"),
    ],
)
def test_en_names_with_initials_particles_and_hyphens(text, first, name):
    assert name_at(text, first) == name


def test_en_initial_alone_is_no_name():
    assert name_at("Section J. was closed.", "J.") is None


def test_en_official_with_a_middle_initial():
    ex = run("Pentagon Press Secretary John F. Kirby said the talks were useful.", "en")
    assert "John F. Kirby" in names(ex, "Official")

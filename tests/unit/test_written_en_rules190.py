"""English: a demonym after a title's preposition and article that is the adjective of a role
right after it ("a message to the Peruvian President from the Chilean President") opens another
person's title; it is no complement of the first (sentences written for these tests)."""

from __future__ import annotations

from .helpers import names, run


def test_en_demonym_before_a_role_after_from_is_another_title():
    ex = run(
        "The envoy delivered a letter to the Peruvian President from the Chilean President on "
        "Monday.",
        "en",
    )
    officials = names(ex, "Official")
    assert "Peruvian President" in officials
    assert "Chilean President" in officials
    assert not any("from" in n for n in officials)


def test_en_country_name_after_from_still_completes_the_title():
    ex = run("She met her counterpart from Peru, Ana Vargas Llosa, in Lima.", "en")
    assert "Ana Vargas Llosa" in names(ex, "Official")

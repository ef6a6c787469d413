"""Round-22 official rule (English): a name set off before two posts joined by "and"."""

from __future__ import annotations

from .helpers import names, run


def test_en_a_name_before_a_post_and_a_second_post_closing_the_sentence_holds_them():
    ex = run(
        "The foreign minister met Mr. Tomas Lindqvist, the Special Envoy for Mali and Head"
        " of the United Nations Mission in Mali (UNMM).",
        "en",
    )
    assert "Tomas Lindqvist" in names(ex, "Official")

"""Round-22 official rule (English): an honorific and a name right after "chaired by"."""

from __future__ import annotations

from .helpers import names, rels, run


def test_en_a_styled_name_after_chaired_by_is_the_official_chairing_the_body():
    ex = run(
        "The visitors later met the Parliamentary Select Committee on Energy, chaired by"
        " Yang Berhormat Tan Wei Ling, which outlined the country's grid plans.",
        "en",
    )
    assert "Tan Wei Ling" in names(ex, "Official")
    assert ("Tan Wei Ling", "Parliamentary Select Committee on Energy") in rels(ex, "MEMBER_OF")


def test_en_a_name_with_no_style_after_led_by_stays_no_official():
    ex = run("The march was led by Tan Wei Ling and her neighbours on Sunday.", "en")
    assert "Tan Wei Ling" not in names(ex, "Official")

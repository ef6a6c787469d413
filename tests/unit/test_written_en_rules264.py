""" "Head of Government" is the style of a prime minister's post: a bare government a head role
governs implies no body (as a prime minister's title does), a government with its country stays,
round 26 (sentences written for these tests)."""

from __future__ import annotations

from .helpers import names, rels, run


def test_en_head_of_government_with_a_name_implies_no_body():
    ex = run(
        "Talks in the capital\n"
        "VALLETTA - Head of Government Tomas Rivel received the trade envoy on Monday.",
        "en",
    )
    assert "Tomas Rivel" in names(ex, "Official")
    assert "Government" not in names(ex, "Agency")
    assert not {t for s, t in rels(ex, "MEMBER_OF") if s == "Tomas Rivel"}


def test_en_head_of_government_unnamed_implies_no_body():
    ex = run(
        "Envoy ends visit\n"
        "VALLETTA - On Monday the Head of Government hosted the envoy, who then saw "
        "Trade Minister Ilse Marten.",
        "en",
    )
    assert "Government" not in names(ex, "Agency")


def test_en_head_of_a_named_countrys_government_keeps_the_government():
    ex = run(
        "Talks in the capital\n"
        "VALLETTA - Head of the Maltese Government Tomas Rivel received the trade envoy.",
        "en",
    )
    assert ("Tomas Rivel", "Maltese Government") in rels(ex, "MEMBER_OF")


def test_en_spokesman_of_the_government_still_names_the_body():
    ex = run(
        "Statement\nTomas Rivel, spokesman of the Government, said the talks went well.",
        "en",
    )
    assert "Government" in names(ex, "Agency")

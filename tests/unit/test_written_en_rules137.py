"""Malay names write a second name of the person after a lone "@" ("X bin Y @ Z", "alias"): the
name runs on over it (sentences written for these tests)."""

from __future__ import annotations

from .helpers import ent, names, run


def test_en_malay_alias_sign_inside_a_name():
    ex = run(
        "The session was chaired by the Deputy Minister of Transport, Datuk Rosli Hamdan bin "
        "Kassim @ Kasim, in Putrajaya.",
        "en",
    )
    o = ent(ex, "Rosli Hamdan bin Kassim @ Kasim")
    assert o.type == "Official"
    assert "Rosli Hamdan bin Kassim" not in names(ex, "Official")


def test_en_lone_at_sign_after_one_word_is_no_name():
    ex = run("Minister Tan met reporters @ Putrajaya on Monday.", "en")
    assert not any("@" in n for n in names(ex, "Official"))

"""A post set off after a name and owned by a body told before, named by its lower-case head in
the possessive ("X, the ministry's Director of Y"), is that person's title: the name is an
official's (sentences written for these tests)."""

from __future__ import annotations

from .helpers import names, run

TEXT = (
    "Reykjavik, Mar 3 (RUV) - Minister of Tourism Gunnar Thorsson Eyvindsson hosted a "
    "delegation from Namibia on Tuesday.\n\n"
    "Also present was Halla Magnusdottir Berg, the ministry's Director of Hotel Licensing.\n"
)


def test_en_post_owned_by_a_lower_case_body_after_a_name():
    assert "Halla Magnusdottir Berg" in names(run(TEXT, "en"), "Official")


# A peer's name: the style opening it and the territorial designation after the genitive are
# part of the name, read forwards and back from a post set off after it.
PEER_TEXT = (
    "Asuncion, Jul 17 (IP) - Wool exporters were briefed on Thursday by Baroness Quenby of "
    "Stanmoor, Minister for Agriculture, during her visit to Paraguay.\n"
)


def test_en_peer_name_keeps_its_territorial_designation():
    # "Baroness" is read as an honorific (test_written_en_rules390): the name is the rest
    got = names(run(PEER_TEXT, "en"), "Official")
    assert "Quenby of Stanmoor" in got


# A peer's style after a post's "for" phrase ends the field: the holder's name begins there.
PEER_AFTER_POST = (
    "Suva, Jun 9 (FBC) - Funding for coastal schools was pledged on Monday by Minister for the "
    "Pacific Lord Tarrington.\n"
)


def test_en_peer_style_ends_a_post_field():
    got = names(run(PEER_AFTER_POST, "en"), "Official")
    assert "Lord Tarrington" in got

"""A body named before its holder's name ends before his given name even when the name list
lacks that spelling: a capitalised word of no list right before a listed name that opens a name
closed by a surname with its particle is the holder's ("Council of Representatives Yaqoob Ali
Al-Sayegh"); a plural noun there is the body's (round 25, sentences written for these tests)."""

from __future__ import annotations

from .helpers import names, run


def test_en_unlisted_given_name_before_a_listed_one_is_the_holders():
    ex = run(
        "Talks in Manama\n"
        "Chairman of the Budget Committee of the Council of Representatives Fawaaz Ali "
        "Al-Rumaihi met the visiting ambassador on Sunday.",
        "en",
    )
    agencies = names(ex, "Agency")
    assert "Council of Representatives" in agencies
    assert not any("Fawaaz" in a for a in agencies)


def test_en_plural_noun_before_a_listed_name_stays_in_the_body():
    ex = run(
        "Talks in Manama\n"
        "The Director of the Authority for Free Zones Ahmed Ali Al-Sayed met the visiting "
        "delegation on Sunday.",
        "en",
    )
    assert "Authority for Free Zones" in names(ex, "Agency")

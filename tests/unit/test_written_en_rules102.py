"""English official form of round 22 (names pass 2): a post naming its body, then "for" and one
capitalised place word in no list (the region it covers), then the holder's name of unlisted words
("Assistant Secretary-General of the United Nations for Oceania X Y Z,"); a field of two words
before a known given name keeps its own words out of the name (sentences written for these
tests)."""

from __future__ import annotations

from .helpers import ent, names, run


def test_en_holder_after_body_and_region_word():
    ex = run(
        "Call on regional security\n\nThe minister received a phone call from HE Assistant "
        "Secretary-General of the United Nations for Oceania Losaline Tupou Vaipulu, who praised "
        "the mediation.\n",
        "en",
    )
    assert "Losaline Tupou Vaipulu" in names(ex, "Official")
    assert ent(ex, "Losaline Tupou Vaipulu").title.endswith("for Oceania")


def test_en_two_word_field_before_known_name_stays_in_title():
    ex = run(
        "Bank delegation in Cairo\n\nThe agreement was signed in the presence of Deputy Minister "
        "of Finance for Customs Reforms Ahmed Samir Othman.\n",
        "en",
    )
    officials = names(ex, "Official")
    assert "Ahmed Samir Othman" in officials
    assert not any(n.startswith("Reforms") for n in officials)

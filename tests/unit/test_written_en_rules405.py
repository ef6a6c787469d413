"""A ministry named by a listed portfolio, "and", and a field of no list closed by its last word
("… and Oceanic Affairs"), then a person's name: the name is the holder's, not more of the
ministry's (sentences written for these tests)."""

from __future__ import annotations

from .helpers import names, rels, run

TEXT = (
    "Patrol boats for Fiji\n\n"
    "The patrol-boat deal was negotiated between Fisheries Minister Jone Tikoduadua and the "
    "Deputy Director at the Ministry of Trade and Oceanic Affairs Torbjørn Ekeland over two days "
    "in Suva.\n"
)


def test_en_name_after_coordinated_unlisted_field_is_the_holder():
    ex = run(TEXT, "en")
    assert "Torbjørn Ekeland" in names(ex, "Official")
    assert not any("Ekeland" in n for n in names(ex, "Agency"))
    assert ("Torbjørn Ekeland", "Ministry of Trade and Oceanic Affairs") in rels(ex, "MEMBER_OF")

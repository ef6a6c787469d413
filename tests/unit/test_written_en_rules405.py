"""A ministry named by a listed portfolio, "and", and a field of no list closed by its last word
("… and Oceanic Affairs"), then a person's name: the name is the holder's, not more of the
ministry's (sentences written for these tests)."""

from __future__ import annotations

from .helpers import met, names, rels, run

TEXT = (
    "Fisheries talks in Suva\n\n"
    "Fiji's Minister of Fisheries, Mr. Jone Tikoduadua, held talks in Suva with Norway's "
    "Deputy Director at the Ministry of Trade and Oceanic Affairs Torbjørn Ekeland, who "
    "offered help with patrol boats.\n"
)


def test_en_name_after_coordinated_unlisted_field_is_the_holder():
    ex = run(TEXT, "en")
    assert "Torbjørn Ekeland" in names(ex, "Official")
    assert not any("Ekeland" in n for n in names(ex, "Agency"))
    assert ("Torbjørn Ekeland", "Ministry of Trade and Oceanic Affairs") in rels(ex, "MEMBER_OF")
    assert frozenset({"Jone Tikoduadua", "Torbjørn Ekeland"}) in met(ex)

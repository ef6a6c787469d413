""" "Attending the talks from the X side were …. The Y side included Z.": a side's members listed
right after the other side's attendees of the talks told before are at those talks too, and meet
the other side's principal (sentences written for these tests)."""

from __future__ import annotations

from .helpers import met, run

TEXT = (
    "MADRID, March 4 -- Foreign Minister Ana Ruiz Vidal held talks on Monday with Latvia's "
    "Foreign Minister Karlis Ozols.\n\n"
    "Ozols thanked Spain for its support of the Baltic ports plan.\n\n"
    "Attending the talks from the Spanish side was Director of the Europe Department Marta Gil "
    "Soto. The Latvian side included Deputy State Secretary Inese Berzina.\n"
)


def test_en_side_list_after_the_other_sides_attendees():
    pairs = met(run(TEXT, "en"))
    assert frozenset({"Marta Gil Soto", "Karlis Ozols"}) in pairs
    assert frozenset({"Inese Berzina", "Ana Ruiz Vidal"}) in pairs
    assert frozenset({"Inese Berzina", "Karlis Ozols"}) not in pairs

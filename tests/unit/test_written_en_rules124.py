"""Round-23 agency rule (English): a country's parliament named by the common noun ("the
Ghanaian parliament") is the one chamber of that country the text names by its own name ("the
Ghanaian National Assembly"): one node, under the chamber's name. Sentences written for the
tests."""

from __future__ import annotations

from .helpers import ent, names, run


def test_en_a_countrys_parliament_is_its_one_named_chamber():
    ex = run(
        "Talks in Accra\n"
        "ACCRA, May 3 - The Speaker of the Ghanaian National Assembly, Kofi Mensah, received a "
        "delegation from Norway on Monday. He said the Ghanaian parliament would back the "
        "fisheries agreement.\n",
        "en",
    )
    agencies = names(ex, "Agency")
    assert "Ghanaian National Assembly" in agencies
    assert "Ghanaian parliament" not in agencies
    assert "Ghanaian parliament" in ent(ex, "Ghanaian National Assembly").aliases

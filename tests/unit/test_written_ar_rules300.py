"""(English) A bare "the minister" before the first naming of another minister refers back to the
one named before it who holds the role, not to a head of a body of the same portfolio named
before it too (sentences written for these tests; the file's number is the one left to this
rule)."""

from __future__ import annotations

from .helpers import ent, met, run

TEXT = (
    "Lithium supply chains on the agenda in Bangkok\n\n"
    "BANGKOK, June 12 -- Portugal's Minister of Foreign Affairs Leonor Carvalhais Brito and the "
    "Permanent Secretary of the Thai Ministry of Foreign Affairs, Pravit Chaiyasan, held talks on "
    "Thursday about lithium supply chains.\n"
    "Afterwards the minister had a meeting with the Governor of the Bank of Thailand, Kanokwan "
    "Thiprat, on payment links.\n"
    "Carvalhais Brito flies to Hanoi on Saturday, after a telephone conversation with Vietnamese "
    "Foreign Minister Dinh Van Khiem.\n"
)


def test_en_bare_minister_is_the_role_holder_named_before():
    ex = run(TEXT, "en")
    assert "the minister" in ent(ex, "Leonor Carvalhais Brito").aliases
    pairs = met(ex)
    assert frozenset({"Leonor Carvalhais Brito", "Kanokwan Thiprat"}) in pairs
    assert frozenset({"Dinh Van Khiem", "Kanokwan Thiprat"}) not in pairs

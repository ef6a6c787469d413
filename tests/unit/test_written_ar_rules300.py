"""(English) A bare "the minister" before the first naming of another minister refers back to the
one named before it who holds the role, not to a head of a body of the same portfolio named
before it too (sentences written for these tests; the file's number is the one left to this
rule)."""

from __future__ import annotations

from .helpers import ent, met, run

TEXT = (
    "Critical minerals dominate Chilean visit to Bangkok\n\n"
    "BANGKOK, June 12 -- Chile's Minister of Foreign Affairs Josefina Larrain Bustos and the "
    "Permanent Secretary of the Thai Ministry of Foreign Affairs, Pravit Chaiyasan, held talks on "
    "Thursday about lithium supply chains.\n"
    "The minister was then received by the Governor of the Bank of Thailand, Kanokwan "
    "Thiprat.\n"
    "Larrain Bustos flies to Hanoi on Saturday, after a telephone conversation with Vietnamese "
    "Foreign Minister Dinh Van Khiem.\n"
)


def test_en_bare_minister_is_the_role_holder_named_before():
    ex = run(TEXT, "en")
    assert "The minister" in ent(ex, "Josefina Larrain Bustos").aliases
    pairs = met(ex)
    assert frozenset({"Josefina Larrain Bustos", "Kanokwan Thiprat"}) in pairs
    assert frozenset({"Dinh Van Khiem", "Kanokwan Thiprat"}) not in pairs

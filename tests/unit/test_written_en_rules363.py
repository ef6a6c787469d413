"""A party named after "and the <title with its remit>," (a title, "for", a comma list of fields,
then the name) joins the party coordinated before it (sentences written for these tests)."""

from __future__ import annotations

from .helpers import met, run

TEXT = (
    "Harbour talks in Karsholm\n\n"
    "On Thursday in Karsholm, Deputy Governor Anselm Rudd and the Special Commissioner for Rail, "
    "Freight and Inland Harbours, Dr. Mirela Vance, received Tariq Osei, Transport Minister of "
    "Lundavia, to discuss a new ferry line.\n"
)


def test_en_party_before_a_long_title_joins_the_subject_group():
    pairs = met(run(TEXT, "en"))
    assert frozenset({"Anselm Rudd", "Tariq Osei"}) in pairs
    assert frozenset({"Mirela Vance", "Tariq Osei"}) in pairs
    assert frozenset({"Anselm Rudd", "Mirela Vance"}) not in pairs

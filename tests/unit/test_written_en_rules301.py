""" "the <nationality> minister" refers back to that country's official who holds "Minister" in
full beside a modified post ("Deputy Prime Minister and Trade Minister"): the modified post does
not hide the plain one (sentences written for these tests)."""

from __future__ import annotations

from .helpers import ent, met, run

TEXT = (
    "Fiji and Iceland discuss fisheries\n\n"
    "REYKJAVIK, Aug 21 -- Fiji's Deputy Prime Minister and Trade Minister Viliame Ratu Naivalu "
    "arrived in Reykjavik on Thursday for talks on fisheries with Kristjan Olafsson, Minister of "
    "Industries.\n\n"
    "On Friday the Fijian minister visited the harbour of Hafnarfjordur, where he met Helga "
    "Sigurdardottir, Minister of Environment, over a working lunch.\n"
)


def test_en_nationality_minister_is_the_deputy_premier_who_is_also_minister():
    ex = run(TEXT, "en")
    assert "the Fijian minister" in ent(ex, "Viliame Ratu Naivalu").aliases
    pairs = met(ex)
    assert frozenset({"Viliame Ratu Naivalu", "Helga Sigurdardottir"}) in pairs
    assert frozenset({"Kristjan Olafsson", "Helga Sigurdardottir"}) not in pairs

"""Two verbs sharing one subject, the second coordinated after the object of a meeting told
in the same sentence: the second meeting is the subject's, not the first object's (sentences
written for these tests)."""

from __future__ import annotations

from .helpers import met, run

TEXT = (
    "Norway and Peru discuss anchovy stocks\n\n"
    "LIMA, 3 March -- Norway's Minister of Fisheries, Eirik Sandvold Haugen, arrived in Peru on "
    "Monday.\n\n"
    "On Tuesday Haugen sat down with Peru's Minister of Production, Carmen Quispe Flores, and "
    "took part in talks with members of the National Fisheries Authority on quotas.\n"
)


def test_en_coordinated_verb_keeps_the_first_verbs_subject():
    pairs = met(run(TEXT, "en"))
    assert frozenset({"Eirik Sandvold Haugen", "National Fisheries Authority"}) in pairs
    assert frozenset({"Carmen Quispe Flores", "National Fisheries Authority"}) not in pairs

"""English meeting forms of round 22: "Spanish, Moroccan and Portuguese interior ministers meet":
nationalities listed before a plural title name one holder of the post each, not a deputy of the
same post from one of the nations nor the holder of a nation not listed, whom the text tells
only on the phone (sentences written for these tests)."""

from __future__ import annotations

from .helpers import rels, run

_TEXT = (
    "Spanish, Moroccan and Portuguese interior ministers meet in Madrid on migration\n\n"
    "MADRID -- Spanish Interior Minister Lucia Ferrer Sanz hosted Moroccan Interior Minister "
    "Karim Bennani Alaoui and Portuguese Interior Minister Joao Pedro Matias in Madrid on Friday.\n"
    "Deputy Interior Minister Ramon Vidal Prats also attended the talks.\n"
    "Earlier in the day, Ferrer Sanz spoke by phone with French Interior Minister Claire Dumont "
    "on the summer season.\n"
)


def test_en_listed_nations_name_one_holder_each():
    met = rels(run(_TEXT, "en"), "MET_WITH")
    assert ("Karim Bennani Alaoui", "Joao Pedro Matias") in met or (
        "Joao Pedro Matias",
        "Karim Bennani Alaoui",
    ) in met
    for other in (
        "Lucia Ferrer Sanz",
        "Karim Bennani Alaoui",
        "Joao Pedro Matias",
        "Ramon Vidal Prats",
    ):
        assert (other, "Claire Dumont") not in met and ("Claire Dumont", other) not in met
    assert ("Lucia Ferrer Sanz", "Ramon Vidal Prats") not in met
    assert ("Ramon Vidal Prats", "Lucia Ferrer Sanz") not in met

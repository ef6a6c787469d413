"""English guests at the head of a delegation, round 25: "X, who arrived in Muscat on Monday at the
head of a Kenyan political delegation, held talks with Y": the delegation a relative clause on the
one subject says X leads meets Y too, as it did when the relative clause stood on the object
(sentences written for these tests)."""

from __future__ import annotations

from .helpers import met, run


def pair(a: str, b: str) -> frozenset[str]:
    return frozenset({a, b})


def test_en_subject_at_the_head_of_a_delegation():
    ex = run(
        "Muscat, IRNA -- Kenyan Foreign Minister Joseph Mwangi, who arrived in Muscat on Monday at "
        "the head of a Kenyan political delegation, held talks with his Omani counterpart Sayyid "
        "Badr bin Hamad Al-Busaidi.\n",
        "en",
    )
    found = met(ex)
    assert pair("Badr bin Hamad Al-Busaidi", "Kenyan political delegation") in found
    assert pair("Badr bin Hamad Al-Busaidi", "Joseph Mwangi") in found
    assert pair("Joseph Mwangi", "Kenyan political delegation") not in found

"""MEMBER_OF in English: accompanying delegations.

Sentences written for these tests (not from any evaluation set).
"""

from .helpers import ent, rels, run


def test_his_accompanying_delegation():
    ex = run(
        "Kuwaiti Foreign Minister Salem Al-Sabah received Omani Foreign Minister Badr Al-Busaidi "
        "and his accompanying delegation.",
        "en",
    )
    dele = ent(ex, "accompanying delegation")
    assert ("Badr Al-Busaidi", dele.name) in rels(ex, "MEMBER_OF")
    assert dele.country == "OMN"


def test_an_adjective_may_stand_between_accompanying_and_delegation():
    ex = run(
        "The minister received Iraqi Interior Minister Haider Al-Tamimi "
        "and his accompanying security delegation.",
        "en",
    )
    dele = ent(ex, "accompanying security delegation")
    assert ("Haider Al-Tamimi", dele.name) in rels(ex, "MEMBER_OF")


def test_a_delegation_headed_by_an_official():
    ex = run(
        "The minister received the Jordanian delegation "
        "headed by Interior Minister Mazen Al-Faraya.",
        "en",
    )
    assert ("Mazen Al-Faraya", ent(ex, "Jordanian delegation").name) in rels(ex, "MEMBER_OF")

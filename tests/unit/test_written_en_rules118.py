"""English belonging of round 23: a title that names a body and then, joined by "at" / "of" and
the article, another body ("Chairman of the Agriculture, Water and Fisheries Committee at the
Council of Representatives") places its holder in the first body and the first body in the other,
not the holder in the other; a bare head ("at the Ministry") keeps the holder in both (sentences
written for these tests)."""

from __future__ import annotations

from .helpers import rels, run


def test_en_listed_committee_at_the_house():
    ex = run(
        "Ambassador Lorenz also met Chairman of the Agriculture, Water and Fisheries Committee "
        "at the Council of Representatives, MP Tariq Jassim Al-Hamadi, who briefed him.",
        "en",
    )
    members = rels(ex, "MEMBER_OF")
    assert ("Tariq Jassim Al-Hamadi", "Agriculture, Water and Fisheries Committee") in members
    assert (
        "Agriculture, Water and Fisheries Committee",
        "Council of Representatives",
    ) in members
    assert ("Tariq Jassim Al-Hamadi", "Council of Representatives") not in members


def test_en_department_at_the_bare_ministry():
    ex = run(
        "Minister of Foreign Affairs Omar Saleh received the delegation. "
        "The meeting was attended by Director of the Consular Affairs Department at the Ministry "
        "Rana Younes.",
        "en",
    )
    members = rels(ex, "MEMBER_OF")
    assert ("Rana Younes", "Consular Affairs Department") in members
    assert ("Rana Younes", "Foreign Ministry") in members  # a bare head keeps both
    assert ("Consular Affairs Department", "Foreign Ministry") in members

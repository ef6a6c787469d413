"""English: "Lao PDR" (the short form Laos's government and ASEAN releases write) names Laos,
and "Lao" before a post is its demonym (sentences written for these tests)."""

from __future__ import annotations

from .helpers import ent, names, run


def test_en_lao_pdr_names_laos():
    ex = run(
        "Trade officials of the Lao PDR and Cambodia gathered in Phnom Penh, where Lao Minister"
        " of Industry Khamla Sengdara chaired the session.",
        "en",
    )
    assert "Laos" in names(ex, "Country")
    assert ent(ex, "Khamla Sengdara").country == "LAO"

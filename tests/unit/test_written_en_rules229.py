"""English: "Lao PDR" (the short form Laos's government and ASEAN releases write) names Laos,
and "Lao" before a post is its demonym (sentences written for these tests)."""

from __future__ import annotations

from .helpers import ent, names, run


def test_en_lao_pdr_names_laos():
    ex = run(
        "The minister will proceed to Vientiane, Lao PDR, where he is scheduled to meet Lao"
        " Minister of Foreign Affairs Bounmy Keovilay.",
        "en",
    )
    assert "Laos" in names(ex, "Country")
    assert ent(ex, "Bounmy Keovilay").country == "LAO"

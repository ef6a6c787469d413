"""The highest grade of the Malaysian Dato' style, "Dato' Seri Utama" (also with the Haji of a
pilgrim after it), is a style before the name, not a name (sentences written for these tests)."""

from __future__ import annotations

from .helpers import ent, names, run

TEXT = (
    "Halal fair opens in Bangkok\n\n"
    "BANGKOK, 8 Sept -- Dato' Seri Utama Zainal Arif bin Hashim, Malaysia's Minister of Foreign "
    "Affairs, opened a halal food fair in Bangkok on Saturday.\n"
)

TEXT_HAJI = (
    "Rice deal signed\n\n"
    "HANOI, 5 March -- A rice supply agreement was signed on Friday by Datuk Seri Utama Haji "
    "Roslan bin Idris, the Minister of Agriculture of Malaysia, and his Vietnamese host.\n"
)


def test_en_seri_utama_is_a_style_not_a_name():
    ex = run(TEXT, "en")
    assert "Zainal Arif bin Hashim" in names(ex, "Official")
    assert ent(ex, "Zainal Arif bin Hashim").country == "MYS"


def test_en_seri_utama_haji_is_a_style_not_a_name():
    ex = run(TEXT_HAJI, "en")
    assert "Roslan bin Idris" in names(ex, "Official")
    assert not any("Utama" in n for n in names(ex, "Official"))

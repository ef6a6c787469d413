"""The highest grade of the Malaysian Dato' style, "Dato' Seri Utama", is a style before the name,
not a name (sentences written for these tests)."""

from __future__ import annotations

from .helpers import ent, names, run

TEXT = (
    "Malaysia and Peru hold talks\n\n"
    "LIMA, 2 April -- The Vice Minister of Foreign Affairs of Peru, Rosa Elena Quispe, received "
    "a message from Foreign Minister of Malaysia Dato' Seri Utama Haji Kamal bin Ishak on "
    "Wednesday.\n"
)


def test_en_seri_utama_is_a_style_not_a_name():
    ex = run(TEXT, "en")
    assert "Kamal bin Ishak" in names(ex, "Official")
    assert "Utama" not in names(ex, "Official")
    assert ent(ex, "Kamal bin Ishak").country == "MYS"

"""English officials' names and unnamed posts, round 17 (sentences written for these tests, the
names invented)."""

from __future__ import annotations

from .helpers import ent, names, run


def test_en_unnamed_king_keeps_his_style_as_an_alias():
    ex = run(
        "Royal audience\n"
        "Earlier, His Majesty the King received Minister Ruta Kalnina at the palace.",
        "en",
    )
    king = ent(ex, "His Majesty the King")
    assert king.type == "Official"


def test_en_holder_after_a_post_in_the_office_of_his_majesty():
    ex = run(
        "Royal audience\n"
        "The King received the envoy in the presence of Director of the Office of His Majesty "
        "Tareq Nabil Haddadin.",
        "en",
    )
    assert "Tareq Nabil Haddadin" in names(ex, "Official")

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


def test_en_holder_after_a_post_abroad_and_the_host_countrys_style():
    ex = run(
        "Embassy meetings\n"
        "HE Ambassador of the State of Kuwait to the Federal Republic of Austria Sheikh Nasser "
        "bin Fahad Al Sabah attended the meetings.",
        "en",
    )
    assert "Nasser bin Fahad Al Sabah" in names(ex, "Official")


def test_en_holder_after_a_post_with_its_field_in_brackets_and_a_style():
    ex = run(
        "Visit\n"
        "The minister was accompanied by Joint Secretary (West and Central Asia) Ms. Pooja "
        "Venkataraman.",
        "en",
    )
    assert "Pooja Venkataraman" in names(ex, "Official")

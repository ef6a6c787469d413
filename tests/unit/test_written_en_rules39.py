"""English officials' names and unnamed posts, round 17 (sentences written for these tests, the
names invented)."""

from __future__ import annotations

from .helpers import ent, names, rels, run


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


def test_en_honourable_style_alone_makes_an_official():
    ex = run(
        "Parliamentary visit\n"
        "The Speaker received the delegation, which also comprised Hon. Tinashe Mupfumira "
        "(Zimbabwe), Hon. Karim Belkacem (Algeria) and the Committee Clerk, Mr. Pierre "
        "Ndayishimiye.",
        "en",
    )
    officials = names(ex, "Official")
    assert "Tinashe Mupfumira" in officials
    assert "Karim Belkacem" in officials


def test_en_post_then_the_honourable_style_still_names_the_holder():
    ex = run(
        "Defence talks\n"
        "Minister Hugo Almeida held talks with Australia's Minister for Defence, the Hon. Liam "
        "Fitzgerald, in Lisbon today. Minister Fitzgerald laid a wreath.",
        "en",
    )
    assert "Liam Fitzgerald" in names(ex, "Official")
    assert frozenset({"Hugo Almeida", "Liam Fitzgerald"}) in {
        frozenset(p) for p in rels(ex, "MET_WITH")
    }


def test_en_korean_given_name_whose_first_syllable_spells_a_stop_word():
    ex = run(
        "Talks in Seoul\nVice Minister Kim Do-hyun met Ambassador Lee So-yeon in Seoul on Monday.",
        "en",
    )
    officials = names(ex, "Official")
    assert "Kim Do-hyun" in officials
    assert "Lee So-yeon" in officials


def test_en_japanese_state_minister_after_the_name():
    ex = run(
        "Foreign Ministers' Meeting\n"
        "4. Mr. HAYASHIDA Kenta, State Minister for Foreign Affairs, also attended the meeting.",
        "en",
    )
    assert "HAYASHIDA Kenta" in names(ex, "Official")

"""Malaysian styles before a minister's name: the short "YB" of Yang Berhormat and the Haji of one
who made the pilgrimage are no name words, so the full name and its later short form are one
person; Haji inside a name (a father's name) stays a name word (sentences written for these
tests)."""

from __future__ import annotations

from .helpers import names, run, said

TEXT = (
    "Malaysian minister opens Perth office\n\n"
    "PERTH, 19 August 2026 – A new Malaysian trade office was opened on Wednesday by the Minister "
    "of Plantation and Commodities (KPK), YB Dato' Sri Haji Hafizuddin bin Mokhtar, together with "
    "the Premier of Western Australia, Mr. Daniel Hughes.\n\n"
    '"Palm oil is only the beginning of what we can sell here," Minister Hafizuddin told the '
    "guests.\n"
)

TEXT_HAJAH = (
    "Bruneian diplomat honoured\n\n"
    "VIENTIANE, Jan 30 -- Laos awarded a friendship medal on Thursday to Brunei's Ambassador to "
    "Laos, Hajah Rosmawati binti Sulaiman, who ends her posting next month.\n"
)


def test_en_yb_and_haji_are_styles_not_names():
    ex = run(TEXT, "en")
    assert "Hafizuddin bin Mokhtar" in names(ex, "Official")
    assert "Hafizuddin" not in names(ex, "Official")
    assert any(sp == "Hafizuddin bin Mokhtar" and "Palm oil" in q for sp, q in said(ex))


def test_en_hajah_is_a_style_not_a_name():
    assert "Rosmawati binti Sulaiman" in names(run(TEXT_HAJAH, "en"), "Official")


TEXT_MIDDLE = (
    "Tanzanian minister tours Kenyan port\n\n"
    "MOMBASA, July 2 -- Kenya's Cabinet Secretary for Mining, Hassan Omar Ali, showed the new bulk "
    "terminal on Saturday to Tanzania's Minister of Minerals, Abdallah Haji Khamis.\n"
)


def test_en_haji_inside_a_name_is_a_name_word():
    assert "Abdallah Haji Khamis" in names(run(TEXT_MIDDLE, "en"), "Official")

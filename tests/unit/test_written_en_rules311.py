"""Malaysian styles before a minister's name: the short "YB" of Yang Berhormat and the Haji of one
who made the pilgrimage are no name words, so the full name and its later short form are one
person (sentences written for these tests)."""

from __future__ import annotations

from .helpers import met, names, run

TEXT = (
    "Malaysia and Chile sign trade pact\n\n"
    "SANTIAGO, 4 June 2026 – The Minister of Digital Economy (MDE), YB Dato' Seri Haji Roslan "
    "bin Kamaruddin, held talks with the Minister of Economy of Chile, H.E. Ignacio Fuentes, in "
    "Santiago today.\n\n"
    '"We want more direct flights between our regions," said Minister Roslan.\n'
)

TEXT_HAJAH = (
    "Brunei envoy in Rabat\n\n"
    "The High Commissioner of Brunei, Hajah Siti Aminah binti Osman, called on the Moroccan "
    "Minister of Tourism, Karim Benali, in Rabat on Tuesday.\n"
)


def test_en_yb_and_haji_are_styles_not_names():
    ex = run(TEXT, "en")
    assert "Roslan bin Kamaruddin" in names(ex, "Official")
    assert "Roslan" not in names(ex, "Official")
    assert frozenset({"Roslan bin Kamaruddin", "Ignacio Fuentes"}) in met(ex)


def test_en_hajah_is_a_style_not_a_name():
    assert "Siti Aminah binti Osman" in names(run(TEXT_HAJAH, "en"), "Official")


TEXT_MIDDLE = (
    "Zanzibar minister in Goa\n\n"
    "PANAJI, May 9 -- Zanzibar's Minister of Tourism, Mr. Juma Haji Mzee, met the Chief Minister "
    "of Goa, Anil Prakash Naik, on Friday.\n"
)


def test_en_haji_inside_a_name_is_a_name_word():
    assert "Juma Haji Mzee" in names(run(TEXT_MIDDLE, "en"), "Official")

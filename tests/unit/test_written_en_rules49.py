"""Meeting frames told over several sentences: the co-chairs of a sitting and the attendees named
by side after it, round 19 (sentences written for these tests)."""

from __future__ import annotations

from .helpers import met, run


def test_en_passive_co_chairs_after_styles_and_titles_meet():
    # "co-chaired by His Excellency Sheikh Y": the styles before the first chair are no gap
    ex = run(
        "Consultations held\n"
        "Doha, 4 June 2025\n"
        "The consultations were co-chaired by His Excellency Sheikh Tamim Al-Dosari, "
        "Undersecretary of the Ministry of Foreign Affairs of Qatar, and Ms. Lena Hartmann, "
        "Secretary of State of the Federal Foreign Office of Germany.\n"
        "The consultations were attended on the Qatari side by Mr. Jaber Al-Kuwari, Head of the "
        "Europe Department, and on the German side by Mr. Jonas Becker, Ambassador of Germany "
        "to Qatar.",
        "en",
    )
    pairs = met(ex)
    assert frozenset({"Tamim Al-Dosari", "Lena Hartmann"}) in pairs
    assert frozenset({"Tamim Al-Dosari", "Jonas Becker"}) in pairs
    assert frozenset({"Jaber Al-Kuwari", "Lena Hartmann"}) in pairs

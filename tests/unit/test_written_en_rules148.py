"""An attendee who "sat in on the talks", or "was present at both meetings" told before, attended
the meeting(s): MET_WITH the principal across the table (FORMAT: attending a meeting with someone
counts) (sentences written for these tests)."""

from __future__ import annotations

from .helpers import met, run


def test_en_sat_in_on_the_talks_is_attending():
    ex = run(
        "Zambian President Joseph Mwansa hosted Malawian President Grace Phiri at State House in "
        "Lusaka on Monday for talks on the shared border. The head of the regional bloc SADC, "
        "Elias Magosi, also sat in on the talks.",
        "en",
    )
    assert any("Elias Magosi" in p for p in met(ex))


def test_en_present_at_both_meetings_is_attending():
    ex = run(
        "Chinese Vice Premier Li Wenhua met with Omani Minister of Economy Khalid Al-Saqri in "
        "Beijing on Monday. Li also met with Omani Minister of Energy Salim Al-Aufi. Oman's "
        "Ambassador to China Nasser Al-Busaidi was present at both meetings.",
        "en",
    )
    assert frozenset({"Nasser Al-Busaidi", "Li Wenhua"}) in met(ex)

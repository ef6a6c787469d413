"""English agency forms of round 22: an international body's name glued by a dash to a country's
or another body's name ("the GCC-EU meeting") is a pair of sides, not one body (sentences
written for these tests)."""

from __future__ import annotations

from .helpers import names, run


def test_en_body_pair_before_a_meeting_is_no_body():
    ex = run(
        "News\n\n"
        "Foreign Minister Tomas Lindqvist attended the ASEAN-GCC ministerial meeting in Kuala "
        "Lumpur on Tuesday, where he met Secretary-General Jasem Albudaiwi.",
        "en",
    )
    agencies = names(ex, "Agency")
    assert not any("-" in n for n in agencies)
    assert "GCC" in agencies


def test_en_country_body_pair_before_a_partnership_is_no_body():
    ex = run(
        "News\n\n"
        "Foreign Minister Tomas Lindqvist discussed the Morocco-EU strategic partnership with "
        "EU envoy Clara Mendes on Tuesday.",
        "en",
    )
    assert not any("-" in n for n in names(ex, "Agency"))


def test_en_pair_before_a_council_stays_in_its_name():
    ex = run(
        "News\n\n"
        "Trade Minister Tomas Lindqvist met members of the Chile-ASEAN Business Council on "
        "Tuesday.",
        "en",
    )
    assert "Chile-ASEAN Business Council" in names(ex, "Agency")

"""A ministry implied by an "X Minister" title of no named country carries its head-first form
as the title wrote the portfolio ("Trade Minister" -> "Ministry of Trade"), as a country's
ministry already did (sentences written for these tests)."""

from __future__ import annotations

from .helpers import ent, run

TEXT = (
    "Minister opens trade fair\n\n"
    "On Friday the fair was opened by Trade Minister Lerato Dube and External Affairs Minister "
    "Ms. Thandi Mokoena, who promised shorter queues for lorry drivers at the river crossing.\n"
)


def test_en_implied_ministries_without_country_have_head_first_forms():
    ex = run(TEXT, "en")
    trade = ent(ex, "Trade Ministry")
    assert "Ministry of Trade" in trade.aliases
    foreign = ent(ex, "External Affairs Ministry")
    assert "Ministry of External Affairs" in {foreign.name, *foreign.aliases}

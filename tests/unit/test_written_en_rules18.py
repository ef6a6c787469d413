"""English constructions of the eighteenth round (issue #10: government copy never seen):
transcript turns under a title in capitals with "OF"/"FOR" and a portfolio, a ministry named
before and then called "the ministry", and a sentence cut after an abbreviated honorific at the
end of a line (sentences written for these tests)."""

from __future__ import annotations

from .helpers import names, rels, run, said


# ---- "SECRETARY OF FOREIGN AFFAIRS X:" : a title in capitals keeps its "OF"/"FOR" field ----
def test_en_turn_under_a_capitals_title_with_of_and_a_portfolio():
    ex = run(
        "Remarks to the press after the talks\n\n"
        "SECRETARY OF FOREIGN AFFAIRS TOMAS REYES: Good afternoon. We had a frank exchange on "
        "fisheries and on the security of the sea lanes.\n"
        "QUESTION: Will you travel to Jakarta?\n"
        "SECRETARY OF FOREIGN AFFAIRS TOMAS REYES: Yes, early next month.",
        "en",
    )
    assert "TOMAS REYES" in names(ex, "Official")
    quotes = {q for s, q in said(ex) if s == "TOMAS REYES"}
    assert any("fisheries" in q for q in quotes)
    assert any("early next month" in q for q in quotes)


def test_en_turn_under_a_capitals_title_with_for_and_a_portfolio():
    ex = run(
        "Joint press remarks\n\n"
        "MINISTER FOR DEFENCE HELGA MOEN: Thank you for coming. We agreed to train together "
        "in the Arctic next winter.\n"
        "MODERATOR: Questions, please.",
        "en",
    )
    assert (
        "HELGA MOEN",
        "Thank you for coming. We agreed to train together in the Arctic next winter.",
    ) in said(ex)
    assert ("HELGA MOEN", "Defence Ministry") in rels(ex, "MEMBER_OF")

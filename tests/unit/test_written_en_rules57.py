"""Relations, round 20 (second pass): sentences written for these tests."""

from __future__ import annotations

from .helpers import rels, run


def test_en_signers_listed_by_side_meet_each_other():
    # "signed on the X side by A and on the Y side by B": the two signers sign together
    ex = run(
        "Talks\n"
        "MUSCAT, May 5 (Agency) - The Sultan of Oman received Prime Minister Lars Henrik Olsen of "
        "Denmark on Monday. An agreement on shipping was signed on the Omani side by Minister of "
        "Trade Khalid Saif Al Harthy and on the Danish side by Soren Aage Nielsen, Minister of "
        "Transport.",
        "en",
    )
    met = rels(ex, "MET_WITH")
    assert ("Khalid Saif Al Harthy", "Soren Aage Nielsen") in met
    assert ("Soren Aage Nielsen", "Sultan of Oman") in met

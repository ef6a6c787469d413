"""The mark of a retired officer in brackets after his rank ("Brig. (Rtd) X", "Col. (Retd) Y")
stands between the title and the name, no part of either (sentences written for these tests)."""

from __future__ import annotations

from .helpers import ent, run


def test_en_retired_mark_after_a_short_rank():
    ex = run(
        "She received the Zambian High Commissioner to Malawi, H.E. Brig. (Rtd) Chanda "
        "Mwale Banda, in Lilongwe.",
        "en",
    )
    o = ent(ex, "Chanda Mwale Banda")
    assert o.type == "Official"
    assert not any("Rtd" in a for a in o.aliases)


def test_en_retired_mark_after_a_rank_before_the_title():
    ex = run("Col. (Retd) Tobias Mensah-Boateng, the Ghanaian Ambassador to Togo, spoke.", "en")
    assert ent(ex, "Tobias Mensah-Boateng").type == "Official"

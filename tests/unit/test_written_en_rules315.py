"""The mark of a retired officer written with its period, in brackets between a rank and the name
("(Ret.)", "(Retd.)", "(Rtd.)"), ends no sentence and is no name: the clause goes on to the
official and his verb (sentences written for these tests)."""

from __future__ import annotations

import pytest

from .helpers import met, names, run


@pytest.mark.parametrize("mark", ["(Ret.)", "(Retd.)", "(Rtd.)"])
def test_en_bracketed_retired_mark_keeps_the_clause_whole(mark):
    text = (
        "Veterans pact signed\n\n"
        f"On Monday in Velmora, Defence Secretary Mara Lind sat down with Colonel {mark} Tobias "
        "Wren, Osmia's Minister for Veterans, to sign a pension agreement.\n"
    )
    ex = run(text, "en")
    assert "Tobias Wren" in names(ex, "Official")
    assert frozenset({"Mara Lind", "Tobias Wren"}) in met(ex)
    assert not any("Minister for Veterans" in n for n in names(ex, "Official"))

"""The mark of a retired officer written with its period in brackets after the rank ("Major
General (Ret.) X", "(Retd.)", "(Rtd.)") ends no sentence and is no name: the official keeps the
title before it (sentences written for these tests)."""

from __future__ import annotations

import pytest

from .helpers import met, names, run


@pytest.mark.parametrize("mark", ["(Ret.)", "(Retd.)", "(Rtd.)"])
def test_en_bracketed_retired_mark_keeps_the_apposed_official(mark):
    text = (
        "Energy talks in Dunmore\n\n"
        "The Minister for Energy, Olek Varga, hosted Ruritania's Minister of the Interior, Major "
        f"General {mark} Amos Kiptoo, at the Harbour Hall on Friday.\n"
    )
    ex = run(text, "en")
    assert "Amos Kiptoo" in names(ex, "Official")
    assert frozenset({"Olek Varga", "Amos Kiptoo"}) in met(ex)
    assert not any("Minister of the Interior" in n for n in names(ex, "Official"))

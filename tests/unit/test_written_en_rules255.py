"""English readouts: "X was joined by A and B. C accompanied the Minister." (C the escort as the
subject of "accompanied"): C meets the other side's principal X, not the attendees A and B who
joined X's side before (sentences written for these tests)."""

from __future__ import annotations

from .helpers import met, run

_TEXT = (
    "Readout: Secretary Holloway's Meeting with Chilean Minister of Finance Rojas\n\n"
    "Secretary of Commerce Martin Holloway held a bilateral meeting on Monday with Chile's"
    " Minister of Finance Ines Rojas. Secretary Holloway was joined by Under Secretary for Trade"
    " Paula Bentley and U.S. Ambassador to Chile Derek Vance. Central Bank of Chile Governor"
    " Tomas Fuentes accompanied the Finance Minister.\n"
)


def test_en_active_escort_meets_principal_only():
    pairs = met(run(_TEXT, "en"))
    assert frozenset({"Tomas Fuentes", "Martin Holloway"}) in pairs
    assert frozenset({"Tomas Fuentes", "Paula Bentley"}) not in pairs
    assert frozenset({"Tomas Fuentes", "Derek Vance"}) not in pairs
    assert frozenset({"Paula Bentley", "Ines Rojas"}) in pairs

"""Round-21 MET_WITH and SAID rules (English), on sentences written for the tests."""

from __future__ import annotations

from .helpers import met, run


def test_en_an_adjective_before_the_second_listed_title_keeps_the_list():
    ex = run(
        "President receives envoys\n"
        "President Anna T. Mbeki met the Finance Minister on Monday. Later in the day, the "
        "President accepted the credentials of the new Ambassador of Brazil, Ms. Laura Pinto "
        "Ferreira, and the new Ambassador of Chile, Mr. Diego Ramos Fuentes, in separate "
        "ceremonies.",
        "en",
    )
    pairs = met(ex)
    assert frozenset({"Anna T. Mbeki", "Laura Pinto Ferreira"}) in pairs
    assert frozenset({"Anna T. Mbeki", "Diego Ramos Fuentes"}) in pairs

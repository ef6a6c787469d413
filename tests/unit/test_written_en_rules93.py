"""English meeting forms of round 22: "The Minister was accompanied by X and Y" closing a release
of a visit, the bare title standing for the one the release follows, not for the counterpart of
the same title named last (sentences written for these tests)."""

from __future__ import annotations

from .helpers import rels, run

_VISIT = (
    "Foreign Minister concludes visit\n\n"
    "Chile's Minister of Foreign Affairs, Carolina Ruiz Tapia, concluded a two-day working visit "
    "on Tuesday.\n"
    "In La Paz, the Foreign Minister held a meeting with President Marco Quispe Mamani and later "
    "with the Minister of Foreign Affairs of Bolivia, Tomas Arce Vaca.\n"
)


def test_en_bare_title_escorted_is_the_visitor_not_the_counterpart():
    ex = run(
        _VISIT + "The Minister was accompanied by the Undersecretary for Foreign Affairs, Diego "
        "Fuentes Rojas, and by the Director of the Chilean Agency for International Cooperation, "
        "Paula Soto Leiva.",
        "en",
    )
    met = rels(ex, "MET_WITH")
    for escort in ("Diego Fuentes Rojas", "Paula Soto Leiva"):
        assert (escort, "Tomas Arce Vaca") in met
        assert (escort, "Marco Quispe Mamani") in met
        assert (escort, "Carolina Ruiz Tapia") not in met


def test_en_named_escorted_unchanged():
    ex = run(
        _VISIT + "Ruiz Tapia was accompanied by the Undersecretary for Foreign Affairs, Diego "
        "Fuentes Rojas.",
        "en",
    )
    met = rels(ex, "MET_WITH")
    assert ("Diego Fuentes Rojas", "Tomas Arce Vaca") in met
    assert ("Diego Fuentes Rojas", "Carolina Ruiz Tapia") not in met

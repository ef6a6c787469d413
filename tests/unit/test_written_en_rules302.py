"""A name after a style that opens with a family particle written with a capital ("Mr. Van
Rooyen", "H.E. Le Thi Mai"): the particle opens the name, the style is no part of it; such an
attendee meets the other side (sentences written for these tests)."""

from __future__ import annotations

from .helpers import ent, met, run

TEXT = (
    "Namibia and Viet Nam review rice trade\n\n"
    "WINDHOEK, July 2 -- The Minister of Agriculture of Namibia, Dr. Van Rooyen Shikongo, "
    "received the Deputy Minister of Industry and Trade of Viet Nam, H.E. Le Thi Mai, at the "
    "ministry on Wednesday.\n\n"
    "The meeting was attended by the Ambassador of Viet Nam to South Africa, Mr. De Luong Hai.\n"
)


def test_en_capital_particle_after_style_opens_the_name():
    ex = run(TEXT, "en")
    assert ent(ex, "Le Thi Mai").title.startswith("Deputy Minister")
    assert ent(ex, "Van Rooyen Shikongo")
    assert ent(ex, "De Luong Hai")
    pairs = met(ex)
    assert frozenset({"Van Rooyen Shikongo", "Le Thi Mai"}) in pairs
    assert frozenset({"De Luong Hai", "Van Rooyen Shikongo"}) in pairs
    assert frozenset({"De Luong Hai", "Le Thi Mai"}) not in pairs

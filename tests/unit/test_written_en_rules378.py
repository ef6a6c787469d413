""" "The President" said alone before a body's own "its President, Mr. X" is named: the bare
title is the article's own post, not the holder titled by the body's possessive (sentences
written for these tests)."""

from __future__ import annotations

from .helpers import ent, met, run, said

TEXT = (
    "Water forum opens\n\n"
    "The President opened the annual water forum on Monday. The President praised the engineers "
    "who had restored the northern canals.\n\n"
    "In the afternoon the President received a delegation of the Coastal Fisheries Union headed "
    "by its President, Mr. Tobias Wrenfield-Okoro.\n"
)


def test_en_bare_title_is_not_a_bodys_possessive_holder_named_later():
    ex = run(TEXT, "en")
    holder = ent(ex, "Tobias Wrenfield-Okoro")
    assert not {a for a in holder.aliases if a.lower() == "the president"}
    speakers = {sp for sp, q in said(ex) if "northern canals" in q}
    assert "Tobias Wrenfield-Okoro" not in speakers
    assert frozenset({"President", "delegation of the Coastal Fisheries Union"}) in met(ex)

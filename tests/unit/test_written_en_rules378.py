""" "The President" said alone, and only later a body "represented by its President, Ms. X": the
bare title is the article's own post, not the holder titled by the body's possessive (sentences
written for these tests)."""

from __future__ import annotations

from .helpers import ent, run, said

TEXT = (
    "Orchard tour\n\n"
    "The President toured the flooded orchards on Thursday. The President said the drainage work "
    "would be finished before the first frost.\n\n"
    "On Saturday the President hosted the Northern Rail Cooperative, represented by its President, "
    "Ms. Ingrid Moltvedt-Sauer.\n"
)


def test_en_bare_title_is_not_a_bodys_possessive_holder_named_later():
    ex = run(TEXT, "en")
    holder = ent(ex, "Ingrid Moltvedt-Sauer")
    assert not {a for a in holder.aliases if a.lower() == "the president"}
    speakers = {sp for sp, q in said(ex) if "first frost" in q}
    assert speakers == {"President"}

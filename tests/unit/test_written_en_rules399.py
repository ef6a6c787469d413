"""Two capitalised words of no list after a body's name that ends in a plural noun ("Department
for Harbour Services Tarvo Kesküla") are the holder's given name and surname, not more of the
body's name (sentences written for these tests)."""

from __future__ import annotations

from .helpers import names, rels, run

TEXT = (
    "Port safety visit\n\n"
    "The Head of the Bureau for Pilotage Services Tarvo Kesküla welcomed the visitors from "
    "Valmora at the harbour on Friday and showed them the new tug fleet.\n"
)


def test_en_two_unlisted_words_after_a_plural_head_are_the_holder():
    ex = run(TEXT, "en")
    assert "Bureau for Pilotage Services" in names(ex, "Agency")
    assert "Tarvo Kesküla" in names(ex, "Official")
    assert ("Tarvo Kesküla", "Bureau for Pilotage Services") in rels(ex, "MEMBER_OF")


def test_en_a_field_word_after_the_plural_stays_in_the_body():
    ex = run(
        "Roads meeting\n\nThe Director of the Office of Highways Traffic Planning, Lena Oskarsson, "
        "opened the meeting on Monday.\n",
        "en",
    )
    assert not any("Lena" in n for n in names(ex, "Agency"))

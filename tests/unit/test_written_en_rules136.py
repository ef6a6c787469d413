"""An unlisted word in capitals right before a title set off after a name is the title's body
written short ("X Y, DIRCO Spokesperson", a release's contact line): the name holds the title
(sentences written for these tests)."""

from __future__ import annotations

from .helpers import ent, names, run


def test_en_name_before_an_abbreviated_body_and_title():
    ex = run("Enquiries: Thandiwe Nkosi-Mabaso, DSTI Spokesperson", "en")
    assert ent(ex, "Thandiwe Nkosi-Mabaso").type == "Official"


def test_en_name_before_an_abbreviated_body_and_title_in_a_clause():
    ex = run("Sipho Radebe, SANDF Spokesperson, said the exercise had ended.", "en")
    assert "Sipho Radebe" in names(ex, "Official")

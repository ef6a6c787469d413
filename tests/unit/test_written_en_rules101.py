"""English official form of round 22 (names pass 2): a post whose body's name is read on into the
holder's given name when a lower-case patronymic particle follows it ("… Fund for Development X bin
Y Z"): the given name opens the holder's name, and the body ends before it (sentences written for
these tests)."""

from __future__ import annotations

from .helpers import ent, names, run

_TEXT = (
    "Fund signs grant in Muscat\n\n"
    "The signing was attended by HE Director General of the Omani Fund for Reconstruction "
    "Saqr bin Talal Al Harthy.\n"
)


def test_en_given_name_before_particle_opens_the_holder():
    ex = run(_TEXT, "en")
    assert "Saqr bin Talal Al Harthy" in names(ex, "Official")
    assert "Al Harthy" not in names(ex, "Official")
    assert ent(ex, "Saqr bin Talal Al Harthy").title.endswith("Fund for Reconstruction")


def test_en_body_name_stops_before_the_given_name():
    ex = run(_TEXT, "en")
    assert not any(n.endswith("Saqr") for n in names(ex, "Agency"))

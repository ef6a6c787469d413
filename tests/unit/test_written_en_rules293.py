"""Bruneian and Malaysian styles written before a name ("Dato" without its apostrophe, its grades
"Seri Paduka", "Seri Setia", a "Pehin") are honorifics: never the name, nor part of it; and a
capitalised "Member of the House of X" before a name is a post (sentences written for these
tests)."""

from __future__ import annotations

from .helpers import met, names, run

TEXT = (
    "Trade envoy visits Brunei\n\n"
    "The visiting trade envoy, Ambassador Ingrid Solberg, held talks on Tuesday with Brunei's "
    "Minister of Primary Resources Dato Seri Setia Rosmawi Latif on fisheries cooperation.\n\n"
    "Her last stop was the office of Deputy Minister of Finance Pehin Datu Harun Basri.\n"
)


def test_en_bruneian_styles_are_not_names():
    ex = run(TEXT, "en")
    officials = names(ex, "Official")
    assert "Rosmawi Latif" in officials
    assert "Harun Basri" in officials
    assert not any("Dato" in n or "Pehin" in n for n in officials)


def test_en_bruneian_style_keeps_the_meeting():
    ex = run(TEXT, "en")
    assert frozenset({"Ingrid Solberg", "Rosmawi Latif"}) in met(ex)


TEXT_MEMBER = (
    "Parliamentary friendship group in Riga\n\n"
    "On Tuesday Member of the House of Councillors Haruto Kishimoto held talks with the Latvian "
    "Speaker Ilze Kalnina on Baltic shipping routes.\n"
)


def test_en_capitalised_member_of_a_house_is_a_post():
    """ "Member of the House of X" capitalised inside the sentence, before a name, is the
    holder's post (written lower-case after a comma it is the membership cue)."""
    ex = run(TEXT_MEMBER, "en")
    officials = names(ex, "Official")
    assert "Haruto Kishimoto" in officials
    assert frozenset({"Haruto Kishimoto", "Ilze Kalnina"}) in met(ex)

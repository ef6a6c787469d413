"""Arabic copy spells a Latin middle initial as its letter's name with a period ("بي." B., "جي."
G., "دبليو." W.): between two name words it stays inside the name, like a one-letter initial
(sentences written for these tests)."""

from __future__ import annotations

from .helpers import ent, names, run


def test_ar_spelled_initial_inside_a_senators_name():
    ex = run(
        "استقبل وزير الخارجية وفدا من الكونغرس يقوده السيناتور روبرت جي. هارلو، عضو لجنة "
        "المالية بالمجلس.",
        "ar",
    )
    assert ent(ex, "روبرت جي. هارلو").type == "Official"
    assert "روبرت" not in names(ex, "Official")


def test_ar_longer_spelled_initial():
    ex = run("استقبل رئيس البرلمان السيناتور ماثيو دبليو. كارتر في مكتبه.", "ar")
    assert "ماثيو دبليو. كارتر" in names(ex, "Official")

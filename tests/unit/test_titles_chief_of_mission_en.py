"""The head of a diplomatic mission and his deputy ("Deputy Chief of Mission") are one title.

Sentences written for these tests (not from any evaluation set).
"""

from .helpers import names, run


def test_a_deputy_chief_of_mission_is_one_title():
    ex = run("Deputy Chief of Mission Rachel Morrow attended the reception.", "en")
    assert names(ex, "Official") == {"Rachel Morrow"}
    assert "Mission" not in names(ex, "Agency")

"""A post with its field, its article and no name, the object of a meeting verb ("will meet the
Minister of X on Friday"), names the host's holder of the post, one person (sentences written for
these tests)."""

from __future__ import annotations

from .helpers import names, run


def test_en_planned_meeting_object_with_article():
    ex = run("The trade delegation will meet the Minister of Fisheries on Friday.", "en")
    assert "Minister of Fisheries" in names(ex, "Official")

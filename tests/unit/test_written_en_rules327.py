""" "X chaired <the talks> with Y": a chair who holds a session with someone meets that person,
as a co-chair does, also after a long name of the session (sentences written for these tests)."""

from __future__ import annotations

from .helpers import met, run

TEXT = (
    "River shipping talks resume\n\n"
    "Talks on river shipping resumed in Pakse, where Lao Transport Minister Khamla Phouthone "
    "chaired the first review of the new barge tariffs and of the joint pilot service with Thai "
    "Transport Minister Narong Siriwat.\n"
)


def test_en_chaired_with_is_a_meeting():
    assert frozenset({"Khamla Phouthone", "Narong Siriwat"}) in met(run(TEXT, "en"))

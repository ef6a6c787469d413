""" "X chaired <the talks> with Y": a chair who holds a session with someone meets that person,
as a co-chair does, also after a long name of the session (sentences written for these tests)."""

from __future__ import annotations

from .helpers import met, run

TEXT = (
    "Health ministers review vaccine logistics\n\n"
    "KIGALI, 2 June -- Rwandan Health Minister Dr. Jean Mugisha on Thursday chaired a long "
    "working session on the regional supply of vaccines and on shared cold storage facilities "
    "with Zambian Health Minister Dr. Mary Banda.\n"
)


def test_en_chaired_with_is_a_meeting():
    assert frozenset({"Jean Mugisha", "Mary Banda"}) in met(run(TEXT, "en"))

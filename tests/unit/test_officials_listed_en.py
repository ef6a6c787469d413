"""A capitalised full name is listed with an official only when it stands next to it (a comma or
"and" between them), not anywhere before a comma later in the sentence (sentences written for these
tests)."""

from __future__ import annotations

from .helpers import names, run

MIN = "Foreign Minister Sameh Rashad"


def test_a_name_listed_with_an_official_must_stand_next_to_it():
    # the comma after a name later in the sentence does not list it with the official before
    ex = run(f"{MIN} met the envoy at Peter House, the ministry said.", "en")
    assert "Peter House" not in names(ex, "Official")
    listed = run(f"{MIN}, Peter Lindqvist and Margaret Holloway met in Cairo.", "en")
    assert {"Peter Lindqvist", "Margaret Holloway"} <= names(listed, "Official")

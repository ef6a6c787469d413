"""British and academic honorifics before a name (Sir, Dame, Prof., Professor): they open a name
and are never a name themselves; alone they make no official (sentences written for these tests).
"""

from __future__ import annotations

import pytest

from .helpers import met, names, run, said

MIN = "Foreign Minister Sameh Rashad"


@pytest.mark.parametrize(
    "text, name",
    [
        (f"{MIN} met Sir Peter Lindqvist, the British envoy, in Cairo.", "Peter Lindqvist"),
        (f"{MIN} met Dame Margaret Holloway, the British envoy, in Cairo.", "Margaret Holloway"),
        (
            f"Prof. Margaret Holloway, the Swedish Minister for Trade, met {MIN}.",
            "Margaret Holloway",
        ),
        (f"Professor Peter Lindqvist, the Swedish envoy, met {MIN}.", "Peter Lindqvist"),
    ],
)
def test_honorific_opens_a_titled_name(text, name):
    ex = run(text, "en")
    assert name in names(ex, "Official")
    assert frozenset({name, "Sameh Rashad"}) in met(ex)
    assert not any(w in n.split() for n in names(ex, "Official") for w in ("Sir", "Dame", "Prof."))


def test_honorific_and_given_name_resolve_to_the_full_name():
    ex = run(
        f"{MIN} met Sir Peter Lindqvist, the British envoy. Sir Peter said talks went well.", "en"
    )
    assert ("Peter Lindqvist", "talks went well") in said(ex)


@pytest.mark.parametrize(
    "text",
    [
        f"Sir Peter Lindqvist met {MIN} in Cairo.",  # no title anywhere: no official
        f"The professor met {MIN} in Cairo.",
    ],
)
def test_an_honorific_alone_makes_no_official(text):
    assert names(run(text, "en"), "Official") == {"Sameh Rashad"}

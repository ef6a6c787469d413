"""Messages and letters: the sender of a letter did not meet its recipient; the envoy who
delivered it did (English cues; sentences written for these tests)."""

from __future__ import annotations

from .helpers import met, run

HADDAD, BERG, REYES = "Karim Haddad", "Anna Berg", "Tom Reyes"


def test_en_received_a_letter_from_is_no_meeting():
    ex = run(
        "Foreign Minister Karim Haddad received a letter from Danish Prime Minister Anna Berg.",
        "en",
    )
    assert met(ex) == set()


def test_en_delivered_by_an_envoy_who_met_the_recipient():
    ex = run(
        "Foreign Minister Karim Haddad received a written message from Danish Prime Minister Anna "
        "Berg, delivered by Danish Ambassador Tom Reyes.",
        "en",
    )
    assert met(ex) == {frozenset({HADDAD, REYES})}


def test_en_received_the_envoy_who_delivered_a_message():
    ex = run(
        "Foreign Minister Karim Haddad received Danish Ambassador Tom Reyes, who delivered a "
        "message from Danish Prime Minister Anna Berg.",
        "en",
    )
    assert met(ex) == {frozenset({HADDAD, REYES})}


def test_en_congratulatory_cables_from_are_no_meeting():
    ex = run(
        "Foreign Minister Karim Haddad received congratulatory cables from Danish Prime Minister "
        "Anna Berg.",
        "en",
    )
    assert met(ex) == set()

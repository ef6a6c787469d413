"""A bare "the minister" refers back to a minister, not to a prime minister named nearer to it
(sentences written for these tests)."""

from __future__ import annotations

from .helpers import ent, run


def test_en_the_minister_is_not_the_prime_minister_named_just_before():
    ex = run(
        "Mr. Tomas Lindqvar, Sweden's Minister for Energy, met President Aurelio Cantaval in"
        " Lisbon on Monday.\n"
        "Minister Lindqvar conveyed the greetings of Prime Minister Henrika Solberg-Vang.\n"
        "Sweden's ambassador Karin Ostmark accompanied the minister.",
        "en",
    )
    assert "the minister" in ent(ex, "Tomas Lindqvar").aliases
    assert "the minister" not in ent(ex, "Henrika Solberg-Vang").aliases


def test_en_the_minister_alone_with_a_prime_minister_stays_his():
    ex = run(
        "Prime Minister Henrika Solberg-Vang received the delegation on Monday.\n"
        "The minister said the talks were useful.",
        "en",
    )
    assert "The minister" in ent(ex, "Henrika Solberg-Vang").aliases

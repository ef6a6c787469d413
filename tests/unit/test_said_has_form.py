"""_has_form skips the words that start no form: the same answer as trying every word."""

from __future__ import annotations

import random

from graphbuild.nlp.relations.said import _has_form


def _every_word(norms: list[str], forms: frozenset[str]) -> tuple[int, int] | None:
    for i in range(len(norms)):
        for n in (3, 2, 1):
            if i + n <= len(norms) and " ".join(norms[i : i + n]) in forms:
                return i, i + n
    return None


def test_the_same_first_form_as_trying_every_word() -> None:
    forms = frozenset({"both", "two sides", "the two ministers", "a b", "x"})
    vocab = [
        "both",
        "two",
        "sides",
        "the",
        "ministers",
        "a",
        "b",
        "x",
        "y",
        "",
        " ",
        "a b",
        "two b",
    ]
    rng = random.Random(11)
    found = 0
    for _ in range(3000):
        norms = [rng.choice(vocab) for _ in range(rng.randint(0, 6))]
        want = _every_word(norms, forms)
        assert _has_form(norms, forms) == want, norms
        found += want is not None
    assert found > 100

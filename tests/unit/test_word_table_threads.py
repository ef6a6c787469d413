"""The word table stays one row per vocabulary entry when threads extract at once (a Dask
worker in-process runs several threads over one pipeline): every token's string is its own."""

from __future__ import annotations

import random
import threading

from graphbuild.nlp.pipeline import get_pipeline
from graphbuild.nlp.tagger import token_words


def _texts(seed: int, n: int) -> list[str]:
    rng = random.Random(seed)
    letters = "abcdefghijklmnopqrstuvwxyz"
    return [
        " ".join("".join(rng.choice(letters) for _ in range(rng.randint(4, 9))) for _ in range(40))
        for _ in range(n)
    ]


def test_threads_making_new_entries_read_their_own_strings() -> None:
    nlp = get_pipeline("en")
    errors: list[BaseException] = []
    wrong: list[tuple[str, str]] = []

    def work(seed: int) -> None:
        try:
            for text in _texts(seed, 60):
                doc = nlp(text)
                words = token_words(doc)
                wrong.extend(
                    (t.text, w) for t, w in zip(doc, words.texts, strict=True) if t.text != w
                )
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(seed,)) for seed in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert wrong == []

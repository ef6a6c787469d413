"""Discourse.evolve is dataclasses.replace: the same state, the same errors."""

from __future__ import annotations

from dataclasses import replace

import pytest

from graphbuild.nlp.discourse import Discourse
from graphbuild.nlp.values import OFFICIAL, Part


def test_evolve_is_replace() -> None:
    part = Part(OFFICIAL, 1, 2, 4)
    state = Discourse(topic=part, call=True, reported_from=7)
    changes = {"speaker": part, "subjects": (part,), "said_here": True, "reported_from": 3}
    new = state.evolve(**changes)
    assert new == replace(state, **changes)
    assert new is not state and state.reported_from == 7
    assert hash(new) == hash(replace(state, **changes))


def test_evolve_refuses_an_unknown_field() -> None:
    with pytest.raises(TypeError, match="topik"):
        Discourse().evolve(topik=None)

"""quick_init: a frozen dataclass made through its quick __init__ is the one its own makes."""

from __future__ import annotations

import dataclasses
import pickle
from dataclasses import dataclass, field

import pytest

from graphbuild.nlp.discourse import Discourse, Outcome
from graphbuild.nlp.tagger import Hit
from graphbuild.nlp.values import Part, Ref, quick_init


@dataclass(frozen=True)
class _Plain:
    a: int
    b: str = "x"
    c: tuple[int, ...] = field(default_factory=tuple)
    d: list[int] = field(default_factory=list)


@quick_init
@dataclass(frozen=True)
class _Quick:
    a: int
    b: str = "x"
    c: tuple[int, ...] = field(default_factory=tuple)
    d: list[int] = field(default_factory=list)


@pytest.mark.parametrize(
    "args,kwargs", [((1,), {}), ((1, "y"), {}), ((1,), {"c": (2,)}), ((), {"a": 3, "d": [4]})]
)
def test_the_same_values_defaults_and_factories(args, kwargs) -> None:
    q, p = _Quick(*args, **kwargs), _Plain(*args, **kwargs)
    assert dataclasses.astuple(q) == dataclasses.astuple(p)
    assert repr(q).replace("_Quick", "_Plain") == repr(p)


def test_a_factory_makes_a_new_value_each_time() -> None:
    assert _Quick(1).d is not _Quick(1).d


def test_still_frozen_hashable_and_pickled() -> None:
    h = Hit("cue", 1, 2, "k", ("say",))
    with pytest.raises(dataclasses.FrozenInstanceError):
        h.start = 5  # type: ignore[misc]
    assert h == Hit("cue", 1, 2, "k", ("say",)) and hash(h) == hash(Hit("cue", 1, 2, "k", ("say",)))
    assert pickle.loads(pickle.dumps(h)) == h
    assert Part("Official", 1, 2, 3).endpoint == Ref("Official", 1)
    assert Outcome().state == Discourse() and Outcome().relations == ()


def test_wrong_arguments_fail_as_before() -> None:
    with pytest.raises(TypeError):
        _Quick()  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        _Quick(1, e=2)  # type: ignore[call-arg]


def test_refuses_what_it_cannot_copy() -> None:
    @dataclass(frozen=True)
    class Post:
        a: int

        def __post_init__(self) -> None:
            pass

    with pytest.raises(TypeError):
        quick_init(Post)

    @dataclass(frozen=True)
    class KwOnly:  # its __init__ would take the field by position
        a: int = field(kw_only=True)

    with pytest.raises(TypeError):
        quick_init(KwOnly)

"""values.quick_init: a frozen dataclass with the fast __init__ behaves as the dataclass's own."""

from __future__ import annotations

import dataclasses
import pickle

import pytest

from graphbuild.nlp.values import quick_init


@dataclasses.dataclass(frozen=True)
class Plain:
    a: int
    b: str = "x"
    c: tuple[int, ...] = ()
    d: list[int] = dataclasses.field(default_factory=list)


@quick_init
@dataclasses.dataclass(frozen=True)
class Quick:
    a: int
    b: str = "x"
    c: tuple[int, ...] = ()
    d: list[int] = dataclasses.field(default_factory=list)


@pytest.mark.parametrize(
    ("args", "kwargs"),
    [((1,), {}), ((1, "y"), {}), ((1,), {"c": (2, 3)}), ((4, "z", (5,), [6]), {}), ((), {"a": 7})],
)
def test_same_values_as_the_dataclass_init(args, kwargs):
    plain, quick = Plain(*args, **kwargs), Quick(*args, **kwargs)
    assert dataclasses.astuple(quick) == dataclasses.astuple(plain)
    assert repr(quick).replace("Quick", "Plain") == repr(plain)
    assert quick == Quick(*args, **kwargs)


@quick_init
@dataclasses.dataclass(frozen=True)
class Hashable:
    a: int
    b: str = "x"
    c: tuple[int, ...] = ()


def test_still_frozen_hashable_and_picklable():
    q = Hashable(1, "y", (2,))
    with pytest.raises(dataclasses.FrozenInstanceError):
        q.a = 2  # type: ignore[misc]
    assert pickle.loads(pickle.dumps(q)) == q
    assert hash(q) == hash(Hashable(1, "y", (2,)))
    assert Hashable(1) != Hashable(2)
    assert len({Hashable(1), Hashable(1), Hashable(2)}) == 2
    with pytest.raises(dataclasses.FrozenInstanceError):
        Quick(1).a = 3  # type: ignore[misc]


def test_default_factory_gives_a_new_value_each_time():
    first, second = Quick(1), Quick(1)
    assert first.d == [] and first.d is not second.d


def test_arguments_checked_like_the_dataclass():
    with pytest.raises(TypeError):
        Quick()  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        Quick(1, "x", (), [], 5)  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        Quick(1, e=2)  # type: ignore[call-arg]


def test_refuses_what_it_cannot_copy():
    @dataclasses.dataclass(frozen=True)
    class Post:
        a: int

        def __post_init__(self) -> None:
            pass

    @dataclasses.dataclass(frozen=True)
    class KwOnly:
        a: int = dataclasses.field(kw_only=True)

    for cls in (Post, KwOnly):
        with pytest.raises(TypeError):
            quick_init(cls)

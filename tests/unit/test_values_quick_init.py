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


def _made() -> list[object]:
    from graphbuild.nlp.mentions import AgencyMention, NameMention, TitleMention

    agency = AgencyMention(1, 3, "the ministry", kind="ministry", words=frozenset({"x"}))
    return [
        Hit("cue", 1, 2, "k", ("say",)),
        Ref("Country", "EGY"),
        Part("Official", 1, 2, 3, after_bi=True),
        agency,
        AgencyMention(
            4, 6, "the body", "body", frozenset(), "b", "EGY", True, True, ("a",), agency
        ),
        TitleMention(0, 2, "foreign minister", ("minister",), "EGY", (agency,), True),
        NameMention(2, 4, "Ali Hassan"),
    ]


@pytest.mark.parametrize("value", _made(), ids=lambda v: type(v).__name__)
def test_values_with_their_own_init_are_frozen_equal_and_pickle(value) -> None:
    """Hits, parts, refs and mentions have an ``__init__`` of their own (compiled, it writes the
    instance's fields; interpreted, quick_init's replaces it): the same values as the dataclass's,
    frozen, equal to a copy, a pickled copy and ``replace``'s."""
    cls = type(value)
    values = tuple(getattr(value, f.name) for f in dataclasses.fields(value))
    assert dataclasses.astuple(cls(*values)) == dataclasses.astuple(value)
    assert cls(*values) == value and hash(cls(*values)) == hash(value)
    first = dataclasses.fields(value)[0].name
    with pytest.raises(dataclasses.FrozenInstanceError):
        setattr(value, first, None)
    assert pickle.loads(pickle.dumps(value)) == value
    assert dataclasses.replace(value) == value


@pytest.mark.parametrize("value", _made(), ids=lambda v: type(v).__name__)
def test_their_defaults_are_the_fields_defaults(value) -> None:
    """Made with its required fields only, by quick_init's ``__init__`` and by the one written in
    the class (the one a compiled class runs), a value holds each field's default."""
    cls = type(value)
    fs = dataclasses.fields(value)
    required = [getattr(value, f.name) for f in fs if f.default is dataclasses.MISSING]
    written = getattr(cls.__init__, "__wrapped__", None)
    if written is None:  # compiled: the class runs the written one
        by_written = cls(*required)
    else:
        by_written = cls.__new__(cls)
        written(by_written, *required)
    for made in (cls(*required), by_written):
        for f in fs:
            if f.default is not dataclasses.MISSING:
                assert getattr(made, f.name) == f.default, f.name
    assert by_written == cls(*required)

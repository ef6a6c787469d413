"""graph._json_at writes what ``json.dumps(indent=1, sort_keys=True, ensure_ascii=False)``
writes, shifted ``depth`` levels: graph.json's bytes depend on it, and it has its own
encoder (the json module's C encoder does not indent, and its Python one was a third of
a streamed run's second pass)."""

from __future__ import annotations

import json
import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from graphbuild.graph import RecordText, _json_at


def reference(value: object, depth: int) -> str:
    text = json.dumps(value, ensure_ascii=False, indent=1, sort_keys=True)
    return text.replace("\n", "\n" + " " * depth) if depth else text


scalars = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text()
)
values = st.recursive(
    scalars,
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.tuples(inner, inner)
        | st.dictionaries(st.text(max_size=5), inner, max_size=4)
    ),
    max_leaves=20,
)


@settings(max_examples=400, deadline=None)
@given(values, st.integers(min_value=0, max_value=4))
def test_same_text_as_the_json_module(value: object, depth: int) -> None:
    assert _json_at(value, depth) == reference(value, depth)


@pytest.mark.parametrize(
    "value",
    [
        {"b": [1, 2.5, None], "a": {"z": True, "y": []}, "c": {}},
        {"quote": 'he said "no"\n\tand left \u2028 «لا»', "n": -0.0},
        [math.inf, -math.inf, 1e300, 10**30],
        {"2": "x", "10": "y"},
        {"nested": [[{"a": [[]]}], {}]},
    ],
)
def test_forms_graph_json_holds(value: object) -> None:
    for depth in (0, 1, 2, 3):
        assert _json_at(value, depth) == reference(value, depth)


def test_non_string_keys_as_the_json_module_writes_them() -> None:
    value = {3: "a", 1: "b"}
    assert _json_at(value, 2) == reference(value, 2)
    assert _json_at({1.5: 0}, 1) == reference({1.5: 0}, 1)


def test_a_value_json_cannot_write_is_refused_as_the_json_module_refuses_it() -> None:
    with pytest.raises(TypeError):
        _json_at({"a": object()}, 1)
    with pytest.raises(TypeError):
        json.dumps({"a": object()})


keys = st.lists(st.text(max_size=6), unique=True, max_size=8)


@settings(max_examples=300, deadline=None)
@given(
    keys.flatmap(
        lambda ks: st.tuples(
            st.just(ks),
            st.lists(values, min_size=len(ks), max_size=len(ks)),
            st.lists(st.booleans(), min_size=len(ks), max_size=len(ks)),
        )
    ),
    st.integers(min_value=0, max_value=4),
)
def test_a_record_of_known_keys_is_the_json_module_text(
    case: tuple[list[str], list[object], list[bool]], depth: int
) -> None:
    """RecordText: the keys split between those bound once and the slots filled per record."""
    ks, vals, bound = case
    d = dict(zip(ks, vals, strict=True))
    fixed = {k: v for k, v, b in zip(ks, vals, bound, strict=True) if b}
    slots = sorted(k for k, b in zip(ks, bound, strict=True) if not b)
    record = RecordText(fixed, slots, depth)
    text = record.fill(record.bind(fixed), *(d[k] for k in slots))
    assert text == reference(d, depth) == _json_at(d, depth)


def test_a_record_refuses_other_keys() -> None:
    record = RecordText(("a", "b"), ("c",), 2)
    with pytest.raises(ValueError):
        record.bind({"a": 1})
    with pytest.raises(ValueError):
        record.bind({"a": 1, "x": 2})
    with pytest.raises(ValueError):
        RecordText(("a",), ("a",), 2)

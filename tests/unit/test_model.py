"""Extraction.from_dict: the inverse of to_dict, field for field."""

from __future__ import annotations

import dataclasses
import json

import pytest

from graphbuild.model import Article, Entity, Extraction, Relation


def _full() -> Extraction:
    article = Article(id="a1", title="Head", text="", lang="en", url="u", published="p", source="s")
    ent = Entity(
        id="Official:x",
        type="Official",
        name="X",
        aliases=("X", "Mr X"),
        country="FRA",
        title="minister",
        kind="ministry",
        name_en="X",
        confidence=0.5,
        rule="r",
        merges=("m",),
    )
    rel = Relation(
        type="SAID",
        source="Official:x",
        target=None,
        evidence="X said y.",
        quote="y",
        start=3,
        end=12,
        confidence=0.7,
        rule="said",
        mentions=("Country:FRA",),
    )
    return Extraction(article=article, entities=(ent,), relations=(rel,))


def test_round_trip_equals_and_keeps_every_field() -> None:
    ex = _full()
    back = Extraction.from_dict(json.loads(json.dumps(ex.to_dict())))
    assert back == ex
    for made, orig in zip(back.entities + back.relations, ex.entities + ex.relations, strict=True):
        names = [f.name for f in dataclasses.fields(orig)]
        assert list(vars(made)) == names  # every field, in field order, nothing more
        assert isinstance(made.aliases if isinstance(made, Entity) else made.mentions, tuple)
    assert hash(back.entities[0]) == hash(ex.entities[0])


def test_missing_keys_take_defaults_and_unknown_keys_are_ignored() -> None:
    d = {
        "id": "a2",
        "entities": [{"id": "Country:FRA", "type": "Country", "name": "France", "extra": 1}],
        "relations": [
            {"type": "MET_WITH", "source": "a", "target": "b", "evidence": "e", "new": 2}
        ],
    }
    ex = Extraction.from_dict(d)
    assert ex.article == Article(id="a2", title="", text="")
    assert ex.entities == (Entity(id="Country:FRA", type="Country", name="France"),)
    assert ex.relations == (Relation(type="MET_WITH", source="a", target="b", evidence="e"),)
    assert not hasattr(ex.entities[0], "extra")


def test_made_instances_stay_frozen() -> None:
    ent = Extraction.from_dict(_full().to_dict()).entities[0]
    with pytest.raises(dataclasses.FrozenInstanceError):
        ent.name = "Y"  # type: ignore[misc]

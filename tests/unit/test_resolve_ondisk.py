"""The official index on disk: the same resolution as the rule it implements, whatever its
cache, and a pickled index or resolution (a cluster run's) resolves and applies the same."""

from __future__ import annotations

import pickle
from collections import defaultdict

import pytest

import graphbuild.resolve as resolve
from graphbuild.model import Article, Entity, Extraction, Relation
from graphbuild.resolve import Canonical, OfficialIndex, name_skeleton

NAMES = [
    ("Fathi Bashagha", "LBY", "Interior Minister"),
    ("Bashagha", None, None),  # a lone surname: joins the only full name with it
    ("Fathi Bashaga", None, "Minister"),  # another spelling of the first
    ("Ali Mansour", None, None),
    ("Omar Mansour", "EGY", None),
    ("Mansour", None, None),  # two full names with that surname: stays apart
    ("Fayez al-Sarraj", None, "Prime Minister"),
    ("Fayez Al-Serraj", "LBY", None),
    ("Serraj", None, None),
    ("Badr Abdelatty", "EGY", "Foreign Minister"),
    ("أحمد معيتيق", None, None),
    ("احمد معيتيق", "LBY", None),
]


def _official(name: str, country: str | None, title: str | None) -> Entity:
    oid = "Official:" + name.lower().replace(" ", "_")
    return Entity(id=oid, type="Official", name=name, country=country, title=title)


def corpus() -> list[Extraction]:
    """Articles naming the officials above in turn, two or three each, some twice."""
    out = []
    for n in range(30):
        picks = [NAMES[(n * k) % len(NAMES)] for k in (1, 3, 7)]
        ents = {e.id: e for e in (_official(*p) for p in picks)}
        a, b, *_ = [*ents, *ents]
        rels = (Relation(type="MET_WITH", source=a, target=b, evidence="x"),) if a != b else ()
        art = Article(id=f"a{n:02}", title="", text="x", lang="en")
        out.append(Extraction(art, tuple(ents.values()), rels))
    return out


def reference(exs: list[Extraction]) -> dict[str, Canonical]:
    """The rule of resolve.py's docstring, written plainly with everything in memory."""
    first: dict[str, tuple[int, str]] = {}
    count: dict[str, int] = defaultdict(int)
    best: dict[str, tuple[int, Canonical]] = {}
    for ex in exs:
        for e in ex.entities:
            first.setdefault(e.id, (len(first), e.name))
            count[e.id] += 1
            words = len(e.name.split())
            if words > best.get(e.id, (0, None))[0]:
                best[e.id] = (words, Canonical(e.id, e.name, e.country, e.title))
    skel = {i: name_skeleton(name) for i, (_, name) in first.items()}
    group = {i: i for i in first}
    for i in first:  # same skeleton of two words or more: one group
        same = [j for j in first if skel[j] == skel[i] and len(skel[i]) >= 2]
        if same:
            group[i] = min(same, key=lambda j: first[j][0])
    for i in first:  # a lone surname joins the only group of full names with it
        if len(skel[i]) == 1:
            fulls = {group[j] for j in first if len(skel[j]) >= 2 and skel[j][-1] == skel[i][0]}
            if len(fulls) == 1:
                group[i] = fulls.pop()
    members: dict[str, list[str]] = defaultdict(list)
    for i in first:
        members[group[i]].append(i)
    out = {}
    for ids in members.values():
        top = min(ids, key=lambda j: (-best[j][0], -count[j], j))
        out.update((j, best[top][1]) for j in ids)
    return out


def _index(exs: list[Extraction]) -> OfficialIndex:
    index = OfficialIndex()
    for ex in exs:
        index.add(ex)
    return index


@pytest.mark.parametrize("cache", [2, 5, 20_000])
def test_the_index_resolves_by_the_rule_whatever_its_cache(
    monkeypatch: pytest.MonkeyPatch, cache: int
) -> None:
    monkeypatch.setattr(resolve, "CACHE", cache)
    exs = corpus()
    res = _index(exs).resolution()
    want = reference(exs)
    assert dict(res.canon.items()) == want
    assert len({c.id for c in want.values()}) < len(want)  # some merged…
    assert res.canon["Official:mansour"].id == "Official:mansour"  # …not the ambiguous one
    canonicals = list(want.values())
    assert set(res.reasons) == {i for i in want if canonicals.count(want[i]) > 1}  # the merged


def test_a_pickled_index_and_resolution_give_the_same(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(resolve, "CACHE", 3)
    exs = corpus()
    index = _index(exs)
    res = index.resolution()
    copy = pickle.loads(pickle.dumps(index)).resolution()
    assert dict(copy.canon.items()) == dict(res.canon.items())
    assert dict(copy.reasons.items()) == dict(res.reasons.items())
    sent = pickle.loads(pickle.dumps(res))  # what a cluster broadcasts: plain dicts
    assert isinstance(sent.canon, dict) and not sent.merges_nothing
    assert [sent.apply(ex) for ex in exs] == [res.apply(ex) for ex in exs]
    assert any(res.apply(ex) != ex for ex in exs)


@pytest.mark.parametrize("cut", [0, 7, 19, 30])
def test_indexes_folded_in_order_are_the_index_of_the_whole(
    monkeypatch: pytest.MonkeyPatch, cut: int
) -> None:
    monkeypatch.setattr(resolve, "CACHE", 4)
    exs = corpus()
    whole = _index(exs)
    folded = OfficialIndex()
    for part in (_index(exs[:cut]), pickle.loads(pickle.dumps(_index(exs[cut:])))):
        folded.update(part)
    assert folded.officials == whole.officials and len(whole.officials) == len(NAMES)
    assert dict(folded.resolution().canon.items()) == reference(exs)

#!/usr/bin/env python3
"""Does a small learned pair scorer help relations? The candidates, the training, the measurement.

    PYTHONPATH=. python bench/measure_pairs.py              # 5-fold cross-fitted figures
    PYTHONPATH=. python bench/measure_pairs.py --precision 0.6

After the rules, every pair of entities named in one sentence that no rule related is a
*candidate*: two officials for MET_WITH; an official and an agency, two agencies (both ways), or an
agency and a country named in the sentence for MEMBER_OF. A sentence with a call cue gives no
meeting candidate (the rules' veto). Each candidate gets cheap features (kinds, order, token
distance, the lower-cased words between and the two around, the cue classes of the sentence and
between, the participants between, the officials' countries, the agency's kind).

Data (the development sets only, never dev2 half B nor any held-out set): eval/dev, the odd
(half A) articles of eval/dev2 (the even ones are not even read) and eval/written. Each article is
extracted by the rules (the relations stage is wrapped from outside to record the candidates; the
extractor is unchanged) and its candidates get ids as the output's entities do. A candidate is
positive when its two entities match (graphbuild.evaluate's matching) two gold entities that gold
relates by the candidate's type (and direction, for MEMBER_OF); a candidate whose pair the output
already holds is left out. One model per language: logistic regression trained by AdaGrad in a
fixed order (no randomness: the same data give the same weights). A pair is added when its best
sentence scores at least the threshold of its type, chosen on out-of-fold scores of the training
articles only (an inner 4-fold) as the lowest score at which the added pairs keep a precision of
at least ``--precision`` (0.75).

The measurement: 5 folds by article id (sorted ids, every 5th) per language; for each fold the
model and its thresholds are fitted on the other four folds and the fold is predicted; the report
gives F1 per type and language on half A, written and dev, without -> with the added pairs.
``--oracle`` adds exactly the positive candidates instead (the ceiling of same-sentence pairs).

Result of round 19 (not integrated). Candidates (positives): ar MET_WITH 456 (23), ar MEMBER_OF
1869 (60), en MET_WITH 457 (15), en MEMBER_OF 2162 (75). Cross-fitted, precision 0.75: relation
F1 on half A 94.9 -> 95.0 (+1 tp), on written 84.6 -> 84.7 (+6 tp, +3 fp), no MET_WITH added,
entities unchanged; the ceiling (``--oracle``) is 95.6 on A and 86.1 on written. Variants (a
precision of 0.6 or 0.5, one model for both languages, no words between, ``--rule-pairs``,
scikit-learn's balanced logistic regression) did no better. Most missed relations whose two
entities are found are not within one sentence (on written 34 of 159 such meetings of two
officials are). Computing the candidates' features costs about 10% of extraction time.
"""

from __future__ import annotations

import argparse
import math
import sys
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any, NamedTuple

from spacy.tokens import Span

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from graphbuild import evaluate as ev  # noqa: E402
from graphbuild.lang import load_profile  # noqa: E402
from graphbuild.nlp import extract as ex  # noqa: E402
from graphbuild.nlp.assemble import _Ids  # noqa: E402
from graphbuild.nlp.discourse import ArticleView, sort_officials_last_first  # noqa: E402
from graphbuild.nlp.values import AGENCY, COUNTRY, OFFICIAL, Part, PendingRelation, Ref  # noqa: E402
from graphbuild.schema import MEMBER_OF, MET_WITH  # noqa: E402
from graphbuild.sources import read_articles  # noqa: E402

PAIR_RULE = "learned.pair"
_NO_MEETING = frozenset({"call", "speak_with"})  # a frame in which no one met
_BETWEEN_WORDS = 8  # the words between read one by one, up to this many from each end
_DISTANCES = (0, 1, 2, 4, 8, 15)


class Candidate(NamedTuple):
    type: str
    source: Ref
    target: Ref
    evidence: Span
    features: tuple[str, ...]


class _Mention(NamedTuple):
    kind: str  # Official | Agency | Country
    ref: Ref  # the canonical entity
    start: int
    end: int
    info: str  # the agency's kind, the official's country ("" when unknown)


def score(weights: Mapping[str, float], features: tuple[str, ...]) -> float:
    """The logistic score of a candidate's features."""
    z = weights.get("@bias", 0.0) + sum(weights.get(f, 0.0) for f in features)
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def _related(art: ArticleView, found: tuple[PendingRelation, ...]) -> set[tuple]:
    """The pairs the rules related, by canonical endpoints (a meeting in both orders)."""
    out: set[tuple] = set()
    for r in found + art.entities.memberships:
        if r.target is None or r.type not in (MET_WITH, MEMBER_OF):
            continue
        a, b = _canon(art, r.source), _canon(art, r.target)
        out.add((r.type, a, b))
        if r.type == MET_WITH:
            out.add((r.type, b, a))
    return out


def _canon(art: ArticleView, ref: Ref) -> Ref:
    if ref.kind == OFFICIAL:
        return Ref(OFFICIAL, art.entities.canon(int(ref.key)))
    if ref.kind == AGENCY:
        return Ref(AGENCY, art.entities.acanon(int(ref.key)))
    return ref


def _mentions(art: ArticleView, parts: tuple[Part, ...], s: Span) -> list[_Mention]:
    """The sentence's officials and agencies, and its countries named outside them."""
    ents = art.entities
    out = []
    for p in parts:
        ref = _canon(art, p.endpoint)
        if p.kind == OFFICIAL:
            info = ents.officials[int(ref.key)].country or ""
        else:
            info = ents.agencies[int(ref.key)].kind or ""
        out.append(_Mention(p.kind, ref, p.start, p.end, info))
    inside = {i for p in parts for i in range(p.start, p.end)}
    hits = art.tg.hits
    for k in range(s.start, s.end):
        h = hits.get(k)
        if h is not None and h.kind == "country" and h.start == k and k not in inside:
            out.append(_Mention(COUNTRY, Ref(COUNTRY, h.info[0]), k, h.end, str(h.info[1])))
    out.sort(key=lambda m: m.start)
    return out


def _pair_types(a: _Mention, b: _Mention) -> Iterator[tuple[str, _Mention, _Mention]]:
    """The candidate relations of two mentions (``a`` first in the text): type, source, target."""
    kinds = (a.kind, b.kind)
    if kinds == (OFFICIAL, OFFICIAL):
        yield MET_WITH, a, b
    elif kinds == (OFFICIAL, AGENCY):
        yield MEMBER_OF, a, b
    elif kinds == (AGENCY, OFFICIAL):
        yield MEMBER_OF, b, a
    elif kinds == (AGENCY, AGENCY):
        yield MEMBER_OF, a, b
        yield MEMBER_OF, b, a
    elif kinds == (AGENCY, COUNTRY):
        yield MEMBER_OF, a, b
    elif kinds == (COUNTRY, AGENCY):
        yield MEMBER_OF, b, a


def _bucket(n: int) -> int:
    return bisect_left(_DISTANCES, n)


def _sentence_cues(art: ArticleView, s: Span) -> list[tuple[int, str]]:
    hits = art.tg.hits
    return [
        (k, hits[k].info[0])
        for k in range(s.start, s.end)
        if k in hits and hits[k].kind == "cue" and hits[k].start == k
    ]


def _features(
    art: ArticleView,
    s: Span,
    ms: list[_Mention],
    i: int,
    j: int,
    cues: list[tuple[int, str]],
) -> list[str]:
    """The features of mentions ``i`` < ``j`` of a sentence (without the relation's prefix)."""
    a, b = ms[i], ms[j]
    norms = art.tg.norms
    gap = range(a.end, b.start)
    kinds = a.kind[0] + b.kind[0]
    f = [f"k:{kinds}", f"d:{kinds}{_bucket(len(gap))}", f"n:{min(j - i - 1, 3)}"]
    f += [f"ai:{a.info}", f"bi:{b.info}"]
    if a.kind == OFFICIAL and b.kind == OFFICIAL:
        f.append("c:" + ("?" if not (a.info and b.info) else "=" if a.info == b.info else "!"))
    idx = list(gap)
    if len(idx) > 2 * _BETWEEN_WORDS:
        idx = idx[:_BETWEEN_WORDS] + idx[-_BETWEEN_WORDS:]
    f += [f"w:{norms[k]}" for k in idx]
    f += [f"w1:{norms[k]}" for k in idx[:1]] + [f"wl:{norms[k]}" for k in idx[-1:]]
    f += [f"m:{m.kind[0]}" for m in ms[i + 1 : j]]
    f += [f"p:{norms[k]}" for k in range(max(s.start, a.start - 2), a.start)]
    f += [f"x:{norms[k]}" for k in range(b.end, min(s.end, b.end + 2))]
    f += [f"cb:{c}" if a.end <= k < b.start else f"cs:{c}" for k, c in cues]
    if i == 0:
        f.append("first")
    return f


def candidates(
    art: ArticleView, sents: list[Span], found: tuple[PendingRelation, ...]
) -> list[Candidate]:
    """Every pair of one sentence that the rules did not relate, with its features."""
    related = _related(art, found)
    out: list[Candidate] = []
    parts = art.entities.parts
    for si, s in enumerate(sents):
        ps = parts.get(si, ())
        if not ps:
            continue
        ms = _mentions(art, ps, s)
        if len(ms) < 2:
            continue
        cues = _sentence_cues(art, s)
        no_meeting = any(c in _NO_MEETING for _k, c in cues)
        for i in range(len(ms)):
            for j in range(i + 1, len(ms)):
                if ms[i].ref == ms[j].ref:
                    continue
                feats: list[str] | None = None
                for typ, src, tgt in _pair_types(ms[i], ms[j]):
                    rule = (typ, src.ref, tgt.ref) in related
                    if (rule and not OPTIONS["rule_pairs"]) or (typ == MET_WITH and no_meeting):
                        continue
                    if feats is None:
                        feats = _features(art, s, ms, i, j, cues)
                    pre = ("M|" if typ == MET_WITH else "B|") + ("f|" if src is ms[i] else "r|")
                    fs = tuple(pre + x for x in feats) + (pre,) + (("@rule",) if rule else ())
                    out.append(Candidate(typ, src.ref, tgt.ref, s, fs))
    return out


TYPES = ("MET_WITH", "MEMBER_OF")
#: rule_pairs: the pairs the rules related are training examples too (labelled by gold), never
#: predicted nor counted
OPTIONS = {"rule_pairs": False}
SETS = {
    "dev": ROOT / "eval" / "dev",
    "A": ROOT / "eval" / "dev2",
    "written": ROOT / "eval" / "written",
}
EPOCHS, RATE, L2 = 12, 0.2, 1e-5


def _paths(name: str) -> list[Path]:
    files = sorted((SETS[name] / "articles").glob("*.txt"))
    if name == "A":  # never read an article of half B
        files = [p for p in files if ev.dev2_half(p.stem) == "A"]
    return files


def _record() -> list[Any]:
    """Wrap the relations stage of extraction: record, after the rules, the candidates of each
    article (the rules' own output is unchanged)."""
    seen: list[Any] = []
    rules = ex.find_relations

    def recorder(doc, tg, sents, entities, headline_end, registry):
        found = rules(doc, tg, sents, entities, headline_end, registry)
        art = ArticleView(doc, tg, entities, registry, sort_officials_last_first(entities))
        seen.append((entities, candidates(art, sents, found)))
        return found

    ex.find_relations = recorder
    return seen


def _instances(art, seen: list[Any]) -> tuple[dict, list[tuple]]:
    """The article's rule extraction and its candidates: (type, source id, target id, start,
    end, evidence, features)."""
    seen.clear()
    x = ex.extract_article(art)
    pred = x.to_dict()
    lang = art.lang or "ar"
    out = []
    for entities, cands in seen:
        ids = _Ids(entities, lang, load_profile(lang).list_separator)
        ids.add_officials()
        ids.add_agencies()
        ids.add_countries()
        for c in cands:
            s, t = ids.of(c.source), ids.of(c.target)
            if s and t and s != t:
                ev_ = c.evidence
                out.append((c.type, s, t, ev_.start_char, ev_.end_char, ev_.text, c.features))
    return pred, out


def _labels(gold: dict, pred: dict, inst: list[tuple]) -> list[tuple[int, bool]]:
    """1/0 per candidate, and whether the rules hold the pair (the output, or a rule related it)."""
    g_ents = [ev._entity(e) for e in ev._entity_dicts(gold)]
    p_dicts = ev._entity_dicts(pred)
    p2g = ev._match_entities(g_ents, [ev._entity(e) for e in p_dicts])
    p_keys = ev._key_index(p_dicts)
    gold_rels = set()
    for g in ev._gold_relations(gold, set(TYPES)):
        gold_rels.add((g.type, g.source, g.target))
        if g.type == "MET_WITH":
            gold_rels.add((g.type, g.target, g.source))
    have = set()
    for r in pred["relations"]:
        have.add((r["type"], r["source"], r["target"]))
        if r["type"] == "MET_WITH":
            have.add((r["type"], r["target"], r["source"]))
    out: list[tuple[int, bool]] = []
    for typ, s, t, *_, feats in inst:
        gs, gt = p2g.get(ev._resolve(s, p_keys)), p2g.get(ev._resolve(t, p_keys))
        y = int(gs is not None and gt is not None and (typ, gs, gt) in gold_rels)
        out.append((y, (typ, s, t) in have or feats[-1] == "@rule"))
    return out


def collect() -> list[dict]:
    """Every training article: id, set, lang, gold, rule prediction, labelled candidates."""
    seen = _record()
    docs = []
    for name in SETS:
        gold = ev.load_gold(SETS[name] / "gold")
        for art in read_articles([str(p) for p in _paths(name)]):
            if art.id not in gold:
                continue
            pred, inst = _instances(art, seen)
            labels = _labels(gold[art.id], pred, inst)
            keep = [(i, y) for i, (y, held) in zip(inst, labels, strict=True) if not held]
            ruled = [(i[6][:-1], y) for i, (y, held) in zip(inst, labels, strict=True) if held]
            docs.append(
                dict(
                    id=art.id,
                    set=name,
                    lang=art.lang or "ar",
                    gold=gold[art.id],
                    pred=pred,
                    inst=[i for i, _ in keep],
                    y=[y for _, y in keep],
                    ruled=ruled,
                )
            )
    return docs


def train(docs: list[dict]) -> dict[str, float]:
    """Logistic regression by AdaGrad, instances in document order."""
    w: dict[str, float] = defaultdict(float)
    g2: dict[str, float] = defaultdict(lambda: 1e-8)
    data = [(i[6], y) for d in docs for i, y in zip(d["inst"], d["y"], strict=True)]
    data += [r for d in docs for r in d["ruled"]]
    for _ in range(EPOCHS):
        for feats, y in data:
            fs = ("@bias",) + feats
            z = max(-30.0, min(30.0, sum(w[f] for f in fs)))
            p = 1.0 / (1.0 + math.exp(-z))
            grad = p - y
            for f in fs:
                g = grad + L2 * w[f]
                g2[f] += g * g
                w[f] -= RATE * g / math.sqrt(g2[f])
    return {f: v for f, v in w.items() if abs(v) > 1e-6}


def pair_scores(w: dict[str, float], doc: dict) -> dict[tuple, tuple[float, int, tuple]]:
    """Each candidate pair's best score, its label, and its best sentence."""
    out: dict[tuple, tuple[float, int, tuple]] = {}
    for inst, y in zip(doc["inst"], doc["y"], strict=True):
        typ, s, t = inst[:3]
        key = (typ, *sorted((s, t))) if typ == "MET_WITH" else (typ, s, t)
        sc = score(w, inst[6])
        if key not in out or sc > out[key][0]:
            out[key] = (sc, y, inst)
    return out


def threshold(scored: list[tuple[float, int]], precision: float) -> float:
    """The lowest score whose added pairs (all at or above it) keep the precision."""
    best = 1.01
    tp = n = 0
    for sc, y in sorted(scored, key=lambda x: -x[0]):
        tp, n = tp + y, n + 1
        if n >= 5 and tp / n >= precision:
            best = sc
    return best


def _folds(docs: list[dict], k: int) -> list[list[dict]]:
    ids = sorted(d["id"] for d in docs)
    at = {a: n % k for n, a in enumerate(ids)}
    return [[d for d in docs if at[d["id"]] == f] for f in range(k)]


def _oof(docs: list[dict], k: int) -> dict[str, list[tuple[float, int]]]:
    """Out-of-fold pair scores by type."""
    by: dict[str, list[tuple[float, int]]] = defaultdict(list)
    folds = _folds(docs, k)
    for f in range(k):
        w = train([d for g in range(k) if g != f for d in folds[g]])
        for d in folds[f]:
            for key, (sc, y, _i) in pair_scores(w, d).items():
                by[key[0]].append((sc, y))
    return by


def fit(docs: list[dict], precision: float, k: int = 4) -> dict[str, float]:
    """Weights and per-type thresholds (on out-of-fold scores of these documents)."""
    w = train(docs)
    oof = _oof(docs, k)
    for typ in TYPES:
        w[f"@threshold|{typ}"] = threshold(oof.get(typ, []), precision)
    return w


def added(w: dict[str, float], doc: dict) -> list[dict]:
    out = []
    for key, (sc, _y, inst) in sorted(pair_scores(w, doc).items()):
        if sc >= w.get(f"@threshold|{key[0]}", 1.01):
            typ, s, t, a, b, text, _f = inst
            out.append(
                dict(
                    type=typ,
                    source=s,
                    target=t,
                    evidence=text,
                    start=a,
                    end=b,
                    rule=PAIR_RULE,
                    confidence=round(sc, 3),
                )
            )
    return out


def _report(docs: list[dict], extra: dict[str, list[dict]]) -> None:
    for name in ("A", "written", "dev"):
        ds = [d for d in docs if d["set"] == name]
        gold = {d["id"]: d["gold"] for d in ds}
        base = ev.score(gold, {d["id"]: d["pred"] for d in ds})
        plus = ev.score(
            gold,
            {
                d["id"]: dict(d["pred"], relations=d["pred"]["relations"] + extra.get(d["id"], []))
                for d in ds
            },
        )
        for lang in base.languages():
            row = []
            for typ in TYPES + ("relations", "entities"):
                b, p = base.counts(typ, lang), plus.counts(typ, lang)
                row.append(f"{typ[:9]:9} {_f(b)}->{_f(p)} (+tp {p.tp - b.tp}, +fp {p.fp - b.fp})")
            print(f"{name:8} {lang:4} | " + " | ".join(row))


def _f(c) -> str:
    return "  -  " if c.f1 is None else f"{100 * c.f1:5.1f}"


def _groups(docs: list[dict], joint: bool) -> dict[str, list[dict]]:
    """The documents of each model: one per language, or one for both (``joint``)."""
    if joint:
        return {"all": docs}
    return {
        lang: [d for d in docs if d["lang"] == lang] for lang in sorted({d["lang"] for d in docs})
    }


def measure(docs: list[dict], precision: float, k: int = 5, joint: bool = False) -> None:
    extra: dict[str, list[dict]] = {}
    for lang, group in _groups(docs, joint).items():
        folds = _folds(group, k)
        for f in range(k):
            w = fit([d for g in range(k) if g != f for d in folds[g]], precision)
            print(
                f"# {lang} fold {f}: thresholds "
                + ", ".join(f"{t} {w[f'@threshold|{t}']:.3f}" for t in TYPES),
                file=sys.stderr,
            )
            for d in folds[f]:
                extra[d["id"]] = added(w, d)
    _report(docs, extra)


def oracle(docs: list[dict]) -> None:
    """The ceiling: exactly the positive candidates added."""
    extra: dict[str, list[dict]] = {}
    w = {"@pos": 100.0, **{f"@threshold|{t}": 0.5 for t in TYPES}}
    for d in docs:
        pos = [i[:6] + (("@pos",),) for i, y in zip(d["inst"], d["y"], strict=True) if y]
        extra[d["id"]] = added(w, dict(d, inst=pos, y=[1] * len(pos)))
    _report(docs, extra)


def _stats(docs: list[dict]) -> None:
    for lang in sorted({d["lang"] for d in docs}):
        for typ in TYPES:
            ys = [
                y
                for d in docs
                if d["lang"] == lang
                for i, y in zip(d["inst"], d["y"], strict=True)
                if i[0] == typ
            ]
            print(f"# {lang} {typ}: {len(ys)} candidates, {sum(ys)} positive", file=sys.stderr)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--oracle", action="store_true", help="the ceiling: add the positives")
    ap.add_argument("--joint", action="store_true", help="one model for both languages")
    ap.add_argument(
        "--rule-pairs", action="store_true", help="train on the pairs the rules related too"
    )
    ap.add_argument("--precision", type=float, default=0.75)
    args = ap.parse_args()
    OPTIONS["rule_pairs"] = args.rule_pairs
    docs = collect()
    _stats(docs)
    if args.oracle:
        oracle(docs)
    else:
        measure(docs, args.precision, joint=args.joint)


if __name__ == "__main__":
    main()

"""MET_WITH: who met whom, from meeting verbs, meeting nouns with "with", and attendance.

Cue classes: ``meet`` / ``meet_with`` (a meeting verb; ``meet_with`` also takes a
coordinated subject alone: "X, Y and Z discussed …"), ``meet_noun`` ("a meeting
with X"), ``attend`` ("in the presence of X") and ``attend_subject`` ("X attended
the meeting"): an attendee joins the current meeting and meets its other side.
The sides of a meeting verb follow the language's word order:

* VSO: the subject after the verb, then the object(s) (those after a glued object
  marker first); a verb whose first party is an object marker's takes the topic
  as subject; a lone party meets the topic;
* SVO: the subject (group) before the verb meets the first group after it.

Only officials, delegations and missions meet; two agencies never do.
"""

from __future__ import annotations

from dataclasses import replace

from ..discourse import CueContext, Discourse, Frame, Outcome
from ..entities import Entities
from ..values import AGENCY, OFFICIAL, Part, PendingRelation
from ...schema import MET_WITH
from .registry import Registry, RelationType

__all__ = ["MET_WITH", "register", "first_group"]

MEETING_AGENCIES = ("delegation", "mission")  # agencies that can be a side of a meeting
RULES = {"met.verb": 0.85, "met.noun_with": 0.8, "met.attend": 0.7, "met.coordinated": 0.7, "met.call": 0.6}


def met(entities: Entities, a_side, b_side, sentence, rule: str) -> list[PendingRelation]:
    """A meets every B (not itself, never agency with agency, agencies only if they can meet)."""
    out = []
    for a in a_side:
        for b in b_side:
            if a.kind == b.kind and a.ref == b.ref:
                continue
            if a.kind == AGENCY and b.kind == AGENCY:
                continue
            if any(p.kind == AGENCY and entities.agencies[p.ref].kind not in MEETING_AGENCIES for p in (a, b)):
                continue
            out.append(PendingRelation(MET_WITH, a.endpoint, b.endpoint, sentence, rule))
    return out


def first_group(ctx: CueContext, parts) -> list[Part]:
    """Parts joined by commas or "and" from the first one."""
    if not parts:
        return []
    doc, conj = ctx.doc, ctx.article.words.conjunction
    out = [parts[0]]
    for p in parts[1:]:
        between = doc[out[-1].end:p.start]
        if any(not t.is_punct and t.norm_ not in conj for t in between):
            break
        out.append(p)
    return out


def _joined(ctx: CueContext, a: Part, b: Part) -> bool:
    between = ctx.doc[a.end:b.start]
    conj = ctx.article.words.conjunction
    return all(t.is_punct or t.norm_ in conj for t in between) or (len(between) <= 2 and any(t.norm_ in conj for t in between))


# ---------------------------------------------------------------- sides by word order
def _objects_vso(ctx: CueContext, first: Part, rest: tuple[Part, ...]) -> list[Part]:
    """The objects after the subject: from the first one after an object marker, joined to each other."""
    bi = [n for n, p in enumerate(rest) if p.after_bi]
    objs = rest[bi[0]:] if bi else rest
    objs = [p for p in objs if not (p.kind == AGENCY and p.ref == first.ref and first.kind == AGENCY)]
    grp = first_group(ctx, objs)
    for p in objs[len(grp):] if grp else ():
        if not _joined(ctx, grp[-1], p):
            break
        grp.append(p)
    return grp


def _sides_vso(ctx: CueContext, after: tuple[Part, ...], topic: Part | None) -> tuple[list[Part], list[Part]] | None:
    if not after:
        return None
    first, rest = after[0], after[1:]
    if first.after_bi and topic is not None:
        return [topic], first_group(ctx, after)
    grp = _objects_vso(ctx, first, rest) if rest else []
    if grp:
        return [first], grp
    if topic is not None and not (topic.kind == first.kind and topic.ref == first.ref):
        return [topic], [first]
    return None


def _sides_svo(ctx: CueContext, after: tuple[Part, ...], topic: Part | None) -> tuple[list[Part], list[Part]] | None:
    doc, before, conj = ctx.doc, ctx.before, ctx.article.words.conjunction
    subj: list[Part] = []
    if before:
        subj = [before[-1]]
        for p in reversed(before[:-1]):
            between = doc[p.end:subj[0].start].text.strip().strip(",").strip()
            if between in conj or between == "":
                subj.insert(0, p)
            else:
                break
    objs = first_group(ctx, after)
    if subj and objs:
        return subj, objs
    if len(subj) >= 2 and ctx.cue == "meet_with":
        return subj, []  # coordinated: "X, Y and Z discussed"
    return None


SIDES = {"VSO": _sides_vso, "SVO": _sides_svo}


def group_pairs(entities: Entities, group: list[Part]) -> list[tuple[Part, Part]]:
    """Who met whom in "X, Y and Z discussed …".

    People whose nationality the text gives, when it differs from the others',
    are the visiting side; the rest (nationality unstated or shared) are one
    side. Without that signal, everyone met everyone.
    """
    known = {id(p): entities.country_of(p, canonical_agencies=False) for p in group}
    distinct = {c for c in known.values() if c}
    if distinct and (len(distinct) > 1 or any(c is None for c in known.values())):
        return [(a, b) for n, a in enumerate(group) for b in group[n + 1:] if known[id(a)] != known[id(b)]]
    return [(a, b) for n, a in enumerate(group) for b in group[n + 1:]]


def other_side(entities: Entities, p: Part, frame: Frame) -> list[Part]:
    """The side of a meeting an attendee meets: the one not of the attendee's country."""
    mine = entities.country_of(p)
    a_side, b_side = frame
    if mine and any(entities.country_of(q) == mine for q in b_side) and not any(entities.country_of(q) == mine for q in a_side):
        return [q for q in a_side if not (q.kind == p.kind and entities.canon(q.ref) == entities.canon(p.ref))]
    return [q for q in b_side if not (q.kind == p.kind and q.ref == p.ref)]


# ---------------------------------------------------------------- handlers
def _meet(ctx: CueContext, state: Discourse) -> Outcome:
    s, ents = ctx.sentence.span, ctx.article.entities
    stop = next((c for c, ch in ctx.later_cues if ctx.article.registry.is_verb(ch.info[0])), s.end)
    after = ctx.parts_between(ctx.hit.end, stop)
    pair = SIDES[ctx.article.tg.P.word_order](ctx, after, state.topic)
    if not pair:
        return Outcome((), state)
    a_side, b_side = pair
    if not b_side:  # "X, Y and Z discussed …": pairs across the sides of the group
        rels = [r for x, y in group_pairs(ents, a_side) for r in met(ents, [x], [y], s, "met.coordinated")]
        a_side, b_side = a_side[:1], a_side[1:]
    else:
        rels = met(ents, a_side, b_side, s, "met.verb")
    subject = a_side[0] if a_side and a_side[0].kind == OFFICIAL else state.subject_here
    return Outcome(tuple(rels), replace(state, frame=(tuple(a_side), tuple(b_side)), subject_here=subject))


def _noun_subject(ctx: CueContext, w: int, state: Discourse) -> list[Part]:
    """Who held the meeting: a party between the noun and "with", the last official before, this sentence's speaker, the topic."""
    a_side = list(ctx.parts_between(ctx.hit.end, w)) or [p for p in ctx.before if p.kind == OFFICIAL][-1:]
    if a_side:
        return a_side
    sp = state.speaker if state.said_here else None
    return [sp] if sp else ([state.topic] if state.topic else [])


def _meet_noun(ctx: CueContext, state: Discourse) -> Outcome:
    """"talks with X": the party before "with" (or the subject, the speaker, the topic) meets X's group."""
    doc, h, s = ctx.doc, ctx.hit, ctx.sentence.span
    w = next((j for j in range(h.end, min(s.end, h.end + 8)) if doc[j].norm_ in ctx.article.words.comitative), None)
    if w is None:
        return Outcome((), state)
    b_side = first_group(ctx, [p for p in ctx.sentence.parts if w < p.start < ctx.next_cue])
    a_side = _noun_subject(ctx, w, state)
    if not (a_side and b_side):
        return Outcome((), state)
    rels = met(ctx.article.entities, a_side, b_side, s, "met.noun_with")
    subject = a_side[0] if a_side[0].kind == OFFICIAL else state.subject_here
    return Outcome(tuple(rels), replace(state, frame=(tuple(a_side), tuple(b_side)), subject_here=subject))


def _attend(ctx: CueContext, state: Discourse) -> Outcome:
    """"in the presence of X" / "X, who attended the meeting": X joins the current meeting."""
    if state.frame is None:
        return Outcome((), state)
    subject_first = ctx.cue == "attend_subject" and ctx.article.tg.P.word_order == "SVO"
    if subject_first:
        attendees = [p for p in ctx.before if p.kind == OFFICIAL][-1:]
    else:
        attendees = [p for p in ctx.after if p.kind == OFFICIAL][:2]
    ents = ctx.article.entities
    rels = [r for p in attendees for r in met(ents, [p], other_side(ents, p, state.frame), ctx.sentence.span, "met.attend")]
    return Outcome(tuple(rels), state)


def register(registry: Registry) -> None:
    registry.register_relation(RelationType(MET_WITH, rules=RULES))
    registry.register_cue("meet", _meet, relation=MET_WITH, verb=True)
    registry.register_cue("meet_with", _meet, relation=MET_WITH, verb=True)
    registry.register_cue("meet_noun", _meet_noun, relation=MET_WITH)
    registry.register_cue("attend", _attend, relation=MET_WITH)
    registry.register_cue("attend_subject", _attend, relation=MET_WITH)

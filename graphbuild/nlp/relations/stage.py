"""Stage 4 of extraction: relations, sentence by sentence, through the registry's cue handlers."""

from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Doc, Span

from ..discourse import (
    ArticleView,
    Discourse,
    SentenceView,
    cue_context,
    sort_officials_last_first,
)
from ..entities import Entities
from ..quotes import quote_regions
from ..tagger import Tagger
from ...schema import MEMBER_OF, MET_WITH, SAID
from ..values import AGENCY, OFFICIAL, PendingRelation, Ref
from .met_with import CALL, delegation_heads, side_event
from .said import quoted_readout
from .registry import CueHandler, Registry, SentenceHook

__all__ = ["find_relations"]


def _cue_starts(tg: Tagger) -> list[int]:
    """Where the article's cue hits start, in order."""
    return sorted(i for i, h in tg.hits.items() if h.start == i and h.kind == "cue")


def _sentence_view(
    art: ArticleView, si: int, s: Span, headline_end: int, starts: list[int]
) -> SentenceView:
    inside = quote_regions(art.doc, s)
    if inside and quoted_readout(art, s):
        inside = set()  # a readout quoted whole: its cues tell what happened
    lo, hi = bisect_left(starts, s.start), bisect_left(starts, s.end)
    parts = art.entities.parts.get(si, ())
    # a cue word inside an official's name is a name word ("Badr Al Said")
    named = {i for p in parts if p.kind == OFFICIAL for i in range(p.start, p.end)}
    cues = tuple(
        (k, art.tg.hits[k])
        for k in starts[lo:hi]
        if (k not in inside or art.registry.in_quote(art.tg.hits[k].info[0])) and k not in named
    )
    return SentenceView(si, s, parts, cues, s.start < headline_end)


def _sentence(
    art: ArticleView,
    view: SentenceView,
    state: Discourse,
    out: list[PendingRelation],
    hooks: tuple[SentenceHook, ...],
    handlers: dict[str, CueHandler],
) -> Discourse:
    """One sentence through the sentence hooks, then its cues' handlers (``hooks`` and
    ``handlers``: the registry's, read once per article)."""
    for hook in hooks:
        res = hook(art, view, state)
        if res is not None:
            out.extend(res.relations)
            state = res.state
            if res.done:  # the hook took the whole sentence
                return state
    opening = state = state.start_sentence(view.span)
    for ci in range(len(view.cues)):
        handler = handlers.get(view.cues[ci][1].info[0])
        if handler is None:
            continue
        res = handler.handle(cue_context(art, view, ci), state)
        out.extend(res.relations)
        state = res.state
    end = side_event(art, view, opening, state).end_sentence(view)
    if _quoted_on(art, view) or _members_listed(view):
        # words of a quotation opened in an earlier sentence ("X said: / "A. Minister Y and I
        # agreed …"" then "He added …"): the one it names is no subject a pronoun after carries
        return end.evolve(speaker=opening.speaker, topic=opening.topic)
    return end


def _members_listed(view: SentenceView) -> bool:
    """The sentence only lists a delegation's members ("wa-yadummu al-wafd X"): a member named is
    no subject a pronoun or a pro-drop verb after it carries."""
    return bool(view.cues) and all(h.info[0] == _COMPOSE for _k, h in view.cues)


_COMPOSE = "compose"  # member_of's cue class: "the delegation included X and Y"


def _quoted_on(art: ArticleView, view: SentenceView) -> bool:
    """The sentence, with no cue of its own, goes on with a quotation an earlier sentence opened:
    its first word is inside the marks, and no mark opens it."""
    s, texts = view.span, art.tg.texts
    if view.cues or view.in_headline or texts[s.start] in _MARKS:
        return False
    return s.start in quote_regions(art.doc, s)


_MARKS = frozenset({'"', "\u201c", "\u201d", "\u00ab", "\u00bb"})


def find_relations(
    doc: Doc,
    tg: Tagger,
    sents: list[Span],
    entities: Entities,
    headline_end: int,
    registry: Registry,
) -> tuple[PendingRelation, ...]:
    """Every relation the cue handlers find, in text order."""
    art = ArticleView(doc, tg, entities, registry, sort_officials_last_first(entities))
    state = Discourse()
    out: list[PendingRelation] = []
    starts = _cue_starts(tg)
    hooks, handlers = registry.sentence_hooks, dict(registry.handlers)
    for si, s in enumerate(sents):
        view = _sentence_view(art, si, s, headline_end, starts)
        state = _sentence(art, view, state, out, hooks, handlers)
    found = tuple(out) + _joint_appearance(art, out) + delegation_heads(art, out)
    return _not_own_delegation(art, found)


_DELEGATION = "delegation"
_LED = "member.lead"  # member_of's "a delegation headed by X" / "X led the delegation"


def _not_own_delegation(
    art: ArticleView, found: tuple[PendingRelation, ...]
) -> tuple[PendingRelation, ...]:
    """A member of a delegation (its head included) does not meet that delegation: one side of a
    meeting is not linked to itself ("the delegation, headed by X, later met Y": X and the
    delegation each meet Y, not each other)."""
    ents = art.entities
    own: set[tuple[int, int]] = set()
    for r in found:
        if r.type != MEMBER_OF or r.rule != _LED or r.source.kind != OFFICIAL:
            continue
        if r.target is None:
            continue
        if r.target.kind != AGENCY:
            continue
        ag, head = ents.acanon(int(r.target.key)), ents.canon(int(r.source.key))
        if ents.agencies[ag].kind == _DELEGATION and _named_in(art, head, r.evidence):
            own.add((head, ag))
    return tuple(r for r in found if not _within(ents, r, own))


def _named_in(art: ArticleView, official: int, s: Span) -> bool:
    """The official is named in the sentence: a mention there with a word of the name (not a
    title read as someone named elsewhere)."""
    ents = art.entities
    name = set(ents.officials[official].name.split())
    return any(
        p.kind == OFFICIAL
        and ents.canon(p.ref) == official
        and s.start <= p.start < s.end
        and any(t.text in name for t in art.doc[p.start : p.end])
        for parts in ents.parts.values()
        for p in parts
    )


def _within(ents: Entities, r: PendingRelation, own: set[tuple[int, int]]) -> bool:
    if r.type != MET_WITH or r.target is None:
        return False
    ends = {r.source.kind: r.source.key, r.target.kind: r.target.key}
    if set(ends) != {OFFICIAL, AGENCY}:
        return False
    return (ents.canon(int(ends[OFFICIAL])), ents.acanon(int(ends[AGENCY]))) in own


def _joint_appearance(
    art: ArticleView, found: list[PendingRelation]
) -> tuple[PendingRelation, ...]:
    """A transcript with speaker turns of two officials who are not of one known country (remarks
    before a meeting, a joint press conference) shows them together: each pair met, unless the
    article is about a call."""
    if any(h.kind == "cue" and h.info[0] == CALL for h in art.tg.hits.values()):
        return ()
    first: dict[Ref, Span] = {}
    for r in found:
        if r.type == SAID and r.rule == "said.turn" and r.source.kind == OFFICIAL:
            first.setdefault(r.source, r.evidence)
    ents = art.entities
    speakers = list(first)
    out = []
    for n, a in enumerate(speakers):
        for b in speakers[n + 1 :]:
            ca, cb = (ents.officials[ents.canon(int(x.key))].country for x in (a, b))
            if not (ca and ca == cb):  # not one side: the same known country
                out.append(PendingRelation(MET_WITH, a, b, first[b], "met.turns"))
    return tuple(out)

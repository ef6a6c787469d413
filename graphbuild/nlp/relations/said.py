"""SAID: who said what, from say verbs, "according to X," and "X said:" + the quotation that follows.

Cue classes: ``say`` (a verb of saying or stance), ``say_colon`` (a verb that
introduces a quotation after a colon), ``according`` ("according to X, …"). The
speaker is found by the language's word order:

* VSO: the party right after the verb (an honorific or "a statement by" may stand
  between), else the party right before it, the subject of the clause, the last
  speaker or the topic (pro-drop);
* SVO: the party (or coordinated group) right before the verb, or after a relative
  clause ("X, who attended the meeting, told …"); an inverted say verb may precede
  its speaker ("said X"); "he added" / "and said" carry the last speaker or topic.
  A trailing attribution takes the clause before the speaker ("…, the statement said").
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from ..discourse import ArticleView, CueContext, Discourse, Outcome, SentenceView
from ..quotes import clause_text, ends_with_colon, quote_after, quoted
from ..values import OFFICIAL, Part, PendingRelation
from ...schema import SAID
from .registry import Registry, RelationType

__all__ = ["SAID", "register"]

SAY, SAY_COLON, ACCORDING = "say", "say_colon", "according"
RULES = {"said.cue": 0.85, "said.carried": 0.75, "said.according": 0.7, "said.colon": 0.8}
_COMMAS = ("،", ",")


def said(sp: Part, quote: str, ctx_sentence, rule: str) -> PendingRelation:
    return PendingRelation(SAID, sp.endpoint, None, ctx_sentence, rule, quote)


# ---------------------------------------------------------------- speakers by word order
def _speakers_vso(ctx: CueContext, after: tuple[Part, ...], state: Discourse) -> list[Part]:
    doc, k, h, before = ctx.doc, ctx.k, ctx.hit, ctx.before
    # "said the minister", "said the ministry"; an honorific may stand between
    if after and after[0].start - h.end <= 1:
        return [after[0]]
    if after and after[0].start - h.end <= 3 and any(t.norm_ in ctx.article.words.statement_noun for t in doc[h.end:after[0].start]):
        return [after[0]]  # "a statement by the ministry said", "said a statement issued by the presidency"
    if before and k - before[-1].end <= 2:
        return [before[-1]]
    # the clause subject before a participle cue: "the minister visited Lebanon … stressing …"
    subj = [p for p in before if p.kind == OFFICIAL and not p.after_bi]
    if subj:
        return [subj[0]]
    if state.speaker is not None:
        return [state.speaker]
    return [state.topic] if state.topic else []


def _relative_clause(doc: Doc, start: int, end: int, relative: frozenset[str]) -> bool:
    """Tokens start..end are ", who/which … ," (a relative clause between subject and verb)."""
    toks = [t.text for t in doc[start:end]]
    return len(toks) >= 3 and toks[0] == "," and toks[1].lower() in relative and toks[-1] == ","


def _subject_group(ctx: CueContext) -> list[Part]:
    """The party right before the verb and those coordinated with it ("The Secretary and Foreign Minister affirmed")."""
    doc, before, words = ctx.doc, ctx.before, ctx.article.words
    group = [before[-1]]
    for p in reversed(before[:-1]):
        between = doc[p.end:group[0].start].text.strip().strip(",")
        if between in words.conjunction or (between == "" and p.kind == group[0].kind == OFFICIAL):
            group.insert(0, p)
        else:
            break
    return group


def _speakers_svo(ctx: CueContext, after: tuple[Part, ...], state: Discourse) -> list[Part]:
    doc, k, h, before, words = ctx.doc, ctx.k, ctx.hit, ctx.before, ctx.article.words
    if before and (k - before[-1].end <= 3 or _relative_clause(doc, before[-1].end, k, words.relative)):
        return _subject_group(ctx)
    if after and after[0].start - h.end <= 1 and h.key in words.inverted_say:
        return [after[0]]
    # "he added", "and said"
    prev = doc[k - 1] if k > 0 else None
    carried = state.speaker or state.topic
    if prev is not None and (prev.norm_ in words.pronoun or prev.norm_ in words.conjunction) and carried:
        return [carried]
    return []


SPEAKERS = {"VSO": _speakers_vso, "SVO": _speakers_svo}


# ---------------------------------------------------------------- say
def _quote_bounds(ctx: CueContext, state: Discourse) -> tuple[int | None, int]:
    """(the reporting complementiser after the verb, the next say cue that starts a statement of its own)."""
    doc, h, s = ctx.doc, ctx.hit, ctx.sentence.span
    comp = next((j for j in range(h.end, min(s.end, h.end + 12)) if doc[j].norm_ in ctx.article.words.reporting_complementiser), None)
    next_cue = next((c for c, ch in ctx.later_cues if ch.info[0] in (SAY, ACCORDING) and c - h.end > 2
                     and not (comp is not None and c > comp)), s.end)
    return comp, next_cue


def _trailing_attribution(ctx: CueContext, sp: Part, quote: str | None) -> str | None:
    """"The leaders stressed X, the statement said." — the clause before the speaker (SVO)."""
    doc, s = ctx.doc, ctx.sentence.span
    if (quote and quote.split()[0] not in ctx.article.words.circumstance) or sp.start - s.start <= 4:
        return quote
    lead = doc[s.start:sp.start]
    if lead[-1:].text in (",",) or lead[-2:-1].text == ",":
        return clause_text(doc, s.start, sp.start).rstrip(" ,") or quote
    return quote


def _statement(ctx: CueContext, sp_list: list[Part], after: tuple[Part, ...], next_cue: int) -> tuple[str | None, int]:
    """What was said after the cue (or in a quotation before the speaker), and where it starts."""
    doc, k, s = ctx.doc, ctx.k, ctx.sentence.span
    q_start = ctx.hit.end
    for p in after:
        if p in sp_list:
            q_start = max(q_start, p.end)
    quote = quote_after(doc, q_start, next_cue if next_cue < s.end else s.end, s.end, ctx.article.words)
    pre = quoted(doc, s.start, min([k] + [p.start for p in sp_list if p.start < k])) if ctx.index == 0 else None
    if pre and not quoted(doc, q_start, s.end):
        # the quotation comes first: '"We are ready," the minister told reporters.'
        quote = pre
    return quote, q_start


def _quotation_follows(ctx: CueContext, quote: str | None, q_start: int) -> bool:
    """"X said:" at the end of the sentence: the quotation is the next sentence."""
    doc, s = ctx.doc, ctx.sentence.span
    if quote and not (s.end - q_start <= 2 and doc[s.end - 1].text == ":") and ctx.cue != SAY_COLON:
        return False
    return ends_with_colon(doc, s)


def _say(ctx: CueContext, state: Discourse) -> Outcome:
    if ctx.sentence.in_headline or (ctx.cue == SAY and ctx.k > state.reported_from):
        return Outcome((), state)
    s = ctx.sentence.span
    profile = ctx.article.tg.P
    comp, next_cue = _quote_bounds(ctx, state)
    if comp is not None:
        state = replace(state, reported_from=comp)
    after = ctx.parts_between(ctx.hit.end, next_cue)
    sp_list = SPEAKERS[profile.word_order](ctx, after, state)
    if not sp_list:
        return Outcome((), state)
    quote, q_start = _statement(ctx, sp_list, after, next_cue)
    if _quotation_follows(ctx, quote, q_start):
        return Outcome((), replace(state, pending_colon=(sp_list[0], s), speaker=sp_list[0], said_here=True))
    if profile.word_order == "SVO":
        quote = _trailing_attribution(ctx, sp_list[0], quote)
    if not quote:
        return Outcome((), state)
    near = ctx.before + after
    rule = "said.cue" if near and any(p in near for p in sp_list) else "said.carried"
    rels = tuple(said(sp, quote, s, rule) for sp in sp_list)
    topic = sp_list[0] if sp_list[0].kind == OFFICIAL else state.topic
    return Outcome(rels, replace(state, speaker=sp_list[0], topic=topic, said_here=True))


# ---------------------------------------------------------------- according to
def _according_source(ctx: CueContext, comma: int, state: Discourse) -> Part | None:
    """The party named between "according to" and the comma, or the last speaker after a possessive ("according to him")."""
    inside = ctx.parts_between(ctx.hit.end, comma)
    if inside:
        return inside[0]
    words = ctx.article.words
    possessive = any(t.norm_ in words.possessive or (t.text.endswith(tuple(words.possessive_suffix)) and len(t.text) > 3)
                     for t in ctx.doc[ctx.hit.end:comma])
    return (state.speaker or state.topic) if possessive else None


def _according(ctx: CueContext, state: Discourse) -> Outcome:
    doc, k, h, s = ctx.doc, ctx.k, ctx.hit, ctx.sentence.span
    if ctx.sentence.in_headline or k > state.reported_from or k - s.start > 2 or state.said_here:
        return Outcome((), state)  # a trailing "as he put it" belongs to the statement already taken
    comma = next((j for j in range(h.end, s.end) if doc[j].text in _COMMAS), None)
    if comma is None:
        return Outcome((), state)
    sp = _according_source(ctx, comma, state)
    quote = clause_text(doc, comma + 1, s.end) if sp is not None else ""
    if not quote:
        return Outcome((), state)
    return Outcome((said(sp, quote, s, "said.according"),), replace(state, speaker=sp, said_here=True))


# ---------------------------------------------------------------- "X said:" + the next sentence
def _colon_quotation(art: ArticleView, view: SentenceView, state: Discourse) -> Outcome | None:
    """The sentence after "X said:" is X's statement, unless it has a say cue of its own."""
    if state.pending_colon is None:
        return None
    sp, _ev = state.pending_colon
    state = replace(state, pending_colon=None)
    if view.cues and any(h.info[0] in (SAY, ACCORDING) for _, h in view.cues):
        return Outcome((), state)
    s = view.span
    quote = quoted(art.doc, s.start, s.end) or clause_text(art.doc, s.start, s.end)
    return Outcome((said(sp, quote, s, "said.colon"),), state, done=True)


def register(registry: Registry) -> None:
    registry.register_relation(RelationType(SAID, rules=RULES, mentions=True))
    registry.register_cue(SAY, _say, relation=SAID, verb=True)
    registry.register_cue(SAY_COLON, _say, relation=SAID, verb=True)
    registry.register_cue(ACCORDING, _according, relation=SAID, verb=True)
    registry.register_sentence_hook(_colon_quotation)

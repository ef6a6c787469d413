"""MET_WITH: who met whom, from meeting verbs, meeting nouns with "with", and attendance.

Cue classes: ``meet`` / ``meet_with`` (a meeting verb; ``meet_with`` also takes a
coordinated subject alone: "X, Y and Z discussed …"), ``meet_noun`` ("a meeting
with X"), ``attend`` ("in the presence of X", "attended by X") and
``attend_subject`` ("X attended the meeting"): an attendee joins the current
meeting and meets its other side; ``escort`` ("A and B accompanied the Minister in the
meetings") and a passive "was accompanied by" closing a visit: the escort meets the other
side of each meeting of the one escorted. ``meet_press`` (a joint press conference): "with
X", or the parties coordinated right before it meet each other. ``call`` (a phone
or video call) opens a frame in which no one met: "the two ministers stressed"
after it still names both sides, but attendance and meeting verbs in it give no
MET_WITH (``speak_with``, a readout's "X spoke with Y", is one too). A meeting verb
after a future or planning word ("will meet", "is scheduled to meet") is no meeting.
The sides of a meeting verb follow the language's word order:

* VSO: the subject after the verb, then the object(s) (those after a glued object
  marker first); a verb whose first party is an object marker's takes the topic
  as subject; a lone party meets the topic; a party right before the verb is its
  subject (the subject-first order that follows a complementiser or a particle);
* SVO: the subject (group) before the verb meets the first group after it; a
  coordinated subject with no object ("X and Y met") meets itself pairwise.

Only officials, delegations and missions meet; two agencies never do. Other
agencies (a ministry named in a title) are skipped when the sides are read.
"""

from __future__ import annotations

from dataclasses import replace

from ...schema import MEMBER_OF, MET_WITH, SAID
from ..discourse import (
    ArticleView,
    CueContext,
    Discourse,
    Frame,
    Outcome,
    SentenceView,
    cue_context,
)
from ..entities import COUNTERPART, Entities
from ..names import VISIT_CUE, word_or_glued_and
from ..quotes import quote_regions
from ..tagger import Hit, Tagger, doc_text
from ..values import AGENCY, COUNTRY, OFFICIAL, Part, PendingRelation, Ref
from .registry import Registry, RelationType
from .said import (
    SAY_CALL_ON,
    GUEST,
    accompanying,
    guest_at,
    SAY_COLON,
    belongs,
    holder,
    mention_end,
    of_pronoun_gender,
    plural_side,
    restyled,
    role_holders,
    unnamed_after,
    unnamed_before,
)

__all__ = ["MET_WITH", "register", "first_group", "can_meet"]

DELEGATION = "delegation"
_GUEST = GUEST
MEETING_AGENCIES = (DELEGATION, "mission")  # agencies that can be a side of a meeting
LEAD = "lead"  # "headed by" (a marker class of member_of)
LEAD_CLAUSE = "lead_clause"  # "at the head of a delegation" (a cue class of member_of)
_HEAD_GAP = 2  # an honorific or a title word between "headed by" and the head
_BARE_DELEGATION_SPAN = 24  # how far before "headed by" a bare delegation noun may stand
_CHAIR_TITLE = 12  # "chaired by <a title of at most this many words> X"
RULES = {
    "met.verb": 0.85,
    "met.noun_with": 0.8,
    "met.attend": 0.7,
    "met.coordinated": 0.7,
    "met.call": 0.6,
    "met.heads": 0.7,
}
CALL = "call"
MESSAGE = "message"  # "a letter from X": X sent it (cue class; "delivered by Y": class deliver)
_MESSAGE_GAP = 3  # at most this many words between a receiving verb and the message noun
# "X spoke with Y": a readout's word for a call (no in-person meeting is stated); a frame like a
# call, but unlike a call word it does not make the whole article one ("spoke with reporters")
SPEAK_WITH = "speak_with"
MEET_WITH = "meet_with"  # a verb of discussing: "discussed", "held talks"
# "X and Y signed an agreement": the signers named together before the verb meet; one subject
# signing something with others named after it ("signed into law a bill sponsored by Z") meets none
MEET_SIGNED = "meet_signed"
HONORIFIC = "honorific"  # a title class: "al-sayyid", "Mr"
# a visit verb: "X visited Y" meets, "zara X al-kulliyya" does not (the names rules read the class
# too: a capital after a visit verb is the destination, no family name)
VISIT = VISIT_CUE
_FUTURE_BEFORE, _FUTURE_AFTER = 3, 2  # how far a future word stands from the verb
_BANQUET_GAP = 4  # "a dinner in honour of": the meal word this close before the cue
_FUTURE_CLAUSE = 12  # how far "tomorrow" may stand after the verb in its clause
_PRESS_GAP = 3  # at most this many words between the last party and "press conference"
_VIRTUAL_SPAN = 6  # a call word this close after a meeting word makes the meeting a call
_CALL_LEAD = 3  # words before a call word read for "during a" / "a day after a"
_TAKE_PART_GAP = (
    10  # "took part in (a/the ministerial) meeting", "sharaka X fi ijtima'": the noun this close
)
_APPOSITION = 16  # at most this many tokens in an apposition between a party and its joiner
_CIRCUMSTANCE = 7  # "in Cairo on Sunday": at most this many tokens between a group and its comma
_COMMAS_MET = (",", "\u060c")  # the Latin and the Arabic comma
MEET_NOUN_OBJ = "meet_noun_obj"  # "paid a courtesy call on X": a meeting noun with its own verb
_VENUE_GAP = 6  # words of a place phrase between a meeting noun and its object
_SIDE_GAP = 4  # words from "and the side" to its chair (its nisba, a style)
_BYLINE_SENTENCES = 3  # the top sentences where a release names its author
_GROUP_BACK = 6  # sentences back to the group a plural anaphor names
_AFTER_COMMA = 6  # "with X, Secretary of State Y said": at most a title between the comma and Y


# a parliamentary committee meets as a body ("the delegation held a meeting with the Committee on
# Trade", "the Committee received the delegation"): a side of a meeting, even facing a delegation
_COMMITTEE = "committee"
_DISTRIBUTIVE = 6  # at most this many tokens in "each separately"


def can_meet(entities: Entities, p: Part) -> bool:
    """An official, a delegation or a mission."""
    return p.kind == OFFICIAL or p.represented or entities.agencies[p.ref].kind in MEETING_AGENCIES


def _committee(entities: Entities, p: Part) -> bool:
    return p.kind == AGENCY and not p.represented and entities.agencies[p.ref].kind == _COMMITTEE


def _bodies_meet(entities: Entities, a: Part, b: Part) -> bool:
    """Two agencies meet only as a delegation and a committee."""
    kinds = {entities.agencies[a.ref].kind, entities.agencies[b.ref].kind}
    return kinds == {DELEGATION, _COMMITTEE}


def met(entities: Entities, a_side, b_side, sentence, rule: str) -> list[PendingRelation]:
    """A meets every B (not itself, never agency with agency, agencies only if they can meet)."""
    out = []
    for a in a_side:
        for b in b_side:
            if a.kind == b.kind and a.ref == b.ref:
                continue
            if a.kind == AGENCY and b.kind == AGENCY:
                if _bodies_meet(entities, a, b):
                    out.append(PendingRelation(MET_WITH, a.endpoint, b.endpoint, sentence, rule))
                continue
            if _committee(entities, a) or _committee(entities, b):
                continue  # a committee meets a delegation only
            if not (can_meet(entities, a) and can_meet(entities, b)):
                continue
            out.append(PendingRelation(MET_WITH, a.endpoint, b.endpoint, sentence, rule))
    return out


def first_group(ctx: CueContext, parts) -> list[Part]:
    """Parts joined by commas or "and" from the first one ("X and his accompanying delegation")."""
    if not parts:
        return []
    doc, words = ctx.doc, ctx.article.words
    joins = words.conjunction | words.possessive
    out = [parts[0]]
    for p in parts[1:]:
        between = doc[_past_bracket(ctx, mention_end(ctx, out[-1])) : _body_before(ctx, p)]
        rest = [
            t
            for t in between
            if not t.is_punct and t.norm_ not in joins and not _honorific(ctx, t.i)
        ]
        if _sender_after(ctx, mention_end(ctx, out[-1]), p.start) or _envoy_of_next(ctx, out[-1]):
            break
        if _apposed_subject(ctx, p):
            break
        if (
            rest
            and not _and_with(ctx, between, rest)
            and not _guest_word(ctx, rest)
            and not _title_words(ctx, between, rest)
            and not _article_title(ctx, between, rest)
            and not _after_circumstance(ctx, between)
            and not _apposed_post(ctx, between)
            and not _members_join(ctx, between, rest, p)
            and not _posted_phrase(ctx, between, rest)
            and not (p.represented and _body_joined_before(ctx, p) is not None)
        ):
            break
        out.append(p)
    return out


def _apposed_subject(ctx: CueContext, p: Part) -> bool:
    """ "X met A, and the Minister of Y, B, later welcomed the talks": a name set off by commas
    after its title, then (past at most one lower-case word) a verb cue of its own, is the subject
    of a new clause, not one more party of the list (a meeting noun there is no clause)."""
    tg, s = ctx.article.tg, ctx.sentence.span
    if not any(tg.texts[i] in _COMMAS_MET for i in range(max(p.start - 1, 0), p.end)):
        return False
    j = mention_end(ctx, p)
    if j >= s.end or tg.texts[j] not in _COMMAS_MET:
        return False
    starts = {c for c, ch in ctx.sentence.cues if ctx.article.registry.is_verb(ch.info[0])}
    j += 1
    inf = ctx.article.words.infinitive_complementiser  # "…, B, to discuss": a purpose, no clause
    if j + 1 < s.end and j not in starts and _adverb(tg, j) and tg.norms[j] not in inf:
        j += 1
    return j in starts


def _past_bracket(ctx: CueContext, end: int) -> int:
    """ "A, <title> of <body> (<ABBR>); B, <title> …": a body's abbreviation in brackets right after
    an official's mention (its title's body) belongs to that mention: the list goes on after it."""
    tg, s, doc = ctx.article.tg, ctx.sentence.span, ctx.doc
    if end + 2 >= s.end or not doc[end].is_bracket or not doc[end + 2].is_bracket:
        return end
    h = tg.hits.get(end + 1)
    if h is None or h.kind != "agency" or h.start != end + 1 or h.end != end + 2:
        return end
    return end + 3


def _posted_phrase(ctx: CueContext, between, rest) -> bool:
    """ "X safir A lada al-dawla, wa-(sa'adat) Y": the post of X's title closes with the
    preposition of the post and one definite word or a country (the host state), then "and" the
    next party; nothing else between."""
    tg, words = ctx.article.tg, ctx.article.words
    if not 2 <= len(rest) <= 3 or rest[0].norm_ not in words.posted_to:
        return False
    if not all(
        tg.kind(t.i) == "country" or tg.is_def(t.i) or t.norm_ in words.article for t in rest[1:]
    ):
        return False
    conj = [t.i for t in between if t.norm_ in words.conjunction]
    return bool(conj) and conj[-1] > rest[-1].i and tg.texts[conj[-1] - 1] in _COMMAS_MET


def _members_join(ctx: CueContext, between, rest, p: Part) -> bool:
    """ "met X(, <his title>,) and (with) (the) members of the Y Friendship Group": after "and",
    only a representatives word and its links before the body, which meets through its members."""
    tg, words = ctx.article.tg, ctx.article.words
    links = words.comitative | words.article | words.genitive
    conj = [n for n, t in enumerate(between) if t.norm_ in words.conjunction]
    if not p.represented or not conj or _clause_verb_at(ctx, p.end):
        return False
    title, tail = between[: conj[-1]], between[conj[-1] + 1 :]
    return (
        any(t.norm_ in words.representatives for t in tail)
        and all(t.norm_ in links or t.norm_ in words.representatives for t in tail)
        and all(
            t.is_punct
            or t.norm_ in links
            or tg.kind(t.i) in ("title", "agency", "country")
            or (tg.P.cased and t.text[:1].isupper())
            for t in title
        )
    )


def _clause_verb_at(ctx: CueContext, i: int) -> bool:
    """A verb of its own right after the body ("and members of the committee attended the
    meeting"): the members are the subject of a new clause, no party of the group before."""
    return any(
        ch.start == i and ctx.article.registry.opens_clause(ch.info[0])
        for _c, ch in ctx.sentence.cues
    )


def _apposed_post(ctx: CueContext, between) -> bool:
    """ "co-chaired by X, Minister of Foreign Affairs of the Republic of Y, and Z": the first
    party's post set off by commas (title, body and country words only), then "and"."""
    tg, words = ctx.article.tg, ctx.article.words
    toks = [t.i for t in between]
    if len(toks) < 4 or {tg.texts[toks[0]], tg.texts[toks[-2]]} - set(_COMMAS_MET):
        return False
    inner = toks[1:-2]
    return (
        tg.norms[toks[-1]] in words.conjunction
        and len(inner) <= _APPOSITION
        and tg.kind(inner[0]) == "title"
        and all(
            tg.kind(i) in ("title", "agency", "country")
            or tg.norms[i] in words.genitive | words.article | words.conjunction
            or (tg.P.cased and tg.is_alpha[i] and tg.texts[i][:1].isupper())  # its portfolio
            for i in inner
        )
    )


def _sender_after(ctx: CueContext, start: int, end: int) -> bool:
    """ "received X, (special) envoy of President Y, who delivered a message": an apposition that
    makes the party before the envoy of the next one, a person named by a title; the sender is not
    met (FORMAT)."""
    tg, words = ctx.article.tg, ctx.article.words
    last = ctx.sentence.span.end - 1  # the title may open the next party's own mention
    if not words.envoy_of or start >= min(end, last) or tg.texts[start] not in _COMMAS_MET:
        return False
    j = start + 1
    while j < last and tg.norms[j] in words.article:
        j += 1
    h = tg.hits.get(j)
    return (
        h is not None
        and h.start == j
        and h.kind == "title"
        and h.end < last
        and any(n in words.envoy_of for n in tg.norms[h.start : h.end])
        and tg.norms[h.end] in words.genitive
        and _title_at(ctx, h.end + 1)  # "envoy of Senegal to the AU, Y" is Y's own post
    )


def _envoy_of_next(ctx: CueContext, p: Part) -> bool:
    """ "X, al-mab'uth al-khass li-fakhamat al-ra'is Y": the party's own mention closes with its
    envoy title and the genitive particle: the one named next is the sender, not met (FORMAT)."""
    tg, words = ctx.article.tg, ctx.article.words
    end = mention_end(ctx, p)
    return (
        end - 1 > p.start
        and tg.norms[end - 1] in words.genitive
        and any(n in words.envoy_of for n in tg.norms[p.start : end])
    )


def _title_at(ctx: CueContext, j: int) -> bool:
    """A title opens at token ``j``, after an article ("the President", "President")."""
    tg, words, last = ctx.article.tg, ctx.article.words, ctx.sentence.span.end
    while j < last and tg.norms[j] in words.article:
        j += 1
    h = tg.hits.get(j) if j < last else None
    return h is not None and h.start == j and h.kind == "title"


def _honorific(ctx: CueContext, k: int) -> bool:
    """Token ``k`` is an honorific ("HE", "His Excellency") opening the next party's title."""
    h = ctx.article.tg.hits.get(k)
    return h is not None and h.kind == "title" and h.info[0] == "honorific"


def _article_title(ctx: CueContext, between, rest) -> bool:
    """ "X and the Minister of Interior, Y", "X and the UN Special Representative, Y": after "and"
    only the article of the title (or the body before it) the next party opens with; a country's
    adjective may stand between the article and the title ("X, and the Peruvian Minister, Z")."""
    tg, words = ctx.article.tg, ctx.article.words
    end = between.end if len(between) else between.start
    if len(rest) == 2 and rest[0].norm_ in words.article and _title_adjective(ctx, rest[1]):
        rest = rest[:1]  # "A, and the new Ambassador of X, B": an adjective of the title
    h = tg.hits.get(end)
    if h is not None and h.kind == "country" and h.start == end:
        end = h.end
    return (
        any(t.norm_ in words.conjunction for t in between)
        and all(t.norm_ in words.article for t in rest)
        and end < len(tg.norms)
        and tg.kind(end) in ("title", "agency")
    )


def _title_adjective(ctx: CueContext, t) -> bool:
    """A lower-case word between the article and a title in a cased language ("the new
    Ambassador", "the outgoing Minister"): an adjective of that title, no verb (no cue at it)."""
    tg = ctx.article.tg
    return (
        tg.P.cased
        and t.is_alpha
        and t.text.islower()
        and tg.kind(t.i) is None
        and t.norm_ not in ctx.article.words.conjunction | ctx.article.words.comitative
        and not any(ch.start <= t.i < ch.end for _c, ch in ctx.sentence.cues)
    )


def _guest_word(ctx: CueContext, rest) -> bool:
    """ "li-l-ra'is al-dayf wa-l-wafd al-murafiq lahu": only "the guest" (a role word) after the
    party, before "and" and the next."""
    tg = ctx.article.tg
    return all(
        (h := tg.hits.get(t.i)) is not None and h.kind == "title" and h.info[2] == _GUEST
        for t in rest
    )


def _title_words(ctx: CueContext, between, rest) -> bool:
    """ "X and National Security Advisor Y": after "and", only capitalised words the title lexicon
    does not hold (a cased language; no place or body among them); "X and Zanzibar's Minister
    for Y, Z": a possessive marker after one of them (the possessor of the title)."""
    tg, words = ctx.article.tg, ctx.article.words
    inside = {t.i for t in rest}
    return (
        tg.P.cased
        and any(t.norm_ in words.conjunction for t in between)
        and len(rest) <= _PRESS_GAP
        and all(
            (t.is_alpha and t.text[:1].isupper() and tg.kind(t.i) in (None, "title"))
            or (t.norm_ in words.possessive_marker and t.i - 1 in inside)
            for t in rest
        )
    )


def _after_circumstance(ctx: CueContext, between) -> bool:
    """ "met X in Cairo and (President) Y", "met with X on Monday and with Y on Tuesday": the place
    or time of the first meeting, then "and" (and "with" again, or an untagged title)."""
    tg, words = ctx.article.tg, ctx.article.words
    toks = [t for t in between if not t.is_punct]
    c = next((n for n, t in enumerate(toks) if t.norm_ in words.conjunction), None)
    if c is None or c < 2 or c > _CIRCUMSTANCE:
        return False
    if toks[0].norm_ not in words.circumstance and toks[0].norm_ not in words.venue_prep:
        return False
    # "at the Ministry of Defence": a body as the venue, all its words
    venue = {i for p in ctx.sentence.parts if p.kind != OFFICIAL for i in range(p.start, p.end)}
    place_or_time = all(  # "in Cairo", "on 4 May", "to the UAE" (an ambassador's post)
        tg.kind(t.i) == "country"
        or t.i in venue
        or t.like_num
        or (tg.P.cased and t.text[:1].isupper())
        or (n == 1 and t.norm_ in words.article)
        for n, t in enumerate(toks[:c])
        if n > 0
    )
    tail = toks[c + 1 :]
    if len(tail) > 1 and tail[0].norm_ in words.comitative and tail[-1].norm_ in words.article:
        tail = tail[:-1]  # "and with the Chief Executive of …, Y": the article of Y's title
    return (
        place_or_time
        and len(tail) <= _PRESS_GAP
        and all(
            t.norm_ in words.comitative
            or (tg.P.cased and t.is_alpha and t.text[:1].isupper() and tg.kind(t.i) is None)
            for t in tail
        )
    )


def _and_with(ctx: CueContext, between, rest) -> bool:
    """ "met A and (later) with B", "iltaqa A wa-ma'a B", "was received by A and by B": "and" then
    "with" (or the agent's "by") again, an adverb at most between; or "and" then an adverb of order
    alone ("met A and then B"): B is one more party of the same verb."""
    words = ctx.article.words
    if len(rest) > 1 and rest[-1].norm_ in words.article:
        rest = rest[:-1]  # "and with the Chairperson of …, X"
    if not any(t.norm_ in words.conjunction for t in between):
        return False
    if len(rest) == 1 and rest[0].norm_ in words.then and rest[0].i > between[0].i:
        return any(t.norm_ in words.conjunction and t.i < rest[0].i for t in between)
    return (
        rest[-1].norm_ in words.comitative | words.agentive
        and len(rest) <= 2
        and all(ctx.article.tg.kind(t.i) is None for t in rest[:-1])
    )


def _body_before(ctx: CueContext, p: Part) -> int:
    """Where an official's part starts, or the body right before its title ("A and Presidential
    Council head B"): that body is B's, no party of its own; or where the chamber starts whose
    name runs on into a represented body's ("members of the Senate Foreign Relations Committee")."""
    if p.kind != OFFICIAL and not p.represented:
        return p.start
    body = next(
        (
            q
            for q in ctx.sentence.parts
            if q.kind == AGENCY
            and q.start < p.start
            and (q.end == p.start or (p.represented and _runs_on(ctx, q.end, p.start)))
        ),
        None,
    )
    return body.start if body is not None else p.start


def _joined(ctx: CueContext, a: Part, b: Part) -> bool:
    between = ctx.doc[mention_end(ctx, a) : b.start]
    conj = ctx.article.words.conjunction
    return all(t.is_punct or t.norm_ in conj for t in between) or (
        len(between) <= 2 and any(t.norm_ in conj for t in between)
    )


def _same(a: Part, b: Part) -> bool:
    return a.kind == b.kind and a.ref == b.ref


def _heads(ctx: CueContext) -> frozenset[int]:
    """Where the heads of delegations start: "a delegation headed by X" meets as the delegation, not
    X."""
    return _heads_among(ctx, ctx.sentence.parts, [ch for _c, ch in ctx.sentence.cues])


def _heads_among(ctx: CueContext, parts, cues) -> frozenset[int]:
    """Where the heads of delegations start among ``parts`` (a sentence's) by its ``cues``."""
    ents = ctx.article.entities
    out: set[int] = set()
    for ch in cues:
        if ch.info[0] != LEAD:
            continue
        if not any(
            p.kind == AGENCY and ents.agencies[p.ref].kind == DELEGATION and p.end <= ch.start
            for p in parts
        ) and not _bare_delegation_before(ctx, parts, ch.start):
            continue
        out.update(
            p.start for p in parts if p.kind == OFFICIAL and ch.end <= p.start <= ch.end + _HEAD_GAP
        )
        out.update(_possessed_head(ctx, parts, ch.end))
    return frozenset(out)


def _possessed_head(ctx: CueContext, parts, lead_end: int) -> list[int]:
    """ "headed by the <body>'s <title>, X": a title owned by the delegation's body (a possessive
    marker after the body's noun) before the first official after "headed by"; that official is
    the head (a title the body owns names the post its holder has in that body)."""
    tg, words = ctx.article.tg, ctx.article.words
    first = next((p for p in parts if p.start >= lead_end and p.kind == OFFICIAL), None)
    if first is None or _words_between(ctx, lead_end, first.start) > _HEAD_GAP + 4:
        return []
    gap = range(lead_end, first.start)
    return [first.start] if any(tg.norms[j] in words.possessive_marker for j in gap) else []


def _bare_delegation_before(ctx: CueContext, parts, lead: int) -> bool:
    """ "hosted a delegation from <country or body>, led by Z": a delegation noun that is no party
    of its own (its body after it is), before "led by" with only bodies, countries, function
    words, punctuation and abbreviations between: Z heads that delegation."""
    tg = ctx.article.tg
    bodies = {i for p in parts if p.kind == AGENCY for i in range(p.start, p.end)}
    lo = max(
        min((p.start for p in parts), default=lead),
        lead - _BARE_DELEGATION_SPAN,
        ctx.sentence.span.start,
    )
    for j in range(lead - 1, lo - 1, -1):
        h = tg.hits.get(j)
        if h is not None and h.kind == "agency" and h.info[0] in MEETING_AGENCIES:
            return j not in bodies
        if j in bodies or tg.is_punct[j] or tg.norms[j] in tg.P.stop_words:
            continue
        if (h is not None and h.kind in ("agency", "country")) or tg.texts[j].isupper():
            continue  # a country, or a body's abbreviation in brackets after its name
        return False
    return False


def _meeting_parts(ctx: CueContext, parts) -> tuple[Part, ...]:
    heads = _heads(ctx)
    parts = _whole_bodies(ctx, [_represented(ctx, p) for p in parts])
    ents = ctx.article.entities
    return tuple(
        p
        for p in parts
        if (
            can_meet(ents, p)
            or (_committee(ents, p) and (_after_comitative(ctx, p) or _subject_committee(ctx, p)))
        )
        and p.start not in heads
    )


def _subject_committee(ctx: CueContext, p: Part) -> bool:
    """ "The Standing Committee on X (SCX) this morning held a meeting with a delegation …" (SVO):
    a committee named first in its sentence, before the cue, is the meeting's subject side (it
    meets a delegation only: ``met``). VSO: a committee right after the verb is its subject
    ("iltaqat lajnat X al-wafd")."""
    if ctx.article.tg.P.word_order != "SVO":
        return p.start == ctx.hit.end or p in _verb_committee_subject(ctx)
    if p.end > ctx.k:
        return False
    return not any(q.start < p.start for q in ctx.sentence.parts)


def _after_comitative(ctx: CueContext, p: Part) -> bool:
    """ "a meeting with (the) Committee on X": the party right after "with", an article between."""
    norms, words, i = ctx.article.tg.norms, ctx.article.words, p.start - 1
    if i > ctx.sentence.span.start and norms[i] in words.article:
        i -= 1
    return i >= ctx.sentence.span.start and norms[i] in words.comitative


def _whole_bodies(ctx: CueContext, parts: list[Part]) -> list[Part]:
    """ "members of the Senate ('s) Foreign Relations Committee": a represented body whose name
    runs on into a body of its own is that body's chamber; the whole body is represented."""
    out = list(parts)
    for n, p in enumerate(parts[:-1]):
        q = parts[n + 1]
        if p.represented and q.kind == AGENCY and _runs_on(ctx, p.end, q.start):
            out[n], out[n + 1] = replace(p, represented=False), replace(q, represented=True)
    return out


def _runs_on(ctx: CueContext, end: int, start: int) -> bool:
    """Nothing between two body names but a possessive marker."""
    texts = ctx.article.tg.texts
    return start == end or (start == end + 1 and texts[end] in ctx.article.words.possessive_marker)


def _represented(ctx: CueContext, p: Part) -> Part:
    """ "representatives of the GCC", "mumaththilin 'an al-Umam al-Muttahida": the body meets."""
    tg, s, words = ctx.article.tg, ctx.sentence.span, ctx.article.words
    if p.kind != AGENCY:
        return p
    near = range(max(s.start, p.start - 3), p.start)
    if not any(tg.norms[j] in words.representatives for j in near) and not any(
        tg.norms[j] in words.staff and _verb_object(ctx, j) for j in near
    ):
        prior = _body_joined_before(ctx, p)
        if prior is None or not _represented(ctx, prior).represented:
            return p
    return replace(p, represented=True)


_ABBR_BRACKET = 4  # tokens of a body's bracketed abbreviation: "(", one or two words, ")"


def _body_joined_before(ctx: CueContext, p: Part) -> Part | None:
    """ "representatives of A (AB) and B": the body ``p`` joined by "and" (an article, a comma, the
    earlier body's bracketed abbreviation between) to the body right before it, which the same
    word of representation governs; None when there is none."""
    tg, words = ctx.article.tg, ctx.article.words
    before = [q for q in ctx.sentence.parts if q.end <= p.start]
    q = before[-1] if before else None
    if q is None or q.kind != AGENCY:
        return None
    j = q.end
    if j < p.start and tg.texts[j] == "(":
        close = next(
            (i for i in range(j, min(j + _ABBR_BRACKET, p.start)) if tg.texts[i] == ")"), None
        )
        j = close + 1 if close is not None else j
    between = tg.norms[j : p.start]
    joined = any(n in words.conjunction for n in between)
    links = words.conjunction | words.article | {","}
    return q if joined and all(n in links for n in between) else None


def _verb_object(ctx: CueContext, j: int) -> bool:
    """A staff word at most two words after the meeting verb, only lower-case words (its
    preposition, an article, a grade) between: the verb's own object, so its body is met."""
    doc, hit = ctx.doc, ctx.hit
    return (
        ctx.article.registry.is_verb(ctx.cue)
        and hit.end <= j <= hit.end + 2
        and all(doc[i].is_lower for i in range(hit.end, j))
    )


# ---------------------------------------------------------------- sides by word order
def _objects_vso(ctx: CueContext, first: Part, rest: tuple[Part, ...]) -> list[Part]:
    """The objects after the subject: from the first one after an object marker, joined to each
    other."""
    bi = [n for n, p in enumerate(rest) if p.after_bi]
    objs = [p for p in (rest[bi[0] :] if bi else rest) if not _same(p, first)]
    if objs and _envoy_of_next(ctx, first) and objs[0].start - mention_end(ctx, first) <= 2:
        objs = objs[1:]  # "ma'a X, al-mab'uth al-khass li-l-ra'is Y": Y sent X, no one met Y
    grp = first_group(ctx, objs)
    for p in objs[len(grp) :] if grp else ():
        if not _joined(ctx, grp[-1], p):
            break
        grp.append(p)
    return _with_delegation(ctx, grp, objs)


def _with_delegation(ctx: CueContext, grp: list[Part], parts) -> list[Part]:
    """ "received X, <title of any length>, and his accompanying delegation": a delegation joined
    by "and" after the group's title still belongs to the group (the guest's side)."""
    if not grp:
        return grp
    ents, words = ctx.article.entities, ctx.article.words
    for p in parts:
        if p.start < grp[-1].end or any(_same(p, q) for q in grp):
            continue
        if p.kind != AGENCY:
            return grp  # another person: a new clause or list
        before = [
            t
            for t in ctx.doc[grp[-1].end : p.start]
            if not t.is_punct and t.norm_ not in words.possessive and t.norm_ not in words.article
        ]
        if (
            ents.agencies[p.ref].kind == DELEGATION
            and before
            and before[-1].norm_ in words.conjunction
        ):
            return [*grp, p]
    return grp


def _subject_before(ctx: CueContext) -> Part | None:
    """A meeting party right before the verb (a particle or an adverb between at most, no clause
    boundary)."""
    before = _meeting_parts(ctx, ctx.before)
    if not before or before[-1].after_bi:
        return None
    between = ctx.doc[before[-1].end : ctx.k]
    if between and all(t.norm_ in ctx.article.words.conjunction for t in between):
        # "X yatasallamu risala min Y wa-yabhathu ma'a Z": a verb coordinated after the object
        # of the verb before shares that verb's subject, not the party right before it
        return None
    if _closing_comma_auxiliary(ctx, between):
        return before[-1]  # "wa-kana X, <title>, qad iltaqa Y": the subject's apposition closed
    return before[-1] if len(between) <= 2 and not any(t.is_punct for t in between) else None


def _closing_comma_auxiliary(ctx: CueContext, between) -> bool:
    """Between a party and the verb: the comma closing the party's apposition, then one
    auxiliary ("X, <title>, qad iltaqa"; "X, who …, has met")."""
    aux = ctx.article.words.auxiliary
    return len(between) == 2 and between[0].text in _COMMAS_MET and between[1].norm_ in aux


def _unnamed_subject(ctx: CueContext, state: Discourse, after: tuple[Part, ...]) -> Part | None:
    """An unnamed subject by the verb ("the Kenyan minister had met X", "met the Kenyan minister"):
    the official holding it."""
    unnamed = unnamed_before(ctx)
    if unnamed is None and not (
        after
        and after[0].start <= ctx.hit.end + 1
        and not (ctx.cue != VISIT and guest_at(ctx.article.tg, ctx.hit.end))
    ):  # no named party right after the verb ("iltaqa al-dayf X": the guest, then X)
        unnamed = unnamed_after(ctx)
    found = holder(ctx, state, unnamed) if unnamed is not None else []
    return found[0] if found else None


def _style_subject(ctx: CueContext, state: Discourse) -> Part | None:
    """ "kama ijtama'a sa'adatuhu ma'a X" (a protocol style with a pronoun suffix as the verb's
    subject): the official the text is about, not a holder named later in the sentence (a letter
    "addressed to His Highness the Amir")."""
    tg, j = ctx.article.tg, ctx.hit.end
    if j >= ctx.sentence.span.end or tg.norms[j] not in tg.W.style_pronoun:
        return None
    topic = state.topic
    if topic is None or topic.kind != OFFICIAL:
        return None
    # "… fima thammanat Y …. kama istaqbala ma'alihi Z": the one styled so, not a topic never
    # named with that style
    return restyled(ctx, tg.norms[j], topic) or topic


def _agentive(ctx: CueContext, p: Part) -> bool:
    """The agent of a passive ("min qibal Y", "by Y") right before the party."""
    tg, s = ctx.article.tg, ctx.sentence.span
    pair = " ".join(tg.norms[max(s.start, p.start - 2) : p.start])
    return pair in ctx.article.words.agentive or (
        p.start > s.start and tg.norms[p.start - 1] in ctx.article.words.agentive
    )


def _unknown_subject(ctx: CueContext, after: tuple[Part, ...]) -> bool:
    """An honorific right after the verb that starts no party: the subject is named, but is no
    entity."""
    i = ctx.hit.end
    h = ctx.article.tg.hits.get(i)
    if h is None or h.kind != "title" or h.start != i or h.info[0] != HONORIFIC:
        return False
    return not any(p.start <= i < p.end or p.start == h.end for p in after)


def _sides_vso(
    ctx: CueContext, after: tuple[Part, ...], state: Discourse
) -> tuple[list[Part], list[Part]] | None:
    topic = state.topic
    group = plural_side(ctx, state) if after else []
    if group:
        # "kama iltaqa al-wuzara' al-thalatha X": the holders named by the plural, each met X
        objs = [p for p in first_group(ctx, after) if not any(_same(p, g) for g in group)]
        if objs:
            return group, objs
    subject = (
        _subject_before(ctx) or _style_subject(ctx, state) or _unnamed_subject(ctx, state, after)
    )
    objs = _objects_vso(ctx, subject, after) if subject is not None and after else []
    if subject is not None and objs:
        return [subject], objs
    if not after:
        return None
    first, rest = after[0], after[1:]
    fixed = _agent_or_carried(ctx, state, topic, after)
    if fixed is not None:
        return fixed
    if _unknown_subject(ctx, after):
        topic = None  # "ijtama'a al-sayyid X bi-Y", X no entity: not the topic's meeting
    if _agentive(ctx, first):
        return None  # "ustuqbila al-sayyid X min taraf Y": the one received is no entity
    if _committee(ctx.article.entities, first):
        chairs = _committee_chairs(ctx, first, rest)
        objs = [p for p in rest if not any(_same(p, c) for c in chairs)]
        grp = _objects_vso(ctx, first, tuple(objs)) if objs else []
        return ([first, *chairs], grp) if grp else None
    if first.after_bi and topic is not None:
        return [topic], first_group(ctx, after)
    grp = _objects_vso(ctx, first, rest) if rest else []
    if grp and _together_join(ctx, first.end, grp[0].start):  # "X, ila janib Y, ma'a Z"
        remaining = tuple(p for p in rest if p.start >= grp[0].end)
        return [first, grp[0]], _objects_vso(ctx, grp[0], remaining) if remaining else []
    if grp:
        return [first], grp
    if not rest and (obj := _unnamed_object(ctx, state, first)) is not None:
        return [first], [obj]  # "istaqbala X al-mab'uth al-umami": the envoy named before
    if not rest and first.kind == OFFICIAL and unnamed_after(ctx, mention_end(ctx, first)):
        return None  # "iltaqa al-wazir X nazirahu …": X met the one after, no entity; not the topic
    carried = _carried_vso(ctx, state, topic)
    if carried is not None and not _same(carried, first):
        return [carried], [first]
    return None


def _distributive_at(ctx: CueContext) -> int | None:
    """Where "each separately" starts in the verb's clause (after the verb, before the next
    cue), if anywhere; compared without spaces, as the tokeniser may split a clitic off."""
    tg = ctx.article.tg
    forms = {f.replace(" ", "") for f in ctx.article.words.distributive}
    stop = min(ctx.next_cue, ctx.sentence.span.end)
    for j in range(ctx.hit.end, stop):
        text = ""
        for n in range(j, min(stop, j + _DISTRIBUTIVE)):
            text += tg.norms[n]
            if text in forms:
                return j
    return None


def _distributed(ctx: CueContext, after: tuple[Part, ...]) -> list[Part]:
    """ "iltaqa kullan 'ala hida X wa-Y" / "iltaqa X wa-Y kullan 'ala hida": "each separately"
    spreads the verb over the parties listed with it, right after the verb or closing a list
    joined by "and": they are all its objects, met one by one (its subject carried over), not a
    subject and its guests."""
    at = _distributive_at(ctx) if after else None
    if at is None:
        return []
    listed = [p for p in after if p.start < at]
    if not listed:  # right after the verb: all the parties after it
        return first_group(ctx, [p for p in after if p.start > at])
    grp = first_group(ctx, listed)
    if len(grp) < 2 or at < mention_end(ctx, grp[-1]):
        return []  # "iltaqa X kullan 'ala hida Y wa-Z": X, named first, is the subject
    between = ctx.doc[mention_end(ctx, grp[0]) : grp[1].start]
    conj = ctx.article.words.conjunction
    return grp if any(t.norm_ in conj for t in between) else []


def _agent_or_carried(
    ctx: CueContext, state: Discourse, topic: Part | None, after: tuple[Part, ...]
) -> tuple[list[Part], list[Part]] | None:
    """Sides whose subject is not the first party after the verb: an agent after it ("ustuqbila X
    fi al-Riyad min qibal Y"), or the subject carried over when the first is a woman the
    masculine verb does not agree with (a masculine "met" right before "the (female) minister of
    X": she is the object), or when "each separately" makes all the parties its objects."""
    first, rest = after[0], after[1:]
    listed = _distributed(ctx, after)
    if listed:
        carried = _carried_vso(ctx, state, topic)
        if carried is not None and not any(_same(carried, p) for p in listed):
            return [carried], listed
    if _woman_after_masculine_verb(ctx, first):
        carried = _carried_vso(ctx, state, topic)
        if carried is not None and not _same(carried, first):
            return [carried], first_group(ctx, after)
    agent = next((p for p in rest if _agentive(ctx, p)), None)
    if agent is not None and not _same(agent, first):
        return [agent], [first]
    return None


def _woman_after_masculine_verb(ctx: CueContext, first: Part) -> bool:
    """A meeting verb in the masculine (no feminine past ending) right before an official named
    by a title in the feminine (its masculine form also a title of the lexicon): the verb does
    not agree with her, so she is its object, its subject left unsaid."""
    tg, W = ctx.article.tg, ctx.article.words
    if not tg.P.feminine_suffix or not W.feminine_verb_suffix or first.kind != OFFICIAL:
        return False
    verb = tg.norms[ctx.hit.start]
    if ctx.hit.end != ctx.hit.start + 1 or verb.endswith(tuple(W.feminine_verb_suffix)):
        return False
    if first.start - ctx.hit.end > 1:
        return False
    return _feminine_role(tg, tg.norms[first.start])


def _feminine_role(tg: Tagger, word: str) -> bool:
    """``word`` is a role title in the feminine: with the feminine ending, and its form without
    the ending is a title of the lexicon for the same role."""
    fem = tg.P.fold(tg.P.feminine_suffix) if tg.P.feminine_suffix else ""
    if not fem or not word.endswith(fem):
        return False
    row, stem = tg.lex.titles.get(word), tg.lex.titles.get(word[: -len(fem)])
    return row is not None and stem is not None and row[0] == "role" and stem[2] == row[2]


def _carried_vso(ctx: CueContext, state: Discourse, topic: Part | None) -> Part | None:
    """ "iltaqa X Y, kama iltaqa Z": a pro-drop verb carries this sentence's subject; "wasala X ila
    Amman, haythu iltaqa Y": else the sentence's first official before it, but not one after
    "with" (the other side of a meeting before: "bahatha ma'a X …, kama iltaqa Y" is no meeting
    of X and Y); else the topic."""
    return (
        next(iter(_reported_official(ctx, state)), None)
        or next((p for p in state.subjects if p.kind == OFFICIAL), None)
        or next(
            (
                p
                for p in ctx.sentence.parts
                if p.kind == OFFICIAL and p.end <= ctx.k and not _after_comitative(ctx, p)
            ),
            None,
        )
        or topic
    )


def _committee_chairs(ctx: CueContext, first: Part, rest: tuple[Part, ...]) -> list[Part]:
    """ "iltaqat lajnat X bi-majlis Y bi-ri'asat ra'is al-lajna Z al-wafd": the official right
    after "headed by" that follows the committee chairs it, and meets on its side."""
    lead = next(
        (ch for _c, ch in ctx.sentence.cues if ch.info[0] == LEAD and ch.start >= first.end), None
    )
    if lead is None:
        return []
    nxt = next((p for p in rest if p.start >= lead.end), None)
    between = [p for p in rest if first.end <= p.start < lead.start]
    if nxt is None or nxt.kind != OFFICIAL or any(p.kind == OFFICIAL for p in between):
        return []
    return [nxt]


def _unnamed_object(ctx: CueContext, state: Discourse, first: Part) -> Part | None:
    """VSO "received X the UN envoy": a title right after the lone named party is the object, an
    official named before who holds it (not a pro-drop subject meeting X)."""
    if first.kind != OFFICIAL:
        return None
    unnamed = unnamed_after(ctx, mention_end(ctx, first))
    title, iso, end = unnamed if unnamed is not None else (None, None, 0)
    if title is None:
        return None
    ents, me = ctx.article.entities, ctx.article.entities.canon(first.ref)
    # "his Azerbaijani counterpart", "the Portuguese guest": the one official of that country,
    # whatever his post
    counterpart = title.info[2] in (COUNTERPART, _GUEST) and iso is not None
    found = {  # the title may have been read as X's own apposition: another holder first
        c
        for i, o in enumerate(ents.officials)
        if (c := ents.canon(i)) != me
        and (counterpart or title.info[2] in o.roles)
        and (iso is None or o.country == iso)
    }
    if len(found) != 1:
        return None
    return Part(OFFICIAL, found.pop(), title.start, end)


def _coordinated_before(ctx: CueContext, listed: bool = False) -> list[Part]:
    """The last meeting party before the cue and those coordinated with it ("X, Y and Z");
    ``listed``: an "and" after the last party already closed the list ("X, Y and senior
    officials")."""
    before = _outside_relative(ctx, _meeting_parts(ctx, ctx.before))
    if not before:
        return []
    group = [before[-1]]
    # "X, Y and Z": a bare comma joins once "and" closed the list
    for p in reversed(before[:-1]):
        joins = [_coordinated(ctx, j, group[0].start) for j in _join_starts(ctx, p, group[0].start)]
        if not any(j == "join" or (j == "comma" and listed) for j in joins):
            break
        listed = listed or "join" in joins
        group.insert(0, p)
    return group


def _outside_relative(ctx: CueContext, before: tuple[Part, ...]) -> tuple[Part, ...]:
    """The parties before the verb but those of a relative clause closed right before it ("X, who
    heads the Jordanian delegation, met Y": the delegation is no subject); an auxiliary or "also"
    may stand between the clause's closing comma and the verb ("X, who …, also met Y")."""
    tg, k, s = ctx.article.tg, ctx.k, ctx.sentence.span
    aux = ctx.article.words.auxiliary
    while k - 1 > s.start and tg.norms[k - 1] in aux:
        k -= 1
    if k - 2 > s.start and tg.texts[k - 2] in _COMMAS_MET and _adverb(tg, k - 1):
        k -= 1  # "The delegation, which includes X, later met Y"
    if k - 1 <= s.start or tg.texts[k - 1] not in _COMMAS_MET:
        return before
    for j in range(k - 2, max(s.start, k - _APPOSITION) - 1, -1):
        if tg.texts[j] in _COMMAS_MET:
            if j + 1 < k and tg.norms[j + 1] in ctx.article.words.relative:
                inside = tuple(p for p in before if p.start <= j)
                # the antecedent before another cue ("The delegation, which includes X, …")
                ante = tuple(p for p in _meeting_parts(ctx, ctx.sentence.parts) if p.end == j)
                return inside or ante or before
            return before
    return before


def _adverb(tg, j: int) -> bool:
    """A lower-case word of no lexicon ("later", "subsequently") standing alone."""
    return tg.is_alpha[j] and tg.texts[j].islower() and j not in tg.hits


def _coordinated(ctx: CueContext, start: int, end: int) -> str:
    """How tokens start..end join two parties of one subject group: "join" ("and", "together
    with", nothing), "comma" (a bare comma: a list only before a closing "and"), else ""."""
    text = ctx.doc[start:end].text.strip()
    between = text.strip("".join(_COMMAS_MET)).strip()
    if between == "":
        return "comma" if text else "join"
    tg = ctx.article.tg
    if (
        start + 1 < end
        and tg.texts[start] in _COMMAS_MET
        and tg.norms[start + 1] in tg.conjunctions
    ):
        start += 1  # "X, the Chinese president, and his counterpart Y": the comma closes X
    if (
        between in ctx.article.words.conjunction
        or _counterpart_join(ctx, start, end)
        or _together_join(ctx, start, end)
    ):
        return "join"
    return ""


def _join_starts(ctx: CueContext, p: Part, end: int) -> list[int]:
    """Where the words joining ``p`` to the next party may start: right after ``p``; after an
    apposition between commas ("X, <his title>, together with Y"); after the head noun of a
    represented body ("representatives of the GCC member states and X")."""
    doc, tg = ctx.doc, ctx.article.tg
    out = [mention_end(ctx, p)]
    more = _apposed_titles_end(ctx, p, end)
    if more is not None:  # "X, Deputy Prime Minister [and Minister of Y], and Z"
        out.append(more + 1)
    if p.end < end and ctx.article.tg.texts[p.end] in _COMMAS_MET:
        commas = [
            j
            for j in range(p.end + 1, min(end, p.end + _APPOSITION))
            if ctx.article.tg.texts[j] in _COMMAS_MET
        ]
        out += [j + 1 for j in commas if not any(tg.kind(i) == "cue" for i in range(p.end, j))]
    if p.represented:
        j = p.end
        while j < min(end, p.end + _HEAD_GAP) and doc[j].is_lower and tg.kind(j) is None:
            j += 1
        out.append(j)
    return out


def _apposed_titles_end(ctx: CueContext, p: Part, end: int) -> int | None:
    """A party named with its title set off by a comma ("X, Deputy Prime Minister"), more titles
    joined to it after its end ("and Minister of Foreign Affairs"): the comma that closes them."""
    tg, words = ctx.article.tg, ctx.article.words
    if p.end >= end or tg.texts[p.end] == "," or "," not in tg.texts[p.start : p.end]:
        return None
    j = p.end
    while j < min(end, p.end + _APPOSITION) and (
        tg.kind(j) in ("title", "agency", "country")
        or tg.norms[j] in words.conjunction | words.genitive | words.article
    ):
        j += 1
    return j if j > p.end and j < end and tg.texts[j] == "," else None


def _counterpart_join(ctx: CueContext, start: int, end: int) -> bool:
    """ "X and his Egyptian counterpart Y": "and", a possessive, titles and nisbas between; "X,
    <title>, and the Army Chief of Staff, Colonel Y": an article, a body and commas too."""
    tg, words = ctx.article.tg, ctx.article.words
    toks = range(start, end)
    return (
        0 < len(toks) <= _PRESS_GAP + 1
        and ctx.article.tg.norms[start] in words.conjunction
        and all(
            ctx.article.tg.norms[i] in words.conjunction
            or ctx.article.tg.norms[i] in words.possessive
            or tg.kind(i) in ("title", "country")
            for i in toks
        )
    ) or _titled_join(ctx, start, end)


def _titled_join(ctx: CueContext, start: int, end: int) -> bool:
    """ "and the Army Chief of Staff, Colonel Y": "and", then the next party's title before its
    name (an article, a body, title words, a comma)."""
    tg, words = ctx.article.tg, ctx.article.words
    toks = range(start + 1, end)
    return (
        len(toks) <= _PRESS_GAP + 3
        and tg.norms[start] in words.conjunction
        and all(
            tg.norms[i] in words.article
            or tg.texts[i] == ","
            or tg.kind(i) in ("title", "country", "agency")
            for i in toks
        )
    ) or _title_phrase_join(ctx, start, end)


_TITLE_PHRASE = 24  # at most this many tokens in "and the <title with its remit>, <name>"


def _title_phrase_join(ctx: CueContext, start: int, end: int) -> bool:
    """ "and the Special Envoy for Water, Energy and Rivers, Ms. Y": "and", an article, then the
    next party's title: capitalised words and linking words ("for", "on", "and", commas) up to the
    party when its mention opens with the title word, else up to the comma before its name."""
    tg, words = ctx.article.tg, ctx.article.words
    if not start + 2 < end <= start + _TITLE_PHRASE or tg.norms[start] not in words.conjunction:
        return False
    if tg.norms[start + 1] not in words.article:
        return False
    links = words.article | words.conjunction | words.genitive | words.topic_prep | words.side_prep
    span = range(start + 2, end)
    titled = (
        tg.kind(end) == "title"
        or (tg.texts[end - 1] == "," or tg.kind(end - 1) == "title")
        and any(tg.kind(i) == "title" for i in span)
    )
    return titled and all(
        tg.texts[i] == ","
        or tg.norms[i] in links
        or tg.kind(i) in ("title", "country", "agency")
        or (tg.is_alpha[i] and tg.texts[i][:1].isupper())
        for i in span
    )


def _together_join(ctx: CueContext, start: int, end: int) -> bool:
    """ "X, together with (his counterpart) Y, met": a two-word joiner, then titles, nisbas or a
    possessive."""
    tg, words, doc = ctx.article.tg, ctx.article.words, ctx.doc
    toks = [i for i in range(start, end) if not ctx.article.tg.is_punct[i]]
    if len(toks) < 2 or len(toks) > _PRESS_GAP + 4:
        return False
    if f"{doc[toks[0]].norm_} {doc[toks[1]].norm_}" not in words.together:
        return False
    return all(
        ctx.article.tg.norms[i] in words.possessive
        or ctx.article.tg.norms[i] in words.article
        or tg.kind(i) in ("title", "country", "agency")
        or (tg.is_alpha[i] and tg.texts[i][:1].isupper())  # a rank of the title: "Senior Advisor"
        for i in toks[2:]
    )


def _carried_subject(ctx: CueContext, state: Discourse) -> list[Part] | None:
    """ "He met X", "…, and later held talks with Y": a pronoun or "and" right before the verb (no
    party after it) carries the subject of the clause before."""
    tg, k, s, words = ctx.article.tg, ctx.k, ctx.sentence.span, ctx.article.words
    aux = k  # "he was also received by Y": the auxiliaries between the pronoun and the verb
    if aux - 2 > s.start and _adverb(tg, aux - 1) and tg.norms[aux - 2] in words.auxiliary:
        aux -= 1  # "he was [warmly] received by Y": one adverb after the auxiliary
    while aux - 1 > s.start and tg.norms[aux - 1] in words.auxiliary:
        aux -= 1
    lo = max(
        s.start,
        min(k - 2, aux - 1),
        max((p.end for p in ctx.sentence.parts if p.end <= k), default=s.start),
    )
    if not any(n in words.pronoun or n in words.conjunction for n in tg.norms[lo:k]):
        if _comma_predicate(ctx, aux, state):
            return list(state.subjects)
        if not _honorific_subject(ctx, lo):
            return None
        if state.frame is not None and state.frame[0]:
            return list(state.frame[0])  # the last meeting's host, not its guest who spoke since
    earlier = [  # "X arrived in Cairo, where he was received by Y": X, no meeting verb before
        p for p in _meeting_parts(ctx, ctx.sentence.parts) if p.end <= lo and p.kind == OFFICIAL
    ][-1:]
    if (
        earlier
        and not state.subjects
        and (_agentive(ctx, earlier[0]) or _object_of_verb(ctx, earlier[0]))
    ):
        # "the visiting envoy was received by Y and met with Z", "K also called on Y and met Z":
        # Y, the agent of the passive or the object of the verb before, is no subject of the verb
        # after "and"; that verb's own subject went unread: none known
        return []
    # "The two ministers toured a plant and met X": a plural anaphor opening the sentence (no
    # circumstance fronted before it) is the subject of each verb "and" joins in it
    joined = any(n in words.conjunction for n in tg.norms[lo:k])
    group = _noun_named(ctx, _anaphor_owners(ctx)) if joined and not earlier else []
    carried = (
        group
        or list(state.subjects)
        or earlier
        or ([state.topic] if state.topic is not None else [])
    )
    return of_pronoun_gender(ctx, lo, carried)


def _comma_predicate(ctx: CueContext, aux: int, state: Discourse) -> bool:
    """Subject, verb, object, comma, verb: a verb right after a comma that closes the object of an
    earlier verb of the sentence is the next predicate of a list sharing that verb's subject (SVO
    coordination), not a verb of the object's (a relative clause opens with a pronoun instead)."""
    tg, s = ctx.article.tg, ctx.sentence.span
    if tg.P.word_order != "SVO" or not state.subjects or aux - 1 <= s.start:
        return False
    if tg.texts[aux - 1] not in _COMMAS_MET:
        return False
    last = [p for p in ctx.sentence.parts if p.end <= aux - 1][-1:]
    if not last or mention_end(ctx, last[0]) < aux - 1:
        return False
    words = ctx.article.words
    return any(  # the object right after the earlier cue (its title, nisba or article between)
        ch.end <= last[0].start
        and all(
            tg.kind(i) in ("title", "country") or tg.norms[i] in words.article | words.comitative
            for i in range(ch.end, last[0].start)
        )
        for _c, ch in ctx.sentence.cues
        if ch.start < ctx.hit.start
    )


def _object_of_verb(ctx: CueContext, p: Part) -> bool:
    """The party right after an earlier verb cue of the sentence (its title, honorific, nisba or
    an article between at most): the verb's object."""
    tg, words = ctx.article.tg, ctx.article.words
    for _c, ch in ctx.sentence.cues:
        if ch.end > p.start or ch.start >= ctx.hit.start:
            break
        if ctx.article.registry.is_verb(ch.info[0]) and all(
            tg.kind(i) in ("title", "country") or tg.norms[i] in words.article
            for i in range(ch.end, p.start)
        ):
            return True
    return False


def _honorific_subject(ctx: CueContext, lo: int) -> bool:
    """ "In a separate meeting, His Highness (also) received Y": a bare honorific before the verb,
    with no name and at most one lowercase word ("also", "later") between, stands for the
    principal named before, as a pronoun does."""
    tg, k = ctx.article.tg, ctx.k
    for i in range(max(ctx.sentence.span.start, lo - 1), k):
        h = tg.hits.get(i)
        if h is not None and h.kind == "title" and h.info[0] == HONORIFIC and h.start == i:
            between = range(h.end, k)
            return len(between) <= 1 and all(
                tg.is_alpha[j] and tg.texts[j].islower() for j in between
            )
    return False


def _sides_svo(
    ctx: CueContext, after: tuple[Part, ...], state: Discourse
) -> tuple[list[Part], list[Part]] | None:
    carried = _carried_subject(ctx, state)
    subj = carried if carried is not None else _coordinated_before(ctx)
    if len(subj) <= 1:
        subj = role_holders(ctx) or subj  # "The two Presidents held a tête-à-tête": each holder
    if not subj:
        unnamed = unnamed_before(ctx)
        subj = holder(ctx, state, unnamed) if unnamed is not None else []
    objs = _with_delegation(ctx, first_group(ctx, after), after)
    if subj and objs:
        return subj, objs
    if len(subj) >= 2:
        return subj, []  # coordinated: "X, Y and Z discussed", "X and Y met"
    return None


SIDES = {"VSO": _sides_vso, "SVO": _sides_svo}


def group_pairs(entities: Entities, group: list[Part]) -> list[tuple[Part, Part]]:
    """Who met whom in "X, Y and Z discussed …".

    People whose nationality the text gives, when it differs from the others',
    are the visiting side; the rest (nationality unstated or shared) are one
    side. Without that signal, everyone met everyone. An official of a body of
    the group is on that body's side ("the GCC …, together with GCC Secretary
    General X, met": X does not meet the GCC).
    """
    known = {id(p): entities.country_of(p, canonical_agencies=False) for p in group}
    distinct = {c for c in known.values() if c}
    by_country = bool(distinct) and (len(distinct) > 1 or any(c is None for c in known.values()))
    return [
        (a, b)
        for n, a in enumerate(group)
        for b in group[n + 1 :]
        if not (by_country and known[id(a)] == known[id(b)])
        and not (belongs(entities, a, b) or belongs(entities, b, a))
    ]


def _related(entities: Entities, p: Part, q: Part) -> bool:
    """``p`` is on ``q``'s side: the same country, or an official of the body ``q`` is a mission or
    delegation of (the IMF's resident representative at a meeting with the IMF mission)."""
    mine = entities.country_of(p)
    if mine and entities.country_of(q) == mine:
        return True
    return belongs(entities, p, q) or bool(_bodies(entities, p) & _bodies(entities, q))


def _bodies(entities: Entities, p: Part) -> set[int]:
    """The bodies an official serves in, with the bodies above them ("a director in a directorate
    of the ministry" serves the ministry): officials of one body are one side."""
    if p.kind != OFFICIAL:
        return set()
    parents: dict[int, set[int]] = {}
    for r in entities.memberships:
        src, dst = r.source, r.target
        if dst is not None and isinstance(src.key, int) and isinstance(dst.key, int):
            if src.kind != AGENCY or dst.kind != AGENCY:
                continue
            parents.setdefault(entities.acanon(src.key), set()).add(entities.acanon(dst.key))
    todo = [entities.acanon(a) for a in entities.officials[entities.canon(p.ref)].agencies]
    seen: set[int] = set()
    while todo:
        a = todo.pop()
        if a not in seen:
            seen.add(a)
            todo.extend(parents.get(a, ()))
    return seen


def other_side(entities: Entities, p: Part, frame: Frame) -> list[Part]:
    """The side of a meeting an attendee meets: the one not of the attendee's country; its
    officials, else its delegation."""
    a_side, b_side = frame
    if any(_related(entities, p, q) for q in b_side) and not any(
        _related(entities, p, q) for q in a_side
    ):
        side = [
            q
            for q in a_side
            if not (q.kind == p.kind and entities.canon(q.ref) == entities.canon(p.ref))
        ]
    elif _delegation_met_host(entities, p, frame):
        side = list(a_side)
    else:
        side = [q for q in b_side if not _same(q, p)] or [q for q in a_side if not _same(q, p)]
    # one side holding both countries ("A's minister X and B's minister Y co-chaired …"): the
    # attendee meets the one of the other country, not its own
    side = [q for q in side if not _related(entities, p, q)] or side
    return [q for q in side if q.kind == OFFICIAL] or side


def _delegation_met_host(entities: Entities, p: Part, frame: Frame) -> bool:
    """ "The delegation held talks with the fisheries minister, attended by X and Y": a meeting
    whose subject side is a visiting delegation alone and whose other side holds no delegation;
    an attendee not of the delegation's side sits with the host, who receives the visit, and
    meets the delegation."""
    a_side, b_side = frame
    return (
        bool(a_side)
        and bool(b_side)
        and all(_is_delegation(entities, q) for q in a_side)
        and not any(_is_delegation(entities, q) for q in b_side)
        and not any(_related(entities, p, q) or _same(q, p) for q in a_side)
    )


def _is_delegation(entities: Entities, q: Part) -> bool:
    return q.kind == AGENCY and entities.agencies[entities.acanon(q.ref)].kind == DELEGATION


def delegation_heads(art: ArticleView, found: list[PendingRelation]) -> tuple[PendingRelation, ...]:
    """ "X led the A delegation at the talks, while the B delegation was headed by Y", "The A
    delegation was led by X, and the B delegation by Y": the heads of two delegations of two
    countries, told in one sentence, met each other, and each met the other's delegation (a
    delegation-level meeting); not when the sentence tells of the future."""
    ents, tg = art.entities, art.tg
    by_sentence: dict[int, list[tuple[PendingRelation, str]]] = {}
    for r in found:
        if r.type != MEMBER_OF or r.rule != _LED or r.source.kind != OFFICIAL:
            continue
        if r.target is None or r.target.kind != AGENCY:
            continue
        ag = ents.agencies[ents.acanon(int(r.target.key))]
        if ag.kind == DELEGATION and ag.country:
            by_sentence.setdefault(r.evidence.start, []).append((r, ag.country))
    out: list[PendingRelation] = []
    for led in by_sentence.values():  # in text order
        if not led:
            continue
        s = led[0][0].evidence
        if any(tg.norms[i] in art.words.future for i in range(s.start, s.end)):
            continue
        for n, (a, ca) in enumerate(led):
            for b, cb in led[n + 1 :]:
                if ca == cb or ents.canon(int(a.source.key)) == ents.canon(int(b.source.key)):
                    continue
                assert a.target is not None and b.target is not None
                for x, y in ((a.source, b.source), (a.source, b.target), (b.source, a.target)):
                    out.append(PendingRelation(MET_WITH, x, y, s, "met.heads"))
    return tuple(out)


def side_event(
    art: ArticleView, view: SentenceView, before: Discourse, after: Discourse
) -> Discourse:
    """ "Prior to the talks, X laid a wreath and was greeted by Y." (a sequence word and the
    meeting noun opening the sentence, closed by a comma): what the sentence tells happened beside
    the talks told; "the meeting" after it is still those talks (the side event stays among the
    meetings told)."""
    if before.frame is None or before.call or after.frame is before.frame or not view.cues:
        return after
    tg, s = art.tg, view.span
    if tg.norms[s.start] not in art.words.sequence:
        return after
    k, h = view.cues[0]
    if not (h.info[0] == "meet_noun" and k - s.start <= _SIDE_EVENT_LEAD and h.end < s.end):
        return after
    if tg.texts[h.end] not in _COMMAS_MET or tg.norms[k - 1] not in art.words.article:
        return after
    return after.evolve(frame=before.frame, frames=after.frames, principals=before.principals)


_SIDE_EVENT_LEAD = 3  # "Prior to the talks": the meeting noun this close after the opening word


_LED = "member.lead"  # the rule of member_of's "headed by X" / "X led the delegation"


# ---------------------------------------------------------------- future and virtual meetings
def is_future(ctx: CueContext) -> bool:
    """The cue's verb is future or planned ("will meet", "sayaltaqi")."""
    return _future(ctx)


def _future(ctx: CueContext) -> bool:
    """A future or planning word by the verb: "will meet", "is to meet", "meets tomorrow"."""
    s, words, tg = ctx.sentence.span, ctx.article.words, ctx.article.tg
    norms, lo = tg.norms, max(s.start, ctx.k - _FUTURE_BEFORE)
    before = norms[lo : ctx.k]
    after = norms[ctx.hit.end : min(s.end, ctx.hit.end + _FUTURE_AFTER)]
    # a future word that is also a preposition ("to") is a tense only before the verb with no
    # name or punctuation between ("is to meet", "plans to hold talks"); elsewhere it opens a
    # purpose or a destination ("met to discuss", "discussed ways to", "on a visit to Jordan,
    # met"): there only its pairs count ("a meeting to be held")
    # "went on to a working lunch": before an article, "to" leads to a meeting, no verb
    determiner = words.article | words.indefinite_article
    # a word inside a party's name is no tense ("General To X held talks": a surname spelled
    # as a future word)
    named = {i for p in ctx.sentence.parts for i in range(p.start, p.end)}
    single = [
        n
        for i, n in enumerate(before, lo)
        if i not in named
        and (
            n not in words.venue_prep
            or not (
                any(tg.is_punct[j] or tg.kind(j) is not None for j in range(i + 1, ctx.k))
                or norms[i + 1] in determiner
            )
        )
    ]
    single += [n for n in after if n not in words.venue_prep]
    if any(n in words.future for n in single) or _future_time(ctx) or _future_opener(ctx):
        return True
    if _future_conjunct(ctx) or _planned_clause(ctx):
        return True
    near = before + after
    pairs = {f"{a} {b}" for a, b in zip(near, near[1:], strict=False)}
    return bool(pairs & words.future)


def _negated(ctx: CueContext) -> bool:
    """A negation right before the meeting verb ("never had the chance to meet X", "did not
    meet X"): the meeting did not take place ("not only met X" has another word between)."""
    k, norms, negation = ctx.k - 1, ctx.article.tg.norms, ctx.article.words.negation
    if k < ctx.sentence.span.start:
        return False
    # a negation of two words: "has not yet met X", "did not even meet X"
    pair = f"{norms[k - 1]} {norms[k]}" if k > ctx.sentence.span.start else ""
    return norms[k] in negation or pair in negation


def _conditional(ctx: CueContext) -> bool:
    """A condition or wish earlier in the verb's clause (no punctuation between): "if she had the
    chance to meet X, she would …" is a hypothetical meeting."""
    return _clause_word_before(ctx, ctx.article.words.conditional)


def _denied(ctx: CueContext) -> bool:
    """A verb of denial earlier in the verb's clause (no punctuation between): "denied on Friday
    that he had met X" reports a meeting that its party says did not take place. A conjunction
    between them opens a verb of its own ("denied the reports and met X": the meeting took
    place), so the look-back stops there."""
    words = ctx.article.words
    return _clause_word_before(ctx, words.denial, words.conjunction)


def _clause_word_before(
    ctx: CueContext, forms: frozenset[str], stops: frozenset[str] = frozenset()
) -> bool:
    """One of *forms* within a few words before the cue, with no punctuation (and no word of
    *stops*) between."""
    tg, s = ctx.article.tg, ctx.sentence.span
    for i in range(ctx.k - 1, max(s.start, ctx.k - _CONDITION_REACH) - 1, -1):
        if tg.is_punct[i] or tg.norms[i] in stops:
            return False
        if tg.norms[i] in forms:
            return True
    return False


_CONDITION_REACH = 12  # words back from a meeting verb to a condition opening its clause


def _future_conjunct(ctx: CueContext) -> bool:
    """ "X will tour the port and meet Y": the verb right after a conjunction shares the tense of
    the first conjunct, future when a future word stands earlier in that clause (no punctuation
    and no other verb cue between); a future word that is also a preposition ("to") does not
    count."""
    s, words, tg = ctx.sentence.span, ctx.article.words, ctx.article.tg
    j = ctx.k - 1
    if j <= s.start or tg.norms[j] not in words.conjunction:
        return False
    registry = ctx.article.registry
    verbs = {c for c, ch in ctx.sentence.cues if c < j and registry.is_verb(ch.info[0])}
    for i in range(j - 1, s.start - 1, -1):
        if tg.is_punct[i] or i in verbs:
            return False
        if tg.norms[i] in words.future and tg.norms[i] not in words.venue_prep:
            return True
    return False


def _planned_clause(ctx: CueContext) -> bool:
    """A meeting verb right after a clause link ("where", "before") in a sentence whose first
    words hold a future word ("it is planned that <subject> <verb> X, where he meets Y"; not a
    future word that is also a preposition): the meeting is part of the plan."""
    s, words, tg = ctx.sentence.span, ctx.article.words, ctx.article.tg
    k = ctx.k
    links = [" ".join(tg.norms[j:k]) for j in (k - 1, k - 2) if j >= s.start]
    if not any(link in words.planned_link for link in links):
        return False
    opening = tg.norms[s.start : min(k, s.start + _FUTURE_BEFORE)]
    return any(n in words.future and n not in words.venue_prep for n in opening)


def _future_opener(ctx: CueContext) -> bool:
    """ "wa-sa-ya'qidu X mubahathat ma'a Y": the future verb opening the sentence governs a meeting
    noun after its subject (no verb cue between them)."""
    words, tg, s = ctx.article.words, ctx.article.tg, ctx.sentence.span
    i = next((j for j in range(s.start, ctx.k) if tg.norms[j] not in words.conjunction), None)
    if i is None or tg.norms[i] not in words.future:
        return False
    registry = ctx.article.registry
    return not any(i < c < ctx.k and registry.is_verb(ch.info[0]) for c, ch in ctx.sentence.cues)


def _future_time(ctx: CueContext) -> bool:
    """ "yaltaqi X ghadan Y", "meets X tomorrow": a future day in the verb's clause (up to a
    punctuation mark)."""
    words, tg = ctx.article.words, ctx.article.tg
    for j in range(ctx.hit.end, min(ctx.sentence.span.end, ctx.hit.end + _FUTURE_CLAUSE)):
        if tg.is_punct[j]:
            return False
        if tg.norms[j] in words.future_time:
            return True
        if j > ctx.hit.end and f"{tg.norms[j - 1]} {tg.norms[j]}" in words.future_time:
            return True  # "yazuru X al-bilad al-usbu' al-muqbil": a time noun and "next"
    return False


def _virtual(ctx: CueContext) -> bool:
    """A call word in the same clause: "a meeting by video call", "held talks by phone"; or before
    the meeting word with its subject at most between ("Via videoconference, X held a meeting")."""
    named = {i for p in ctx.sentence.parts for i in range(p.start, p.end)}
    norms, words = ctx.article.tg.norms, ctx.article.words
    for c, ch in ctx.later_cues:
        if ch.info[0] != CALL:
            continue
        lead = norms[max(ctx.hit.end, c - _CALL_LEAD) : c]
        if any(n in words.sequence for n in lead):
            continue  # "met Y, a day after a phone call with Z": the call is another event
        if any(n in words.call_frame for n in lead[-2:]) and not _verb_between(ctx, c):
            return True  # "discussed with Y <any topic> during a phone call"
        # the words between, names not counted ("X with Y by video call", long names and titles)
        if sum(1 for i in range(ctx.hit.end, c) if i not in named) <= _VIRTUAL_SPAN:
            return True
    for c, ch in ctx.sentence.cues:
        if c >= ctx.k or ch.info[0] != CALL:
            continue
        between = [p for p in ctx.sentence.parts if ch.end <= p.start and p.end <= ctx.k]
        words = sum(1 for i in range(ch.end, ctx.k) if i not in named)
        if len(between) <= 1 and words <= _VIRTUAL_SPAN:
            return True  # "After a phone call with X, Y met Z": two parties between, no call
        if _call_frame_phrase(ctx, c, ch.end):
            return True  # "During a video call, X and Y discussed …": the frame of the clause
    return False


def _call_frame_phrase(ctx: CueContext, c: int, end: int) -> bool:
    """The call word opens the sentence in a frame phrase closed by a comma ("During a virtual
    meeting, …", "In a phone call, …", "In a phone call later on Wednesday, …": a time between
    the call and the comma, no party): the clause after it took place in the call."""
    tg, words, s = ctx.article.tg, ctx.article.words, ctx.sentence.span
    lead = tg.norms[s.start : c]
    if not (0 < len(lead) <= _CALL_LEAD and lead[0] in words.call_frame):
        return False
    comma = next(
        (j for j in range(end, min(s.end, end + _CALL_LEAD + 1)) if tg.texts[j] in _COMMAS_MET),
        None,
    )
    return comma is not None and not any(end <= p.start < comma for p in ctx.sentence.parts)


def _verb_between(ctx: CueContext, c: int) -> bool:
    """Another verb cue between the meeting word and token ``c``: a clause of its own."""
    reg = ctx.article.registry
    return any(ctx.hit.end <= d < c and reg.is_verb(ch.info[0]) for d, ch in ctx.later_cues)


def _framed(
    state: Discourse, a_side, b_side, subject: Part | None, call: bool = False
) -> Discourse:
    subjects = tuple(a_side) if subject is not None else state.subjects
    return state.evolve(
        frame=(tuple(a_side), tuple(b_side)),
        subject_here=subject or state.subject_here,
        subjects=subjects,
        call=call,
    )


# ---------------------------------------------------------------- handlers
def _in_relative(ctx: CueContext, c: int) -> bool:
    """A verb of a relative clause ("X, who is visiting Riyadh, met Y"): a relative word just
    before."""
    rel = ctx.article.words.relative
    return any(n in rel for n in ctx.article.tg.norms[max(ctx.sentence.span.start, c - 2) : c])


def _visitor(ctx: CueContext, after: tuple[Part, ...]) -> bool:
    """ "zara X al-kulliyya" (VSO): the one party right after a visit verb is the visitor, and a
    place is visited: no meeting (the topic becomes X)."""
    return (
        ctx.article.tg.P.word_order == "VSO"
        and len(after) == 1
        and after[0].kind == OFFICIAL
        and after[0].start - ctx.hit.end <= _HEAD_GAP
        and not after[0].after_bi
    )


def _lone_subject(ctx: CueContext, state: Discourse, after: tuple[Part, ...]) -> Discourse:
    """ "X visited the college, where he met Y": a visit with no party to meet still makes its
    subject the topic (VSO: the official before the verb, or the unnamed one after it). A signing
    with a country alone waits for its signers."""
    if ctx.cue == MEET_SIGNED and not after and ctx.article.tg.P.word_order == "SVO":
        return _signed_with_country(ctx, state)
    if ctx.article.tg.P.word_order != "VSO" or after:
        return state
    subject = _subject_before(ctx) or _unnamed_subject(ctx, state, after)
    if subject is None or subject.kind != OFFICIAL:
        return state
    return state.evolve(topic=subject, subject_here=subject, subjects=(subject,))


def _message_after(ctx: CueContext) -> bool:
    """ "received a message from Y": a message noun right after the verb; Y sent it, not met. The
    sender may stand before the noun as its possessor ("received Y's letter"): the gap is counted
    to the start of the participant that ends right at the noun."""
    owner = {p.end: p.start for p in ctx.sentence.parts}
    return any(
        ch.info[0] == MESSAGE and owner.get(c, c) - ctx.hit.end <= _MESSAGE_GAP
        for c, ch in ctx.later_cues
    )


def _message(ctx: CueContext, state: Discourse) -> Outcome:
    """The message noun itself: nothing (its sender meets no one)."""
    return Outcome((), state)


def _deliver(ctx: CueContext, state: Discourse) -> Outcome:
    """ "…, delivered by Y", "sallamaha Y": the one who handed over a message met its recipient
    (the subject of the clause that received it)."""
    if not any(ch.info[0] == MESSAGE for c, ch in ctx.sentence.cues if c < ctx.k):
        return Outcome((), state)
    bearer = [p for p in _meeting_parts(ctx, ctx.after) if p.start - ctx.hit.end <= _HEAD_GAP + 4]
    recipient = (
        list(state.subjects[:1])
        or [  # "tasallama X risala": the sentence's first official
            p for p in ctx.sentence.parts if p.kind == OFFICIAL and p.end <= ctx.k
        ][:1]
    )
    if not bearer or not recipient or _future(ctx):
        return Outcome((), state)
    rels = met(ctx.article.entities, recipient, bearer[:1], ctx.sentence.span, "met.verb")
    return Outcome(tuple(rels), _framed(state, recipient, bearer[:1], None))


def meet(ctx: CueContext, state: Discourse) -> Outcome:
    """A meeting verb's handler, for another cue class that turns out to be one ("was welcomed by
    Y")."""
    return _meet(ctx, state)


def _meet(ctx: CueContext, state: Discourse) -> Outcome:
    if _future(ctx) or _negated(ctx) or _conditional(ctx) or _denied(ctx):
        return Outcome((), state)
    first = _first_person_meeting(ctx, state)  # "I just met with X", "X received me"
    if first is not None:
        return first
    if _message_after(ctx):  # received a letter: its recipient is the clause's subject, no meeting
        receiver = (
            _coordinated_before(ctx)[-1:]
            if ctx.article.tg.P.word_order == "SVO"
            else list(_meeting_parts(ctx, ctx.after))[:1]
        )
        return Outcome((), state.evolve(subjects=tuple(receiver)) if receiver else state)
    s, ents = ctx.sentence.span, ctx.article.entities
    stop = next(
        (
            c
            for c, ch in ctx.later_cues
            if ctx.article.registry.is_verb(ch.info[0]) and not _in_relative(ctx, c)
        ),
        s.end,
    )
    if ctx.cue == VISIT and _in_relative(ctx, ctx.k):
        # "istaqbala X Y, allati tazur al-mamlaka, … bi-hudur Z": Z attends; the guest's visit in a
        # relative clause meets no one
        stop = next((c for c, ch in ctx.later_cues if ch.info[0] in _ATTENDANCE and c < stop), stop)
    after = _meeting_parts(ctx, ctx.parts_between(ctx.hit.end, stop))
    if ctx.cue == MEET_WITH and ctx.article.tg.P.word_order == "SVO":
        after = _with_objects(ctx, after)
    if ctx.cue == VISIT and _visitor(ctx, after):
        return Outcome((), state.evolve(topic=after[0], subject_here=after[0], subjects=after[:1]))
    pair = SIDES[ctx.article.tg.P.word_order](ctx, after, state) or _two_named_before(ctx, after)
    if not pair:
        return Outcome((), _lone_subject(ctx, state, after))
    a_side, b_side = pair
    if ctx.cue == MEET_SIGNED and b_side:
        return Outcome((), state)
    a_side, b_side = _joined_sides(ctx, a_side, b_side)
    if len(a_side) >= 2 and b_side and _companion(ctx, b_side[0]):
        a_side, b_side = a_side + b_side, []  # "X and Y discussed …, in the company of Z"
    if _within_call(ctx, state, a_side + b_side):
        # "X spoke with Y. The leaders discussed …": the discussion was the call's
        return Outcome((), _framed(state, a_side, b_side or a_side[1:], None, call=True))
    if not b_side:  # "X, Y and Z discussed …": pairs across the sides of the group
        rels = [
            r
            for x, y in group_pairs(ents, a_side)
            for r in met(ents, [x], [y], s, "met.coordinated")
        ]
        a_side, b_side = a_side[:1], a_side[1:]
    else:
        rels = met(ents, a_side, b_side, s, "met.verb")
    subject = a_side[0] if a_side and a_side[0].kind == OFFICIAL else None
    virtual = _virtual(ctx)
    if subject is not None and _received_by(ctx, b_side):
        # "X was received by Y": Y hosts (the attendees named next sit on Y's side and meet X); X
        # stays the clause's subject
        framed = _framed(state, b_side, a_side, subject, virtual)
        return Outcome(() if virtual else tuple(rels), framed.evolve(subjects=tuple(a_side)))
    return Outcome(() if virtual else tuple(rels), _framed(state, a_side, b_side, subject, virtual))


def _with_objects(ctx: CueContext, after: tuple[Part, ...]) -> tuple[Part, ...]:
    """ "X discussed with Y …", "conferred with Y" (SVO): a verb of discussing meets those after
    "with" (or a companion, "in the company of Z"); a party after it with no "with" before ("both
    ministers discussed funding for the X Mission") is the topic."""
    tg, words, s = ctx.article.tg, ctx.article.words, ctx.sentence.span
    w = next((j for j in range(ctx.hit.start, s.end) if tg.norms[j] in words.comitative), None)
    return tuple(p for p in after if (w is not None and p.start > w) or _companion(ctx, p))


def _joined_sides(
    ctx: CueContext, a_side: list[Part], b_side: list[Part]
) -> tuple[list[Part], list[Part]]:
    """The one subject's companions a relative clause names (SVO), else the delegations the one
    guest and the one subject lead, each joined to its side."""
    if len(a_side) == 1 and b_side and ctx.article.tg.P.word_order == "SVO":
        a_side = a_side + _relative_companions(ctx, a_side[0])
    if len(a_side) == 1 and b_side:
        b_side = b_side + _led_by_guest(ctx, b_side)
        a_side = a_side + _led_by_guest(ctx, a_side, before=True)
    return a_side, b_side


def _received_by(ctx: CueContext, b_side: list[Part]) -> bool:
    """A passive meeting verb (SVO: an auxiliary right before it, or one adverb between) whose
    other side is its agent, right after "by"."""
    tg, words, j = ctx.article.tg, ctx.article.words, ctx.hit.start - 1
    if tg.P.word_order != "SVO" or not b_side or not _agentive(ctx, b_side[0]):
        return False
    if j > ctx.sentence.span.start and tg.norms[j] not in words.auxiliary and _adverb(tg, j):
        j -= 1
    return j >= ctx.sentence.span.start and tg.norms[j] in words.auxiliary


def _within_call(ctx: CueContext, state: Discourse, parties: list[Part]) -> bool:
    """A verb of discussing ("discussed", "held talks": the ``meet_with`` class, not "met") whose
    parties are all parties of the current call frame: what they discussed, they discussed in
    that call ("X spoke with Y today. The Secretary and the Foreign Minister discussed …")."""
    if ctx.cue != MEET_WITH or not state.call or state.frame is None or len(parties) < 2:
        return False
    if ctx.article.tg.P.word_order != "SVO":
        return False  # read in English readouts; a verb-first language's calls keep their rules
    canon = ctx.article.entities.canon

    def key(p: Part) -> tuple[str, int]:
        return p.kind, canon(p.ref) if p.kind == OFFICIAL else p.ref

    framed = {key(p) for side in state.frame for p in side}
    return all(key(p) in framed for p in parties)


def _companion(ctx: CueContext, p: Part) -> bool:
    """ "X and Y discussed Gaza over lunch, in the company of (the) Z": a joiner of the together
    role right before the party after the verb: Z sat with them, one of the group (whose sides
    are told by country), not the counterpart of both."""
    return _joiner_before(ctx, p, ctx.hit.end)


def _joiner_before(ctx: CueContext, p: Part, lo: int) -> bool:
    """A phrase of the together role ends right before ``p`` (an article between), after ``lo``."""
    tg, words = ctx.article.tg, ctx.article.words
    j = p.start
    while j > lo and tg.norms[j - 1] in words.article:
        j -= 1
    return any(" ".join(tg.norms[j - n : j]) in words.together for n in range(1, 5) if j - n >= lo)


def _led_by_guest(ctx: CueContext, b_side: list[Part], before: bool = False) -> list[Part]:
    """ "received X, who is visiting the Kingdom at the head of a military delegation", "ajra
    mubahathat ma'a X, alladhi yaqum bi-ziyara … 'ala ra's wafd": the delegation a relative clause
    on the one guest says X leads is received with X; ``before``: the subject's, before the verb
    ("X, who arrived at the head of a delegation, held talks with Y": Y meets it too)."""
    if len(b_side) != 1 or b_side[0].kind != OFFICIAL:
        return []
    tg, words, g = ctx.article.tg, ctx.article.words, b_side[0]
    ents = ctx.article.entities
    cues = ctx.sentence.cues[: ctx.index] if before else ctx.later_cues
    for c, ch in cues:
        if ch.info[0] != LEAD_CLAUSE or c < g.end:
            continue
        gap = range(mention_end(ctx, g), c)
        if not any(tg.norms[j] in words.relative for j in gap) or any(
            p.start in gap for p in ctx.sentence.parts if p.kind == OFFICIAL
        ):
            return []
        body = [p for p in ctx.sentence.parts if ch.end <= p.start <= ch.end + _HEAD_GAP + 1]
        if body and body[0].kind == AGENCY and ents.agencies[body[0].ref].kind == DELEGATION:
            return body[:1]
        return []
    return []


def _body_chair(ctx: CueContext, b_side: list[Part]) -> list[Part]:
    """The one body met, then (a comma at most between) a lead cue and an official in a short
    apposition after it ("<body>, presided over by its chair, <official>"): the participle
    phrase describes that body, so its chair sits on its side and meets the other side too.
    SVO only: in VSO text a lead phrase after the object names who chaired the whole meeting."""
    body, tg = b_side[0] if b_side else None, ctx.article.tg
    if body is None or len(b_side) != 1 or body.kind != AGENCY or tg.P.word_order != "SVO":
        return []
    start = body.end + 1 if body.end < len(tg.texts) and tg.texts[body.end] == "," else body.end
    lead = next((ch for c, ch in ctx.later_cues if c == start and ch.info[0] == LEAD), None)
    if lead is None:
        return []
    chair = next((p for p in ctx.sentence.parts if p.start >= lead.end), None)
    if chair is None or chair.kind != OFFICIAL or chair.start - lead.end > _HEAD_GAP:
        return []
    return [chair]


def _relative_companions(ctx: CueContext, subject: Part) -> list[Part]:
    """ "X, who was accompanied by Y, also met Z": the officials a relative clause on the subject
    joins to it ("accompanied by", "together with"): they meet Z too."""
    tg, words = ctx.article.tg, ctx.article.words
    lo = mention_end(ctx, subject)
    if not any(tg.norms[i] in words.relative for i in range(lo, min(lo + 2, ctx.k))):
        return []
    return [
        p
        for p in ctx.sentence.parts
        if lo < p.start < ctx.k and p.kind == OFFICIAL and _joiner_before(ctx, p, lo)
    ]


def _two_named_before(
    ctx: CueContext, after: tuple[Part, ...] = ()
) -> tuple[list[Part], list[Part]] | None:
    """ "The two ministers held talks (at the Ministry)", "The three ministers were received by Y"
    (SVO), no official named before the verb: the officials of the last earlier sentence that names
    two or more (a quoted passage between is skipped); with a party after the verb, they meet it."""
    tg, k, s, words = ctx.article.tg, ctx.k, ctx.sentence.span, ctx.article.words
    if (
        tg.P.word_order != "SVO"
        or any(p.kind == OFFICIAL and p.start < k for p in ctx.sentence.parts)
        or ctx.sentence.index < 1
    ):
        return None
    ends = (k, k - 1) if k - 1 > s.start and tg.is_alpha[k - 1] else (k,)
    if not any(
        " ".join(tg.norms[max(s.start, e - n) : e]) in words.joint_subject
        for e in ends
        for n in (1, 2, 3)
    ):
        return None
    group = _noun_named(ctx, _group_before(ctx))
    objs = [p for p in first_group(ctx, after) if not any(_same(p, q) for q in group)]
    if len(group) < 2 or (not objs and any(p.kind == OFFICIAL for p in ctx.sentence.parts)):
        return None
    if objs:
        return group, objs
    return ([group[0]], [group[1]]) if len(group) == 2 else (group, [])


def _officials_of(ctx: CueContext, i: int) -> list[Part]:
    """The officials sentence ``i`` names, each person once (at its first mention there)."""
    ents = ctx.article.entities
    seen: dict[int, Part] = {}
    for p in ents.parts.get(i, ()):
        if p.kind == OFFICIAL:
            seen.setdefault(ents.canon(p.ref), p)
    return list(seen.values())


def _group_before(ctx: CueContext) -> list[Part]:
    """The officials of the last earlier sentence that names two or more (a few sentences back)."""
    for i in range(ctx.sentence.index - 1, max(-1, ctx.sentence.index - 1 - _GROUP_BACK), -1):
        seen = _officials_of(ctx, i)
        if len(seen) >= 2 and not _attendance_only(ctx, i):
            # "received a delegation headed by X. The two sides discussed …": the delegation's
            # head is no side (the delegation met as such)
            heads = _sentence_heads(ctx, i)
            return [p for p in seen if p.start not in heads]
    return []


# the cue classes of attendance (a sentence of attendees; a side phrase listed under one)
_ATTENDANCE = ("attend", "attend_subject", "take_part")
# a sentence of these lists people at a meeting told elsewhere ("compose": a delegation's members)
_LISTING = _ATTENDANCE + ("compose",)


def _attendance_only(ctx: CueContext, i: int) -> bool:
    """Sentence ``i`` lists attendees and tells no meeting of its own ("The meeting was also
    attended by A; B; and, on the Peruvian side, C."), or lists a delegation's members ("The
    Portuguese delegation included A and B"): "both ministers" after it are not those."""
    parts = ctx.article.entities.parts.get(i, ())
    if not parts:
        return False
    sent = ctx.doc[parts[0].start].sent
    kinds = {h.info[0] for h in _cue_hits(ctx, sent.start, sent.end)}
    reg = ctx.article.registry
    return any(c in _LISTING for c in kinds) and not any(
        reg.is_verb(c) for c in kinds if c not in _LISTING
    )


def _sentence_heads(ctx: CueContext, i: int) -> frozenset[int]:
    """Where the heads of delegations start in the earlier sentence ``i``."""
    parts = ctx.article.entities.parts.get(i, ())
    if not parts:
        return frozenset()
    return _heads_among(ctx, parts, _cue_hits(ctx, parts[0].start, parts[-1].end))


def _cue_hits(ctx: CueContext, start: int, end: int) -> list[Hit]:
    """The cue hits that start between ``start`` and ``end``, in order."""
    hits = ctx.article.tg.hits
    return [
        h
        for j in range(start, end)
        if (h := hits.get(j)) is not None and h.kind == "cue" and h.start == j
    ]


def _anaphor_owners(ctx: CueContext, fronted: bool = False) -> list[Part]:
    """ "Both leaders witnessed the signing after their meeting": a sentence that opens with a
    plural anaphor (no official before the noun) names the group of an earlier sentence."""
    tg = ctx.article.tg
    if tg.P.word_order != "SVO" or any(p.kind == OFFICIAL and p.start < ctx.k for p in ctx.before):
        return []
    return _group_before(ctx) if _joint_subject_end(ctx, fronted) is not None else []


def _joint_subject_end(ctx: CueContext, fronted: bool = False) -> int | None:
    """Where the longest plural anaphor opening the sentence ("the two", "both leaders") ends
    (up to three words, before the cue), or ``None``; ``fronted``: also one opening the clause
    after a circumstance fronted before a comma, with no party in it ("<a time>, the two
    envoys …")."""
    tg, s, words = ctx.article.tg, ctx.sentence.span, ctx.article.words
    start = s.start
    if fronted:
        comma = next((i for i in range(ctx.k - 1, s.start, -1) if tg.is_punct[i]), None)
        if comma is not None and not any(p.start < comma for p in ctx.sentence.parts):
            start = comma + 1
    ends = [
        start + n
        for n in (1, 2, 3)
        if " ".join(tg.norms[start : min(ctx.k, start + n)]) in words.joint_subject
    ]
    return max(ends) if ends else None


def _plural_owners(ctx: CueContext) -> list[Part]:
    """ "The two envoys held a meeting with X", "<a fronted circumstance>, the two envoys <a meal
    noun> with X": a plural anaphor opening the sentence or its clause after a fronted circumstance
    names the officials of an earlier sentence; with a noun after it ("envoys"), those whose
    title holds the noun, when two or more do."""
    return _noun_named(ctx, _anaphor_owners(ctx, fronted=True), fronted=True)


def _noun_named(ctx: CueContext, group: list[Part], fronted: bool = False) -> list[Part]:
    """Of the group a plural anaphor opening the sentence names, those whose title holds its noun
    ("the two ministers": the ministers of the group, not the spokesman quoting them), when two
    or more do."""
    if len(group) < 3:
        return group
    tg = ctx.article.tg
    k = _joint_subject_end(ctx, fronted)
    if k is None:  # no anaphor opens the sentence: no noun to read
        return group
    noun = tg.norms[k] if k < ctx.k and tg.is_alpha[k] else ""
    ending = next((e for e in tg.W.plural_ending if noun.endswith(e)), None)
    if ending is None or len(noun) - len(ending) < 3:
        return group
    stem = noun[: len(noun) - len(ending)]  # "envoys" -> "envoy"
    officials = ctx.article.entities.officials
    named = [
        p
        for p in group
        if any(stem in t.lower() for t in officials[ctx.article.entities.canon(p.ref)].titles)
    ]
    return named if len(named) >= 2 else group


def _and_before_verb(ctx: CueContext, p: Part) -> bool:
    """ "…, and had a meeting with": "and" after the party ``p`` (a comma may close its title
    first), then a verb before the noun, no party in between."""
    tg, words = ctx.article.tg, ctx.article.words
    between = range(mention_end(ctx, p), ctx.k)
    if any(p.start < q.start < ctx.k for q in ctx.sentence.parts):
        return False
    if 0 < len(between) <= 4 and any(tg.norms[i] in words.conjunction for i in between):
        return True
    # "…, before going on to a working lunch with": a gerund after a word of sequence has the
    # subject of the main verb, as the verb after "and" has
    ending = tuple(tg.W.participle_ending)
    return 0 < len(between) <= _SEQUENCE_GAP and any(
        tg.norms[i] in words.sequence and tg.norms[i + 1].endswith(ending)
        for i in between
        if i + 1 < ctx.k
    )


_SEQUENCE_GAP = 6  # ", before going on to a": the words from the party to the meeting noun


def _noun_subject(ctx: CueContext, w: int, state: Discourse) -> list[Part]:
    """Who held the meeting: a party between the noun and "with", the last official before, this
    sentence's speaker, the topic."""
    a_side = (
        [p for p in ctx.parts_between(ctx.hit.end, w) if not _venue_body(ctx, p)]
        or _reported_holder(ctx, state)
        or _last_official_before(ctx)
        or _unnamed_noun_subject(ctx, state)
        or _body_subject(ctx)
    )
    frame = state.frame
    if (
        a_side
        and frame is not None
        and ctx.article.tg.P.word_order == "SVO"
        and any(_same(a_side[0], q) and q.start >= ctx.sentence.span.start for q in frame[1])
    ):
        # "X met Y in Cairo, followed by a meeting with Z": Y was met; X holds the next meeting (Y
        # named again in a later sentence, "Y also held a meeting with Z", holds it)
        return list(frame[0]) if frame[0] else a_side
    if (
        a_side
        and frame is not None
        and frame[1]
        and ctx.article.tg.P.word_order == "SVO"
        and all(q.start >= ctx.sentence.span.start for q in frame[1])
        and any(_same(a_side[0], q) for q in frame[0])
        and _and_before_verb(ctx, a_side[0])
    ):
        # "X was received by Y, and had a meeting with Z": the host Y closes the first clause;
        # the guest X, the subject of both verbs, holds the next meeting
        return list(frame[1])
    if a_side:
        return a_side
    owners = _plural_owners(ctx) or _fronted_clause_subject(ctx, w, state)
    if owners:
        return owners  # "The two envoys later held a meeting with X"
    sp = state.speaker if state.said_here else None
    if sp is None and state.frame is not None and state.frame[0] and not state.frame[1]:
        # "X took part in a trilateral meeting with Y and Z": the clause's lone side so far
        return list(state.frame[0][:1])
    return [sp] if sp else ([state.topic] if state.topic else [])


def _fronted_clause_subject(ctx: CueContext, w: int, state: Discourse) -> list[Part]:
    """ "In a meeting with X, the minister stressed …" (SVO): a meeting noun fronted at the
    sentence's opening (a circumstance word, an article before it) with its "with" phrase closed by
    a comma: the clause's subject after that comma held it, an official named there or the one an
    unnamed title there stands for (not the last official named earlier); a mention closed by
    another comma is an apposition of the object ("with the minister, Ms X, the envoy …")."""
    tg, s, k, words = ctx.article.tg, ctx.sentence.span, ctx.k, ctx.article.words
    if tg.P.word_order != "SVO" or ctx.before or k - s.start > _CALL_LEAD:
        return []
    if tg.norms[s.start] not in words.circumstance:
        return []
    commas = [  # a comma inside a mention ("the governor, Mr X") closes no phrase
        j
        for j in range(w + 1, s.end - 1)
        if tg.texts[j] in _COMMAS_MET and not any(p.start < j < p.end for p in ctx.sentence.parts)
    ]
    for comma in commas[:_FRONTED_COMMAS]:
        subject, end = _subject_at(ctx, comma + 1, state)
        if end is not None and end < s.end and tg.texts[end] in _COMMAS_MET:
            continue  # an apposition of the object: the subject comes after its comma
        # a bare title resolved to the object itself ("with Minister X, the minister …" where X
        # holds the nearest such title) names no other side: left to the fallback
        ents = ctx.article.entities
        met = {
            ents.canon(p.ref)
            for p in ctx.sentence.parts
            if p.kind == OFFICIAL and w < p.start < comma
        }
        return [p for p in subject if ents.canon(p.ref) not in met]
    return []


_FRONTED_COMMAS = 3  # commas read after a fronted "with" phrase (its object's appositions)


def _subject_at(ctx: CueContext, i: int, state: Discourse) -> tuple[list[Part], int | None]:
    """The official at token ``i`` (named, or an unnamed title after an article) and where its
    mention ends; ([], None) when none is there."""
    tg, words = ctx.article.tg, ctx.article.words
    named = [p for p in ctx.sentence.parts if p.start == i and p.kind == OFFICIAL]
    if named:
        return named[:1], mention_end(ctx, named[0])
    if tg.norms[i] not in words.article:
        return [], None
    unnamed = unnamed_after(ctx, i + 1)
    if unnamed is None or unnamed[0] is None:
        return [], None
    if any(p.start <= unnamed[2] < p.end for p in ctx.sentence.parts):
        return [], unnamed[2]
    return [p for p in holder(ctx, state, unnamed) if p.kind == OFFICIAL], unnamed[2]


def _last_official_before(ctx: CueContext) -> list[Part]:
    """The last official before the meeting noun; after a past verb in the feminine right before
    an indefinite meeting noun whose subject is left unsaid (pro-drop), the last woman before it,
    when the last official is none: the verb agrees in gender with its subject."""
    officials = [p for p in ctx.before if p.kind == OFFICIAL]
    if not officials or not _feminine_verb_before(ctx) or _woman(ctx, officials[-1]):
        return officials[-1:]
    women = [p for p in officials if _woman(ctx, p)]
    return women[-1:] or officials[-1:]


def _feminine_verb_before(ctx: CueContext) -> bool:
    """The word right before an indefinite meeting noun is a past verb in the feminine (a word
    ending so, outside the name list and the lexicons). The ending alone also closes some nouns:
    a plural's ending (a feminine sound plural, "rounds of talks") is no verb, and a word of
    three letters or fewer is more often a noun than a verb with a conjunction or prefix."""
    return feminine_verb_at(ctx.article.tg, ctx.hit.start, ctx.sentence.span.start)


def feminine_verb_at(tg: Tagger, k: int, start: int) -> bool:
    """The test of ``_feminine_verb_before`` on the noun at ``k`` of a sentence starting at
    ``start`` (public for the tests: a compiled build checks a context's type)."""
    W = tg.W
    if k <= start or not W.feminine_verb_suffix:
        return False
    verb = tg.norms[k - 1]
    return (
        not tg.is_definite(tg.norms[k])
        and (k - 1) not in tg.hits
        and len(verb) > 3
        and verb.endswith(tuple(W.feminine_verb_suffix))
        and not verb.endswith(tuple(W.plural_ending))
        and verb not in tg.lex.names
        and tg.is_alpha[k - 1]
    )


def _woman(ctx: CueContext, p: Part) -> bool:
    """An official the mention marks a woman: a title in the feminine (its masculine form also a
    title of the lexicon) or a feminine honorific, in the mention or right before it."""
    tg, W = ctx.article.tg, ctx.article.words
    for i in range(max(0, p.start - 1), p.end):
        h = tg.hits.get(i)
        if h is None or h.kind != "title" or h.start != i:
            continue
        if tg.norms[i] in W.feminine_honorific or _feminine_role(tg, tg.norms[i]):
            return True
    return False


def _unnamed_noun_subject(ctx: CueContext, state: Discourse) -> list[Part]:
    """An unnamed subject marked with its country ("the <demonym> official") right before a
    meeting noun is the official of that country who holds the title (not the topic or the last
    official named, who may be of the other side)."""
    unnamed = unnamed_before(ctx)
    if unnamed is None or unnamed[1] is None:
        return []
    return [p for p in holder(ctx, state, unnamed) if p.kind == OFFICIAL]


def _venue_body(ctx: CueContext, p: Part) -> bool:
    """ "aqada ijtima'an fi maktabihi bi-al-wizara ma'a X": a body right after a preposition of
    place (not of direction: "at the ministry") between the meeting noun and "with" is where the
    meeting was held, not who held it. So is a body that closes a prepositional phrase
    "<prep> (the) <lower-case noun> of (the) <body>" there (its premises, or "at the invitation
    of" it): the holder is the clause's subject, never the object of a preposition that follows
    the meeting noun. The look-back stays after the noun."""
    if p.kind != AGENCY or p.start == 0:
        return False
    words, norms, texts = ctx.article.words, ctx.article.tg.norms, ctx.article.tg.texts
    j = p.start - 1
    if j > 3 and norms[j] in words.article and norms[j - 1] in words.genitive:
        j -= 1  # "<prep> the <place noun> of the <body>": the body owning the place named
    if j > 2 and norms[j] in words.genitive and texts[j - 1].islower():
        j -= 3 if norms[j - 2] in words.article else 2
    return j >= ctx.hit.end and norms[j] in words.venue_prep and norms[j] not in words.destination


def _body_subject(ctx: CueContext) -> list[Part]:
    """ "The delegation also held a meeting with X" (SVO, no official before the noun): a
    delegation or mission opening the sentence holds the meeting, not the official named before."""
    ents = ctx.article.entities
    first = ctx.before[:1]
    if ctx.article.tg.P.word_order != "SVO":
        return _verb_body_subject(ctx)
    if not first or first[0].kind != AGENCY:
        return []
    p = first[0]
    opening = (
        p.start - ctx.sentence.span.start <= 1
        or _after_dateline(ctx, p.start)
        or _after_fronted_phrase(ctx, p.start)
    )
    kind = ents.agencies[p.ref].kind
    return [p] if opening and (kind in MEETING_AGENCIES or _committee(ents, p)) else []


# words of a fronted adverbial before the subject ("<adverb or time phrase>, the <body> …"); such
# openers are a few words long, a longer run before the comma is a clause of its own
_FRONTED = 6


def _after_fronted_phrase(ctx: CueContext, i: int) -> bool:
    """Token ``i`` (an article before it) opens the clause after a short fronted adverbial closed
    by a comma ("<time phrase>, the <body> held a meeting with X"): a time or place adverbial
    fronted before the subject leaves it the subject that holds the meeting."""
    tg, s = ctx.article.tg, ctx.sentence.span
    j = i - 1
    if j > s.start and tg.norms[j] in ctx.article.words.article:
        j -= 1
    return s.start < j <= s.start + _FRONTED and tg.texts[j] == ","


def _verb_body_subject(ctx: CueContext) -> list[Part]:
    """ "aqada al-wafd al-Kanadi ijtima'an ma'a lajnat …" (VSO): a delegation or mission right
    between a verb and the meeting noun, the sentence's first party, holds the meeting."""
    last = ctx.before[-1:]
    if not last or last[0].kind != AGENCY or last[0].end != ctx.k:
        return _verb_committee_subject(ctx) if last else []
    p = last[0]
    if (
        any(q.start < p.start for q in ctx.sentence.parts)
        or not ctx.article.tg.is_alpha[p.start - 1]
    ):
        return _verb_committee_subject(ctx)
    return [p] if ctx.article.entities.agencies[p.ref].kind in MEETING_AGENCIES else []


def _verb_committee_subject(ctx: CueContext) -> list[Part]:
    """ "aqadat lajnat X bi-majlis Y ijtima'an ma'a wafd …" (VSO): a committee, the sentence's
    first party right after a word (the verb), its parent bodies alone between it and the
    meeting noun, holds the meeting (it meets a delegation only, see ``_bodies_meet``)."""
    ents, tg = ctx.article.entities, ctx.article.tg
    parts = [q for q in ctx.sentence.parts if q.start < ctx.k]
    first = parts[0] if parts else None
    if first is None or not _committee(ents, first) or first is not ctx.before[0]:
        return []
    if first.start == 0 or not tg.is_alpha[first.start - 1]:
        return []
    if any(q.kind != AGENCY for q in parts) or any(
        tg.is_punct[i] for i in range(first.start, ctx.k)
    ):
        return []
    return [first]


_DASHES = ("-", "--", "\u2013", "\u2014")


def _after_dateline(ctx: CueContext, i: int) -> bool:
    """Token ``i`` opens the body after a dateline ("SUVA, 2 December – The Committee …"): a dash
    right before it (an article between)."""
    tg, s = ctx.article.tg, ctx.sentence.span
    j = i - 1
    if j > s.start and tg.norms[j] in ctx.article.words.article:
        j -= 1
    return j >= s.start and tg.texts[j] in _DASHES


def _with_sides(ctx: CueContext, state: Discourse) -> tuple[list[Part], list[Part]] | None:
    """ "talks with X": (the party before "with", or the subject, the speaker, the topic; X's
    group)."""
    h, s = ctx.hit, ctx.sentence.span
    words, norms = ctx.article.words, ctx.article.tg.norms
    w = next(
        (
            j
            for j in range(h.end - 1, min(s.end, max(h.end + 8, _chaired_end(ctx))))
            if norms[j] in words.comitative
        ),
        None,
    )  # "with" may close the cue itself ("meeting with")
    if w is None or _quoted_apart(ctx, w):
        return None
    stop = ctx.next_cue
    if stop < w:  # "chaired by Z, with X": the chair's cue stands before "with"
        stop = next((c for c, _h in ctx.later_cues if c > w), s.end)
    b_side = first_group(
        ctx, _meeting_parts(ctx, [p for p in ctx.sentence.parts if w < p.start < stop])
    )
    a_side = list(_meeting_parts(ctx, _noun_subject(ctx, w, state)))
    if _chaired_end(ctx) and ctx.article.tg.P.word_order == "VSO":
        # "aqadat lajnat X ijtima'an bi-ri'asat Z ma'a wafd …": the committee with its chair
        a_side = a_side + _verb_committee_subject(ctx)
    if not a_side:
        a_side, b_side = _comma_subject(ctx, b_side)
        a_side = a_side or _after_group(ctx, b_side)
    # "In his meeting with X, <title>, EAM discussed": the subject after the comma is the
    # possessive's own party, not one of X's side
    b_side = [q for q in b_side if not any(_one(ctx, q, a) for a in a_side)]
    return (a_side, b_side) if a_side and b_side else None


def _chaired_end(ctx: CueContext) -> int:
    """ "ijtima'an bi-ri'asat <title> Z, ma'a X": "chaired by" right after the meeting noun, its
    chair an official: where the chair's mention ends and a comma after it (0 when none), so
    that "with" is sought past the chair's long title."""
    lead = next(
        (ch for _c, ch in ctx.sentence.cues if ch.info[0] == LEAD and ch.start == ctx.hit.end),
        None,
    )
    if lead is None:
        return 0
    chair = next((p for p in ctx.sentence.parts if p.start >= lead.end), None)
    if chair is None or chair.kind != OFFICIAL or chair.start - lead.end > _CHAIR_TITLE:
        return 0
    end = mention_end(ctx, chair)
    return end + 2 if end < ctx.sentence.span.end and ctx.article.tg.is_punct[end] else 0


def _quoted_apart(ctx: CueContext, i: int) -> bool:
    """Token ``i`` is inside a quotation that does not hold the cue ("after the talks, X said that
    the kingdom 'will work with His Majesty …'"): a word of the statement, not of the meeting."""
    inside = quote_regions(ctx.doc, ctx.sentence.span)
    return i in inside and ctx.k not in inside


def _one(ctx: CueContext, p: Part, q: Part) -> bool:
    """The two parts name one entity (an official by any of its mentions)."""
    ents = ctx.article.entities
    return _same(p, q) or (p.kind == q.kind == OFFICIAL and ents.canon(p.ref) == ents.canon(q.ref))


def _comma_subject(ctx: CueContext, group: list[Part]) -> tuple[list[Part], list[Part]]:
    """ "With X, Y said": a group whose last party follows a bare comma (a list closes with "and")
    ends with the clause's subject: (the subject, the rest)."""
    if len(group) < 2:
        return [], group
    between = ctx.doc[group[-2].end : group[-1].start]
    if any(t.norm_ in ctx.article.words.conjunction for t in between):
        return [], group
    return group[-1:], group[:-1]


def _after_group(ctx: CueContext, group: list[Part]) -> list[Part]:
    """ "During his meeting with X, Y said": the party right after the comma that ends X's group."""
    if not group:
        return []
    tg, s = ctx.article.tg, ctx.sentence.span
    j = _circumstance_end(ctx, group[-1].end)
    if j >= s.end or not tg.is_punct[j]:
        return []
    nxt = [p for p in _meeting_parts(ctx, ctx.sentence.parts) if p.start > j]
    if not nxt or nxt[0].start - j > _AFTER_COMMA:
        return []
    # "…, before a roundtable with Y" (SVO: a subject stands before its verb): Y is the object of
    # another cue, no subject
    if tg.P.word_order == "SVO" and any(tg.kind(i) == "cue" for i in range(j, nxt[0].start)):
        return []
    return nxt[:1]


def _circumstance_end(ctx: CueContext, j: int) -> int:
    """ "In a meeting with X in Cairo on Sunday, Y said": the comma closing a place or a time after
    the group (no party, no cue, no other punctuation in between), else ``j``."""
    s, tg = ctx.sentence.span, ctx.article.tg
    if j >= s.end or tg.is_punct[j]:
        return j
    # a country may be the place ("in Cairo"); a person or a body is a party of its own
    taken = {i for p in ctx.sentence.parts if p.kind != COUNTRY for i in range(p.start, p.end)}
    for k in range(j + 1, min(s.end, j + _CIRCUMSTANCE)):
        if tg.texts[k] in _COMMAS_MET:
            return k
        if tg.is_punct[k] or tg.kind(k) == "cue" or k in taken:
            return j
    return j


def _participle(ctx: CueContext) -> bool:
    """ "X, meeting Y in Doha, said", "Meeting (the) Y on Monday, X stressed": in a cased language
    the meeting word with no determiner, opening the sentence or a comma clause, right before a
    party (its article between), is a participle: its object is met."""
    tg, s, k = ctx.article.tg, ctx.sentence.span, ctx.k
    j = ctx.hit.end
    if j < s.end and tg.norms[j] in ctx.article.words.article:
        j += 1
    return (
        tg.P.cased
        and ctx.hit.end - k == 1
        and (k == s.start or tg.texts[k - 1] in _COMMAS_MET)
        and any(p.start == j for p in ctx.after)
    )


def _direct_sides(ctx: CueContext, state: Discourse) -> tuple[list[Part], list[Part]] | None:
    """ "khilal liqa'ihi X" (a meeting noun with a pronoun, no "with"): the speaker, the subject or
    the topic meets the group right after the noun."""
    after = _meeting_parts(ctx, ctx.after)
    if not after or (
        after[0].start - _past_styled(ctx, ctx.hit.end, after[0].start) > 1
        and not _venue_gap(ctx, ctx.hit.end, after[0].start)
    ):
        return None
    b_side = first_group(ctx, after)
    sp = state.speaker if state.said_here else None
    a_side = (
        _antecedent_side(ctx)  # "X, who was accompanied by Y, paid a courtesy call on Z"
        or [p for p in ctx.before if p.kind == OFFICIAL][-1:]
        or _body_subject(ctx)  # "The mission then made a courtesy call on X"
        or _after_group(ctx, b_side)  # "khilal istiqbalihi X, akkada Y": Y held the meeting
        or _reported_official(ctx, state)
        or ([sp] if sp else list(state.subjects) or ([state.topic] if state.topic else []))
    )
    a_side = [p for p in a_side if not any(_same(p, q) for q in b_side)]
    return (a_side, b_side) if a_side else None


def _venue_gap(ctx: CueContext, j: int, start: int) -> bool:
    """ "khilal liqa'ihi fi maktabihi al-yawm X", "lada istiqbalihi bi-maqarr al-majlis X": a short
    phrase of place (a preposition of place, not of direction, and the words of its object, a time
    word after) between a meeting noun with a pronoun and its object: no punctuation, cue or
    official inside it."""
    tg, words = ctx.article.tg, ctx.article.words
    if not (0 < start - j <= _VENUE_GAP) or tg.P.cased:
        return False
    if tg.norms[j] not in words.venue_prep or tg.norms[j] in words.destination:
        return False
    if any(tg.is_punct[i] for i in range(j, start)):
        return False
    if any(j <= c < start for c, _ in ctx.sentence.cues):
        return False
    return not any(p.kind == OFFICIAL and j <= p.start < start for p in ctx.sentence.parts)


def _antecedent_side(ctx: CueContext) -> list[Part]:
    """ "X, who was accompanied by A and B, paid a courtesy call on Y" (SVO): a relative clause
    (commas inside it too) closed by a comma right before the cue; its antecedent, the official
    right before the comma that opens it, with the companions the clause joins to it."""
    tg, k, s = ctx.article.tg, ctx.k, ctx.sentence.span
    if tg.P.word_order != "SVO":
        return []
    while k - 1 > s.start and (
        tg.norms[k - 1] in ctx.article.words.auxiliary or _adverb(tg, k - 1)
    ):
        k -= 1  # "…, also paid"
    if k - 1 <= s.start or tg.texts[k - 1] not in _COMMAS_MET:
        return []
    rel = next(
        (
            j
            for j in range(k - 2, s.start, -1)
            if tg.norms[j] in ctx.article.words.relative and tg.texts[j - 1] in _COMMAS_MET
        ),
        None,
    )
    if rel is None:
        return []
    ante = [
        p
        for p in ctx.before
        if p.kind == OFFICIAL and p.end < rel and mention_end(ctx, p) >= rel - 1
    ]
    if not ante:
        return []
    joined = _relative_companions(ctx, ante[-1])[:1]
    conj = ctx.article.words.conjunction
    for p in ctx.before if joined else ():  # "accompanied by A, and B": the companions listed
        if joined[-1].end <= p.start and p.end < k and p.kind == OFFICIAL:
            if not any(n in conj for n in tg.norms[joined[-1].end : p.start]):
                break
            joined.append(p)
    return ante[-1:] + joined


def _past_honorifics(ctx: CueContext, j: int) -> int:
    """Where the honorifics starting at token ``j`` end ("a courtesy call on His Excellency
    Advocate X", "on H.E. Mr. X"): the party after them stands right after the noun."""
    hits, end = ctx.article.tg.hits, ctx.sentence.span.end
    while j < end:
        h = hits.get(j)
        if h is None or h.kind != "title" or h.start != j or h.info[0] != HONORIFIC:
            return j
        j = h.end
    return j


def _past_styled(ctx: CueContext, j: int, start: int) -> int:
    """Where the words before a party at ``start`` end: past its honorifics, and in a cased
    language past an article and capitalised words no table knows that run up to it (a body's
    acronym or a title of its own, "a call on the <Capitalised Title> X"): in a cased language
    the words of a title before a name are capitalised, common nouns are not."""
    j = _past_honorifics(ctx, j)
    tg = ctx.article.tg
    if not tg.P.cased:
        return j
    k = j + 1 if j < start and tg.norms[j] in ctx.article.words.article else j
    # "… on the Chair-in-Office, Federal Minister X": a hyphened title set off by one comma
    commas = [i for i in range(k, start) if tg.texts[i] in _COMMAS_MET]
    if len(commas) > 1 or (commas and commas[0] == k):
        return j
    named = _agency_words(ctx, k, start)
    if all(_styled_word(tg, i) for i in range(k, start) if i not in commas and i not in named):
        return start
    return j


def _agency_words(ctx: CueContext, k: int, start: int) -> set[int]:
    """The tokens of an agency named whole between ``k`` and ``start``: a body's name before the
    title it heads ("a call on the <Body of Trade and Industry> Chairman X") keeps its lower-case
    joining words."""
    spans = (range(p.start, p.end) for p in ctx.sentence.parts if p.kind == AGENCY)
    return {i for r in spans if k <= r.start and r.stop <= start for i in r}


def _styled_word(tg: Tagger, i: int) -> bool:
    """A capitalised word, or a dash and a lower-case word inside a hyphened compound whose words
    are glued to it ("Chair-in-Office")."""
    if tg.is_alpha[i] and tg.texts[i][:1].isupper():
        return True
    glued = 0 < i < len(tg.texts) - 1 and not tg.ws[i - 1] and not tg.ws[i]
    return glued and (tg.texts[i] == "-" or (tg.is_alpha[i] and tg.texts[i].islower()))


def _reported_official(ctx: CueContext, state: Discourse) -> list[Part]:
    """ "awdaha al-mutahaddith anna al-wazir X akkada khilal liqa'ihi Y": the official who opens
    the reported clause (right after the complementiser) owns its meeting noun, not the reporter."""
    s, i = ctx.sentence.span, state.reported_from + 1
    if not (state.said_here and s.start < i < ctx.k):
        return []
    i = _past_honorifics(ctx, i)  # "anna al-duktur X": the honorific opens the official's mention
    p = next((p for p in ctx.sentence.parts if p.start == i and p.kind == OFFICIAL), None)
    if p is None or p.end >= ctx.k or (state.speaker is not None and _same(p, state.speaker)):
        return []
    return [p]


def _reported_holder(ctx: CueContext, state: Discourse) -> list[Part]:
    """ "wa-adafa al-mutahaddith anna al-wazir 'aqada jalsat mubahathat ma'a Y": the official who
    opens the reported clause, named or by a bare title (its holder), holds its meeting, not the
    reporter before the complementiser."""
    named = _reported_official(ctx, state)
    s, i = ctx.sentence.span, state.reported_from + 1
    if named or not (state.said_here and s.start < i < ctx.k):
        return named
    i = _past_honorifics(ctx, i)
    h = ctx.article.tg.hits.get(i)
    if h is None or h.kind != "title" or h.start != i or h.end >= ctx.k:
        return []
    after = [p for p in ctx.sentence.parts if i < p.start < ctx.k and p.kind == OFFICIAL]
    if after and after[0].start > h.end + 1:
        after = []  # no name right after the title
    # "anna al-wazir X 'aqada …": the name after the title; a bare title: its holder
    found = after[:1] or holder(ctx, state, (h, None, h.end))
    if state.speaker is not None and any(_same(p, state.speaker) for p in found):
        return []
    return [p for p in found if p.kind == OFFICIAL]


_OWN_MEETING_GAP = 8  # "X and Y spoke to the press after their meeting"


def _circumstance_noun(ctx: CueContext) -> bool:
    """The meeting noun is a circumstance of its clause ("during (the) talks")."""
    tg, j = ctx.article.tg, ctx.k - 1
    if j > ctx.sentence.span.start and tg.norms[j] in ctx.article.words.article:
        j -= 1
    return j >= ctx.sentence.span.start and tg.norms[j] in ctx.article.words.circumstance


def _own_meeting(ctx: CueContext) -> bool:
    """A possessive right before the meeting noun, an adjective at most between ("after their
    (bilateral) meeting"): the meeting is the subjects' own, however far the noun stands."""
    tg, s = ctx.article.tg, ctx.sentence.span
    return any(
        tg.norms[i] in ctx.article.words.possessive for i in range(max(s.start, ctx.k - 2), ctx.k)
    )


def _fronted_owners(ctx: CueContext) -> list[Part]:
    """ "Following their meeting in X, A, B and C issued …": a sentence that opens with its
    subjects' own meeting names them after it, coordinated (no official before the noun)."""
    if any(p.kind == OFFICIAL for p in ctx.before):
        return []
    group = first_group(ctx, [p for p in ctx.after if p.kind == OFFICIAL])
    return group if len(group) >= 2 else []


def _fronted_meeting(ctx: CueContext) -> bool:
    """ "At a meeting in Paris on Friday, X and Y signed …", "During talks in Tokyo, X and Y
    agreed …", "Meeting in Rome, X and Y …" (SVO): the meeting noun opens the sentence, alone or
    after a circumstance word and an article or adjective, and a comma closes its place and time
    (no party, no cue before it): the parties after the comma held it."""
    tg, s, k, words = ctx.article.tg, ctx.sentence.span, ctx.k, ctx.article.words
    if tg.P.word_order != "SVO":
        return False
    if k != s.start and not (
        tg.norms[s.start] in words.circumstance
        and k - s.start <= _CALL_LEAD
        and all(tg.is_alpha[i] and tg.kind(i) is None for i in range(s.start + 1, k))
    ):
        return False
    j = ctx.hit.end
    if j < s.end and tg.texts[j] in _COMMAS_MET:
        return True
    end = _circumstance_end(ctx, j)
    return end != j and tg.texts[end] in _COMMAS_MET


def _addressed_before(ctx: CueContext) -> list[Part]:
    """ "X told his counterpart Y during their meeting that …", "X thanked Y during the talks"
    (SVO): the clause's two officials, the object right before the circumstance of the meeting
    noun (its word, an article or a possessive between), no punctuation between them: they held
    that meeting."""
    tg, k = ctx.article.tg, ctx.k
    if tg.P.word_order != "SVO":
        return []
    canon = ctx.article.entities.canon
    seen: dict[int, Part] = {}
    for p in _meeting_parts(ctx, [q for q in ctx.sentence.parts if q.end <= k]):
        if p.kind == OFFICIAL:
            seen.setdefault(canon(p.ref), p)
    if len(seen) != 2:
        return []
    first, second = seen.values()
    lo = mention_end(ctx, second)
    words = ctx.article.words
    if not (0 < k - lo <= _CALL_LEAD and tg.norms[lo] in words.circumstance):
        return []
    if any(tg.norms[i] not in words.article | words.possessive for i in range(lo + 1, k)):
        return []
    if any(tg.is_punct[i] for i in range(first.end, second.start)):
        return []
    return [first, second]


def _coordinated_noun(ctx: CueContext, state: Discourse) -> Outcome:
    """ "X and Y held a meeting", "aqada X wa-Y ijtima'an": the parties coordinated right before the
    noun meet each other."""
    suffixes = tuple(ctx.article.words.possessive_suffix)
    if suffixes and ctx.article.tg.texts[ctx.k].endswith(suffixes):
        return Outcome((), state)  # "bi-munasabat ziyaratihi": one party's own visit or meeting
    group = _coordinated_before(ctx)
    if (
        group
        and ctx.article.tg.P.word_order == "VSO"
        and any(
            ch.info[0] == "compose" and c < group[0].start
            for c, ch in ctx.sentence.cues[: ctx.index]
        )
    ):
        return Outcome((), state)  # "the delegation included X and Y, while … the meeting": members
    gap = _OWN_MEETING_GAP if _own_meeting(ctx) else _PRESS_GAP
    if (
        _circumstance_noun(ctx)
        and group
        and not any(p.kind == OFFICIAL and p.start < group[0].start for p in ctx.sentence.parts)
    ):
        # "X and his counterpart Y agreed on Monday to … during talks in Tokyo": the subjects' talks
        gap = ctx.k - group[0].start
    construct = _construct_parties(ctx) if len(group) < 2 else []
    if construct:  # "tanawala liqa' X wa-nadhirihi Y …": the meeting of the two named after it
        rels = [
            r
            for x, y in group_pairs(ctx.article.entities, construct)
            for r in met(ctx.article.entities, [x], [y], ctx.sentence.span, "met.coordinated")
        ]
        return Outcome(tuple(rels), _framed(state, construct[:1], construct[1:], None))
    if len(group) < 2 and (_own_meeting(ctx) or _fronted_meeting(ctx)):
        group = (
            _fronted_owners(ctx)
            or _anaphor_owners(ctx)
            or _addressed_before(ctx)
            or _speakers_owners(ctx, state)
        )
        gap = len(ctx.article.tg.norms)
    elif len(group) < 2 and _circumstance_noun(ctx):
        group = _addressed_before(ctx) or group
    if len(group) < 2 or _words_between(ctx, mention_end(ctx, group[-1]), ctx.k) > gap:
        return Outcome((), state)
    if _unreal_verb_between(ctx, mention_end(ctx, group[-1]), ctx.k):
        return Outcome((), state)  # "X and Y will say after their talks": no talks reported held
    if any(group[-1].end <= c < ctx.k and ch.info[0] in _ATTENDANCE for c, ch in ctx.sentence.cues):
        return Outcome((), state)  # "X and Y attended the meeting": attendees, no meeting of theirs
    if _purpose_between(ctx, group[-1].end, ctx.k):
        return Outcome((), state)  # "X and Y left [to-take-part] in the meetings": a purpose
    ents, s = ctx.article.entities, ctx.sentence.span
    rels = [
        r for x, y in group_pairs(ents, group) for r in met(ents, [x], [y], s, "met.coordinated")
    ]
    return Outcome(() if _virtual(ctx) else tuple(rels), _framed(state, group[:1], group[1:], None))


def _speakers_owners(ctx: CueContext, state: Discourse) -> list[Part]:
    """ "A and B said in a joint statement after their talks": coordinated speakers of this
    sentence, named before a verb of saying, own the meeting the possessive names in a phrase of
    time after it ("after|during their talks"); no meeting that is the statement's object ("said
    their talks would resume")."""
    tg, s, k = ctx.article.tg, ctx.sentence.span, ctx.k
    words = ctx.article.words
    if not (
        state.said_here
        and k - 2 >= s.start
        and tg.norms[k - 1] in words.possessive
        and tg.norms[k - 2] in words.circumstance
    ):
        return []
    group = [p for p in state.subjects if p.kind == OFFICIAL and s.start <= p.start < p.end < k]
    return group if len(group) >= 2 and len(group) == len(state.subjects) else []


def _purpose_between(ctx: CueContext, a: int, b: int) -> bool:
    """A verbal noun of a purpose (``purpose_action``: taking part, attending) glued to "for"
    between tokens ``a`` and ``b`` ("X and Y travelled [to-take-part] in the meetings"): the
    meeting after it is what the parties set out for, not one held between them."""
    tg, words = ctx.article.tg, ctx.article.words
    preps = tuple(p for p in words.genitive | words.posted_to if len(p) == 1)
    cut = len(tg.P.contracted_article)
    for i in range(a, b):
        norm = tg.norms[i]
        if cut and norm.startswith(tg.P.contracted_article) and norm[cut:] in words.purpose_action:
            return True
        if preps and norm.startswith(preps) and norm[1:] in words.purpose_action:
            return True
    return False


def _construct_parties(ctx: CueContext) -> list[Part]:
    """ "liqa' X wa-nadhirihi Y", "mubahathat X wa-Y" (a meeting noun without the article, the
    head of a construct, its honorifics aside): the officials coordinated by "and" right after
    it are the meeting's parties. The definite noun is no construct head ("hadara al-liqa' X
    wa-Y": the attendees), nor is a planned, virtual, put-off or cancelled meeting; officials
    only juxtaposed after the noun (its genitive, then the verb's subject) are no pair."""
    tg, words = ctx.article.tg, ctx.article.words
    if " ".join(tg.norms[ctx.hit.start : ctx.hit.end]) not in words.meeting_construct:
        return []
    if _future(ctx) or _after_unreal_verb(ctx) or _virtual(ctx):
        return []
    span = ctx.sentence.span
    if any(n in words.called_off for n in tg.norms[span.start : span.end]):
        return []  # "urji'a liqa' X wa-Y": a meeting put off or cancelled was not held
    after = [p for p in ctx.after if p.start >= ctx.hit.end]
    if not after or after[0].kind != OFFICIAL:
        return []
    if _past_honorifics(ctx, ctx.hit.end) != after[0].start:
        return []
    group = first_group(ctx, after)
    marked = _marked_party(ctx, group[-1], after) if len(group) == 1 else None
    if marked is not None:  # "liqa' X bi-Y": the meeting of X with Y
        return [] if _future_time_after(ctx, marked.end) else [group[0], marked]
    if len(group) < 2 or any(p.kind != OFFICIAL for p in group):
        return []
    conj = words.conjunction
    if not all(
        any(n in conj for n in tg.norms[a.end : b.start])
        for a, b in zip(group, group[1:], strict=False)
    ):
        return []  # "hadara liqa' al-wazir safir X": a post in apposition, no second party
    return [] if _future_time_after(ctx, group[-1].end) else group


def _marked_party(ctx: CueContext, first: Part, after: list[Part]) -> Part | None:
    """In a meeting noun's construct, the official right after the first party's mention behind
    the object marker glued to it ("liqa' X bi-l-safira Y", the meeting of X with Y): the other
    party. None when ``first`` is no official or anything else stands between."""
    tg, words = ctx.article.tg, ctx.article.words
    if first.kind != OFFICIAL:
        return None
    end = mention_end(ctx, first)
    nxt = next((p for p in after if p.start >= end), None)
    if nxt is None or nxt.kind != OFFICIAL or nxt.start != end + 1:
        return None
    glued = tg.norms[end] in words.object_marker and not tg.doc[end].whitespace_
    return nxt if glued else None


def _future_time_after(ctx: CueContext, j: int) -> bool:
    """A future day (one word, or a time noun and "next") from ``j`` to the clause's end."""
    tg, times = ctx.article.tg, ctx.article.words.future_time
    for i in range(j, ctx.sentence.span.end):
        if tg.is_punct[i]:
            return False
        if tg.norms[i] in times or (i > 0 and f"{tg.norms[i - 1]} {tg.norms[i]}" in times):
            return True
    return False


def _unreal_verb_between(ctx: CueContext, a: int, b: int) -> bool:
    """A future or modal auxiliary between the parties (ending at token ``a``) and the meeting
    noun at ``b``, no punctuation after it ("X and Y will say after their talks", "X and Y may
    announce after their meeting"): the clause's verb is not reported as done, nor the meeting
    named in its circumstance. A future word that is also a preposition ("to") counts only right
    before a cue's verb ("are due to announce"), not before a noun ("spoke to reporters")."""
    tg, words = ctx.article.tg, ctx.article.words
    unreal = words.future | words.modal
    cued = {c for c, _ in ctx.sentence.cues}
    for i in range(a, b):
        if tg.norms[i] not in unreal or any(tg.is_punct[j] for j in range(i + 1, b)):
            continue
        if tg.norms[i] not in words.venue_prep or i + 1 in cued:
            return True
    return False


def _words_between(ctx: CueContext, a: int, b: int) -> int:
    """How many words tokens ``a``..``b`` make: in a cased language, a hyphenated compound is one
    word ("had a two-hour meeting": three); elsewhere (clitics split off) the tokens."""
    tg = ctx.article.tg
    if not tg.P.cased:
        return b - a
    return sum(1 for i in range(a, b) if tg.ws[i] or i + 1 == b)


def _meet_noun(ctx: CueContext, state: Discourse) -> Outcome:
    """ "talks with X": the party before "with" (or the subject, the speaker, the topic) meets X's
    group."""
    if _future(ctx) or _after_unreal_verb(ctx) or _unrealised_noun(ctx):
        return Outcome((), state)
    sides = _with_sides(ctx, state)
    if sides is None and (ctx.cue == MEET_NOUN_OBJ or _participle(ctx)):
        sides = _direct_sides(ctx, state)
    if sides is None and _between_after(ctx):
        return _between(ctx, state)
    if sides is None:
        return _coordinated_noun(ctx, state)
    a_side, b_side = sides
    if len(a_side) == 1:  # "talks with X, who is visiting at the head of a delegation": it too
        b_side = b_side + _led_by_guest(ctx, b_side)
    b_side = b_side + _body_chair(ctx, b_side)
    subject = a_side[0] if a_side[0].kind == OFFICIAL else None
    if _virtual(ctx):
        return Outcome((), _framed(state, a_side, b_side, subject, call=True))
    if _joint_subject_end(ctx, fronted=True) is not None:
        rels = _pair_meets(ctx.article.entities, a_side, b_side, ctx.sentence.span)
    else:
        rels = met(ctx.article.entities, a_side, b_side, ctx.sentence.span, "met.noun_with")
    return Outcome(tuple(rels), _framed(state, a_side, b_side, subject))


def _pair_meets(ents: Entities, pair: list[Part], b_side: list[Part], s) -> list[PendingRelation]:
    """ "the two ministers <a meal noun> with Z": a plural anaphor standing for two officials
    of two countries; Z sits on the side of its own country (an unmarked Z on the unmarked one's,
    the author's side) and meets the other's official (the attendee convention); a Z of a third
    country meets both."""
    if len(pair) != 2 or len({ents.country_of(p) for p in pair}) != 2:
        return met(ents, pair, b_side, s, "met.noun_with")
    out: list[PendingRelation] = []
    for b in b_side:
        mine = ents.country_of(b)
        out += met(ents, [p for p in pair if ents.country_of(p) != mine], [b], s, "met.noun_with")
    return out


def _unrealised_noun(ctx: CueContext) -> bool:
    """ "requested a meeting with Y", "cancelled her scheduled talks with Y": a verb of asking for
    or calling off a meeting whose object is the meeting noun names a meeting that did not take
    place. Between the verb and the noun stand only an article or a possessive and one word right
    before the noun (an adjective); any other word ends the object ("asked for help during talks
    with Y": the talks took place). No party, no punctuation between."""
    tg, words, s = ctx.article.tg, ctx.article.words, ctx.sentence.span
    taken = {i for p in ctx.sentence.parts for i in range(p.start, p.end)}
    unreal = words.request | words.called_off
    determiner = words.article | words.indefinite_article | words.possessive
    for i in range(ctx.k - 1, max(s.start, ctx.k - _UNREAL_REACH) - 1, -1):
        if tg.is_punct[i] or i in taken:
            return False
        pair = f"{tg.norms[i - 1]} {tg.norms[i]}" if i > s.start else ""
        if tg.norms[i] in unreal or pair in unreal:
            return True
        if i < ctx.k - 1 and tg.norms[i] not in determiner:
            return False
    return False


_UNREAL_REACH = 3  # words back from a meeting noun to a verb that asks for it or calls it off


def _after_unreal_verb(ctx: CueContext) -> bool:
    """ "min al-muntazar an taltaqi al-ba'tha X … li-istikmal al-munaqashat": a meeting noun after a
    future meeting verb of its sentence (the nearest verb cue before it) is that planned meeting;
    after a negated or denied one ("did not meet X during the summit") it is no meeting either. So
    too after the nearest meeting noun before it when that one is planned ("will hold talks with
    X at the summit": the summit is where the planned talks are to be held). The negation, the
    denial and the earlier noun's tense reach only a noun of the same clause (no punctuation
    between): "will hold talks with X next week; on Monday she had a meeting with Y" met Y."""
    cues, reg = ctx.sentence.cues[: ctx.index], ctx.article.registry
    verb = next((n for n in range(len(cues) - 1, -1, -1) if reg.is_verb(cues[n][1].info[0])), None)
    noun = next(
        (n for n in range(len(cues) - 1, -1, -1) if cues[n][1].info[0] in _MEETING_NOUNS), None
    )
    for ci in (verb, noun):
        if ci is None:
            continue
        earlier = cue_context(ctx.article, ctx.sentence, ci)
        if ci == verb and _future(earlier):
            return True
        punct = ctx.article.tg.is_punct
        if any(punct[i] for i in range(earlier.k, ctx.k)):
            continue
        if _future(earlier) or _negated(earlier) or _denied(earlier):
            return True
    return False


_MEETING_NOUNS = frozenset({"meet_noun", MEET_NOUN_OBJ})  # the classes of a meeting's own noun


def _noun_pair(ctx: CueContext, state: Discourse) -> Outcome:
    """ "atla'a X Y 'ala … khilal liqa'ihi bihi", "sallama X Y risala … khilal liqa'ihima": a
    meeting noun whose pronouns stand for both its parties names the clause's subject and the
    party after it, both before the noun (none when they are not there)."""
    if _future(ctx) or _virtual(ctx):
        return Outcome((), state)
    # the whole clause before the noun (a message or stance cue may stand between)
    before = list(_meeting_parts(ctx, ctx.parts_between(ctx.sentence.span.start, ctx.k)))
    if len(before) < 2 or before[0].kind != OFFICIAL:
        return Outcome((), state)
    # the subject, then the object and those joined to it (the two named side by side are two)
    subject, other = before[:1], first_group(ctx, before[1:])
    rels = met(ctx.article.entities, subject, other, ctx.sentence.span, "met.noun_pair")
    return Outcome(tuple(rels), _framed(state, subject, other, subject[0]))


def _press(ctx: CueContext, state: Discourse) -> Outcome:
    """A joint press conference: "with X", or the coordinated parties right before it ("X and Y at a
    press conference")."""
    if _with_sides(ctx, state) is not None:
        told = _meet_noun(ctx, state)
        if told.relations or len(_given_by(ctx)) < 2:
            return told
    group = _coordinated_before(ctx)
    if len(group) < 2:
        group = _with_before(ctx)  # "X With Y At a Joint Press Availability"
    if len(group) < 2 or ctx.k - mention_end(ctx, group[-1]) > _PRESS_GAP:
        group = _given_by(ctx)
    if len(group) < 2 or _future(ctx):
        return Outcome((), state)
    ents, s = ctx.article.entities, ctx.sentence.span
    rels = [
        r for x, y in group_pairs(ents, group) for r in met(ents, [x], [y], s, "met.coordinated")
    ]
    return Outcome(tuple(rels), _framed(state, group[:1], group[1:], None))


def _given_by(ctx: CueContext) -> list[Part]:
    """ "Joint press conference by Minister X and Minister Y", "… of Minister X and Minister Y",
    "… with Minister X and Minister Y" (a transcript's heading, no host before it): the officials
    listed right after the agentive, genitive or comitative word after the cue gave it
    together."""
    tg, at, words = ctx.article.tg, ctx.hit.end, ctx.article.words
    if at >= ctx.sentence.span.end or tg.norms[at] not in (
        words.agentive | words.genitive | words.comitative
    ):
        return []
    after = [p for p in ctx.after if p.start > at]
    if not after or after[0].kind != OFFICIAL or not _styled_gap(ctx, at + 1, after[0]):
        return []
    return [p for p in first_group(ctx, after) if p.kind == OFFICIAL]


def _with_before(ctx: CueContext) -> list[Part]:
    """ "X with Y at a press conference": the two parties joined by "with" right before the cue."""
    before = _meeting_parts(ctx, ctx.before)
    if len(before) < 2:
        return []
    x, y = before[-2], before[-1]
    between = ctx.doc[mention_end(ctx, x) : y.start]
    comitative = ctx.article.words.comitative
    if sum(t.norm_ in comitative for t in between) != 1 or any(
        not t.is_punct and t.norm_ not in comitative for t in between
    ):
        return []
    return [x, y]


def _between(ctx: CueContext, state: Discourse) -> Outcome:
    """ "a meeting between X and Y", "the meeting brought together X and Y", "jama'a liqa'un X
    wa-Y": the coordinated parties after the cue meet each other (with one party and "with": as a
    meeting noun)."""
    if _future(ctx):
        return Outcome((), state)
    group = first_group(ctx, _meeting_parts(ctx, ctx.after))
    if len(group) < 2:
        return _meet_noun(ctx, state)
    j = group[-1].end  # "a meeting between X and Y will take place"
    words = ctx.article.words
    if (
        any(  # "… will take place"; "… to discuss" is a purpose (see _future)
            n in words.future and n not in words.venue_prep
            for n in ctx.article.tg.norms[j : min(ctx.sentence.span.end, j + 2)]
        )
        or _called_off(ctx, j)
    ):
        return Outcome((), state)
    ents, s = ctx.article.entities, ctx.sentence.span
    rels = [r for x, y in group_pairs(ents, group) for r in met(ents, [x], [y], s, "met.noun_with")]
    virtual = _virtual(ctx)
    return Outcome(
        () if virtual else tuple(rels), _framed(state, group[:1], group[1:], None, virtual)
    )


def _between_after(ctx: CueContext) -> bool:
    """ "at a meeting in Islamabad on Monday between X and Y": the word that opens the parties of a
    meeting ("between") after the noun, with only a place or a time between them (no party but a
    country, no cue, no punctuation), and two parties joined after it."""
    if len(first_group(ctx, _meeting_parts(ctx, ctx.after))) < 2:
        return False
    tg, s = ctx.article.tg, ctx.sentence.span
    taken = {i for p in ctx.sentence.parts if p.kind != COUNTRY for i in range(p.start, p.end)}
    for i in range(ctx.hit.end, min(s.end, ctx.hit.end + _CIRCUMSTANCE)):
        if tg.norms[i] in ctx.article.words.between:
            return True
        if tg.is_punct[i] or tg.kind(i) == "cue" or i in taken:
            return False
    return False


def _called_off(ctx: CueContext, j: int) -> bool:
    """ "A meeting between X and Y, planned for Tuesday, was postponed": the first tense auxiliary
    after the meeting's parties (ending at *j*), with any auxiliaries after it, followed by a
    participle of calling off tells a meeting that did not take place; not an auxiliary inside a
    relative clause ("…, which had been postponed twice, opened on Monday": it took place). The
    auxiliary is the meeting's own predicate only right after its parties or after an aside set
    off by commas; after other words it belongs to another clause ("… took place on Monday,
    after the vote was postponed": the meeting took place)."""
    tg, words, s = ctx.article.tg, ctx.article.words, ctx.sentence.span
    i = next((i for i in range(j, s.end) if tg.norms[i] in words.auxiliary), None)
    if i is None or any(tg.norms[r] in words.relative for r in range(j, i)):
        return False
    if i > j and not (tg.is_punct[j] and tg.is_punct[i - 1]):
        return False
    while i < s.end and tg.norms[i] in words.auxiliary:
        i += 1
    pair = f"{tg.norms[i]} {tg.norms[i + 1]}" if i + 1 < s.end else ""
    return i < s.end and (tg.norms[i] in words.called_off or pair in words.called_off)


def _participation(ctx: CueContext, state: Discourse) -> Outcome:
    """ "The meeting was held with the participation of X, Y and Z": the parties listed met each
    other, unless the sentence tells of a meeting to come ("will be held … with the participation
    of")."""
    words, tg, s = ctx.article.words, ctx.article.tg, ctx.sentence.span
    if any(n in words.future and n not in words.venue_prep for n in tg.norms[s.start : ctx.k]):
        return Outcome((), state)
    chaired = _chaired_attendees(ctx, state)
    if chaired is not None:
        return chaired
    out = _between(ctx, state)
    hosts = _co_hosts(ctx)
    if len(hosts) < 2 or _virtual(ctx):
        return out
    ents = ctx.article.entities
    pairs = tuple(
        r for x, y in group_pairs(ents, hosts) for r in met(ents, [x], [y], s, "met.verb")
    )
    return Outcome(out.relations + pairs, out.state)


_CHAIR = "chair"  # the cue class of a chairing verb ("co-chaired")


def _chaired_attendees(ctx: CueContext, state: Discourse) -> Outcome | None:
    """ "X and Y co-chaired the meeting, with the participation of Z and W": those listed attend
    the meeting the chairing verb before framed (both its sides set), each meeting the side not
    his own, not each other; else None."""
    frame = state.frame
    if frame is None or not frame[0] or not frame[1] or state.call:
        return None
    if not any(ch.info[0] == _CHAIR for c, ch in ctx.sentence.cues[: ctx.index] if c < ctx.k):
        return None
    group = first_group(ctx, _meeting_parts(ctx, ctx.after))
    if not group or _virtual(ctx):
        return None
    ents, s = ctx.article.entities, ctx.sentence.span
    rels = [r for p in group for r in met(ents, [p], other_side(ents, p, frame), s, "met.attend")]
    return Outcome(tuple(rels), state)


def _co_hosts(ctx: CueContext) -> list[Part]:
    """ "X and Y co-hosted a roundtable … with the participation of Z" (SVO): the two officials
    coordinated right before a verb of joint hosting ("co-" prefixed), who sat together."""
    tg, s = ctx.article.tg, ctx.sentence.span
    if tg.P.word_order != "SVO":
        return []
    co = next(
        (
            i
            for i in range(s.start, ctx.k - 1)
            if tg.norms[i].startswith("co-") or (tg.norms[i] == "co" and tg.texts[i + 1] == "-")
        ),
        None,
    )
    if co is None:
        return []
    before = [p for p in _meeting_parts(ctx, ctx.sentence.parts) if p.end <= co]
    if len(before) < 2 or before[-1].kind != OFFICIAL or before[-2].kind != OFFICIAL:
        return []
    if before[-1].end != co:  # the verb right after its subject ("co-operation" later is none)
        return []
    words = ctx.article.words
    if not any(n in words.conjunction for n in tg.norms[before[-2].end : before[-1].start]):
        return []
    return before[-2:]


_INCLUDED_GAP = 2  # honorifics between "included" and the first party


def _meetings_included(ctx: CueContext, state: Discourse) -> Outcome:
    """ "aqadat X liqa'at thuna'iyya …, shamilat A, wa-B, wa-C": the meetings of the clause's
    subject included each party listed after the verb: the subject met each (none when no meeting
    noun stands before the verb, or the meetings are to come)."""
    noun = next((c for c, ch in ctx.sentence.cues if c < ctx.k and ch.info[0] == "meet_noun"), None)
    if noun is None or _future(ctx):
        return Outcome((), state)
    after = [p for p in _meeting_parts(ctx, ctx.after) if p.kind != COUNTRY]
    if not after or after[0].start - ctx.hit.end > _INCLUDED_GAP:
        return Outcome((), state)
    subject = [p for p in ctx.before if p.kind == OFFICIAL and p.end <= noun][-1:]
    if not subject:
        return Outcome((), state)
    b_side = [p for p in first_group(ctx, after) if not _same(p, subject[0])]
    rels = met(ctx.article.entities, subject, b_side, ctx.sentence.span, "met.included")
    return Outcome(tuple(rels), _framed(state, subject, b_side, subject[0]))


def _host_countries(ctx: CueContext) -> list[Ref]:
    """The countries named in full right after the cue, coordinated ("France, Germany and
    Italy")."""
    tg, s = ctx.article.tg, ctx.sentence.span
    words = ctx.article.words
    out: list[Ref] = []
    i = ctx.hit.end
    while i < s.end:
        h = tg.hits.get(i)
        if h is not None and h.start == i and h.kind == "country" and h.info[1] == "name":
            out.append(Ref(COUNTRY, h.info[0]))
            i = h.end
        elif tg.norms[i] in words.article or (
            out and (tg.norms[i] in words.conjunction or tg.is_punct[i])
        ):
            i += 1
        else:
            break
    return out


def _host(ctx: CueContext, state: Discourse) -> Outcome:
    """ "a meeting hosted by X", "bi-istidafat X": the host meets the clause's subject (the last
    party before, else the carried subjects, the topic)."""
    hosts = first_group(ctx, _meeting_parts(ctx, ctx.after))
    if _future(ctx):
        return Outcome((), state)
    before = [p for p in _meeting_parts(ctx, ctx.sentence.parts) if p.end <= ctx.k][-1:]
    if not before and hosts:
        joint = _hosted_pair(ctx, state, hosts)
        if joint is not None:
            return joint
    guests = before or list(state.subjects) or ([state.topic] if state.topic else [])
    guests = [p for p in guests if not any(_same(p, h) for h in hosts)]
    if not guests and hosts:  # "the talks, hosted by X, were attended by Y": X is one side
        return Outcome((), _framed(state, hosts, [], None, call=_virtual(ctx)))
    if not guests:
        return Outcome((), state)
    if not hosts:  # "a meeting hosted by France, Germany and Italy": the host countries
        s = ctx.sentence.span
        return Outcome(
            tuple(
                PendingRelation(MET_WITH, g.endpoint, c, s, "met.verb")
                for g in guests
                if g.kind == OFFICIAL
                for c in _host_countries(ctx)
            ),
            state,
        )
    rels = met(ctx.article.entities, hosts, guests, ctx.sentence.span, "met.verb")
    framed = _framed(state, hosts, guests, None)
    if before and ctx.article.tg.P.word_order == "SVO":
        # "X was received by Y, and later met Z": the guest is the clause's subject, the one
        # "and" carries to the next verb
        framed = framed.evolve(subjects=tuple(guests))
    return Outcome(() if _virtual(ctx) else tuple(rels), framed)


_JOINT_GAP = 6  # "the two leaders then attended a dinner hosted by X": words from the anaphor


def _hosted_pair(ctx: CueContext, state: Discourse, hosts: list[Part]) -> Outcome | None:
    """ "…, and the two leaders then attended a dinner hosted by X" (a plural anaphor of two words
    or more shortly before the cue, no party between): the host met each principal
    of the current meeting; when the host is one of them, the meeting stays the one told (its
    attendees still meet the other side, not the host's own)."""
    frame = state.principals or state.frame
    if frame is None or state.call:
        return None
    tg, words = ctx.article.tg, ctx.article.words
    lo = max(ctx.sentence.span.start, ctx.k - _JOINT_GAP)
    if not any(
        " ".join(tg.norms[i : i + n]) in words.joint_subject
        for i in range(lo, ctx.k)
        for n in (2, 3, 4)
        if i + n <= ctx.k
    ):
        return None
    pair = [q for side in frame for q in side if q.kind == OFFICIAL]
    guests = [q for q in pair if not any(_one(ctx, q, h) for h in hosts)]
    if not guests:  # _host, its one caller, has left a future cue already
        return Outcome((), state)
    rels = (
        ()
        if _virtual(ctx)
        else met(ctx.article.entities, hosts, guests, ctx.sentence.span, "met.verb")
    )
    if len(guests) < len(pair):
        return Outcome(tuple(rels), state)
    return Outcome(tuple(rels), _framed(state, hosts, guests, None))


def _reception(ctx: CueContext, state: Discourse) -> Outcome:
    """ "wa-kana fi istiqbal X lada wusulihi Y": the first party after the cue was received by the
    ones after it; "fi istiqbalihi", "istaqbalahu" (cue class meet_reception_pron): the official
    named before it was received ("X arrived at the head of a delegation, where Y received him"),
    else the last party, else the topic."""
    after = list(_meeting_parts(ctx, ctx.after))
    if ctx.cue == "meet_reception_pron":  # the official before it, else the last party, the topic
        before = [p for p in _meeting_parts(ctx, ctx.sentence.parts) if p.end <= ctx.k]
        officials = [p for p in before if p.kind == OFFICIAL]
        # "sarraha al-mutahaddith bi-anna X … haythu istaqbalahu Y": the official opening the
        # reported clause, not its reporter
        guests = (
            _reported_official(ctx, state)
            or officials[:1]
            or before[-1:]
            or ([state.topic] if state.topic is not None else [])
        )
    else:
        guests, after = after[:1], after[1:]
    hosts = first_group(ctx, after)
    if not guests or not hosts or _future(ctx):
        return Outcome((), state)
    rels = met(ctx.article.entities, hosts, guests, ctx.sentence.span, "met.verb")
    return Outcome(tuple(rels), _framed(state, hosts, guests, None))


def _honour(ctx: CueContext, state: Discourse) -> Outcome:
    """ "a dinner in honour of X", "ma'dubat 'asha' 'ala sharaf X": the host (the last party before,
    else the subjects, the topic) met X; only after a meal or reception word."""
    doc, words = ctx.doc, ctx.article.words
    near = doc[max(ctx.sentence.span.start, ctx.k - _BANQUET_GAP) : ctx.k]
    if not any(t.norm_ in words.banquet for t in near) or _future(ctx):
        return Outcome((), state)
    guests = first_group(ctx, _meeting_parts(ctx, ctx.after))
    before = [p for p in _meeting_parts(ctx, ctx.sentence.parts) if p.end <= ctx.k][-1:]
    if guests and not _guest_follows(ctx, guests[0].start):
        # "takriman li-dayfihi wa-l-wafd", "'ala sharaf 'adad min ru'asa' …": guests named by no
        # entity; the meal is the host's own, its attendees named after it meet the host
        return Outcome((), _framed(state, before, [], None) if before else state)
    hosts = before or list(state.subjects) or ([state.topic] if state.topic else [])
    hosts = [p for p in hosts if not any(_same(p, g) for g in guests)]
    if not guests and before:
        return Outcome((), _framed(state, before, [], None))
    if not guests or not hosts:
        return Outcome((), state)
    rels = met(ctx.article.entities, hosts, guests, ctx.sentence.span, "met.verb")
    return Outcome(tuple(rels), _framed(state, hosts, guests, None))


def _guest_follows(ctx: CueContext, start: int) -> bool:
    """Only a preposition, an article, titles or capitalised honorifics between the cue and the
    guest ("in honour of His Highness X", "takriman li-wazir …"), no word of another referent."""
    tg, words = ctx.article.tg, ctx.article.words
    for i in range(ctx.hit.end, start):
        norm = tg.norms[i]
        if tg.kind(i) == "title" or norm in words.genitive or norm in words.article:
            continue
        if not (tg.P.cased and tg.is_alpha[i] and tg.texts[i][:1].isupper()):
            return False
    return True


def _take_part(ctx: CueContext, state: Discourse) -> Outcome:
    """ "X took part in a meeting", "sharaka X fi ijtima'": X is one side of the meeting, its other
    attendees ("the meeting was attended by Y"; "ijtima' … damma Y wa-Z") meet X."""
    if _described_party(ctx):
        return Outcome((), state)
    together = _took_part_with(ctx, state)
    if together is not None:
        return together
    base = ctx.hit.end
    if ctx.article.tg.P.word_order == "VSO":
        # "sharaka wazir al-kharijiyya X Y Z fi ijtima'": the gap is counted after the subject
        base = next((p.end for p in ctx.after if p.start - ctx.hit.end <= 1), base)
    noun = next(
        (
            c
            for c, ch in ctx.later_cues
            if ch.info[0] in ("meet_noun", "meet_host") and c - base <= _TAKE_PART_GAP
        ),
        None,
    )
    if noun is None or _future(ctx):
        # "X took part in a virtual meeting, during which he called for …": no meeting, but X is
        # still the clause's subject
        clause = _subject_before(ctx) if ctx.article.tg.P.word_order == "SVO" else None
        if clause is not None and clause.kind == OFFICIAL:
            return Outcome((), state.evolve(subject_here=clause))
        return Outcome((), state)
    if _joins_the_meeting(ctx, noun, state):
        return _attend(ctx, state)  # "wa-sharaka fi al-liqa' X": X attended the meeting told
    after = _meeting_parts(ctx, ctx.parts_between(ctx.hit.end, noun))
    if ctx.article.tg.P.word_order == "VSO" and after:
        subject: Part | None = after[0]
    else:
        before = _meeting_parts(ctx, ctx.before)
        subject = _subject_before(ctx) or _met_side(ctx, state, list(before[-1:])) or state.topic
    if subject is None:
        return Outcome((), state)
    framed = _framed(state, [subject], [], subject if subject.kind == OFFICIAL else None)
    gathered = _gathered(ctx, noun)
    if not gathered:
        return Outcome((), framed)
    rels = met(ctx.article.entities, [subject], gathered, ctx.sentence.span, "met.attend")
    return Outcome(tuple(rels), framed)


def _took_part_with(ctx: CueContext, state: Discourse) -> Outcome | None:
    """A verb of taking part, its subject official right after it (VSO), then "with" and more
    officials, then the event: the subject took part in the event together with them (a
    co-chair, a partner at the table): they met; not a call or one to come. None when the clause
    is not so built."""
    tg, words, s = ctx.article.tg, ctx.article.words, ctx.sentence.span
    if tg.P.word_order != "VSO" or _virtual(ctx) or _future(ctx):
        return None
    after = [p for p in ctx.sentence.parts if p.start >= ctx.hit.end]
    if not after or after[0].kind != OFFICIAL or after[0].start - ctx.hit.end > _HEAD_GAP:
        return None
    if any(tg.is_punct[i] for i in range(ctx.hit.end, after[0].start)):
        return None
    w = mention_end(ctx, after[0])
    if w >= s.end or tg.norms[w] not in words.comitative:
        return None
    group = [
        p for p in first_group(ctx, [p for p in after[1:] if p.start > w]) if p.kind == OFFICIAL
    ]
    if not group or group[0].start - w > _HEAD_GAP + 1:
        return None
    subject = after[0]
    rels = met(ctx.article.entities, [subject], group, s, "met.attend")
    return Outcome(tuple(rels), _framed(state, [subject], group, subject))


def _met_side(ctx: CueContext, state: Discourse, last: list[Part]) -> Part | None:
    """The party before the verb, unless the verb is coordinated (a conjunction right before
    it) after the object of a meeting told in this sentence (SVO: subject, meeting verb, object,
    conjunction, second verb): two coordinated verbs share their subject, so the first meeting's
    subject, not its object, takes part in the second."""
    frame, tg = state.frame, ctx.article.tg
    if not last:
        return None
    if (
        frame is None
        or not frame[0]
        or tg.P.word_order != "SVO"
        or ctx.k <= ctx.sentence.span.start
        or tg.norms[ctx.k - 1] not in ctx.article.words.conjunction
    ):
        return last[0]
    met_here = any(_same(last[0], q) and q.start >= ctx.sentence.span.start for q in frame[1])
    return frame[0][0] if met_here else last[0]


def _described_party(ctx: CueContext) -> bool:
    """ "X, who is taking part in the session as an observer" ("X, allati tusharik fi
    al-ijtima'"): a relative clause right after a party describes why X is there (another event,
    often the gathering the meetings were held on the sidelines of); it opens no meeting of its
    own."""
    if not _in_relative(ctx, ctx.hit.start):
        return False
    rel = next(
        j
        for j in range(ctx.hit.start - 1, ctx.sentence.span.start - 1, -1)
        if ctx.article.tg.norms[j] in ctx.article.words.relative
    )
    return any(0 <= rel - p.end <= 1 for p in ctx.before)


_GATHER_GAP = 6  # "ijtima' wizari bi-sha'n al-Yaman damma X": the verb this close after the noun


def _gathered(ctx: CueContext, noun: int) -> list[Part]:
    """ "a meeting (on Yemen) that brought together X, Y and Z" ("ijtima' … damma X wa-Y"): the
    officials after a composing verb close after the meeting noun attended it, up to the next
    verb."""
    c = next(
        (c for c, ch in ctx.later_cues if ch.info[0] == "compose" and 0 < c - noun <= _GATHER_GAP),
        None,
    )
    if c is None:
        return []
    s = ctx.sentence.span
    reg = ctx.article.registry
    stop = next((d for d, ch in ctx.later_cues if d > c and reg.is_verb(ch.info[0])), s.end)
    parts = _meeting_parts(ctx, ctx.parts_between(c + 1, stop))
    return [p for p in parts if p.kind == OFFICIAL and not _in_a_post(ctx, p)]


def _joins_the_meeting(ctx: CueContext, noun: int, state: Discourse) -> bool:
    """ "wa-sharaka fi al-liqa' X" (VSO): the definite meeting noun right after the verb is the
    meeting just reported, and the parties after it attended it."""
    tg = ctx.article.tg
    return (
        tg.P.word_order == "VSO"
        and state.frame is not None
        and noun - ctx.hit.end <= 1
        and tg.is_def(noun)
        and not ctx.parts_between(ctx.hit.end, noun)
        and any(p.start > noun for p in ctx.sentence.parts)
    )


def _call(ctx: CueContext, state: Discourse) -> Outcome:
    """A phone or video call: its two sides make a frame (for "the two ministers stressed"), no one
    met."""
    sides = _with_sides(ctx, state)
    if sides is None:
        before = [p for p in ctx.before if p.kind == OFFICIAL][-1:] or (
            [state.topic] if state.topic else []
        )
        b_side = first_group(ctx, [p for p in ctx.after if p.kind == OFFICIAL])
        sides = (before, b_side) if before and b_side else None
    if sides is None:
        return Outcome((), state)  # "during the call": the frame stays
    a_side, b_side = sides
    return Outcome(
        (),
        _framed(
            state, a_side, b_side, a_side[0] if a_side[0].kind == OFFICIAL else None, call=True
        ),
    )


def _attendees(ctx: CueContext) -> list[Part]:
    """Who attended: the subject before "attended" (SVO), else the officials after the cue up to the
    next verb."""
    if ctx.cue == "attend_subject" and ctx.article.tg.P.word_order == "SVO":
        fronted = _fronted_attendees(ctx)
        if fronted is not None:
            return fronted
        last = [p for p in ctx.before if p.kind == OFFICIAL][-1:]
        # "X and Y attended the meeting": the officials coordinated with the last one attended;
        # "X, Y and senior officials of the Ministry were present": an unnamed group closes the list
        closed = bool(last) and _group_closes(ctx, last[0])
        group = [p for p in _coordinated_before(ctx, closed) if p.kind == OFFICIAL]
        found = group if last and group and group[-1] is last[0] else last
        return found + _together_after(ctx) if found else found
    s = ctx.sentence.span
    stop = next((c for c, ch in ctx.later_cues if ctx.article.registry.is_verb(ch.info[0])), s.end)
    if stop < s.end and ctx.article.tg.P.word_order == "SVO":
        stop = _attribution_start(ctx, stop)
    parts = _meeting_parts(ctx, ctx.parts_between(ctx.hit.end, stop))
    return [p for p in parts if (p.kind == OFFICIAL or p.represented) and not _in_a_post(ctx, p)]


def _attribution_start(ctx: CueContext, verb: int) -> int:
    """ "attended by members of the two delegations, Spokesman X said" (SVO): a say verb right
    after an official whom a comma opens is a trailing attribution; its speaker attended nothing
    (the list stops at the comma)."""
    tg = ctx.article.tg
    ch = next((h for c, h in ctx.later_cues if c == verb), None)
    if ch is None or ch.info[0] != "say":
        return verb
    p = next((q for q in ctx.sentence.parts if q.kind == OFFICIAL and q.end == verb), None)
    if p is None or p.start <= ctx.hit.end:
        return verb
    comma = next(
        (j for j in range(p.start - 1, ctx.hit.end, -1) if tg.texts[j] in _COMMAS_MET), None
    )
    if comma is None or not all(_named_word(ctx, j) for j in range(comma + 1, p.start)):
        return verb
    return comma


def _named_word(ctx: CueContext, j: int) -> bool:
    """A title word or a word of a party ("Foreign Ministry Spokesman X": the body of a post)."""
    tg = ctx.article.tg
    return tg.kind(j) == "title" or any(q.start <= j < q.end for q in ctx.sentence.parts)


_TOGETHER_AFTER = 3  # "joined us today together with Y": at most this many words before "together"


def _together_after(ctx: CueContext) -> list[Part]:
    """ "X, who has joined us today together with Y" (SVO, after the attendance of the subject):
    Y's group attended too."""
    tg, words, s = ctx.article.tg, ctx.article.words, ctx.sentence.span
    for j in range(ctx.hit.end, min(s.end - 1, ctx.hit.end + _TOGETHER_AFTER)):
        if f"{tg.norms[j]} {tg.norms[j + 1]}" not in words.together:
            continue
        parts = _meeting_parts(ctx, [p for p in ctx.sentence.parts if p.start > j + 1])
        if parts and parts[0].kind == OFFICIAL and parts[0].start - j <= _HEAD_GAP + 2:
            return [p for p in first_group(ctx, parts) if p.kind == OFFICIAL]
        return []
    return []


def _group_closes(ctx: CueContext, p: Part) -> bool:
    """ "…, Y and senior officials of the Ministry were present": "and" right after the party
    ``p``, then no other official up to the cue (an unnamed group closes the list)."""
    end = mention_end(ctx, p)
    return (
        end < ctx.k
        and ctx.article.tg.norms[end] in ctx.article.words.conjunction
        and not any(q.kind == OFFICIAL for q in ctx.parts_between(end, ctx.k))
    )


def _fronted_attendees(ctx: CueContext) -> list[Part] | None:
    """ "Attending the talks on the Vietnamese side were X and Y" (SVO, the participle opening the
    sentence): the officials after the auxiliary; None when the cue opens no such sentence."""
    tg, words, s = ctx.article.tg, ctx.article.words, ctx.sentence.span
    if ctx.hit.start != s.start or ctx.before:
        return None
    aux = next((j for j in range(ctx.hit.end, s.end) if tg.norms[j] in words.past_auxiliary), None)
    if aux is None or any(ctx.hit.end <= p.start < aux for p in ctx.sentence.parts):
        return None
    parts = _meeting_parts(ctx, [p for p in ctx.sentence.parts if p.start > aux])
    return [p for p in parts if p.kind == OFFICIAL and not _in_a_post(ctx, p)]


def _in_a_post(ctx: CueContext, p: Part) -> bool:
    """ "X, Ambassador of the Custodian of the Two Holy Mosques to Y": an official named by a post
    inside another's title ("of" + article right after a title word) attends nothing."""
    tg, words = ctx.article.tg, ctx.article.words
    k = p.start - 1
    if k >= 0 and tg.norms[k] in words.article:
        k -= 1
    return k >= 1 and tg.norms[k] in words.genitive and tg.kind(k - 1) == "title"


def _attend(ctx: CueContext, state: Discourse) -> Outcome:
    """ "in the presence of X" / "X, who attended the meeting": X joins the current meeting;
    "X joined the meeting with Y": X met Y; "we were joined by X": X met both sides."""
    return _joined_us(ctx, state, _attend_one(ctx, state))


def _style_not_cue(ctx: CueContext) -> bool:
    """The attendance word is a protocol style (``style`` words: "hadrat" folds onto "hadarahu",
    "attended it") right before an honorific title ("hadrat sahib al-sumuw"): a sovereign's
    style."""
    tg, k = ctx.article.tg, ctx.hit.end
    if ctx.hit.end - ctx.hit.start != 1 or tg.norms[ctx.hit.start] not in ctx.article.words.style:
        return False
    if any(h.end == ctx.hit.start and h.info[0] == "meet_noun" for _c, h in ctx.sentence.cues):
        return False  # "anna al-liqa' hadarahu al-duktur X": the meeting noun is the verb's subject
    h = tg.hits.get(k)
    return h is not None and h.kind == "title" and h.info[0] == "honorific"


def _attend_one(ctx: CueContext, state: Discourse) -> Outcome:
    if _style_not_cue(ctx):
        return Outcome((), state)
    with_whom = _attended_with(ctx, state)
    if with_whom is not None:
        return with_whom
    told = state
    state = _before_the_call(ctx, state)
    if state.frame is None or state.call:
        return Outcome((), told)
    ents = ctx.article.entities
    attendees = _attendees(ctx)
    sided = _accompanied(ctx, state, attendees)
    if sided is not None:
        return sided
    frames = _attended_frames(ctx, state)
    rels = [
        r
        for frame in frames
        for p in attendees
        for r in met(
            ents,
            [p],
            # attendees listed together attend the meeting: they do not meet one another, nor
            # the attendees who joined the other side before them, nor the party whose meetings
            # they all attended
            [
                q
                for q in _side_of(ctx, p, frame)
                if not any(_same(q, a) for a in (*attendees, *state.escorts))
                and not accompanying(ctx, q)
                and party_key(ents, q) not in _meetings_lead(ctx, frames, p)
            ],
            ctx.sentence.span,
            "met.attend",
        )
    ]
    if state.frame is not None:
        rels += _across_sides(ctx, state.frame, attendees)
    if ctx.cue == "attend_subject" and ctx.article.tg.P.word_order == "VSO" and not ctx.before:
        # "hadara al-liqa' X": the attendee is no new topic; "his Excellency" after it is the host
        state = state.evolve(subject_here=state.subject_here or state.topic)
    frame = state.frame
    if rels and attendees and frame is not None and not frame[1] and _one_country(ents, frame[0]):
        # "chaired by X and attended by Y and Z": the attendees are the side the chair met (not
        # when co-chairs of two countries hold the one side: they met each other)
        state = state.evolve(frame=(frame[0], tuple(attendees)))
    # after the call, the call stays the current frame
    return Outcome(tuple(rels), told if told.call else state)


def _meetings_lead(ctx: CueContext, frames: list[Frame], p: Part) -> frozenset:
    """ "The meetings were attended by X" after several meetings: the one party all of them hold
    in common (none when they hold none, or several), unless X is known to be of another country
    than that party's (the other side's envoy): X sat on that party's side in each, and meets its
    counterparts, not the party itself."""
    if len(frames) < 2:
        return frozenset()
    ents = ctx.article.entities
    keyed = {party_key(ents, q): q for f in frames for side in f for q in side}
    common = frozenset.intersection(
        *(frozenset(party_key(ents, q) for side in f for q in side) for f in frames)
    )
    if len(common) != 1:
        return frozenset()
    mine, theirs = ents.country_of(p), ents.country_of(keyed[next(iter(common))])
    return frozenset() if mine and theirs and mine != theirs else common


def _one_country(entities: Entities, side) -> bool:
    """The parties of a side are of one country at most."""
    return len({entities.country_of(q) for q in side} - {None}) <= 1


def _across_sides(ctx: CueContext, frame: Frame, attendees: list[Part]) -> list[PendingRelation]:
    """Attendees joining both sides together as counterparts ("The two ministers were joined by
    A's Minister of Defence X and his B counterpart Y", a 2+2) meet each other: each of a
    country, another's, and each meeting the side of the other's country (or one of no known
    country). Attendees of each side named apart ("joined by A's minister X, and by B's minister
    Y", "on the A side X, on the B side Y", by title alone) stay apart: each meets the other
    side's principal (eval/written/README.md)."""
    if not _both_sides_joined(ctx):
        return []
    ents, out = ctx.article.entities, []
    known = [(p, c) for p in attendees if p.kind == OFFICIAL and (c := ents.country_of(p))]
    for n, (p, cp) in enumerate(known):
        for q, cq in known[n + 1 :]:
            if cp == cq or not _counterpart_between(ctx, p.end, q.end):
                continue
            if _faces(ctx, p, frame, cq) and _faces(ctx, q, frame, cp):
                out += met(ents, [p], [q], ctx.sentence.span, "met.attend")
    return out


def _counterpart_between(ctx: CueContext, start: int, end: int) -> bool:
    """A counterpart title ("his Australian counterpart") after the first attendee, up to the
    second's name (its title included): the second is named as the first's counterpart."""
    hits = ctx.article.tg.hits
    return any(
        (h := hits.get(i)) is not None and h.kind == "title" and h.info[2] == COUNTERPART
        for i in range(start, end)
    )


def _faces(ctx: CueContext, p: Part, frame: Frame, country: str) -> bool:
    """The side attendee ``p`` meets is of ``country``, or of no known country."""
    found = {ctx.article.entities.country_of(x) for x in _side_of(ctx, p, frame)}
    return country in found or found == {None}


def _both_sides_joined(ctx: CueContext) -> bool:
    """ "X and Y were joined by …", "The two ministers were joined by …" (SVO): a passive
    attendance whose subject is both sides."""
    tg = ctx.article.tg
    if tg.P.word_order != "SVO" or tg.norms[ctx.hit.start] not in ctx.article.words.auxiliary:
        return False
    subjects = [p for p in ctx.before if p.kind == OFFICIAL and p.end <= ctx.k]
    return len(subjects) >= 2 or (not subjects and _joint_subject_end(ctx) is not None)


def _accompanied(ctx: CueContext, state: Discourse, attendees: list[Part]) -> Outcome | None:
    """ "X was joined by A and B", "Y was accompanied by C" (SVO, a passive cue after a party of
    the current meeting): the attendees join X's side, meet the other side, and stay on X's side
    for the attendees of the other side listed next (a readout listing both sides)."""
    if ctx.article.tg.P.word_order != "SVO" or not attendees:
        return None
    if ctx.article.tg.norms[ctx.hit.start] not in ctx.article.words.auxiliary:
        return None
    subjects = [p for p in ctx.before if p.kind == OFFICIAL and p.end <= ctx.k]
    if len(subjects) != 1:
        return None  # "X and Y were joined by Z": both sides, as any attendance
    if _in_relative(ctx, ctx.k) and any(
        (_meeting_verb(ctx, ch.info[0]) or ch.info[0] == MEET_NOUN_OBJ) and not _in_relative(ctx, c)
        for c, ch in ctx.later_cues
    ):
        return Outcome((), state)  # "X, who was accompanied by Y, met Z": the meeting to come
    return _join_side(ctx, state, _escorted_topic(ctx, state, subjects), attendees)


def _meeting_verb(ctx: CueContext, cue_class: str) -> bool:
    """A verb cue that may tell a meeting: the main verb after "X, who was accompanied by Y," tells
    one to come unless it is a verb of saying ("…, said that …": Y was with X in the meeting told
    before); "called on" may be a visit, so it still may."""
    h = ctx.article.registry.handlers.get(cue_class)
    if h is None or not h.verb:
        return False
    return h.relation != SAID or cue_class == SAY_CALL_ON


def _escorted_topic(ctx: CueContext, state: Discourse, subjects: list[Part]) -> list[Part]:
    """ "The Minister was accompanied by X" after the meetings told: a bare title as the subject
    stands for the one the release follows (the topic, a party of the current meeting), not the
    last official of that title named (the counterpart of the meeting just told)."""
    tg, p, topic = ctx.article.tg, subjects[0], state.topic
    if topic is None or topic.kind != OFFICIAL or _same(p, topic) or state.frame is None:
        return subjects
    if not all(tg.kind(j) == "title" for j in range(p.start, p.end)):
        return subjects
    if not _closing_escort(ctx, state.frame):
        return subjects
    ents = ctx.article.entities
    if not any(ents.canon(q.ref) == ents.canon(topic.ref) for side in state.frame for q in side):
        return subjects
    return [topic]


def _escort_guest(ctx: CueContext, state: Discourse) -> Outcome:
    """ "istaqbala X Y, yurafiquhu Z" (Z accompanying the guest, the meeting told in this very
    sentence): Z joins the guest's side and meets the host's officials, not the guest."""
    frame, s = state.frame, ctx.sentence.span
    if frame is None or state.call or _virtual(ctx):
        return Outcome((), state)
    a_side, b_side = frame
    told_here = all(s.start <= p.start < ctx.k for p in a_side + b_side)
    if not b_side or not (told_here or _opens_sentence(ctx)):
        return Outcome((), state)
    stop = next((c for c, _ch in ctx.later_cues), s.end)
    group = first_group(ctx, _meeting_parts(ctx, ctx.parts_between(ctx.hit.end, stop)))
    if not told_here and group and group[0].kind != OFFICIAL:
        return Outcome((), state)  # an escort cue before a delegation noun and its members
    escorts = [p for p in group if p.kind == OFFICIAL]
    if not escorts or escorts[0].start - ctx.hit.end > _HEAD_GAP + 4:
        return Outcome((), state)
    hosts = [p for p in a_side if p.kind == OFFICIAL]
    rels = met(ctx.article.entities, escorts, hosts, s, "met.attend")
    return Outcome(tuple(rels), state.evolve(frame=(a_side, b_side + tuple(escorts))))


def _escort_named(ctx: CueContext, state: Discourse) -> Outcome:
    """ "wa-rafaqa al-wazir Z" (the accompanying verb opening a sentence after the meetings told,
    its object the one escorted named or titled right after it): Z meets the other side of each
    meeting the one escorted held (not a call told last). A cue that holds its clause's connective
    ("whereas Z accompanied Y") may open a clause after a comma: the meetings told before it."""
    opens = _opens_sentence(ctx)
    if _virtual(ctx) or not (opens or _after_comma_met(ctx)):
        return Outcome((), state)
    s, ents = ctx.sentence.span, ctx.article.entities
    after = [p for p in ctx.sentence.parts if p.start >= ctx.hit.end]
    escorted = next(iter(after[:1]), None)
    if escorted is None or escorted.kind != OFFICIAL or not _styled_from(ctx, escorted.start):
        return Outcome((), state)
    # the next verb ends the escorts (a meeting noun of the escorted's meetings does not)
    verbs = [c for c, ch in ctx.later_cues if ctx.article.registry.is_verb(ch.info[0])]
    stop = next(iter(verbs), s.end)
    group = first_group(ctx, [p for p in after[1:] if p.start < stop])
    escorts = [p for p in group if p.kind == OFFICIAL and not _same(p, escorted)]
    if not escorts:
        return Outcome((), state)

    frames = state.frames[:-1] if state.call else state.frames
    lo = s.start if opens else ctx.k
    told = [f for f in frames if all(q.start < lo for side in f for q in side)]
    return Outcome(_escorts_meet(ents, state, told, escorted, escorts, s), state)


def _styled_from(ctx: CueContext, start: int) -> bool:
    """The party starts right after the cue, or after title words only: an honorific or a bare
    title before a family name ("accompanied Dr X", "accompanied the Minister X")."""
    return all(ctx.article.tg.kind(j) == "title" for j in range(ctx.hit.end, start))


def _after_comma_met(ctx: CueContext) -> bool:
    """A cue of more than one word (its connective with it) right after a comma: it opens a clause
    of its own."""
    k = ctx.k
    return k > 0 and ctx.article.tg.texts[k - 1] in _COMMAS_MET and ctx.hit.end - k > 1


def _opens_sentence(ctx: CueContext) -> bool:
    """ "wa-rafaqa ma'alihi Z" after the meeting told: the escort cue opens its sentence (no party
    before it), its object pronoun the guest of the meeting told last."""
    return not any(p.start < ctx.k for p in ctx.sentence.parts)


def _join_side(
    ctx: CueContext, state: Discourse, subject: list[Part], attendees: list[Part]
) -> Outcome | None:
    """The attendees join the side of ``subject`` (one official) in the current meeting."""
    assert state.frame is not None
    a_side, b_side = state.frame
    ents = ctx.article.entities

    def on(side) -> bool:
        return any(
            _same(q, subject[0]) or ents.canon(q.ref) == ents.canon(subject[0].ref)
            for q in side
            if q.kind == subject[0].kind
        )

    if on(a_side) and not on(b_side):
        mine, other = a_side, b_side
    elif on(b_side) and not on(a_side):
        mine, other = b_side, a_side
    else:
        return None
    new = [p for p in attendees if not any(_same(p, q) for q in (*mine, *other))]
    # the other side's principals, not the attendees who joined it before (eval/written/README.md)
    rels = [
        r
        for side in _escorted_sides(ctx, state, on, other, subject[0])
        for r in met(
            ents,
            new,
            _principals_of(state, side),
            ctx.sentence.span,
            "met.attend",
        )
    ]
    grown = (*mine, *new)
    frame = (grown, tuple(other)) if mine is a_side else (tuple(other), grown)
    return Outcome(tuple(rels), state.evolve(frame=frame, escorts=(*state.escorts, *new)))


def _principals_of(state: Discourse, side: tuple[Part, ...]) -> list[Part]:
    """The officials of a side but the escorts who joined it ("X was accompanied by A"), else the
    side's officials, else the side."""
    officials = [q for q in side if q.kind == OFFICIAL]
    principals = [q for q in officials if not any(_same(q, e) for e in state.escorts)]
    return principals or officials or list(side)


def _escorted_sides(
    ctx: CueContext, state: Discourse, on, other, escorted: Part
) -> list[tuple[Part, ...]]:
    """The sides the escort meets: the current meeting's other side; after the meetings told, in
    a sentence of its own, the other side of each meeting the one escorted held (of a meeting
    told as one group, "X and Y co-chaired …", the group's officials of another country)."""
    assert state.frame is not None
    if not _closing_escort(ctx, state.frame):
        return [tuple(other)]
    ents = ctx.article.entities
    sides = [
        tuple(q for q in a if not on((q,)) and not _related(ents, q, escorted))
        if not b
        else tuple(b if on(a) else a)
        for a, b in state.frames
        if on(a) != on(b)
    ]
    return [x for n, x in enumerate(sides) if x and x not in sides[:n]] or [tuple(other)]


def _escort(ctx: CueContext, state: Discourse) -> Outcome:
    """ "A and B accompanied the Minister in the meetings" (SVO, the escort as subject, after the
    meetings told): A and B meet the other side of each meeting of the one escorted. Not the
    participle of "X, accompanied by Y, met Z" (read by the meeting verb). VSO: the escort after
    the verb accompanies the guest ("yurafiquhu Z")."""
    tg, s = ctx.article.tg, ctx.sentence.span
    if tg.P.word_order == "VSO":
        return _escort_guest(ctx, state)
    k = ctx.hit.end
    if tg.P.word_order != "SVO" or k >= s.end or tg.norms[k] in ctx.article.words.agentive:
        return Outcome((), state)
    escorts = [p for p in _coordinated_before(ctx) if p.kind == OFFICIAL]
    escorted = next((p for p in ctx.after if p.start <= k + 1 and p.kind == OFFICIAL), None)
    titled = escorted is None
    if titled:  # "X accompanied the Union Minister at all meetings": the title words before the
        # mention; the meetings this paragraph tells (one leg of a tour)
        escorted = next((p for p in ctx.after[:1] if _titled_right_after(ctx, p)), None)
    if not escorts or escorted is None:
        return Outcome((), state)
    ents = ctx.article.entities

    frames = _this_paragraph(ctx, state.frames) if titled else state.frames
    return Outcome(_escorts_meet(ents, state, frames, escorted, escorts, s), state)


def _escorts_meet(ents, state: Discourse, frames, escorted, escorts, s) -> tuple:
    """The escorts meet the other side of each meeting told whose one side holds the escorted
    official: that side's principals, not its attendees named before ("X was joined by A. B
    accompanied Y": B meets X, not A; eval/written/README.md)."""
    mine = ents.canon(escorted.ref)

    def on(side) -> bool:
        return any(q.kind == OFFICIAL and ents.canon(q.ref) == mine for q in side)

    sides = [tuple(b if on(a) else a) for a, b in frames if on(a) != on(b)]
    sides = [x for n, x in enumerate(sides) if x and x not in sides[:n]]
    return tuple(
        r
        for side in sides
        for r in met(ents, escorts, _principals_of(state, side), s, "met.attend")
    )


def _this_paragraph(ctx: CueContext, frames: tuple[Frame, ...]) -> tuple[Frame, ...]:
    """The meetings told in the paragraph of the cue's sentence."""
    doc = ctx.doc
    text = doc_text(doc)
    start = text.rfind("\n", 0, ctx.sentence.span.start_char) + 1
    return tuple(f for f in frames if any(doc[p.start].idx >= start for side in f for p in side))


def _titled_right_after(ctx: CueContext, p: Part) -> bool:
    """The official's mention follows the cue with only an article and (capitalised) title words
    between ("accompanied the Federal Minister")."""
    tg, k, words = ctx.article.tg, ctx.hit.end, ctx.article.words
    return (
        p.kind == OFFICIAL
        and 0 < p.start - k <= _HEAD_GAP + 1
        and all(
            tg.norms[j] in words.article or tg.kind(j) == "title" or tg.texts[j].istitle()
            for j in range(k, p.start)
        )
    )


def _told_just_before(ctx: CueContext, frame: Frame) -> bool:
    """The meeting was told in this sentence or the one right before it (a delegation's members
    listed paragraphs later are no account of who sat in that meeting); a paragraph's number
    standing as a sentence of its own ("3.", joint statements) is no sentence between."""
    start = end = ctx.sentence.span.start
    for _ in range(_LISTS_BACK):
        if start == 0:
            return True
        prev = ctx.doc[start - 1].sent
        start, end = prev.start, prev.end
        if len(prev) > _NUMBER_LINE and _lists_members(ctx, prev, _ATTENDANCE):
            return True  # one side's attendees of the talks listed: those talks go on
        if len(prev) > _NUMBER_LINE and not _lists_members(ctx, prev):
            break
    if any(start <= q.start < ctx.k for side in frame for q in side):
        return True
    if ctx.article.tg.P.word_order != "SVO":
        return False
    # "The two Presidents held a tête-à-tête, followed by talks between the two delegations",
    # "The prime ministers … continued their talks with members of both delegations": the
    # meeting of the frame told again by its parties' plural (no official named)
    cues = [h.info[0] for h in _cue_hits(ctx, start, end)]
    if _BETWEEN in cues:
        return True
    if any(p.kind == OFFICIAL and start <= p.start < end for p in _sentence_parts(ctx, start)):
        return False
    # the meeting verb ("The prime ministers first met alone and then …"), not a verb of
    # discussing (what was discussed) nor a meeting noun (another meeting, a summit to come)
    return _MEET in cues


_MEET = "meet"  # the meeting verb's cue class ("met", "received")
_BETWEEN = "meet_between"  # "talks between the two delegations"


def _sentence_parts(ctx: CueContext, start: int) -> list[Part]:
    """The parts of the sentences read back (from token ``start`` to this sentence)."""
    parts, n = ctx.article.entities.parts, ctx.sentence.index
    return [p for i in range(max(0, n - _LISTS_BACK - 1), n) for p in parts.get(i, ())]


_NUMBER_LINE = 2  # "3 ." : a paragraph number split off as a sentence
_LISTS_BACK = 4  # the sentences read back: numbers, and the other side's delegation listed first


def _lists_members(ctx: CueContext, sent, classes: tuple[str, ...] = ("compose",)) -> bool:
    """The sentence lists a delegation's members ("The Brazilian delegation included …"): the
    other side's list after it still follows the talks told before both. With ``classes`` the
    attendance cues, it lists one side's attendees of the meeting told (the frame's)."""
    hits = ctx.article.tg.hits
    return any(
        (h := hits.get(j)) is not None and h.kind == "cue" and h.info[0] in classes
        for j in range(sent.start, sent.end)
    )


def _composed_svo(art: ArticleView, view: SentenceView, state: Discourse) -> Outcome | None:
    """ "The Kenyan side included X and Y" (SVO, a side phrase as the subject) right after the
    talks: the members meet the other side's principal. A delegation's list ("The Brazilian
    delegation included A; B; and C") links its members to no one (member_of keeps them
    the delegation's members only)."""
    if art.tg.P.word_order != "SVO" or state.frame is None or state.call:
        return None
    ci = next((n for n, (_, h) in enumerate(view.cues) if h.info[0] == _COMPOSE), None)
    if ci is None:
        return None
    k, h = view.cues[ci]
    agencies = art.entities.agencies
    after = tuple(p for p in view.parts if p.start >= h.end)
    ctx = CueContext(art, view, ci, k, h, view.span.end, (), after)
    subject = [
        p
        for p in view.parts
        if p.kind == AGENCY and p.end <= k and agencies[p.ref].kind in MEETING_AGENCIES
    ]
    if subject:
        return _delegation_composed(ctx, state, subject[-1])
    members = [p for p in after if p.kind == OFFICIAL]
    if not members:
        return None
    members = [p for p in members if not _in_a_post(ctx, p)]
    return _side_composed(ctx, state, members)


def _side_composed(ctx: CueContext, state: Discourse, members: list[Part]) -> Outcome | None:
    """ "The Kenyan side included X and Y" (a side phrase as the subject, right after the talks):
    the members meet the principals of the other side."""
    assert state.frame is not None
    country = _side_country_before(ctx, ctx.k)
    if country is None or not _told_just_before(ctx, state.frame):
        return None
    ents = ctx.article.entities
    against = _side_against(ents, state.frame, country)
    if against is None:
        return None
    # the side's principal, listed first (not the escorts its side grew by)
    others = [q for q in against if q.kind == OFFICIAL][:1]
    others = [q for q in others if not any(_same(q, m) for m in members)]
    rels = met(ents, members, others, ctx.sentence.span, "met.attend")
    return Outcome(tuple(rels), state) if rels else None


_COMPOSE = "compose"  # member_of's cue class: "the delegation included X and Y"


def _delegation_composed(ctx: CueContext, state: Discourse, dele: Part) -> Outcome | None:
    """ "X held talks with Y. … The Chilean delegation was made up of A and B" (SVO, the one
    delegation listed, right after the one meeting told): the delegation sat in those talks and
    meets the principal of the other side (its members stay its members only). Both sides'
    delegations listed (a joint commission's minutes) or a later meeting: no one."""
    assert state.frame is not None
    ents = ctx.article.entities
    country = ents.country_of(dele)
    if country is None or _meetings_told(ents, state) > 1 or _other_list_near(ctx):
        return None
    against = _side_against(ents, state.frame, country)
    if against is None:
        return None
    others = [q for q in against if q.kind == OFFICIAL][:1]
    if not others or any(ents.country_of(q) == country for q in others):
        return None
    rels = met(ents, [dele], others, ctx.sentence.span, "met.attend")
    return Outcome(tuple(rels), state) if rels else None


def _meetings_told(ents: Entities, state: Discourse) -> int:
    """How many meetings the article told so far: its frames told apart by their parties (the
    headline's meeting told again in the body is one)."""
    return len(
        {frozenset(party_key(ents, q) for side in frame for q in side) for frame in state.frames}
    )


def party_key(ents: Entities, q: Part) -> tuple[str, int]:
    """A meeting party's key: its kind and its canonical entity (merged officials and agencies
    are one party)."""
    return q.kind, ents.canon(q.ref) if q.kind == OFFICIAL else ents.acanon(q.ref)


def _other_list_near(ctx: CueContext) -> bool:
    """Another members' list in this sentence or the ones right before or after it (both sides'
    delegations listed; a paragraph's number standing as a sentence is no sentence between)."""
    hits, doc = ctx.article.tg.hits, ctx.doc
    lo, hi = ctx.sentence.span.start, ctx.sentence.span.end
    while lo > 0 and (lo == ctx.sentence.span.start or len(doc[lo].sent) <= _NUMBER_LINE):
        lo = doc[lo - 1].sent.start
    while hi < len(doc) and (hi == ctx.sentence.span.end or len(doc[hi - 1].sent) <= _NUMBER_LINE):
        hi = doc[hi].sent.end
    return any(
        (h := hits.get(j)) is not None
        and h.kind == "cue"
        and h.info[0] == _COMPOSE
        and h.start != ctx.hit.start
        for j in range(lo, hi)
    )


def _joining(ctx: CueContext, state: Discourse) -> Outcome:
    """ "Joining the Secretary were A and B" (a fronted participle, SVO): A and B, after the
    auxiliary, join the side of the official joined and meet the other side."""
    tg, words, s = ctx.article.tg, ctx.article.words, ctx.sentence.span
    if state.frame is None or state.call or tg.P.word_order != "SVO" or ctx.hit.start != s.start:
        return Outcome((), state)
    aux = next((j for j in range(ctx.hit.end, s.end) if tg.norms[j] in words.auxiliary), None)
    if aux is None:
        return Outcome((), state)
    joined = [p for p in ctx.after if p.kind == OFFICIAL and p.end <= aux]
    if not joined and any(tg.norms[j] in words.first_singular for j in range(ctx.hit.end, aux)):
        joined = _author_side(ctx, state.frame)  # "Joining me were" in a first-person release
    parts = _meeting_parts(ctx, [p for p in ctx.sentence.parts if p.start > aux])
    attendees = [
        p for p in parts if (p.kind == OFFICIAL or p.represented) and not _in_a_post(ctx, p)
    ]
    if len(joined) != 1 or not attendees:
        return Outcome((), state)
    return _join_side(ctx, state, joined, attendees) or Outcome((), state)


def _author_side(ctx: CueContext, frame: Frame) -> list[Part]:
    """The author of a first-person release (its byline, not the one met) when the author is the
    side of the current meeting that told it ("I met X"), else nothing."""
    author = _author(ctx, list(frame[1]))
    return author if author and any(_same(author[0], q) for q in frame[0]) else []


def _before_the_call(ctx: CueContext, state: Discourse) -> Discourse:
    """ "X and Y attended the meetings" (a plural meeting noun) told after a call closed the day's
    meetings: the attendance is of the meetings held in person before it (the latest of them is
    current; calls in a row before the attendance are passed over, and none is attended)."""
    if not state.call or not _plural_attended(ctx):
        return state
    flags = _call_flags(state)
    in_person = [f for f, c in zip(state.frames[:-1], flags[:-1], strict=True) if not c]
    if not in_person:
        return state
    return state.evolve(frame=in_person[-1], frames=state.frames, call=False)


def _call_flags(state: Discourse) -> list[bool]:
    """Per frame of ``state.frames``, whether it was told as a phone or video call (by position,
    not by identity: a compiled build boxes a frame anew each time it is read)."""
    flags = list(state.frame_calls[-len(state.frames) :]) if state.frames else []
    return [False] * (len(state.frames) - len(flags)) + flags


def _plural_attended(ctx: CueContext) -> bool:
    """A plural meeting noun before the attendance cue ("The meetings were attended by X"), or
    right after "attended" ("X attended the meetings", SVO)."""
    tg, s = ctx.article.tg, ctx.sentence.span
    plural = ctx.article.words.meeting_plural
    after = ctx.hit.end if ctx.cue == "attend_subject" and ctx.hit.end < s.end else None
    if after is not None and tg.norms[after] in ctx.article.words.article and after + 1 < s.end:
        after += 1  # "X attended the meetings" (SVO): the article before the plural noun
    return any(tg.norms[j] in plural for j in range(s.start, ctx.k)) or (
        after is not None and tg.norms[after] in plural
    )


def _attended_frames(ctx: CueContext, state: Discourse) -> list[Frame]:
    """The meetings an attendance joins: the current one; "The meetings were attended by X" (a
    plural meeting noun before the cue) or "hadara al-liqa'ayn X" (a dual or plural noun as the
    object right after an attendance verb) after several meetings of one party, each of them."""
    assert state.frame is not None
    named = _side_named_frame(ctx, state) or _noun_named_frame(ctx, state)
    if named is not None:
        return [named]
    if not _plural_attended(ctx) and not _closing_escort(ctx, state.frame):
        return [state.frame]
    ents = ctx.article.entities

    def host(frame: Frame) -> set:
        # the meetings of any party of the last one: its host's, and its guest's ("X was
        # received by Y", the host Y told first) as an escort's
        return {party_key(ents, q) for side in frame for q in side}

    mine = host(state.frame)
    # the party whose meetings they are (the clause's subject, else the last meeting's host) is
    # put first: "X was received by Y" told Y first, and an attendee meets the side facing X
    lead = host((tuple(state.subjects) or state.frame[0], ()))
    same = [
        (f[1], f[0]) if host((f[1], ())) & lead and not host((f[0], ())) & lead else f
        for f, c in zip(state.frames, _call_flags(state), strict=True)
        if host(f) & mine and not c
    ]
    return [f for n, f in enumerate(same) if f not in same[:n]] or [state.frame]


def _noun_named_frame(ctx: CueContext, state: Discourse) -> Frame | None:
    """ "Also present during the courtesy call were X and Y" after a later meeting told otherwise
    ("The delegation later held a meeting with …"): the meeting noun of the cue names the latest
    meeting whose sentence holds it (None when the current one's does, or none does)."""
    assert state.frame is not None
    tg, words = ctx.article.tg, ctx.article.words
    norms = tg.norms[ctx.hit.start : ctx.hit.end]
    arts = [i for i, n in enumerate(norms) if n in words.article]
    if not arts or norms[-1] not in words.auxiliary:
        return None  # "present during the X were", not "in the presence of"
    noun = [n for n in norms[arts[-1] + 1 :] if n not in words.auxiliary]
    if not noun:
        return None

    def told(frame: Frame) -> bool:
        starts = [q.start for side in frame for q in side]
        if not all(frame):
            return False
        sent = ctx.doc[min(starts)].sent
        seq = tg.norms[sent.start : sent.end]
        return any(seq[j : j + len(noun)] == noun for j in range(len(seq)))

    if told(state.frame):
        return None
    return next((f for f in reversed(state.frames) if f is not state.frame and told(f)), None)


def _side_named_frame(ctx: CueContext, state: Discourse) -> Frame | None:
    """ "On the Turkish side, the meeting was attended by X" after the same host's later meeting
    with a guest of another country: the side phrase names the meeting, the host's last one with
    a guest of that country (None when the sentence names no one side, or the current meeting has
    a party of it)."""
    assert state.frame is not None
    tg, s, words = ctx.article.tg, ctx.sentence.span, ctx.article.words
    if sum(tg.norms[j] in words.side for j in range(s.start, s.end)) != 1:
        return None
    country = _side_country_before(ctx, s.end)
    if country is None:
        return None
    ents = ctx.article.entities

    def has(side) -> bool:
        return any(ents.country_of(q) == country for q in side)

    def hosts(frame: Frame) -> set:
        return {ents.canon(q.ref) for q in frame[0] if q.kind == OFFICIAL}

    if has(state.frame[0]) or has(state.frame[1]):
        return None
    mine = hosts(state.frame)
    return next(
        (f for f in reversed(state.frames) if has(f[1]) and hosts(f) & mine and not has(f[0])),
        None,
    )


def _closing_escort(ctx: CueContext, frame: Frame) -> bool:
    """ "The Minister was accompanied by X and Y." (SVO, a passive attendance of the escort word)
    in a sentence of its own after the meetings told: the escort of a visit, at each meeting of
    the one escorted ("was joined by" joins the meeting just told)."""
    tg, words = ctx.article.tg, ctx.article.words
    return (
        tg.P.word_order == "SVO"
        and tg.norms[ctx.hit.start] in words.auxiliary
        and any(tg.norms[j] in words.escorted for j in range(ctx.hit.start, ctx.hit.end))
        and not ctx.later_cues  # "…, who also attended the talks in X": that meeting only
        and all(q.start < ctx.sentence.span.start for side in frame for q in side)
    )


def _attended_with(ctx: CueContext, state: Discourse) -> Outcome | None:
    """ "X joined the meeting with Y" (the subject's cue, "with" right after it): X met the group
    after "with"; the meeting is its own, not the one told before."""
    tg, words, k = ctx.article.tg, ctx.article.words, ctx.hit.end
    if ctx.cue != "attend_subject" or k >= len(tg.norms) or tg.norms[k] not in words.comitative:
        return None
    subject = _attendees(ctx)
    after = first_group(
        ctx, _meeting_parts(ctx, [p for p in ctx.after if p.start <= k + _HEAD_GAP])
    )
    if not subject or not after:
        return None
    ents, s = ctx.article.entities, ctx.sentence.span
    if _future(ctx) or _virtual(ctx):
        return Outcome((), _framed(state, subject, after, None, call=True))
    rels = met(ents, subject, after, s, "met.attend")
    topic = subject[0] if subject[0].kind == OFFICIAL else None
    return Outcome(tuple(rels), _framed(state, subject, after, topic))


def _side_country(ctx: CueContext, p: Part) -> str | None:
    """ "min al-janib al-Urduni X", "on the Jordanian side, X": the country of the side the
    attendee is listed under (the last such phrase before it in the sentence); "X and Y were
    present on the Chilean side": the side phrase right after the cue whose attendees are named
    before it."""
    found = _side_country_before(ctx, p.start)
    if found is not None and _side_of_others(ctx, p):
        return None
    if found is not None or ctx.cue != "attend_subject" or p.start >= ctx.hit.start:
        return found
    tg = ctx.article.tg
    for i in range(ctx.hit.end, min(ctx.hit.end + _SIDE_AFTER, ctx.sentence.span.end)):
        if tg.norms[i] in ctx.article.words.side:
            h = tg.hits.get(i - 1)
            return str(h.info[0]) if h is not None and h.kind == "country" else None
    return None


_SIDE_AFTER = 3  # tokens after an attendance cue to its side word ("on the | Chilean side")


def _side_of_others(ctx: CueContext, p: Part) -> bool:
    """The last side phrase before attendee ``p``, listed after the attendance cue, stands before
    that cue with an official of its own between ("signed for the X side by A, and for the Y
    side by B, in the presence of C"): it lists those before the cue, not ``p``."""
    tg, s, cue = ctx.article.tg, ctx.sentence.span, ctx.hit.start
    if p.start < ctx.hit.end:
        return False
    side = next(
        (i for i in range(p.start - 1, s.start - 1, -1) if tg.norms[i] in ctx.article.words.side),
        None,
    )
    if side is None or side >= cue:
        return False
    return any(q.kind == OFFICIAL and side < q.start < cue for q in ctx.sentence.parts)


def _side_country_before(ctx: CueContext, start: int) -> str | None:
    """The country of the last side phrase before token ``start`` in the sentence."""
    tg, s = ctx.article.tg, ctx.sentence.span
    for i in range(start - 1, s.start - 1, -1):
        if tg.norms[i] not in ctx.article.words.side:
            continue
        for j in (i + 1, i - 1):
            h = tg.hits.get(j)
            if h is not None and h.kind == "country" and h.start <= j < h.end:
                return str(h.info[0])
        return None
    return None


def _side_of(ctx: CueContext, p: Part, frame: Frame) -> list[Part]:
    """The side an attendee meets: the one not of the side it is listed under, else by country;
    its officials ("X and his accompanying delegation": the attendees meet X), else its body.
    An envoy posted to a country of one side ("Ambassador to Kuwait") meets that side."""
    ents, c = ctx.article.entities, _side_country(ctx, p)
    if c is not None:
        side = _side_against(ents, frame, c)
        if side is not None:
            found = [q for q in side if not _same(q, p)]
            return [q for q in found if q.kind == OFFICIAL] or found
    post = _posted_country(ctx, p)
    posted = [side for side in frame if any(ents.country_of(q) == post for q in side)]
    if post is not None and len(posted) == 1:
        found = [q for q in posted[0] if not _same(q, p)]
        return [q for q in found if q.kind == OFFICIAL] or found
    return other_side(ents, p, frame)


def _posted_country(ctx: CueContext, p: Part) -> str | None:
    """The country an official's title posts him to ("Ambassador to Kuwait", "safir … lada
    al-Urdun"): a title, then a post preposition that names no nationality (``posted_to`` but
    not ``nationality_prep``: not "of"), then the country, inside the official's mention."""
    if p.kind != OFFICIAL:
        return None
    tg, words = ctx.article.tg, ctx.article.words
    titled = False
    for j in range(p.start, p.end - 1):
        h = tg.hits.get(j)
        titled = titled or (h is not None and h.kind == "title")
        if (
            not titled
            or tg.norms[j] not in words.posted_to
            or tg.norms[j] in words.nationality_prep
        ):
            continue
        k = j + 1 + (tg.norms[j + 1] in words.article)
        c = tg.hits.get(k)
        if c is not None and c.kind == "country" and c.start == k:
            return str(c.info[0])
    return None


def _side_against(entities: Entities, frame: Frame, country: str) -> tuple[Part, ...] | None:
    """The side of a meeting facing the side of ``country``: the one without it; when neither
    names it (the host's country unstated, "the Minister"), the one side of another country."""
    a_side, b_side = frame
    if any(entities.country_of(q) == country for q in b_side) and a_side:
        return tuple(a_side)
    if any(entities.country_of(q) == country for q in a_side) and b_side:
        return tuple(b_side)
    theirs = [
        side
        for side in frame
        if side and any(entities.country_of(q) not in (None, country) for q in side)
    ]
    return tuple(theirs[0]) if len(theirs) == 1 else None


_SIDE_LIST_GAP = 6  # "wa-sharaka fi al-jalsa min al-janib X": the attendance cue this close before
_SIDE_BACK = 40  # tokens read back from a listed attendee to the side phrase it is listed under


def _listed_side(ctx: CueContext, start: int) -> str | None:
    """The country of the side phrase ("min al-janib al-Urduni") an attendee at ``start`` is listed
    under, read back within its sentence (a sentence-final mark stops the reading)."""
    tg, side = ctx.article.tg, ctx.article.words.side
    start = min(start, len(tg.texts))  # a side word ending the text: nothing after it
    for i in range(start - 1, max(-1, start - 1 - _SIDE_BACK), -1):
        if tg.texts[i] in _SENTENCE_END:
            return None
        if tg.norms[i] in side:
            for j in (i + 1, i - 1):  # "al-janib al-Urduni", "the Chilean side"
                h = tg.hits.get(j)
                if h is not None and h.kind == "country" and h.start <= j < h.end:
                    return str(h.info[0])
            return None
    return None


_SENTENCE_END = (".", "!", "?", "\u061f")
_SIDE_OPENING = 3  # tokens before the side word of a sentence opening with the side phrase
_ATTEND_SIDE = "attend_side"  # the cue class of a side phrase (lang/<code>/cues.tsv)


def _attend_side(ctx: CueContext, state: Discourse) -> Outcome:
    """ "wa-min al-janib al-Hollandi X wa-Y" (attendees listed by side, the sentence's opening or
    right after an attendance cue, in a meeting told before): X and Y attend on that side and meet
    the principal of the other side (not its attendees, eval/written/README.md)."""
    chaired = _chairs_then_sides(ctx, state)
    if chaired is not None:
        return chaired
    if state.frame is None or state.call:
        return Outcome((), state)
    s = ctx.sentence.span
    # the sentence's opening: "wa-min al-janib X", "On the Chilean side were X" (the side word
    # after a preposition, an article and the country)
    opening = ctx.hit.start - s.start <= _SIDE_OPENING
    after_attendance = any(
        ch.info[0] in _ATTENDANCE and 0 < ctx.k - c <= _SIDE_LIST_GAP
        for c, ch in ctx.sentence.cues[: ctx.index]
    )
    if not (opening or after_attendance):
        return Outcome((), state)
    country = _listed_side(ctx, ctx.hit.end + 1)
    # those listed under this side, not under the next one ("..., wa-min al-janib Y B")
    attendees = [p for p in _attendees(ctx) if _listed_side(ctx, p.start) == country]
    if country is None or not attendees:
        return Outcome((), state)
    ents = ctx.article.entities
    against = _side_against(ents, state.frame, country)
    if against is None:
        return Outcome((), state)
    others = [q for q in against if q.kind == OFFICIAL] or list(against)
    # an official of the listed side's own country is not the other side (a later meeting of one
    # country's officials is not the one its attendees are listed for)
    others = [
        q
        for q in others
        if not any(_same(q, a) for a in attendees) and ents.country_of(q) != country
    ]
    return Outcome(tuple(met(ents, attendees, others, s, "met.attend")), state)


def _chairs_then_sides(ctx: CueContext, state: Discourse) -> Outcome | None:
    """ "bi-ri'asat X, <title>, 'an al-janib A, wa-Y, <title>, 'an al-janib B" (a session chaired
    by one official a side, each side phrase after its chair): the two chairs met, and are the
    two sides of the meeting told. Read at the first side phrase; None when the form is not
    there."""
    cues = ctx.sentence.cues
    lead = next((c for c, ch in cues[: ctx.index] if ch.info[0] == LEAD), None)
    if lead is None:
        return None
    marks = [(c, ch.end) for c, ch in cues if ch.info[0] == "attend_side" and c > lead]
    if len(marks) != 2 or marks[0][0] != ctx.k or state.call or _future(ctx):
        return None
    tg, chairs, prev = ctx.article.tg, [], lead
    for c, end in marks:
        h = tg.hits.get(end) if end < len(tg.texts) else None
        group = [p for p in ctx.sentence.parts if p.kind == OFFICIAL and prev < p.start < c]
        if h is None or h.kind != "country" or not group:
            return None
        chairs.append((group[0], h.info[0]))
        prev = end
    (a, ca), (b, cb) = chairs
    if ca == cb or _same(a, b):
        return None
    ents, s = ctx.article.entities, ctx.sentence.span
    rels = met(ents, [a], [b], s, "met.verb")
    return Outcome(tuple(rels), _framed(state, [a], [b], None))


def _signed_with_country(ctx: CueContext, state: Discourse) -> Discourse:
    """ "Minister X signed two agreements with <country>" (SVO, no official after the verb): the
    country's signers are named later ("signed on the <nisba> side by Y"); X and the country wait
    for them (no meeting yet)."""
    tg, words, s = ctx.article.tg, ctx.article.words, ctx.sentence.span
    if tg.P.word_order != "SVO" or _virtual(ctx):
        return state
    w = next(
        (
            j
            for j in range(ctx.hit.end, min(ctx.hit.end + _WITH_GAP, s.end))
            if tg.norms[j] in words.comitative
        ),
        -1,
    )
    h = tg.hits.get(w + 1) if w >= 0 and w + 1 < s.end else None
    subject = _coordinated_before(ctx)
    if h is None or h.kind != "country" or h.start != w + 1 or len(subject) != 1:
        return state
    if subject[0].kind != OFFICIAL:
        return state
    return state.evolve(signing=(subject[0], str(h.info[0]), ctx.sentence.index))


def _country_signers(ctx: CueContext, state: Discourse) -> Outcome | None:
    """The signers of the country a signing waits for (a verb of signing, that country's side
    phrase and a signer, maybe a second signing clause with another signer): each signer after a
    verb of signing in the sentence, not of the subject's country, met the subject; they are the
    meeting's other side (its attendees meet them). None when no signing waits."""
    if state.signing is None:
        return None
    subject, country, told = state.signing
    if ctx.sentence.index - told > _SIGNERS_AFTER:
        return None
    ents, cues = ctx.article.entities, ctx.sentence.cues
    own = ents.country_of(subject)
    signers: list[Part] = []
    for n in range(ctx.index, len(cues)):
        if cues[n][1].info[0] != "sign":
            continue
        verbs = (c for c, ch in cues[n + 1 :] if ctx.article.registry.is_verb(ch.info[0]))
        stop = next(verbs, ctx.sentence.span.end)
        for p in _meeting_parts(ctx, ctx.parts_between(cues[n][1].end, stop)):
            if p.kind != OFFICIAL or _same(p, subject) or _in_a_post(ctx, p):
                continue
            theirs = _listed_side(ctx, p.start) or ents.country_of(p)
            if theirs is None or (theirs == country and theirs != own):
                signers.append(p)
    if not signers:
        return None
    rels = met(ents, [subject], signers, ctx.sentence.span, "met.attend")
    framed = _framed(state, [subject], signers, subject)
    return Outcome(tuple(rels), framed.evolve(signing=None, subjects=state.subjects))


def _sign(ctx: CueContext, state: Discourse) -> Outcome:
    """ "wa-waqqa'aha 'an al-janib A X, wa-'an al-janib B Y" (an agreement signed for each side of
    the meeting told before): each signer meets the principal of the other side, and the signers of
    two sides meet each other (they sign together). Only signers each listed under a side."""
    svo = ctx.article.tg.P.word_order == "SVO"
    if state.call:
        return Outcome((), state)
    waiting = _country_signers(ctx, state)
    if waiting is not None:
        return waiting
    if state.frame is None and not svo:
        return _signed_with(ctx, state)
    s, ents = ctx.sentence.span, ctx.article.entities
    stop = next((c for c, ch in ctx.later_cues if ctx.article.registry.is_verb(ch.info[0])), s.end)
    named = [
        p
        for p in _meeting_parts(ctx, ctx.parts_between(ctx.hit.end, stop))
        if p.kind == OFFICIAL and not _in_a_post(ctx, p)
    ]
    if state.frame is None:
        return Outcome(tuple(_pair_of_signers(ctx, named)), state)
    signers = [(p, _listed_side(ctx, p.start)) for p in named]
    if ctx.article.tg.P.word_order == "SVO" and all(c is None for _, c in signers):
        # "The MoU was signed by Minister X and Thailand's Minister Y": each for the side of
        # the country the signer serves; a host's minister of no stated country, for the side
        # facing the one country named
        signers = [(p, ents.country_of(p)) for p in named]
        if len({c for _, c in signers if c}) == 1:
            signers = [(p, c or "") for p, c in signers]
    sides = {c for _, c in signers}
    if None in sides or len(sides) < 2:
        if svo:
            found = _body_signers(ctx, state.frame, named) or _pair_of_signers(ctx, named)
            return Outcome(tuple(found), state)
        return _signed_with(ctx, state)
    countries = {str(c) for c in sides if c}
    frame = _frame_of_countries(ents, state, countries)
    rels = []
    for n, (p, c) in enumerate(signers):
        against = _signer_against(ents, frame, str(c), countries)
        principals = [q for q in against if q.kind == OFFICIAL and not _same(q, p)]
        rels += met(ents, [p], principals, s, "met.attend")
        rels += met(ents, [p], [q for q, d in signers[n + 1 :] if d != c], s, "met.attend")
    return Outcome(tuple(rels), state)


def _signer_against(
    entities: Entities, frame: Frame, country: str, countries: set[str]
) -> tuple[Part, ...]:
    """The side a signer meets: the one facing its country. A signer of no stated country beside
    a signer of the one country named signs for the other side ("signed by A and Norway's
    Minister B", A the host's): A meets the side of that country."""
    against = _side_against(entities, frame, country)
    if against is None and not country and len(countries) == 1:
        theirs = _side_against(entities, frame, next(iter(countries)))
        against = next((tuple(side) for side in frame if side and tuple(side) != theirs), None)
    return against or ()


def _pair_of_signers(ctx: CueContext, named: list[Part]) -> list[PendingRelation]:
    """ "The agreement was signed by Minister X and the Bank's Vice President Y" (subject-first,
    no side told for either, or no meeting told before): two signers joined by "and", of two
    countries, or of bodies apart (one serving a body the other does not), sign together: they
    met. Two of one country or one body sign for one side: nothing."""
    if len(named) != 2 or not _signer_joined(ctx, named[0], named[1]):
        return []
    ents = ctx.article.entities
    a, b = named
    mine, theirs = ents.country_of(a), ents.country_of(b)
    parties = _signed_for(ctx, a), _signed_for(ctx, b)
    if parties[0] and parties[1]:
        apart = parties[0] != parties[1]  # "on behalf of A by X, and on behalf of B by Y"
    elif mine and theirs:
        apart = mine != theirs
    else:
        bodies = (_bodies(ents, a), _bodies(ents, b))
        apart = any(bodies) and not (bodies[0] & bodies[1])
    return met(ents, [a], [b], ctx.sentence.span, "met.attend") if apart else []


def _signed_for(ctx: CueContext, p: Part) -> tuple[str, ...] | None:
    """The party a signer signs for, named between the signing cue's last word and the agent's
    "by" that introduces him ("… on behalf of <country> by <title> X", "… of <body> by its
    <title> Y"): its capitalised words (a country, a body, its acronym); None elsewhere."""
    tg, words = ctx.article.tg, ctx.article.words
    last = tg.norms[ctx.hit.end - 1]
    by = next(
        (
            i
            for i in range(p.start - 1, max(ctx.hit.end, p.start - _WITH_GAP) - 1, -1)
            if tg.norms[i] in words.agentive
        ),
        None,
    )
    if by is None:
        return None
    for j in range(by - 1, max(ctx.hit.end - 2, by - _PARTY_WORDS - 2), -1):
        if tg.norms[j] == last:
            party = tuple(tg.norms[k] for k in range(j + 1, by) if tg.norms[k] not in words.article)
            named = all(
                tg.texts[k][:1].isupper() or tg.norms[k] in words.article for k in range(j + 1, by)
            )
            return party if party and named else None
    return None


_PARTY_WORDS = 6  # words of the party a signer signs for, between the cue and "by"


def _signer_joined(ctx: CueContext, a: Part, b: Part) -> bool:
    """``b`` is joined to ``a`` by "and": between them only the conjunction, punctuation, an
    article and the words of the body, country or title written before ``b``'s own title ("and
    the Bank's Vice President Y"; capitalised words in a cased language), or of the phrase of the
    side ``b`` signs for ("and on the <nisba> side by Y"); the signing cue's own words after its
    verb and the agent's "by" too, repeated for the second signer ("signed on behalf of A by X, and
    on behalf of B by Y")."""
    tg, words = ctx.article.tg, ctx.article.words
    between = range(mention_end(ctx, a), b.start)
    repeated = frozenset(tg.norms[ctx.hit.start + 1 : ctx.hit.end]) | words.agentive
    side = words.side | words.side_prep | words.genitive | words.sign_side | repeated
    return any(tg.norms[k] in words.conjunction for k in between) and all(
        tg.is_punct[k]
        or tg.norms[k] in words.conjunction | words.article | side
        or tg.texts[k] in words.possessive_marker
        or tg.kind(k) in ("agency", "country", "title")
        or (tg.P.cased and tg.texts[k][:1].isupper())  # a body's acronym no table knows
        for k in between
    )


def _frame_of_countries(entities: Entities, state: Discourse, countries: set[str]) -> Frame:
    """The meeting signers of two countries sign at: the latest told whose two sides are of those
    countries, one on each side (a courtesy call told after the talks, of one country's two
    officials, is not it); else the current one."""
    assert state.frame is not None
    if len(countries) < 2:
        return state.frame
    for frame in reversed(state.frames):
        a, b = ({entities.country_of(q) for q in side} for side in frame)
        if (
            countries <= a | b
            and any(c in a and c not in b for c in countries)
            and any(c in b and c not in a for c in countries)
        ):
            return frame
    return state.frame


# sentences after "X signed an agreement with <country>" that may name the country's signers (the
# next one, or one after a sentence on the agreement's content): a signing further on is another
_SIGNERS_AFTER = 2
_SIGNER_GAP = 3  # words between a verb of signing and its subject (an honorific, the document)
_WITH_GAP = 8  # words between "with" and the signer it introduces (a title)


def _signed_with(ctx: CueContext, state: Discourse) -> Outcome:
    """ "waqqa'at X, fi waqt lahiq, ma'a Y ittifaqiya", "waqqa'a X wa-Y mudhakkira" (VSO, no signers
    listed by side): the subject right after the verb signed with the officials after "with", or
    with the one joined to it by "and" when the two serve two countries: they met (a signing
    together); the signing is the meeting told, which an attendee after it ("bi-hudur Z") joins."""
    if ctx.article.tg.P.word_order != "VSO" or _virtual(ctx):
        return Outcome((), state)
    s, ents = ctx.sentence.span, ctx.article.entities
    stop = next((c for c, _ch in ctx.later_cues), s.end)
    named = _meeting_parts(ctx, ctx.parts_between(ctx.hit.end, stop))
    by_side = _signers_by_side(ctx, state)
    if by_side is not None:
        return by_side
    if len(named) < 2 or named[0].kind != OFFICIAL or named[0].start - ctx.hit.end > _SIGNER_GAP:
        return Outcome((), state)
    subject, partner = named[0], named[1]
    if partner.kind != OFFICIAL:
        return Outcome((), state)
    if not _after_with(ctx, subject, partner) and not _two_countries(ctx, subject, partner, stop):
        return Outcome((), state)
    partners = [partner]
    for p in named[2:]:
        if p.kind != OFFICIAL or not _joined(ctx, partners[-1], p):
            break
        partners.append(p)
    rels = met(ents, [subject], partners, s, "met.verb")
    return Outcome(tuple(rels), _framed(state, [subject], partners, subject))


def _signers_by_side(ctx: CueContext, state: Discourse) -> Outcome | None:
    """The signing verb, then each signer under its own "for" phrase (VSO, no meeting told before):
    the signers listed each under its own "for" phrase (a side or a body) signed together, so the
    signers of two phrases met; the signing is the meeting told (an attendee after it joins it).
    None unless every official after the verb is listed so, the first right after its phrase."""
    end = ctx.sentence.span.end
    stop = next((c for c, ch in ctx.later_cues if ch.info[0] != _ATTEND_SIDE), end)
    groups: list[list[Part]] = []
    prev = ctx.hit.end
    for p in _meeting_parts(ctx, ctx.parts_between(ctx.hit.end, stop)):
        if p.kind != OFFICIAL and _side_prep_at(ctx, p.start - 1):
            continue  # the body a signer signs for ("wa-'an al-Sunduq")
        if p.kind != OFFICIAL:
            return None
        if any(_side_prep_at(ctx, k) for k in range(prev, p.start)):
            groups.append([p])
        elif groups and _joined(ctx, groups[-1][-1], p):
            groups[-1].append(p)
        else:
            return None
        prev = mention_end(ctx, p)
    if len(groups) != 2:
        return None
    a_side, b_side = groups
    rels = met(ctx.article.entities, a_side, b_side, ctx.sentence.span, "met.verb")
    return Outcome(tuple(rels), _framed(state, a_side, b_side, a_side[0]))


def _side_prep_at(ctx: CueContext, k: int) -> bool:
    """Token ``k`` is the preposition of a side phrase ("'an"), maybe glued to "and" ("wa-'an")."""
    tg = ctx.article.tg
    return word_or_glued_and(tg, tg.norms[k], ctx.article.words.side_prep)


def _two_countries(ctx: CueContext, a: Part, b: Part, stop: int) -> bool:
    """ "waqqa'a X wa-Y" signing together for two countries: joined by "and", of two countries
    (one may be unstated), and no "with" after them (two of one side signing with a third)."""
    mine, theirs = ctx.article.entities.country_of(a), ctx.article.entities.country_of(b)
    if not _joined(ctx, a, b) or not (mine or theirs) or mine == theirs:
        return False
    words = ctx.article.words
    return not any(n in words.comitative for n in ctx.article.tg.norms[b.end : stop])


def _after_with(ctx: CueContext, a: Part, b: Part) -> bool:
    """ "X ... ma'a Y": the comitative stands between the two parties, close before ``b``."""
    norms, words = ctx.article.tg.norms, ctx.article.words
    lo = max(mention_end(ctx, a), b.start - _WITH_GAP)
    return any(n in words.comitative for n in norms[lo : b.start])


def _body_signers(ctx: CueContext, frame: Frame, named: list[Part]) -> list[PendingRelation]:
    """ "An agreement was signed by Mr. X, Assistant Minister, and Ms. Y, the Bank's Country
    Director" (no countries tell the sides): two signers, one serving a body of one side of the
    meeting told before, the other of no body of that side (or of no body the text names), sign
    for the two sides: they meet, and each meets the principals of the other side."""
    if len(named) != 2:
        return []
    ents, s = ctx.article.entities, ctx.sentence.span
    mine = [_bodies(ents, p) for p in named]
    theirs = [set().union(*(_bodies(ents, q) for q in side)) for side in frame[:2]]
    found = [[n for n in (0, 1) if b & theirs[n]] for b in mine]
    placed = [n[0] if len(n) == 1 else -1 for n in found]
    if not any(mine) or placed[0] == placed[1]:  # one of no known body: the other side's
        return []
    sides = [1 - max(placed) if n < 0 else n for n in placed]
    rels = met(ents, [named[0]], [named[1]], s, "met.attend")
    for p, n in zip(named, sides, strict=True):
        against = [q for q in frame[1 - n] if q.kind == OFFICIAL and not _same(q, p)]
        rels += met(ents, [p], against, s, "met.attend")
    return rels


def _quote_end(ctx: CueContext) -> int:
    """Where the quote holding the cue closes (the sentence end when no quote mark follows)."""
    s = ctx.sentence.span
    return next((t.i for t in ctx.doc[ctx.hit.end : s.end] if t.is_quote), s.end)


def _first_person(ctx: CueContext, state: Discourse) -> Outcome:
    """ "I met X", "kuntu qad iltaqaytu X" in a quote: the speaker (already named, else the first
    official after the quote closes) met X."""
    if _future(ctx) or _virtual(ctx):
        return Outcome((), state)
    end = _quote_end(ctx)
    parts = _meeting_parts(ctx, ctx.parts_between(ctx.hit.end, end))
    owner = ctx.article.words.possessive_marker
    texts = ctx.article.tg.texts
    parts = tuple(  # not a mission named inside an official's title, nor an owner ("X's decision")
        p
        for p in parts
        if not any(q is not p and q.start <= p.start < q.end for q in parts)
        and not (p.end < len(texts) and texts[p.end] in owner)
    )
    objs = first_group(ctx, parts)
    if state.speaker is not None and (state.said_here or _in_turn(ctx, state.speaker)):
        speaker: list[Part] = [state.speaker]
    else:
        speaker = [p for p in ctx.sentence.parts if p.start > end and p.kind == OFFICIAL][:1]
        if not speaker and ctx.k not in quote_regions(ctx.doc, ctx.sentence.span):
            speaker = _author(ctx, objs)
    speaker += [
        p for p in _first_person_partner(ctx, state) if speaker and not _same(p, speaker[0])
    ]
    speaker = [p for p in speaker if not any(_same(p, q) for q in objs)]
    if not speaker or not objs:
        return Outcome((), state)
    rels = met(ctx.article.entities, speaker, objs, ctx.sentence.span, "met.verb")
    return Outcome(tuple(rels), _framed(state, speaker, objs, None))


def _first_person_meeting(ctx: CueContext, state: Discourse) -> Outcome | None:
    """A first-person subject ("I just met with X", "we have also met X") or object ("X hosted
    me for dinner": X met the speaker) of the meeting verb; None when neither."""
    if _first_person_subject(ctx):
        return _first_person(ctx, state)
    return _first_person_object(ctx, state)


def _first_person_object(ctx: CueContext, state: Discourse) -> Outcome | None:
    """ "Governor X hosted me for dinner", "the Minister of Trade, X, received me" (SVO, in a
    speaker's turn or quote): the official right before the verb (commas at most
    between) met the speaker, the first-person object right after it; None when not so."""
    tg, s, words, k = ctx.article.tg, ctx.sentence.span, ctx.article.words, ctx.k
    j = ctx.hit.end
    if tg.P.word_order != "SVO" or j >= s.end or tg.norms[j] not in words.first_singular:
        return None
    speaker = state.speaker
    if speaker is None or not (state.said_here or _in_turn(ctx, speaker)):
        speaker = _turn_speaker(ctx)
    if speaker is None:
        return None
    host = [p for p in ctx.sentence.parts if p.kind == OFFICIAL and p.end <= k][-1:]
    if not host or not all(tg.is_punct[i] for i in range(host[0].end, k)):
        return None
    if _same(host[0], speaker):
        return None
    rels = met(ctx.article.entities, host, [speaker], s, "met.verb")
    return Outcome(tuple(rels), _framed(state, host, [speaker], None))


def _turn_speaker(ctx: CueContext) -> Part | None:
    """The official whose turn label ("MINISTER X:") opens the line the cue is on."""
    ents, si = ctx.article.entities, ctx.sentence.index
    for i in range(si, max(-1, si - _TURN_SENTENCES), -1):
        for p in reversed(ents.parts.get(i, ())):
            if p.kind == OFFICIAL and _in_turn(ctx, p):
                return p
    return None


_TURN_SENTENCES = 12  # sentences back from a cue to its turn's label


def _first_person_partner(ctx: CueContext, state: Discourse) -> list[Part]:
    """ "Minister X and I met Y", "She and I sat down with Y", "Together with X, I received Y": the
    official coordinated or joined with the speaker before the cue (named right before "and" or
    the comma closing a together phrase, or a third-person pronoun naming the topic) met Y too."""
    tg, words, k = ctx.article.tg, ctx.article.words, ctx.k
    if k - 2 >= ctx.sentence.span.start and tg.texts[k - 1] in _COMMAS_MET:
        # "Together with Ambassador X, I received Y": the official joined to the speaker
        return [
            p
            for p in ctx.sentence.parts
            if p.end == k - 1
            and p.kind == OFFICIAL
            and _joiner_before(ctx, p, ctx.sentence.span.start)
        ][:1]
    if k - 2 < ctx.sentence.span.start or tg.norms[k - 1] not in words.conjunction:
        return []
    named = [p for p in ctx.sentence.parts if p.end == k - 1 and p.kind == OFFICIAL]
    if named:
        return named[:1]
    if tg.norms[k - 2] in words.pronoun and state.topic is not None:
        return [state.topic] if state.topic.kind == OFFICIAL else []
    return []


def _in_turn(ctx: CueContext, speaker: Part) -> bool:
    """ "SECRETARY X: Thank you. … When I met Y yesterday, …": the cue is on the line the
    speaker's turn label opens (no line break since the speaker's name)."""
    tg = ctx.article.tg
    if speaker.start >= ctx.sentence.span.start or ctx.k - speaker.start > _TURN_REACH:
        return False
    if speaker.end >= len(tg.texts) or tg.texts[speaker.end] != ":":
        return False  # a label "TITLE NAME:", not a speaker named in a sentence
    return not any("\n" in tg.ws[i] or "\n" in tg.texts[i] for i in range(speaker.start, ctx.k))


_TURN_REACH = 400  # tokens from a turn's label to a first-person meeting in the turn


_FIRST_PERSON_GAP = 3  # "I have just met", "we've also met": words between the pronoun and verb


def _first_person_subject(ctx: CueContext) -> bool:
    """ "I just met with X" (SVO): a first-person pronoun before the verb, only untagged words (an
    auxiliary, an adverb) between."""
    tg, s, words = ctx.article.tg, ctx.sentence.span, ctx.article.words
    if tg.P.word_order != "SVO":
        return False
    first = words.first_singular | words.first_plural
    for i in range(ctx.k - 1, max(s.start, ctx.k - _FIRST_PERSON_GAP) - 1, -1):
        if tg.norms[i] in first:
            return True
        if tg.is_punct[i] or tg.kind(i) is not None:
            return False
    return False


def _author(ctx: CueContext, met_ones: list[Part]) -> list[Part]:
    """ "In Suva I met X" outside quotes (a first-person release): its author, the one official of
    the first sentence near the top that names any (a byline: "By Foreign Minister X", "Statement
    by Minister X", "The Hon X MP, Minister for Trade"). The one the author met is not the author
    (a headline "Minister's meeting with the Vietnamese Minister of Trade" names the guest). Of
    several officials of that sentence, the one right after the agentive word ("Remarks by X at
    the press conference with Y") is the author."""
    for i in range(min(ctx.sentence.index, _BYLINE_SENTENCES)):
        named = [p for p in _officials_of(ctx, i) if not any(_same(p, q) for q in met_ones)]
        if len(named) > 1:
            return _byline_author(ctx, named)
        if named:
            return named
    return []


_BYLINE_TITLE_WORDS = 4  # capitalised title words between a byline's "by" and an official's


def _byline_author(ctx: CueContext, named: list[Part]) -> list[Part]:
    """Of several officials of a byline sentence, the one right after the agentive word
    ("Remarks by X at the joint press conference with Y"); none for a joint byline ("by X and
    Y") or none after it."""
    norms, words = ctx.article.tg.norms, ctx.article.words
    found = [
        p
        for p in named
        if _after_agentive(ctx, p.start)
        and (p.end >= len(norms) or norms[p.end] not in words.conjunction)
    ]
    return found if len(found) == 1 else []


def _after_agentive(ctx: CueContext, k: int) -> bool:
    """The agentive word stands right before ``k``, or before the capitalised words of a title
    there ("by [Trade] Commissioner X"), within ``k``'s sentence."""
    tg, agentive = ctx.article.tg, ctx.article.words.agentive
    if not 0 <= k < len(ctx.doc):
        return False
    j = k - 1
    while j >= max(ctx.doc[k].sent.start, k - _BYLINE_TITLE_WORDS):
        if tg.norms[j] in agentive:
            return True
        if not tg.texts[j][:1].isupper():
            return False
        j -= 1
    return False


def _chairs(ctx: CueContext) -> list[Part]:
    """Who chaired: the group before the verb (SVO, or a subject right before it), else the group
    after it."""
    if ctx.article.tg.P.word_order == "SVO":
        return _coordinated_before(ctx) or _main_subject(ctx)
    before = _subject_before(ctx)
    if before is not None:
        return [before]
    stop = next(
        (c for c, ch in ctx.later_cues if ctx.article.registry.is_verb(ch.info[0])),
        ctx.sentence.span.end,
    )
    return first_group(ctx, _meeting_parts(ctx, ctx.parts_between(ctx.hit.end, stop)))


def _carried_chairs(ctx: CueContext, state: Discourse) -> list[Part]:
    """ "He also co-chaired the commission with Y" (SVO): a pronoun (or "and") right before the
    chairing verb carries the subject told before, as it does before a meeting verb."""
    if ctx.article.tg.P.word_order != "SVO":
        return []
    return [p for p in _carried_subject(ctx, state) or [] if p.kind == OFFICIAL]


def _main_subject(ctx: CueContext) -> list[Part]:
    """ "X and Y issued the following statement after co-chairing the dialogue" (SVO, a gerund
    right after a word of sequence): the gerund's subject is the main verb's, the group before
    the verb cue before it."""
    tg, k = ctx.article.tg, ctx.hit.start
    if not tg.norms[ctx.hit.end - 1].endswith(tuple(tg.W.participle_ending)) or k < 1:
        return []
    if tg.norms[k - 1] not in ctx.article.words.sequence:
        return []
    verbs = [
        (c, ch)
        for c, ch in ctx.sentence.cues[: ctx.index]
        if ctx.article.registry.is_verb(ch.info[0]) or ch.info[0] == SAY_COLON
    ]
    if not verbs:
        return []
    c, ch = verbs[-1]
    before = tuple(p for p in ctx.sentence.parts if p.end <= c)
    return _coordinated_before(replace(ctx, k=c, hit=ch, before=before))


def _chair(ctx: CueContext, state: Discourse) -> Outcome:
    """ "X chaired the meeting" / "tara''asa X al-ijtima'": X is a side of the meeting its
    attendees join; co-chairs meet each other; "tara''asa al-janib al-Urduni X, fima tara''asa
    al-janib al-Misri Y": the chair of one side meets the chair of the side before. A call word
    anywhere in the clause makes it virtual."""
    if any(  # "tara''asa al-wafd X": X heads the body (a marker class of member_of)
        p.kind == AGENCY and ctx.hit.end <= p.start <= ctx.hit.end + 1 for p in ctx.sentence.parts
    ):
        lead = ctx.article.registry.handlers.get(LEAD)
        led = lead.handle(ctx, state) if lead is not None else Outcome((), state)
        return _co_chairs(ctx, led)
    by_side = _chaired_by_side(ctx)
    if len(by_side) > 1 and not _future(ctx):
        s, ents = ctx.sentence.span, ctx.article.entities
        pairs = [
            r for x, y in group_pairs(ents, by_side) for r in met(ents, [x], [y], s, "met.verb")
        ]
        return Outcome(tuple(pairs), _framed(state, by_side[:1], by_side[1:], None))
    fronted = _fronted_co_chairs(ctx, state)
    chairs = fronted[0] if fronted else (_chairs(ctx) or _carried_chairs(ctx, state))
    if not chairs or _future(ctx):
        return Outcome((), state)
    ents, s, virtual = ctx.article.entities, ctx.sentence.span, _virtual(ctx)
    for _c, ch in ctx.later_cues:
        if ctx.article.registry.is_verb(ch.info[0]):
            break
        virtual = virtual or ch.info[0] == CALL
    side = any(
        n in ctx.article.words.side for n in ctx.article.tg.norms[ctx.hit.end : ctx.hit.end + 2]
    )
    gapped = (
        _gapped_side_chairs(ctx, chairs)
        if side and len(chairs) == 1 and not _persons_held(ctx)
        else []
    )
    if gapped:  # "tara''asa al-janib A X, wa-al-janib B Y": one chair a side, the verb once
        return _side_chairs_met(ctx, state, chairs + gapped, virtual)
    frame = state.frame
    if side and frame is not None and frame[0] and not frame[1] and not state.call:
        a_side = [p for p in frame[0] if not any(_same(p, q) for q in chairs)]
        rels = met(ents, a_side, chairs, s, "met.verb")
        return Outcome(() if virtual else tuple(rels), _framed(state, a_side, chairs, None))
    told = None if fronted else _chair_of_told(ctx, state, chairs)
    if told is not None:
        return Outcome(() if virtual else told.relations, told.state)
    partners = fronted[1] if fronted else _co_chaired_with(ctx, chairs)
    partners = partners or _chair_counterpart(ctx, state, chairs)
    if partners:  # "X co-chaired the Strategic Dialogue with Y": the two co-chairs met
        rels = met(ents, chairs, partners, s, "met.verb")
        return Outcome(
            () if virtual else tuple(rels), _framed(state, chairs, partners, None, virtual)
        )
    rels = [r for x, y in group_pairs(ents, chairs) for r in met(ents, [x], [y], s, "met.verb")]
    return Outcome(() if virtual else tuple(rels), _framed(state, chairs, [], None, call=virtual))


def _side_chairs_met(
    ctx: CueContext, state: Discourse, chairs: list[Part], virtual: bool
) -> Outcome:
    """The chairs of the sides of a sitting the sides held (no plural of persons over them), one
    a side: they are its two sides and meet."""
    ents, s = ctx.article.entities, ctx.sentence.span
    rels = [r for x, y in group_pairs(ents, chairs) for r in met(ents, [x], [y], s, "met.verb")]
    return Outcome(() if virtual else tuple(rels), _framed(state, chairs[:1], chairs[1:], None))


def _persons_held(ctx: CueContext) -> bool:
    """ "aqada al-waziran jalsat mubahathat, tara''asa fiha al-janib A X": a plural of persons
    ("the two ministers", not "the two sides") before the chairing verb holds the sitting; those
    who chair its sides attend under them."""
    tg, words = ctx.article.tg, ctx.article.words
    return any(
        (n in words.joint_subject and n not in words.side_pair) or n in words.plural_title
        for n in tg.norms[ctx.sentence.span.start : ctx.hit.start]
    )


def _gapped_side_chairs(ctx: CueContext, chairs: list[Part]) -> list[Part]:
    """ "tara''asa fiha al-janib A X, wa-al-janib B Y" (the chairing verb not repeated): after the
    chair of the first side, each "and the side" (its nisba next) before the next verb opens the
    chair of another side: the first official within a few words of it."""
    tg, words = ctx.article.tg, ctx.article.words
    stop = next(
        (c for c, ch in ctx.later_cues if ctx.article.registry.is_verb(ch.info[0])),
        ctx.sentence.span.end,
    )
    opens = [
        i
        for i in range(chairs[-1].end, stop)
        if tg.norms[i] not in words.side
        and word_or_glued_and(tg, tg.norms[i], words.side)
        and tg.is_punct[i - 1]
    ]
    out: list[Part] = []
    for i in opens:
        first = next((p for p in ctx.sentence.parts if p.start > i and p.start < stop), None)
        if first is not None and first.kind == OFFICIAL and first.start - i <= _SIDE_GAP:
            out.append(first)
    return out


def _chair_of_told(ctx: CueContext, state: Discourse, chairs: list[Part]) -> Outcome | None:
    """ "tara''asa al-ijtima' X" right after a meeting of two sides was told (VSO, the meeting noun
    right after the verb): X, named on neither side, chairs that meeting for the side of his body
    or country, else for the body that held it; he meets the other side, and the frame stays
    two-sided (the attendees named next meet the side not their own)."""
    frame, ents = state.frame, ctx.article.entities
    if ctx.article.tg.P.word_order != "VSO" or frame is None or not frame[0] or not frame[1]:
        return None
    if state.call or len(chairs) != 1 or any(_same(chairs[0], q) for q in frame[0] + frame[1]):
        return None
    noun = next((ch for c, ch in ctx.later_cues if c == ctx.hit.end), None)
    if noun is None or noun.info[0] != "meet_noun":
        return None
    chair = chairs[0]
    mine = [n for n, side in enumerate(frame) if any(_related(ents, chair, q) for q in side)]
    if not mine and all(q.kind == AGENCY for q in frame[0]):
        mine = [0]  # "a body held a meeting with Y … X chaired the meeting": the body's chair
    if len(mine) != 1:
        return None
    own, other = frame[mine[0]], frame[1 - mine[0]]
    rels = met(ents, [chair], list(other), ctx.sentence.span, "met.verb")
    return Outcome(tuple(rels), _framed(state, (chair, *own), other, None))


def _chair_counterpart(ctx: CueContext, state: Discourse, chairs: list[Part]) -> list[Part]:
    """ "X and his counterpart (also) co-chaired the meeting" (SVO): the nameless counterpart
    joined to the one chair right before the verb is the one X met in the meeting told before
    (the other side of its frame), so those attending meet him."""
    tg, words, frame = ctx.article.tg, ctx.article.words, state.frame
    if tg.P.word_order != "SVO" or len(chairs) != 1 or frame is None or state.call:
        return []
    toks = [
        i for i in range(mention_end(ctx, chairs[0]), ctx.k) if tg.norms[i] not in words.auxiliary
    ]
    if not toks or tg.norms[toks[0]] not in words.conjunction:
        return []
    roles = [tg.hits.get(i) for i in toks[1:]]
    if not any(h is not None and h.kind == "title" and h.info[2] == COUNTERPART for h in roles):
        return []
    if not all(
        tg.norms[i] in words.possessive or tg.kind(i) in ("title", "country") or _adverb(tg, i)
        for i in toks[1:]
    ):
        return []
    canon = ctx.article.entities.canon

    def has(side) -> bool:
        return any(q.kind == OFFICIAL and canon(q.ref) == canon(chairs[0].ref) for q in side)

    other = frame[1] if has(frame[0]) else frame[0] if has(frame[1]) else ()
    return [q for q in other if q.kind == OFFICIAL]


_FRONT_GAP = 3  # "Later, together with Y": words before the fronted joiner


def _fronted_co_chairs(ctx: CueContext, state: Discourse) -> tuple[list[Part], list[Part]] | None:
    """ "(Later,) together with Y, she co-chaired the session" (SVO): the group after a joiner
    opening the sentence, closed by a comma, co-chairs with the subject right before the verb (a
    pronoun carries the subject told before): (chairs, partners), else None."""
    tg, words, s, k = ctx.article.tg, ctx.article.words, ctx.sentence.span, ctx.hit.start
    if tg.P.word_order != "SVO" or not ctx.hit.key.startswith("co"):
        return None
    j = next(
        (
            i
            for i in range(s.start, min(k - 1, s.start + _FRONT_GAP + 1))
            if f"{tg.norms[i]} {tg.norms[i + 1]}" in words.together
        ),
        None,
    )
    if j is None or any(p.start < j for p in ctx.sentence.parts):
        return None
    parts = _meeting_parts(ctx, [p for p in ctx.before if p.start > j + 1])
    if not parts or parts[0].kind != OFFICIAL or parts[0].start - j > _HEAD_GAP + 2:
        return None
    group = [p for p in first_group(ctx, parts) if p.kind == OFFICIAL]
    rest = [p for p in parts if p.start > group[-1].end and p.kind == OFFICIAL]
    stop = rest[0].start if rest else ctx.k
    if not any(tg.is_punct[i] for i in range(group[-1].end, stop)):
        return None
    chairs = rest[-1:]
    if not chairs and tg.norms[k - 1] in words.pronoun:  # "…, she co-chaired": the one told before
        told = list(state.subjects) or ([state.topic] if state.topic is not None else [])
        chairs = of_pronoun_gender(ctx, k - 1, told)
    chairs = [p for p in chairs if p.kind == OFFICIAL and not any(_same(p, q) for q in group)]
    return (chairs, group) if chairs else None


_BY_SIDE_GAP = 5  # "chaired on the Bahraini side by": the verb to its first "side by"


def _chaired_by_side(ctx: CueContext) -> list[Part]:
    """ "(consultations were held,) chaired on the A side by X, and on the B side by Y" (SVO, a
    passive chairing verb whose agents are listed by side, as "tara''asaha min al-janib A X"):
    the first official after each "side by", one chair a side; they sat at one table."""
    if ctx.article.tg.P.word_order != "SVO":
        return []
    bys = [c for c, ch in ctx.later_cues if ch.info[0] == "attend" and ch.key.endswith("side by")]
    if not bys or not bys[0] - ctx.hit.end < _BY_SIDE_GAP:
        return []
    return _first_official_after_each(ctx, bys)


# tokens from the chairing verb to "with": a session's name runs long in this genre (an ordinal, a
# kind of talks, the two sides it joins) before the partner; the next verb bounds it too
_CO_WITH = 18


def _co_chaired_with(ctx: CueContext, chairs: list[Part]) -> list[Part]:
    """ "X co-chaired <the body> with Y", "X chaired <the talks> with Y" (SVO): the officials right
    after the first comitative after the chairing verb (before the next verb), its other
    co-chair(s) or the side the chair held the talks with."""
    tg = ctx.article.tg
    if tg.P.word_order != "SVO" or not chairs:
        return []
    verb = (c for c, ch in ctx.later_cues if ctx.article.registry.is_verb(ch.info[0]))
    stop = min(next(verb, ctx.sentence.span.end), ctx.hit.end + _CO_WITH)
    w = next(
        (i for i in range(ctx.hit.end, stop) if tg.norms[i] in ctx.article.words.comitative), None
    )
    if w is None:
        return []
    cue = tg.hits.get(w)
    if cue is not None and cue.kind == "cue" and cue.start == w:
        return []  # "co-chaired …, with the participation of Z": those attending, no co-chair
    after = [p for p in ctx.sentence.parts if p.start > w]
    if not after or after[0].kind != OFFICIAL:
        return []
    if after[0].start - w > _HEAD_GAP and any(  # "with H.H. Sheikh Y": styles and titles between
        tg.kind(i) is None for i in range(w + 1, after[0].start)
    ):
        return []
    return [p for p in first_group(ctx, after) if p.kind == OFFICIAL]


# "tara''asahu X", "bi-ri'asa mushtaraka": the chairs of the meeting named before, no body
CHAIRED_PRON = "chaired_pron"
_JOIN_GAP = 3  # "joined X for (bilateral) talks": at most this many words between X and the noun


_JOINED_BY_GAP = 6  # "We were joined for part of our discussions by X": "by" this close after


def _passive_joined(ctx: CueContext) -> CueContext | None:
    """ "We were joined for part of our discussions by X", "I was joined at the meeting by X"
    (SVO): a passive "joined" whose agent comes after a phrase is the attendance cue "were joined
    by" spread out; the context of that cue (from the auxiliary to "by"), else None."""
    tg, words, k = ctx.article.tg, ctx.article.words, ctx.hit.start
    if tg.P.word_order != "SVO" or k == 0 or tg.norms[k - 1] not in words.auxiliary:
        return None
    # the phrase before "by" may hold a meeting noun, itself a cue ("for part of the talks")
    after = [p for p in ctx.sentence.parts if p.start >= ctx.hit.end]
    if not after:
        return None
    stop = min(after[0].start, ctx.hit.end + _JOINED_BY_GAP)
    by = next((j for j in range(ctx.hit.end, stop) if tg.norms[j] in words.agentive), None)
    if by is None or by == ctx.hit.end or after[0].start - by > _HEAD_GAP + 1:
        return None
    hit = replace(ctx.hit, start=k - 1, end=by + 1, info=("attend",) + tuple(ctx.hit.info[1:]))
    return replace(ctx, k=k - 1, hit=hit)


def _joined_us(ctx: CueContext, state: Discourse, out: Outcome) -> Outcome:
    """ "We were joined for part of our discussions by X" (SVO, "we" the subject): "we" are both
    sides of the meeting told, X met each of them."""
    tg, k, words = ctx.article.tg, ctx.hit.start, ctx.article.words
    if state.frame is None or state.call or k < 1 or tg.P.word_order != "SVO":
        return out
    if tg.norms[k - 1] not in words.first_plural or tg.norms[k] not in words.auxiliary:
        return out
    if any(tg.norms[j] in words.escorted for j in range(k, ctx.hit.end)):
        return out  # "we were accompanied by our ambassador": one side's escort
    ents, attendees = ctx.article.entities, _attendees(ctx)
    done = {(r.source, r.target) for r in out.relations}
    rels = [
        r
        for side in state.frame
        for r in met(ents, attendees, list(side), ctx.sentence.span, "met.attend")
        if (r.source, r.target) not in done and (r.target, r.source) not in done
    ]
    return Outcome(out.relations + tuple(rels), out.state)


def _join(ctx: CueContext, state: Discourse) -> Outcome:
    """ "X joined Y for talks", "joined Y for a working lunch": joining a person for a meeting is
    meeting them; "joined Y in calling for …" is no meeting; "X joined the meeting (with Y)": as
    taking part in it; "we were joined … by X": X attended the meeting told."""
    passive = _passive_joined(ctx)
    if passive is not None:
        return _attend(passive, state)
    ents = ctx.article.entities
    after = [p for p in ctx.after if can_meet(ents, p)]
    first = after[0].start if after else ctx.sentence.span.end
    if any(
        ch.info[0] in ("meet_noun", "meet_host") and c - ctx.hit.end <= _TAKE_PART_GAP
        for c, ch in ctx.later_cues
        if c < first
    ):
        return _take_part(ctx, state)
    if not after or after[0].start - ctx.hit.end > _HEAD_GAP:
        return Outcome((), state)
    end = after[0].end
    closing = _joined_at_clause_end(ctx, state, after[0], end)
    if closing is not None:
        return closing
    for c, ch in ctx.later_cues:
        if ch.info[0] == "meet_noun" and 0 <= c - end <= _JOIN_GAP:
            others = _noun_with_group(ctx, ch.end)
            subject = [p for p in _coordinated_before(ctx) if p.kind == OFFICIAL]
            if others and subject:
                # "X joined Y for consultations with Z": X and Y are one side, both meet Z
                side = [*subject, after[0]]
                rels = met(ents, side, others, ctx.sentence.span, "met.verb")
                return Outcome(tuple(rels), _framed(state, side, others, subject[0]))
            return _joined_for_told(ctx, state, after[0], end, c) or _meet(ctx, state)
    return Outcome((), state)


def _joined_at_clause_end(
    ctx: CueContext, state: Discourse, joined: Part, end: int
) -> Outcome | None:
    """ "X and Y joined the Secretary." (SVO, the official joined closing the sentence) in a
    meeting told: a readout's way of naming who sat with the official; X and Y met the other
    side. None with no meeting frame, a call, or the official on no side or both."""
    tg, s = ctx.article.tg, ctx.sentence.span
    if tg.P.word_order != "SVO" or state.frame is None or state.call or joined.kind != OFFICIAL:
        return None
    rest = [t for t in tg.texts[end : s.end] if t.strip()]
    if rest and (len(rest) > 1 or rest[0] not in tg.P.sentence_punct):
        return None  # "joined the Secretary in calling for …", "…, who …"
    joiners = [p for p in _coordinated_before(ctx) if p.kind == OFFICIAL]
    return _join_side(ctx, state, [joined], joiners) if joiners else None


def _joined_for_told(
    ctx: CueContext, state: Discourse, joined: Part, end: int, c: int
) -> Outcome | None:
    """ "X joined Y for the meeting" after the meeting told (a definite article before the noun,
    the current frame holding Y on one side): X sat on Y's side and met the other side, not Y.
    With no meeting told, a call told, or Y on no side or both, None: "joined Y" is then meeting
    Y, as before."""
    tg, words = ctx.article.tg, ctx.article.words
    if (
        state.frame is None
        or state.call
        or not any(tg.norms[j] in words.article for j in range(end, c))
    ):
        return None
    joiners = [p for p in _coordinated_before(ctx) if p.kind == OFFICIAL]
    if not joiners or joined.kind != OFFICIAL:
        return None
    return _join_side(ctx, state, [joined], joiners)


def _noun_with_group(ctx: CueContext, end: int) -> list[Part]:
    """The group right after "with" that closes a meeting noun ending at ``end`` ("consultations
    with X and Y"), else none."""
    tg, words, s = ctx.article.tg, ctx.article.words, ctx.sentence.span
    w = next(
        (j for j in range(end - 1, min(s.end, end + 1)) if tg.norms[j] in words.comitative), None
    )
    if w is None:
        return []
    parts = _meeting_parts(ctx, [p for p in ctx.sentence.parts if p.start > w])
    if not parts or parts[0].start - w > _HEAD_GAP + 1:
        return []
    return first_group(ctx, parts)


def _credentials(ctx: CueContext, state: Discourse) -> Outcome:
    """ "X presented his credentials to Y", "qaddama X awraq i'timadihi ila Y", "tasallama Y awraq
    i'timad X": an ambassador hands them over in person: the party before the noun met the party
    after it."""
    ents = ctx.article.entities
    before = [p for p in _meeting_parts(ctx, ctx.before) if p.end <= ctx.k][-1:]
    after = first_group(ctx, _meeting_parts(ctx, ctx.after))
    if not before or not after or _future(ctx) or _virtual(ctx):
        return Outcome((), state)
    rels = met(ents, before, after, ctx.sentence.span, "met.verb")
    return Outcome(tuple(rels), _framed(state, before, after, None))


def _co_chairs(ctx: CueContext, led: Outcome) -> Outcome:
    """ "X and Y co-chaired the A-B Ministerial": whatever the body after the verb, the co-chairs
    before it (SVO) sat at one table: they met."""
    if ctx.article.tg.P.word_order != "SVO" or _future(ctx) or _virtual(ctx):
        return led
    chairs, ents = _coordinated_before(ctx), ctx.article.entities
    pairs = [
        r
        for x, y in group_pairs(ents, chairs)
        for r in met(ents, [x], [y], ctx.sentence.span, "met.verb")
    ]
    return Outcome(led.relations + tuple(pairs), led.state) if pairs else led


def chaired_by(ctx: CueContext, state: Discourse) -> Outcome:
    return _session(ctx, state, _chaired_by(ctx, state))


def _chair_session(ctx: CueContext, state: Discourse) -> Outcome:
    return _session(ctx, state, _chair(ctx, state))


def _session(ctx: CueContext, state: Discourse, out: Outcome) -> Outcome:
    """A chaired sitting told after a meeting of the same countries is a session of those talks
    (heads of delegation, a preparatory meeting): "the two sides" stay the meeting's principals."""
    old, new, ents = state.principals, out.state.frame, ctx.article.entities
    if old is None or not old[0] or not old[1] or new is None or new is old:
        return out
    theirs = {ents.country_of(p) for side in old for p in side} - {None}
    ours = {ents.country_of(p) for side in new for p in side} - {None}
    if not ours <= theirs:
        return out  # another country's sitting
    return Outcome(out.relations, out.state.evolve(principals=old))


def _chaired_by(ctx: CueContext, state: Discourse) -> Outcome:
    """ "took part in the meeting chaired by Y", "shaaraka X fi al-ijtima' bi-ri'asat Y", "the
    meeting, chaired by Y, was attended by Z": after a meeting noun, the official right after the
    cue chairs the meeting: its lone side (a participant) meets Y, else Y is its first side."""
    ents, s = ctx.article.entities, ctx.sentence.span
    noun = any(ch.info[0] in ("meet_noun", "take_part") for c, ch in ctx.sentence.cues if c < ctx.k)
    tg = ctx.article.tg
    # "bi-ri'asa mushtaraka bayna X wa-Y": a co-chairing word in the cue is a sitting of its own
    co_word = any(n in ctx.article.words.co_chair for n in tg.norms[ctx.hit.start : ctx.hit.end])
    words = ctx.article.words
    if (
        co_word
        and any(  # "the session is to be held … co-chaired by": a sitting to come
            n in words.future and n not in words.venue_prep for n in tg.norms[s.start : ctx.k]
        )
    ):
        return Outcome((), state)
    noun = noun or co_word
    if ctx.hit.key.startswith("co") and ctx.hit.start > s.start:
        # "It was co-chaired by X and Y" (the dialogue told before): a passive co-chairing is
        # a sitting of its own
        noun = noun or tg.norms[ctx.hit.start - 1] in ctx.article.words.past_auxiliary
    sides = _side_chairs(ctx) if noun and ctx.cue == CHAIRED_PRON and not _future(ctx) else []
    if len(sides) > 1:  # "tara''asaha min al-janib A X, wa-min al-janib B Y": one chair a side
        pairs = [r for x, y in group_pairs(ents, sides) for r in met(ents, [x], [y], s, "met.verb")]
        return Outcome(tuple(pairs), _framed(state, sides[:1], sides[1:], None))
    chair = [p for p in ctx.after if p.kind == OFFICIAL and _styled_gap(ctx, ctx.hit.end, p)][:1]
    if not noun or not chair or _future(ctx):
        return Outcome((), state)
    chairs = first_group(ctx, [p for p in ctx.after if p.start >= chair[0].start])
    chairs = [p for p in chairs if p.kind == OFFICIAL]
    co = ctx.hit.key.startswith("co") or co_word or ctx.cue == CHAIRED_PRON
    if (co or _of_other_countries(ents, chairs)) and len(chairs) > 1:
        # "the meeting was co-chaired by X and Y", "ijtima' tara''asahu X wa-Y": the co-chairs sat
        # at one table, its two sides
        pairs = [
            r for x, y in group_pairs(ents, chairs) for r in met(ents, [x], [y], s, "met.verb")
        ]
        return Outcome(tuple(pairs), _framed(state, chairs[:1], chairs[1:], None))
    frame = state.frame
    if frame is not None and frame[0] and not frame[1] and not state.call:
        side = [p for p in frame[0] if not _same(p, chair[0])]
        rels = met(ents, side, chair, s, "met.attend")
        return Outcome(tuple(rels), _framed(state, side, chair, None))
    return Outcome((), _framed(state, chair, [], None, call=_virtual(ctx)))


def _of_other_countries(ents: Entities, chairs: list[Part]) -> bool:
    """Chairs of one meeting each of a known country, no two of the same ("chaired by A's minister
    X and B's minister Y") chair it together, one a side; a chair of unknown country may be the
    other's deputy or aide, of the same side."""
    known = [c for p in chairs if (c := ents.country_of(p)) is not None]
    return len(known) > 1 and len(known) == len(chairs) == len(set(known))


def chairs_of_two_countries(ctx: CueContext) -> bool:
    """ "chaired by A's X and B's Y" right after the cue: officials of two countries, co-chairs of
    a meeting (no body has two heads of two countries)."""
    after = [p for p in ctx.after if p.kind == OFFICIAL]
    if not after or not _styled_gap(ctx, ctx.hit.end, after[0]):
        return False
    chairs = [p for p in first_group(ctx, after) if p.kind == OFFICIAL]
    return len(chairs) > 1 and _of_other_countries(ctx.article.entities, chairs)


def _styled_gap(ctx: CueContext, start: int, p: Part) -> bool:
    """Official ``p`` opens right after ``start``: at most an honorific or a title word between, or
    only styles and titles ("chaired by His Excellency Sheikh Y", "by H.E. Ambassador Dr. Y")."""
    if p.start - start <= _HEAD_GAP:
        return True
    tg = ctx.article.tg
    return p.start > start and all(tg.kind(i) is not None for i in range(start, p.start))


_SIDE_CHAIR_GAP = 6  # "min al-janib al-Omani sa'adat al-Shaykh X": the side phrase to its chair


def _side_chairs(ctx: CueContext) -> list[Part]:
    """The chairs listed by side right after a chairing pronoun ("tara''asaha min al-janib A X,
    wa-min al-janib B Y"): the first official after each side phrase, the first phrase opening
    right after the cue."""
    openers = [c for c, ch in ctx.later_cues if ch.info[0] == "attend_side"]
    if not openers or openers[0] != ctx.hit.end:
        return []
    return _first_official_after_each(ctx, openers)


def _first_official_after_each(ctx: CueContext, marks: list[int]) -> list[Part]:
    """The first official within a few tokens after each side mark, one a side (the chairs)."""
    out: list[Part] = []
    for c in marks:
        first = next(
            (
                p
                for p in ctx.sentence.parts
                if p.kind == OFFICIAL and c < p.start <= c + _SIDE_CHAIR_GAP
            ),
            None,
        )
        if first is not None and not any(_same(first, q) for q in out):
            out.append(first)
    return out


def register(registry: Registry) -> None:
    registry.register_relation(RelationType(MET_WITH, rules=RULES))
    registry.register_cue("meet", _meet, relation=MET_WITH, verb=True)
    registry.register_marker("meet_apart", relation=MET_WITH)
    registry.register_cue("meet_with", _meet, relation=MET_WITH, verb=True)
    registry.register_cue(MEET_SIGNED, _meet, relation=MET_WITH, verb=True)
    registry.register_cue(VISIT, _meet, relation=MET_WITH, verb=True)
    registry.register_cue("meet_noun", _meet_noun, relation=MET_WITH)
    registry.register_cue(_CHAIR, _chair_session, relation=MET_WITH, verb=True)
    registry.register_cue("meet_join", _join, relation=MET_WITH, verb=True)
    registry.register_cue("meet_credentials", _credentials, relation=MET_WITH)
    registry.register_cue("meet_self", _first_person, relation=MET_WITH, verb=True, in_quote=True)
    registry.register_cue(MEET_NOUN_OBJ, _meet_noun, relation=MET_WITH)
    registry.register_cue("meet_noun_pair", _noun_pair, relation=MET_WITH)
    registry.register_cue("meet_between", _between, relation=MET_WITH)
    registry.register_cue("meet_host", _host, relation=MET_WITH)
    registry.register_cue("meet_honour", _honour, relation=MET_WITH)
    registry.register_cue("meet_reception", _reception, relation=MET_WITH)
    registry.register_cue("take_part", _take_part, relation=MET_WITH, verb=True)
    registry.register_cue("meet_reception_pron", _reception, relation=MET_WITH)
    registry.register_cue(CALL, _call, relation=MET_WITH)
    registry.register_cue(SPEAK_WITH, _call, relation=MET_WITH)
    registry.register_cue(MESSAGE, _message, relation=MET_WITH)
    registry.register_cue("deliver", _deliver, relation=MET_WITH)
    registry.register_cue("meet_press", _press, relation=MET_WITH)
    registry.register_cue("attend", _attend, relation=MET_WITH)
    registry.register_cue("attend_subject", _attend, relation=MET_WITH)
    registry.register_cue("attend_side", _attend_side, relation=MET_WITH)
    registry.register_cue("sign", _sign, relation=MET_WITH, verb=True)
    registry.register_cue(CHAIRED_PRON, chaired_by, relation=MET_WITH)
    registry.register_cue("attend_joining", _joining, relation=MET_WITH)
    registry.register_cue("escort", _escort, relation=MET_WITH)
    registry.register_cue("escort_named", _escort_named, relation=MET_WITH)
    registry.register_cue("meet_participation", _participation, relation=MET_WITH)
    registry.register_cue("meet_included", _meetings_included, relation=MET_WITH)
    registry.register_sentence_hook(_composed_svo)

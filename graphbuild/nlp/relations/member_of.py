"""MEMBER_OF: officials in agencies, agencies in countries and in parent bodies.

Most memberships come from the officials-and-agencies stage (a title naming or
implying an agency, an agency's nisba or country, a parent body, the official an
accompanying delegation follows). Here: the ``compose`` cue class, "the delegation
includes X and Y" (each official after the cue joins the delegation named near it),
and the ``lead`` cue class, "a delegation headed by X" / "X heads the delegation".
"""

from __future__ import annotations

from collections.abc import Iterator

from ...lang import load_bodies, load_countries, load_lexicon, load_profile, norm_form
from ..agencies import INTERNATIONAL as _INTERNATIONAL
from ..agencies import PLACED_PART_KINDS, agency_phrase
from ..discourse import ArticleView, CueContext, Discourse, Outcome, SentenceView
from ..entities import COUNTERPART, MEMBER_OF, Agency, Entities
from ..tagger import span_text
from ...text import normalize_key
from ..titles import COMMAS
from ..values import AGENCY, COUNTRY, OFFICIAL, Part, PendingRelation, Ref
from .registry import Registry, RelationType
from .said import mention_end

__all__ = ["MEMBER_OF", "register", "topic_country"]

DELEGATION = "delegation"
_HONORIFIC = "honorific"  # the title class of styles (lang/<code>/titles.tsv)
_ROLE = "role"  # the title class of a title's head
_MODIFIER = "modifier"  # the title class of a word before a role ("deputy")
_UNIQUE = "yes"  # titles.tsv: a role a body has one holder of at a time
_LEAD_REACH = 4  # tokens between a participle and the body it heads ("a high - level delegation")
RULES = {
    "member.title": 0.9,
    "member.agency_country": 0.9,
    "member.parent": 0.8,
    "member.compose": 0.85,
    "member.part_of": 0.8,
    "member.accompany": 0.85,
    "member.lead": 0.85,
    "member.its": 0.8,
    "member.title_head": 0.8,
    "member.title_at": 0.8,
    "member.listed": 0.8,
    "member.listed_before": 0.8,
    "member.house": 0.75,
    "member.issuer": 0.75,
    "member.org_in_name": 0.75,
    "member.body_title": 0.75,
    "member.committee": 0.7,
    "member.title_run": 0.7,
    "member.possessed": 0.75,
    "member.office": 0.75,
    "member.title_into": 0.8,
    "member.title_sub": 0.8,
    "member.secretariat": 0.7,
    "member.chamber_country": 0.75,
    "member.portfolio_people": 0.75,
    "member.bare_word": 0.7,
}


def _compose(ctx: CueContext, state: Discourse) -> Outcome:
    parts, h = ctx.sentence.parts, ctx.hit
    agencies = ctx.article.entities.agencies
    dele = [
        p
        for p in parts
        if p.kind == AGENCY and agencies[p.ref].kind == DELEGATION and p.start < ctx.next_cue + 4
    ]
    if not dele:
        return Outcome((), state)
    d = dele[-1] if dele[-1].start < h.end + 4 else dele[0]
    # the members run to the next verb cue ("…, fima hadara al-liqa' Z", "The delegation, which
    # includes X, also met with Z", "X and Y, who held separate discussions with Z": Z is none)
    members = [p for p in parts if p.kind == OFFICIAL and _listed(ctx, p.start)]
    members = [p for n, p in enumerate(members) if n == 0 or not _next_subject(ctx, p)]
    cut = _subject_clause(ctx)
    members = [p for p in members if p.start < cut]
    rels = tuple(
        PendingRelation(MEMBER_OF, p.endpoint, d.endpoint, ctx.sentence.span, "member.compose")
        for p in members
    )
    # the members listed are the delegation's only: they meet no one by this list (dev2's
    # practice, eval/written/README.md), the delegation meeting as such
    return Outcome(rels, state)


_ATTEND_SUBJECT = "attend_subject"  # the attendance cue whose attendees are named before it


def _subject_clause(ctx: CueContext) -> int:
    """A members list (A and B) followed, after a comma, by a clause whose attendees (C and D)
    are named before an attendance cue (SVO) and its side phrase: that clause opens at the last
    comma before the cue, and the members list ends there (C and D attend, they are not listed).
    The sentence's end when there is none."""
    end = ctx.sentence.span.end
    if ctx.article.tg.P.word_order != "SVO":
        return end
    cue = next((c for c, ch in ctx.later_cues if ch.info[0] == _ATTEND_SUBJECT), None)
    if cue is None:
        return end
    texts = ctx.article.tg.texts
    return next((k for k in range(cue - 1, ctx.hit.end - 1, -1) if texts[k] in COMMAS), end)


def _part_of(ctx: CueContext, state: Discourse) -> Outcome:
    """ "X and Y were part of the delegation": the officials of the clause before the cue belong
    to the body right after it (an article between)."""
    body = next(
        (p for p in ctx.after if p.kind == AGENCY and ctx.hit.end <= p.start <= ctx.hit.end + 1),
        None,
    )
    if body is None:
        return Outcome((), state)
    floor = _clause_start(ctx)
    rels = tuple(
        PendingRelation(MEMBER_OF, p.endpoint, body.endpoint, ctx.sentence.span, "member.part_of")
        for p in ctx.before
        if p.kind == OFFICIAL and floor <= p.start and p.end <= ctx.hit.start
    )
    return Outcome(rels, state)


def _clause_start(ctx: CueContext) -> int:
    """The first token of the clause whose subject the cue's officials are: the last relative
    pronoun's antecedent official (or the token after it), or the token after the last comma and
    conjunction that do not close a listed official ("A received B, and C was part of …": C only;
    "A thanked B, who was part of …": B only)."""
    tg, words = ctx.article.tg, ctx.article.words
    officials = [p for p in ctx.before if p.kind == OFFICIAL]
    ends = {p.end for p in officials}
    lo = ctx.before[0].start if ctx.before else ctx.hit.start
    for k in range(ctx.hit.start - 1, lo - 1, -1):
        if tg.norms[k] in words.relative:
            gap = k - 1 if k > lo and tg.texts[k - 1] in COMMAS else k
            return next((p.start for p in officials if p.end == gap), k + 1)
        # a comma and conjunction open a clause, unless the comma closes a listed official ("A, B,
        # and C were part of")
        joins = k + 1 < ctx.hit.start and tg.norms[k + 1] in words.conjunction
        if joins and tg.texts[k] in COMMAS and k not in ends:
            return k + 2
    return lo


def _next_subject(ctx: CueContext, p: Part) -> bool:
    """ "During her meeting with X and his delegation, which includes Y, Z said …": an official
    set off by a comma right before a verb cue that opens a clause is that clause's subject, no
    member listed (the list ends before it)."""
    tg = ctx.article.tg
    if p.start == 0 or tg.texts[p.start - 1] not in COMMAS:
        return False
    return any(
        c == p.end and ctx.article.registry.opens_clause(ch.info[0]) for c, ch in ctx.later_cues
    )


def _listed(ctx: CueContext, i: int) -> bool:
    """Token ``i`` is in the members list after the cue: before the next verb cue, or after a
    relative clause set off by commas inside the list ("includes X, who met Y, and Z": Z is
    listed, Y is not)."""
    tg, words, end = ctx.article.tg, ctx.article.words, ctx.sentence.span.end
    start = ctx.hit.end
    while start < end:
        stop = next(
            (
                c
                for c, ch in ctx.later_cues
                if c >= start and ctx.article.registry.opens_clause(ch.info[0])
            ),
            end,
        )
        if start <= i < stop:
            return True
        rel = next(
            (
                k
                for k in range(stop - 1, max(start, stop - 3) - 1, -1)
                if tg.norms[k] in words.relative
            ),
            None,
        )
        if rel is None or tg.texts[rel - 1] not in COMMAS:
            return False
        comma = next((k for k in range(stop, end - 1) if tg.texts[k] in COMMAS), None)
        if comma is None or tg.norms[comma + 1] not in words.conjunction:
            return False
        start = comma + 2
    return False


def _lead(ctx: CueContext, state: Discourse) -> Outcome:
    """ "a delegation headed by X" (X after the cue, the body right before it); "X heads the
    delegation" /
    "heads the delegation X" (the body right after the cue, the official after it or before the
    cue)."""
    from .met_with import chaired_by, chairs_of_two_countries  # met_with registers after this

    if chairs_of_two_countries(ctx):  # "talks between A and B, chaired by X and Y": co-chairs
        return chaired_by(ctx, state)
    parts, h, tg = ctx.sentence.parts, ctx.hit, ctx.article.tg
    cue_at = _before_brackets(tg, _before_relative(ctx, h.start))
    body_before = [p for p in parts if p.kind == AGENCY and cue_at - 2 <= p.end <= cue_at] or [
        p for p in parts if p.kind == AGENCY and h.start - 2 <= p.end <= h.start
    ]
    body_after = [p for p in parts if p.kind == AGENCY and h.end <= p.start <= h.end + 1]
    official = None
    phrase = None if body_after else _delegation_phrase(ctx, cue_at)
    if phrase is not None:  # "a delegation from the Senate in the Republic of X headed by Y"
        body_before = [phrase]
    if body_before and not body_after:
        body = _sub_body_before(ctx, body_before[-1])
        styled = _after_styles(tg, h.end)  # "bi-ri'asat sa'adat al-sayyid X": styles are no gap
        official = next(
            (p for p in parts if p.kind == OFFICIAL and h.end <= p.start <= styled + 1), None
        )
    elif body_after:
        body = body_after[0]
        official = next(
            (p for p in parts if p.kind == OFFICIAL and body.end <= p.start <= body.end + 1), None
        )
        official = official or _official_before(ctx)
    else:  # "yar'asu X al-wafd" (VSO): the official right after the cue, the body right after it
        official = next(
            (p for p in parts if p.kind == OFFICIAL and h.end <= p.start <= h.end + 1), None
        )
        body_next = [
            p
            for p in parts
            if official is not None and p.kind == AGENCY and 0 <= p.start - official.end <= 1
        ]
        if not body_next:
            official = None
        else:
            body = body_next[0]
    if official is None:  # no body headed: "the meeting chaired by X" (a meeting's chair)
        return chaired_by(ctx, state)
    rel = PendingRelation(
        MEMBER_OF, official.endpoint, body.endpoint, ctx.sentence.span, "member.lead"
    )
    gapped = _gapped_leads(ctx, official.end) if body_before and not body_after else ()
    return Outcome((rel, *gapped, *_head_of_body(ctx.article, official, body, ctx.sentence)), state)


def _official_before(ctx: CueContext) -> Part | None:
    """The official a lead cue follows with nothing but punctuation, conjunctions, a relative,
    an auxiliary or "also" between: "X heads the body", "X, who is also a member of Y", "X,
    also a member of Y"."""
    tg, w, h = ctx.article.tg, ctx.article.words, ctx.hit
    gap = {",", *w.conjunction}
    linking = w.relative | w.auxiliary
    before = [
        p
        for p in ctx.sentence.parts
        if p.kind == OFFICIAL
        and p.end <= h.start
        and all(
            tg.is_punct[k] or tg.texts[k] in gap or tg.norms[k] in linking
            for k in range(min(mention_end(ctx, p), h.start), h.start)
        )
    ]
    return before[-1] if before else None


def _head_of_body(
    art: ArticleView, official: Part, body: Part, view: SentenceView
) -> tuple[PendingRelation, ...]:
    """ "a delegation from the X foundation headed by the vice president for operations Y",
    "headed by Deputy Speaker X": a head whose title's role is one a body has one holder of, with
    no body or country of its own, is an officer of the body the delegation is from (an envoy's
    deputy heads the envoy's office's delegation only)."""
    if (
        body.kind != AGENCY
        or art.entities.agencies[art.entities.acanon(body.ref)].kind != DELEGATION
    ):
        return ()
    tg = art.tg
    role = next(
        (
            k
            for k in range(official.start, official.end)
            if (h := tg.at(k, "title")) is not None and h.info[0] == _ROLE
        ),
        None,
    )
    if (
        role is None
        or tg.hits[role].info[3] != _UNIQUE
        or tg.hits[role].info[2] == COUNTERPART
        or any(tg.kind(k) in ("agency", "country") for k in range(role, official.end))
    ):
        return ()
    return tuple(
        PendingRelation(MEMBER_OF, official.endpoint, Ref(AGENCY, b), view.span, "member.lead")
        for b in _bodies_of(art, body)[:1]
    )


def _sub_body_before(ctx: CueContext, body: Part) -> Part:
    """ "the Arab affairs committee in the Senate, headed by X": X heads the committee, the head
    noun of the phrase, not the parent body its complement names (a body right before, joined by
    a preposition, that the entity table has as a part of it)."""
    return _sub_body(ctx.article, ctx.sentence.parts, body, ctx.article.words.parent_prep)


def _sub_body(art: ArticleView, parts: tuple[Part, ...], body: Part, preps: frozenset[str]) -> Part:
    """The head body of the phrase that ends in ``body``: the part before it joined to it by one
    of ``preps`` that the entity table has as a part of it, over a few hops."""
    tg, w, ents = art.tg, art.words, art.entities
    parents = {
        (ents.acanon(int(r.source.key)), ents.acanon(int(r.target.key)))
        for r in _agency_links(ents)
        if r.target is not None
    }
    for _ in range(_PHRASE_HOPS):
        prev = [p for p in parts if p.kind == AGENCY and p.end <= body.start]
        if not prev:
            break
        q = prev[-1]
        gap = [k for k in range(q.end, body.start) if tg.norms[k] not in w.article]
        if len(gap) != 1 or tg.norms[gap[0]] not in preps:
            break
        if (ents.acanon(q.ref), ents.acanon(body.ref)) not in parents:
            break
        body = q
    return body


_PHRASE_HOPS = (
    3  # bodies a delegation's phrase chains before the lead cue ("of the office of the UN")
)


def _delegation_phrase(ctx: CueContext, cue_at: int) -> Part | None:
    """The delegation whose noun phrase runs up to the lead cue: "a delegation from the Senate in
    the Republic of X headed by Y", "a delegation from the office of the UN envoy to X headed by
    Y": the head leads the delegation, not the body or country the phrase names after it. The
    phrase is a chain of bodies joined by prepositions, each closed by a country complement at
    most ("in / of [the Republic of] X"); None unless a delegation opens it."""
    agencies, tg = ctx.article.entities.agencies, ctx.article.tg
    k = cue_at  # the phrase ends there
    for _ in range(_PHRASE_HOPS):
        body = next(
            (
                p
                for p in reversed(ctx.sentence.parts)
                if p.kind == AGENCY and p.end <= k and _country_complement(ctx, p.end, k)
            ),
            None,
        )
        if body is None:
            return _delegation_before(ctx, cue_at) if k == cue_at else None
        if agencies[body.ref].kind == DELEGATION:
            return body
        k = body.start
        while k > ctx.sentence.span.start and tg.norms[k - 1] in ctx.article.words.origin:
            k -= 1
    return None


_PHRASE_REACH = 12  # tokens of a delegation's phrase between its head noun and a lead cue


def _delegation_before(ctx: CueContext, cue_at: int) -> Part | None:
    """The delegation of "a delegation from the Committee on A, B and C at the Y Assembly, headed
    by X": the nearest delegation before the cue (a comma right before it), with no official,
    verb cue or other punctuation between: the phrase's words in between are its body's name."""
    tg, parts = ctx.article.tg, ctx.sentence.parts
    end = cue_at - 1 if cue_at > 0 and tg.texts[cue_at - 1] in COMMAS else cue_at
    dele = [
        p
        for p in parts
        if p.kind == AGENCY
        and p.end <= end
        and end - p.end <= _PHRASE_REACH
        and ctx.article.entities.agencies[p.ref].kind == DELEGATION
    ]
    if not dele:
        return None
    d = dele[-1]
    if (
        any(p.kind == OFFICIAL and d.end <= p.start < end for p in parts)
        or any(d.end <= k < end for k, _ in ctx.sentence.cues)
        or any(tg.is_punct[k] and tg.texts[k] not in "()-" for k in range(d.end, end))
    ):
        return None
    return d


def _country_complement(ctx: CueContext, start: int, stop: int) -> bool:
    """Tokens ``start:stop`` (articles aside) are nothing, a preposition, or a preposition and a
    country's name (one word of the state's style may come before it: "in the Republic of X")."""
    tg, w = ctx.article.tg, ctx.article.words
    gap = [q for q in range(start, stop) if tg.norms[q] not in w.article]
    if not gap:
        return True
    if len(gap) > 4 or tg.norms[gap[0]] not in w.parent_prep | w.venue_prep | w.genitive | w.origin:
        return False
    rest = [q for q in gap[1:] if not tg.at(q, "country")]
    return len(gap) == 1 or (bool(tg.at(gap[-1], "country")) and rest in ([], [gap[1]]))


_BRACKET_REACH = 5  # tokens of an abbreviation in brackets after a body's name


def _after_styles(tg, k: int) -> int:
    """Where the honorifics starting at ``k`` end ("His Excellency Mr", "sa'adat al-sayyid"), else
    ``k``."""
    for _ in range(3):
        h = tg.at(k, "title")
        if h is None or h.info[0] != _HONORIFIC:
            break
        k = h.end
    return k


def _before_relative(ctx: CueContext, k: int) -> int:
    """Where a relative pronoun right before ``k`` stands, else ``k``: "wafd al-wakala alladhi
    yaquduhu X" ("the agency's delegation, which X leads"): the relative clause follows its
    noun."""
    if k > ctx.sentence.span.start and ctx.article.tg.norms[k - 1] in ctx.article.words.relative:
        return k - 1
    return k


def _before_brackets(tg, k: int) -> int:
    """Where a bracketed abbreviation ending right before ``k`` opens ("a delegation of the
    African Development Bank (AfDB) led by"), else ``k``: the body's name ends there."""
    j = k - 1 if k > 0 and tg.texts[k - 1] == "," else k
    if j < 2 or tg.texts[j - 1] != ")":
        return k
    for i in range(j - 2, max(j - 2 - _BRACKET_REACH, -1), -1):
        if tg.texts[i] == "(":
            return i
        if tg.texts[i] == ")":
            break
    return k


def _gapped_leads(ctx: CueContext, after: int) -> tuple[PendingRelation, ...]:
    """A passive lead's verb left out in the next conjunct (gapping): "the Pakistani delegation
    was led by X, and the Indian delegation by Y": each later body right before the agentive
    word is headed by the official right after it."""
    parts, tg, words = ctx.sentence.parts, ctx.article.tg, ctx.article.words
    rels: list[PendingRelation] = []
    for i, body in enumerate(parts):
        nxt = parts[i + 1] if i + 1 < len(parts) else None
        if (
            body.kind != AGENCY
            or body.start < after
            or nxt is None
            or nxt.kind != OFFICIAL
            or nxt.start != body.end + 1
            or tg.norms[body.end] not in words.agentive
            or not any(tg.norms[k] in words.conjunction for k in range(after, body.start))
        ):
            continue
        rels.append(
            PendingRelation(
                MEMBER_OF, nxt.endpoint, body.endpoint, ctx.sentence.span, "member.lead"
            )
        )
    return tuple(rels)


def _lead_clause(ctx: CueContext, state: Discourse) -> Outcome:
    """ "X arrived in Cairo heading a delegation of Y" (a participle, or a prepositional phrase
    "at the head of"), whose subject is the clause's: the body right after the cue is headed by
    the official right before it, else by the first official of the sentence."""
    parts, h = ctx.sentence.parts, ctx.hit
    after = [p for p in parts if h.end <= p.start <= h.end + _LEAD_REACH]
    body = after[0] if after and after[0].kind == AGENCY else None
    if body is None:  # "heading a high-level delegation": a few modifiers, no one else, between
        return Outcome((), state)
    before = [p for p in parts if p.kind == OFFICIAL and p.end <= h.start]
    if not before:
        return Outcome((), state)
    near = before[-1]
    gap = ctx.doc[mention_end(ctx, near) : h.start]
    norms, relative = ctx.article.tg.norms, ctx.article.words.relative
    # "Y, who is visiting Kuwait at the head of a delegation": the relative's antecedent (the
    # nearest official) leads it
    official = (
        near
        if all(t.is_punct for t in gap) or any(norms[t.i] in relative for t in gap)
        else next((p for p in before if not _in_prep_phrase(ctx, p)), before[0])
    )
    rel = PendingRelation(
        MEMBER_OF, official.endpoint, body.endpoint, ctx.sentence.span, "member.lead"
    )
    return Outcome((rel,), state)


def _in_prep_phrase(ctx: CueContext, p: Part) -> bool:
    """Official ``p`` is the object of "from" / "of" / "by" (its styles aside): "at the invitation
    of President X, Y paid a visit … at the head of a delegation": X is no subject of the clause."""
    tg, w = ctx.article.tg, ctx.article.words
    k = p.start - 1
    while k > ctx.sentence.span.start and tg.kind(k) == "title":
        k -= 1
    return k >= ctx.sentence.span.start and tg.norms[k] in w.origin | w.agentive


def _its_title(art: ArticleView, view: SentenceView, state: Discourse) -> Outcome | None:
    """ "the headquarters of the bank, where he was received by its President X", "a delegation
    from the bank headed by its Vice President X": a title right after the possessive of a thing
    is held in the body named last before it in the sentence (for a delegation, the body it is
    from); no country or official named between them. The possessive may be a suffix of the
    title's role ("mudiruha al-'amm", "ra'isuhu al-tanfidhi": its director general)."""
    tg, parts = art.tg, view.parts
    rels: list[PendingRelation] = []
    for n, p in enumerate(parts):
        k = p.start - 1
        if p.kind != OFFICIAL:
            continue
        if _suffixed_role(art, p.start) or _suffixed_role(art, _past_modifiers(art, p.start)):
            k = p.start
        elif k < view.span.start or tg.norms[k] not in art.words.body_possessive:
            continue
        before = parts[:n]
        if not before or before[-1].kind != AGENCY:
            continue
        body = before[-1]
        if any(tg.at(q, "country") for q in range(body.end, k)):
            continue
        # "a delegation of the friendship group of the parliament, led by its chair": the head
        # of the phrase, not its complement
        body = _sub_body(art, before, body, art.words.parent_prep | art.words.genitive)
        target = _body_of_delegation(art, body)
        if target is not None:
            rels.append(PendingRelation(MEMBER_OF, p.endpoint, target, view.span, "member.its"))
    return Outcome(tuple(rels), state) if rels else None


def _possessed_title(art: ArticleView, view: SentenceView, state: Discourse) -> Outcome | None:
    """ "the ministry's Secretary-General X", "the World Bank's Vice President, Y": a title right
    after a body's mention and the possessive marker is held in that body (a delegation's own
    title is the delegation's). A bare head ("the ministry's") in agency copy is the reporting
    side's body: the first of that head's kind the article names, not the last."""
    tg, parts = art.tg, view.parts
    rels: list[PendingRelation] = []
    for q, p in zip(parts, parts[1:], strict=False):
        k = p.start - 1
        if q.kind != AGENCY or p.kind != OFFICIAL or q.end != k or tg.kind(p.start) != "title":
            continue
        if tg.texts[k] not in tg.W.possessive_marker:
            continue
        head = next(
            (h for j in range(q.start, q.end) if (h := _bare_head(art, j, q.end)) is not None), None
        )
        first = _first_of_head(art, head) if head is not None else None
        body = Ref(AGENCY, first) if first is not None else q.endpoint
        rels.append(PendingRelation(MEMBER_OF, p.endpoint, body, view.span, "member.possessed"))
    return Outcome(tuple(rels), state) if rels else None


def _first_of_head(art: ArticleView, head: tuple[str, str]) -> int | None:
    """The body (canonical, no delegation) of a bare head's kind the article names first."""
    ents = art.entities
    bodies = [
        i for i in range(len(ents.agencies)) if ents.acanon(i) == i and _has_head(art, i, head)
    ]
    return min(bodies, key=lambda i: (_first_token(ents.agencies[i]), i), default=None)


def _first_named_here(art: ArticleView, view: SentenceView) -> Iterator[tuple[int, Agency]]:
    """The canonical agencies (index, agency) whose first mention is in this sentence."""
    ents = art.entities
    for i, named in enumerate(ents.agencies):
        if ents.acanon(i) == i and named.sent is not None and named.sent.start == view.span.start:
            yield i, named


def _past_modifiers(art: ArticleView, k: int) -> int:
    """The first token from ``k`` past a title's modifiers ("deputy", "assistant")."""
    tg = art.tg
    while (h := tg.at(k, "title")) is not None and h.info[0] == _MODIFIER and h.end > k:
        k = h.end
    return k


def _suffixed_role(art: ArticleView, k: int) -> bool:
    """Token ``k`` is a title's role (no counterpart) written with a possessive suffix."""
    if k >= len(art.tg.texts):  # past the text's end (a title closing a chunk)
        return False
    h = art.tg.at(k, "title")
    text = art.tg.texts[k]
    return (
        h is not None
        and h.end == k + 1
        and h.info[0] == _ROLE
        and h.info[2] != COUNTERPART
        and any(text.endswith(x) and len(text) > len(x) + 2 for x in art.words.possessive_suffix)
    )


def _body_of_delegation(art: ArticleView, body: Part) -> Ref | None:
    """The body itself, or for a delegation the body it is a part of ("a delegation from the
    bank"); None for a delegation of no body."""
    ents = art.entities
    ai = ents.acanon(body.ref)
    if ents.agencies[ai].kind != DELEGATION:
        return body.endpoint
    return next((r.target for r in _parent_links(ents, ai)), None)


def _agency_links(ents: Entities) -> list[PendingRelation]:
    """The entity table's memberships of a body in another body."""
    return [
        r
        for r in ents.memberships
        if r.source.kind == AGENCY and r.target is not None and r.target.kind == AGENCY
    ]


def _parent_links(ents: Entities, ai: int) -> list[PendingRelation]:
    """The memberships of body ``ai`` (canonical) in other bodies, in the table's order."""
    return [r for r in _agency_links(ents) if ents.acanon(int(r.source.key)) == ai]


def _and_his_delegation(art: ArticleView, view: SentenceView, state: Discourse) -> Outcome | None:
    """ "<an official> and his delegation": the possessive before the delegation stands for the
    official joined to it by "and", who belongs to it."""
    tg, parts = art.tg, view.parts
    rels: list[PendingRelation] = []
    for n, p in enumerate(parts):
        k = p.start - 1  # the possessive, right before the delegation's noun or its first word
        if p.kind != AGENCY or art.entities.agencies[p.ref].kind != DELEGATION or n == 0:
            continue
        if tg.norms[p.start] in art.words.possessive:
            k = p.start
        if k - 1 <= view.span.start or tg.norms[k] not in art.words.possessive:
            continue
        before = parts[n - 1]
        if (
            before.kind != OFFICIAL
            or tg.norms[k - 1] not in art.words.conjunction
            or before.end != k - 1
        ):
            continue
        rels.append(
            PendingRelation(MEMBER_OF, before.endpoint, p.endpoint, view.span, "member.accompany")
        )
    return Outcome(tuple(rels), state) if rels else None


def _and_accompanying(art: ArticleView, view: SentenceView, state: Discourse) -> Outcome | None:
    """ "received the Deputy Minister and the delegation accompanying him", "Prime Minister X,
    who is on a visit to Y, and the accompanying delegation": the official joined by "and" to
    an accompanying delegation (a relative clause of his own between them) belongs to it."""
    tg, parts = art.tg, view.parts
    rels: list[PendingRelation] = []
    for n, p in enumerate(parts):
        if p.kind != AGENCY or art.entities.agencies[p.ref].kind != DELEGATION:
            continue
        stop = min(p.end + 1, view.span.end)
        if not any(tg.norms[k] in art.words.accompany for k in range(p.start, stop)):
            continue
        before = next(
            (q for q in reversed(parts[:n]) if q.end <= p.start and not _in_gloss(tg, q.start)),
            None,
        )
        if before is None or before.kind != OFFICIAL:
            continue
        if _joined_by_and(art, before.end, p.start):
            rels.append(
                PendingRelation(
                    MEMBER_OF, before.endpoint, p.endpoint, view.span, "member.accompany"
                )
            )
    return Outcome(tuple(rels), state) if rels else None


def _joined_by_and(art: ArticleView, start: int, stop: int) -> bool:
    """Tokens ``start:stop`` join two mentions by "and" (its article, commas, and a relative
    clause set off by commas after the first: ", who is on a visit to Y, and the"; a bracketed
    gloss of the first's name before them). The conjunction is a token of its own (a proclitic
    the tokenizer split off), never a word that begins with its letters."""
    tg, w = art.tg, art.words
    start = _past_gloss(tg, start, stop)
    gap = [tg.norms[k] for k in range(start, stop)]
    if len(gap) > 2 and gap[0] in COMMAS and gap[1] in w.relative and set(COMMAS) & set(gap[2:]):
        last = max(i for i, t in enumerate(gap) if t in COMMAS)
        gap = gap[last:]
    glue = {*w.conjunction, *w.article, *COMMAS}
    return bool(gap) and all(t in glue for t in gap) and any(t in w.conjunction for t in gap)


def _in_gloss(tg, k: int) -> bool:
    """Token ``k`` opens a bracketed gloss ("(the upper house)", an abbreviation)."""
    return k > 0 and tg.texts[k - 1] == "("


def _past_gloss(tg, start: int, stop: int) -> int:
    """Past a bracketed gloss opening at token ``start`` (closed before ``stop``), else ``start``:
    "the Speaker of the Senate (the upper house), and the delegation"."""
    if start >= stop or tg.texts[start] != "(":
        return start
    for k in range(start + 1, min(stop, start + 2 + _BRACKET_REACH)):
        if tg.texts[k] == ")":
            return k + 1
        if tg.texts[k] == "(":
            break
    return start


def _title_head(art: ArticleView, view: SentenceView, state: Discourse) -> Outcome | None:
    """ "a delegation from the World Bank headed by the bank's Vice President X", "the agency's
    headquarters, where he was received by the agency's Deputy Head Y": a title whose role takes
    its body as the bare definite head noun only is held in the nearest body named before it in
    the sentence with that head noun or of that kind (for a delegation, the body it is from).
    After a name ("headed by X, the authority's chief executive") the head is a body's mention
    of its own, resolved already."""
    rels: list[PendingRelation] = []
    for n, p in enumerate(view.parts):
        if p.kind != OFFICIAL:
            continue
        after = _head_after_title(art, p, view.parts[n + 1 :])
        head = None if after is not None else _bare_head_in_title(art, p)
        if after is None and head is None:
            head = _bare_head_before(art, view, p)
        body = after
        if head is not None:
            body = _head_restated(art, view.parts[n + 1 :], p, head)
        if head is not None and body is None:
            body = _nearest_with_head(art, view, n, head)
        if body is not None:
            rels.append(
                PendingRelation(
                    MEMBER_OF, p.endpoint, Ref(AGENCY, body), view.span, "member.title_head"
                )
            )
    return Outcome(tuple(rels), state) if rels else None


def _nearest_with_head(
    art: ArticleView, view: SentenceView, n: int, head: tuple[str, str]
) -> int | None:
    """The nearest body with bare head ``head`` named before part ``n`` of the sentence, else
    in an earlier sentence (:func:`_head_named_before`)."""
    p = view.parts[n]
    body = next(
        (
            b
            for q in reversed(view.parts[:n])
            if q.end <= p.start
            for b in _bodies_of(art, q)
            if _has_head(art, b, head)
        ),
        None,
    )
    return body if body is not None else _head_named_before(art, view, head)


def _later_bare_heads(art: ArticleView, p: Part) -> list[tuple[str, str]]:
    """(kind, head noun) of each bare definite head a later role of official ``p``'s stacked
    title governs ("head of the committee member of the council": no comma between), the first
    role's left out."""
    tg = art.tg
    roles = []
    t = p.start
    while t < p.end:
        h = tg.at(t, "title")
        if h is not None and h.info[0] == _ROLE and h.end < p.end:
            roles.append(h)
        t = h.end if h is not None and h.end > t else t + 1
    if not roles:
        return []
    comma = next((t for t in range(roles[0].end, p.end) if tg.texts[t] in COMMAS), p.end)
    heads = [_bare_head(art, h.end, p.end) for h in roles[1:] if h.end <= comma]
    return [x for x in heads if x is not None]


def _stacked_title_heads(art: ArticleView, view: SentenceView, state: Discourse) -> Outcome | None:
    """ "headed by the committee's chairman, council member Dr X" ("ra'is al-lajna 'udw
    al-majlis"): each later role of a stacked title with a bare definite head is held in the
    nearest body named before with that head (in the sentence, else an earlier one)."""
    rels: list[PendingRelation] = []
    for n, p in enumerate(view.parts):
        if p.kind != OFFICIAL:
            continue
        for head in _later_bare_heads(art, p):
            body = _nearest_with_head(art, view, n, head)
            if body is not None:
                rels.append(
                    PendingRelation(
                        MEMBER_OF, p.endpoint, Ref(AGENCY, body), view.span, "member.title_head"
                    )
                )
    return Outcome(tuple(rels), state) if rels else None


def _bare_head_before(art: ArticleView, view: SentenceView, p: Part) -> tuple[str, str] | None:
    """ "the committee's rapporteur, MP X" ("muqarrir al-lajna al-na'ib X"): a role and a bare
    definite head right before an official's mention that opens with a style or rank are its
    title the mention left out; (kind, head noun) of that head, else None."""
    tg = art.tg
    k = p.start - 1
    if k < view.span.start + 1 or tg.kind(p.start) != "title":
        return None
    if any(q.start <= k < q.end <= p.start for q in view.parts):  # another's mention
        return None
    role = tg.at(k - 1, "title")
    if role is None or role.end != k or role.info[0] != _ROLE:
        return None
    return _bare_head(art, k, p.start)


_TITLE_REACH = 4  # tokens of a title hit ending right before a bare head ("member of the board of")


_STYLES_OUT = 3  # tokens before a mention: the bare word and the styles the mention left out


def _bare_word_before_name(art: ArticleView, view: SentenceView, p: Part) -> int | None:
    """The token of an untagged definite word right before official ``p``'s name (styles or a
    comma between), inside the mention or just before it, else None."""
    tg = art.tg
    for t in range(max(view.span.start, p.start - _STYLES_OUT), p.end - 1):
        if tg.kind(t) is not None or not tg.is_alpha[t] or not tg.is_def(t):
            continue
        j = _after_styles(tg, t + 1)
        if j == t + 1 and j < p.start and tg.texts[j] in COMMAS:
            j = _after_styles(tg, j + 1)  # "the chamber's board member, Mr X"
        if j > t + 1 and p.start <= j < p.end and tg.kind(j) is None:
            return t
    return None


def _title_ending_at(art: ArticleView, k: int):
    """The title hit of a role that ends right before token ``k``, else None."""
    for t in range(k - 1, max(k - 1 - _TITLE_REACH, -1), -1):
        h = art.tg.at(t, "title")
        if h is not None and h.end == k:
            return h if h.info[0] == _ROLE else None
    return None


def _keyed_body_before(art: ArticleView, p: Part, k: int, key: str) -> int | None:
    """The last body named before token ``k`` (in a body's or a title's mention other than
    ``p``) whose name opens with ``key`` (folded, the article left out), else None."""
    ents = art.entities
    earlier = sorted(
        (q for ps in ents.parts.values() for q in ps if q.end <= k and q is not p),
        key=lambda q: -q.start,
    )
    return next(
        (
            ai
            for q in earlier
            for ai in _bodies_of(art, q)
            if _name_keys(art, ents.agencies[ai].name)[:1] == [key]
        ),
        None,
    )


def _untagged_in_title(art: ArticleView, p: Part) -> int | None:
    """The token of an untagged definite word that official ``p``'s role governs (its title's
    words and genitive particles before it, a break, a comma or a tagged word after it, all
    inside the mention), else None."""
    tg, w = art.tg, art.words
    first = next((t for t in range(p.start, p.end) if tg.kind(t) == "title"), None)
    h = None if first is None else tg.at(first, "title")
    if h is None or h.info[0] != _ROLE:
        return None
    k = h.end
    while k < p.end and (tg.kind(k) == "title" or tg.norms[k] in w.genitive):
        k += 1
    if k + 1 >= p.end or k == h.end and tg.norms[k - 1] not in w.genitive:
        return None
    if tg.kind(k) is not None or not tg.is_alpha[k] or not tg.is_def(k):
        return None
    n = tg.norms[k + 1]
    ends = tg.texts[k + 1] in COMMAS or tg.kind(k + 1) is not None
    return k if ends or n in w.phrase_break or n in w.parent_prep else None


def _untagged_of_title(art: ArticleView, view: SentenceView, state: Discourse) -> Outcome | None:
    """ "the league's permanent envoy to Y, Ambassador X" ("al-mandub al-da'im li-l-jami'a"): a
    role that governs a bare definite word no table tags, inside an official's mention, where
    that word is the first word of a body named before (the last such body): the official is in
    that body."""
    rels: list[PendingRelation] = []
    for p in view.parts:
        k = _untagged_in_title(art, p) if p.kind == OFFICIAL else None
        key = "" if k is None else art.tg.P.strip_definite(art.tg.norms[k])
        body = None if k is None else _keyed_body_before(art, p, k, key)
        if body is not None:
            rels.append(
                PendingRelation(
                    MEMBER_OF, p.endpoint, Ref(AGENCY, body), view.span, "member.bare_word"
                )
            )
    return Outcome(tuple(rels), state) if rels else None


def _bare_word_at(art: ArticleView, k: int, stop: int) -> bool:
    """Token ``k`` is an untagged definite word after a preposition of place, closed by a break,
    a comma, a tagged word or punctuation before ``stop``."""
    tg, w = art.tg, art.words
    if k + 1 >= stop or tg.norms[k - 1] not in w.parent_prep:
        return False
    if tg.kind(k) is not None or not tg.is_alpha[k] or not tg.is_def(k):
        return False
    n = tg.norms[k + 1]
    return not tg.is_alpha[k + 1] or tg.kind(k + 1) is not None or n in w.phrase_break


def _placed_sub_body(art: ArticleView, p: Part, k: int) -> int | None:
    """The sub-body (no parent yet) mention ``p`` names right before token ``k``: the agency
    part itself, or the last such body an official's title names, else None."""
    ents = art.entities
    if p.kind == AGENCY:
        ai = ents.acanon(p.ref)
        return ai if p.end == k - 1 else None
    text = f" {normalize_key(span_text(art.doc[p.start : k - 1]))} "
    found = [
        ai
        for ai in _named_in_mention(art, p)
        if f" {normalize_key(ents.agencies[ai].name)} " in text
    ]
    return found[0] if found else None


def _untagged_parent(art: ArticleView, view: SentenceView, state: Discourse) -> Outcome | None:
    """ "the head of the social affairs sector at the league" ("bi-l-jami'a"): a sub-body named
    right before a preposition of place and a bare definite word no table tags is part of the
    body named before whose name opens with that word (the last such body)."""
    tg, ents = art.tg, art.entities
    rels: list[PendingRelation] = []
    for p in view.parts:
        if p.kind not in (AGENCY, OFFICIAL):
            continue
        stop = p.end if p.kind == OFFICIAL else view.span.end
        first = p.start + 2 if p.kind == OFFICIAL else p.end + 1
        for k in range(first, min(stop, p.end + 2)):
            sub = _placed_sub_body(art, p, k) if _bare_word_at(art, k, stop) else None
            if sub is None or not _sub_body_kind(art, sub) or _parent_links(ents, sub):
                continue
            body = _keyed_body_before(art, p, k, tg.P.strip_definite(tg.norms[k]))
            if body is not None and body != sub:
                rels.append(
                    PendingRelation(
                        MEMBER_OF,
                        Ref(AGENCY, sub),
                        Ref(AGENCY, body),
                        view.span,
                        "member.bare_word",
                    )
                )
            break
    return Outcome(tuple(rels), state) if rels else None


_CHAIR = "chair"  # the cue class of a chairing verb (lang/<code>/cues.tsv)


def _chaired_delegation(art: ArticleView, view: SentenceView, state: Discourse) -> Outcome | None:
    """ "chaired the X delegation His Excellency Mr Y, the foreign minister" ("tara''asa al-wafd
    … ma'ali al-sayyid Y", VSO): a chairing verb, a delegation right after it and an official
    right after that (styles between) put the official in the delegation."""
    tg, ents = art.tg, art.entities
    rels: list[PendingRelation] = []
    for _, hit in view.cues:
        if hit.info[0] != _CHAIR:
            continue
        body = next((q for q in view.parts if q.kind == AGENCY and q.start == hit.end), None)
        if body is None or ents.agencies[ents.acanon(body.ref)].kind != DELEGATION:
            continue
        styled = _after_styles(tg, body.end)
        official = next(
            (q for q in view.parts if q.kind == OFFICIAL and body.end <= q.start <= styled), None
        )
        if official is not None:
            rels.append(
                PendingRelation(
                    MEMBER_OF, official.endpoint, body.endpoint, view.span, "member.lead"
                )
            )
    return Outcome(tuple(rels), state) if rels else None


def _untagged_head(art: ArticleView, view: SentenceView, state: Discourse) -> Outcome | None:
    """ "attended by the chamber's board member Mr X" ("'udw majlis idarat al-ghurfa"): a role's
    title closed by a bare definite word no table tags, right before an official's mention,
    where that word is the head noun of a body named before (the last such body): the official
    (and for a dual or plural title, each official listed after it) is in that body."""
    tg = art.tg
    rels: list[PendingRelation] = []
    for p in view.parts:
        k = _bare_word_before_name(art, view, p) if p.kind == OFFICIAL else None
        h = None if k is None else _title_ending_at(art, k)
        if k is None or h is None:
            continue
        key = tg.P.strip_definite(tg.P.fold(tg.texts[k]))
        body = _keyed_body_before(art, p, k, key)
        if body is None:
            continue
        listed = (
            _list_after(art, view, h.start, p.start)
            if tg.norms[h.start] in art.words.plural_title
            else [p]
        )
        rels.extend(
            PendingRelation(MEMBER_OF, q.endpoint, Ref(AGENCY, body), view.span, "member.bare_word")
            for q in listed or [p]
        )
    return Outcome(tuple(rels), state) if rels else None


_RESTATED_GAP = 8  # tokens of a title's field between its bare head and the body restating it


def _head_restated(
    art: ArticleView, later: tuple[Part, ...], p: Part, head: tuple[str, str]
) -> int | None:
    """ "X, the ministry's deputy director for tariff questions at the Ministry of Y": a
    title whose bare head the same title restates by the body's name after a preposition of
    place (its field between, no comma, no other body) is held in that body."""
    tg, w = art.tg, art.words
    q = later[0] if later else None
    if q is None or q.kind != AGENCY or not p.end <= q.start <= p.end + _RESTATED_GAP:
        return None
    k = q.start - 1
    if k <= p.end or tg.norms[k] not in w.parent_prep:
        return None
    if any(tg.texts[t] in COMMAS or tg.kind(t) not in (None, "title") for t in range(p.end, k)):
        return None
    ai = art.entities.acanon(q.ref)
    return ai if _has_head(art, ai, head) else None


def _head_named_before(art: ArticleView, view: SentenceView, head: tuple[str, str]) -> int | None:
    """ "The X fund signed … The fund's director general Y attended": the body of a bare head
    that the sentence does not name is the last body of that head's kind named in an earlier
    sentence (not through a delegation: the body a visiting delegation is from is no
    antecedent)."""
    ents = art.entities
    earlier = sorted(
        (
            q
            for si, ps in ents.parts.items()
            if si < view.index
            for q in ps
            if q.kind == AGENCY and ents.agencies[ents.acanon(q.ref)].kind != DELEGATION
        ),
        key=lambda q: -q.start,
    )
    kind = [
        ents.acanon(q.ref) for q in earlier if ents.agencies[ents.acanon(q.ref)].kind == head[0]
    ]
    return _last_of_head(art, kind, head)


def _bare_head(art: ArticleView, k: int, stop: int) -> tuple[str, str] | None:
    """(kind, head noun) of a bare definite head of a body at token ``k`` ending by ``stop`` (an
    anaphor: "the bank", "the company"), else None."""
    tg = art.tg
    h = tg.at(k, "agency")
    if h is None:
        return None
    m = agency_phrase(tg, k)
    if m is None and h.end == k + 1 and tg.is_def(k):
        kind, text = h.info[0], tg.texts[k]  # "the union": a head too loose for a phrase alone
    elif m is not None and m.anaphor and m.end <= stop and m.text.split():
        kind, text = m.kind, m.text.split()[-1]
    else:
        return None
    return kind, tg.P.strip_definite(tg.P.fold(text)).casefold()


def _bare_head_in_title(art: ArticleView, p: Part) -> tuple[str, str] | None:
    """The body official ``p``'s title governs, when it is a bare definite head right after the
    title's words (a genitive particle between them at most) or after a preposition of place
    ("officer for humanitarian affairs in the office"), else None. A name before the title
    ("X, wakil al-wizara": the title apposed after the name) is no gap: the title's words are
    read from its first."""
    tg, w = art.tg, art.words
    first = next((k for k in range(p.start, p.end) if tg.kind(k) == "title"), p.start)
    for k in range(first + 1, p.end):
        if tg.at(k, "agency") is None:
            continue
        if tg.norms[k - 1] in w.parent_prep or all(
            tg.kind(j) == "title" or tg.norms[j] in w.genitive for j in range(first, k)
        ):
            return _bare_head(art, k, p.end)
        return None
    return None


def _head_after_title(art: ArticleView, p: Part, later: tuple[Part, ...]) -> int | None:
    """The body of a bare head named right after official ``p``'s title that closes the mention
    ("X, the chief executive of the authority"), resolved as a body's mention, else None."""
    tg = art.tg
    if not later or later[0].kind != AGENCY or tg.kind(p.end - 1) != "title":
        return None
    q = later[0]
    if any(tg.norms[j] not in art.words.genitive for j in range(p.end, q.start)):
        return None
    ai = art.entities.acanon(q.ref)
    if art.entities.agencies[ai].kind == DELEGATION or _bare_head(art, q.start, q.end) is None:
        return None
    return ai


def _bodies_of(art: ArticleView, q: Part) -> list[int]:
    """Agency ``q`` itself, or for a delegation the bodies it is from, the one its mention names
    first ("a delegation from the X company", after "a delegation from a company" in the
    headline); for an official, the bodies its mention's title names ("the deputy governor of
    the X central bank, Y, and the director of financial stability at the bank, Z")."""
    ents = art.entities
    if q.kind == OFFICIAL:
        return _named_in_mention(art, q)
    if q.kind != AGENCY:
        return []
    ai = ents.acanon(q.ref)
    if ents.agencies[ai].kind != DELEGATION:
        return [ai]
    parents = [
        ents.acanon(int(r.target.key)) for r in _parent_links(ents, ai) if r.target is not None
    ]
    text = normalize_key(span_text(art.doc[q.start : q.end]))
    return sorted(
        dict.fromkeys(parents),
        key=lambda i: (
            not any(
                f" {normalize_key(x)} " in f" {text} "
                for x in (ents.agencies[i].name, *ents.agencies[i].aliases)
            )
        ),
    )


def _named_in_mention(art: ArticleView, q: Part) -> list[int]:
    """The bodies (no delegation) official ``q``'s title binds that its mention names in full,
    the last named first."""
    ents = art.entities
    text = f" {normalize_key(span_text(art.doc[q.start : q.end]))} "
    found = []
    for ai in dict.fromkeys(ents.acanon(i) for i in ents.officials[ents.canon(q.ref)].agencies):
        a = ents.agencies[ai]
        at = max(text.rfind(f" {normalize_key(x)} ") for x in (a.name, *a.aliases))
        if a.kind != DELEGATION and at >= 0:
            found.append((at, ai))
    return [ai for _, ai in sorted(found, reverse=True)]


def _has_head(art: ArticleView, ai: int, head: tuple[str, str]) -> bool:
    """Agency ``ai`` (no delegation) is of a bare head's kind, or its name holds its noun."""
    a = art.entities.agencies[ai]
    return a.kind != DELEGATION and (a.kind == head[0] or (bool(head[1]) and head[1] in a.words))


_AT_REACH = 10  # tokens of an apposed title between an official's mention and "at the <body>"


def _title_at_body(art: ArticleView, view: SentenceView, state: Discourse) -> Outcome | None:
    """ "X, Assistant Undersecretary for Asia at the Ministry of Foreign Affairs", "X, Secretary
    (West) in the Ministry of External Affairs", "X, Chairman of the Y Committee": a title
    apposed to an official (or its words the title mention left out) that ends with "at" /
    "in" / "of" and the next body named in the
    sentence places the official in that body (no delegation). Cased languages: the title's
    words are told by their capitals."""
    if not art.tg.P.cased:
        return None
    rels: list[PendingRelation] = []
    for p, q in zip(view.parts, view.parts[1:], strict=False):
        if p.kind != OFFICIAL or q.kind != AGENCY or q.start - p.end > _AT_REACH:
            continue
        if q.end < view.span.end and art.tg.texts[q.end][:1].isupper():
            continue  # a name right after the body: the title is that name's
        if _is_delegation(art, q.ref) or _title_names_body(art, p, q.start):
            continue
        if _apposed_title_at(art, p, q.start):
            body = _owned_body(art, view, q)
            rels.append(
                PendingRelation(MEMBER_OF, p.endpoint, body.endpoint, view.span, "member.title_at")
            )
    return Outcome(tuple(rels), state) if rels else None


def _title_names_body(art: ArticleView, p: Part, stop: int) -> bool:
    """ "X, head of the National Forestry Administration (NFA) under the Ministry of Y": official
    ``p``'s mention ends in the name of the body its title governs (a body's head noun last,
    an acronym in brackets after it at most) and the body at ``stop`` follows "under": the
    parent of the official's body, not the official's own."""
    tg = art.tg
    k = stop - 1
    if k > p.end and tg.norms[k] in art.words.article:
        k -= 1
    return tg.kind(p.end - 1) == "agency" and tg.norms[k] in tg.W.sub_body_prep


def _owned_body(art: ArticleView, view: SentenceView, body: Part) -> Part:
    """ "Chairman of the Lower House's Foreign Affairs Committee": the body owned by ``body``
    through a possessive marker right after it, else ``body`` itself."""
    tg = art.tg
    if body.end >= view.span.end or tg.texts[body.end] not in tg.W.possessive_marker:
        return body
    return next((p for p in view.parts if p.kind == AGENCY and p.start == body.end + 1), body)


def _apposed_title_at(art: ArticleView, p: Part, stop: int) -> bool:
    """The tokens between official ``p`` and a body at ``stop`` are the rest of an apposed
    title (a comma and a title's head first unless ``p`` ends in a title) closed by a place
    preposition and the article: capitalised words, genitives, conjunctions and brackets only."""
    tg, w = art.tg, art.words
    k = stop - 1
    if k > p.end and tg.norms[k] in w.article:
        k -= 1
    if k <= p.end - 1 or tg.norms[k] not in w.parent_prep | w.genitive:
        return False
    j = p.end
    apposed = tg.kind(p.end - 1) == "title" or any(
        tg.texts[t] in COMMAS and tg.kind(t + 1) == "title" for t in range(p.start, p.end - 1)
    )
    if not apposed:
        if tg.texts[j] not in COMMAS or j + 1 >= k or tg.kind(j + 1) != "title":
            return False
        j += 1
    return all(
        tg.kind(t) == "title"
        or tg.texts[t][:1].isupper()
        or tg.texts[t] in ("(", ")")
        or tg.norms[t] in w.genitive | w.conjunction | w.article
        for t in range(j, k)
    ) and not any(tg.at(t, "country") for t in range(j, k))


_UNCASED_GAP = 7  # tokens of an apposed title between its head and "bi-" / "fi" before the body


def _title_at_body_uncased(
    art: ArticleView, view: SentenceView, state: Discourse
) -> Outcome | None:
    """ "X, mufawwidat al-shu'un al-siyasiyya wa-l-amn bi-mufawwadiyyat al-ittihad": in an
    uncased language, a title apposed to an official's name (a comma, then a title's head) that
    ends with a preposition of place right before a body places the official in it (no
    delegation, no official named right after the body). Without capitals the title's words
    are told by what they are not: no comma and no hit but a title's between."""
    tg, w = art.tg, art.words
    if tg.P.cased:
        return None
    rels: list[PendingRelation] = []
    parts = view.parts
    for n, (p, q) in enumerate(zip(parts, parts[1:], strict=False)):
        k = q.start - 1
        if p.kind != OFFICIAL or q.kind != AGENCY or tg.kind(p.end - 1) == "title":
            continue
        if not (p.end + 2 < k <= p.end + 1 + _UNCASED_GAP) or tg.norms[k] not in w.parent_prep:
            continue
        if tg.texts[p.end] not in COMMAS or tg.kind(p.end + 1) != "title":
            continue
        if any(
            tg.texts[t] in COMMAS or tg.kind(t) not in (None, "title") for t in range(p.end + 1, k)
        ):
            continue
        after = parts[n + 2] if n + 2 < len(parts) else None
        if after is not None and after.kind == OFFICIAL and after.start <= q.end + 1:
            continue
        if _is_delegation(art, q.ref):
            continue
        rels.append(
            PendingRelation(MEMBER_OF, p.endpoint, q.endpoint, view.span, "member.title_at")
        )
    return Outcome(tuple(rels), state) if rels else None


_MEMBER = "member"  # the role of a member's title (lang/<code>/titles.tsv)
_LIST_GAP = 2  # tokens between a body and the first member listed after it


def _members_listed(art: ArticleView, view: SentenceView, state: Discourse) -> Outcome | None:
    """ "attended by the two members of the committee X and Y", "the delegation included the
    two members of the European Parliament X and Y": a dual or plural of member followed by a
    body (named, or a bare definite head standing for the body of that head named last before)
    and a list of officials: each official listed is a member of the body."""
    tg, w = art.tg, art.words
    rels: list[PendingRelation] = []
    for k in range(view.span.start, view.span.end - 1):
        h = tg.at(k, "title")
        if h is None or h.info[2] != _MEMBER or tg.norms[k] not in w.plural_title:
            continue
        j = k + 1 if tg.norms[k + 1] not in w.article else k + 2
        found = _listed_body(art, view, j, k)
        if found is None:
            continue
        body, end = found
        rels.extend(
            PendingRelation(MEMBER_OF, p.endpoint, Ref(AGENCY, body), view.span, "member.listed")
            for p in _list_after(art, view, k, end)
        )
    return Outcome(tuple(rels), state) if rels else None


def _members_before(art: ArticleView, view: SentenceView, state: Discourse) -> Outcome | None:
    """ "X and Y, the two members of the energy committee": a dual or plural of member right
    after a list of officials (the last may hold it in its own title) makes each listed official
    a member of the body named after it, as :func:`_members_listed` does for a list after it."""
    tg, w = art.tg, art.words
    rels: list[PendingRelation] = []
    for k in range(view.span.start + 1, view.span.end - 1):
        h = tg.at(k, "title")
        if h is None or h.info[2] != _MEMBER or tg.norms[k] not in w.plural_title:
            continue
        listed = _list_before(art, view, k)
        if len(listed) < 2:
            continue
        j = k + 1  # the body's first word, past "of the"
        while j < view.span.end - 1 and (tg.norms[j] in w.genitive or tg.norms[j] in w.article):
            j += 1
        body = _body_after_member(art, view, j, k, listed[0])
        if body is None:
            continue
        rels.extend(
            PendingRelation(
                MEMBER_OF, p.endpoint, Ref(AGENCY, body), view.span, "member.listed_before"
            )
            for p in listed
        )
    return Outcome(tuple(rels), state) if rels else None


def _body_after_member(
    art: ArticleView, view: SentenceView, j: int, k: int, last: Part
) -> int | None:
    """The body named at token ``j`` after the member's noun at ``k`` (:func:`_listed_body`); a
    bare head inside the title of ``last``, the last official listed, stands for the nearest
    body of that head before it, as it does for that official's own title."""
    head = _bare_head(art, j, j + 1)
    held = _held_here(art, view, head, j) if head is not None else None
    if held is not None:
        return held
    found = _listed_body(art, view, j, k)
    if found is not None:
        return found[0]
    if head is None or not last.start < k < last.end or last not in view.parts:
        return None
    return _nearest_with_head(art, view, view.parts.index(last), head)


def _held_here(art: ArticleView, view: SentenceView, head: tuple[str, str], j: int) -> int | None:
    """The one body of a bare head at token ``j`` that an official named before it in the
    sentence holds by title (a chair named early in the sentence, then two names and the dual
    member title with the bare head: the chair's body, not one named last), else None."""
    ents = art.entities
    before = {ents.canon(p.ref) for p in view.parts if p.kind == OFFICIAL and p.end <= j}
    bodies = {
        ents.acanon(int(r.target.key))
        for r in ents.memberships
        if r.source.kind == OFFICIAL
        and ents.canon(int(r.source.key)) in before
        and r.target is not None
        and r.target.kind == AGENCY
    }
    held = [ai for ai in bodies if _has_head(art, ai, head)]
    return held[0] if len(held) == 1 else None


def _list_before(art: ArticleView, view: SentenceView, k: int) -> list[Part]:
    """The officials listed right before the member's noun at token ``k`` (the last may hold it
    in its title, or end before it at a comma), each joined to the next by a comma or a
    conjunction (styles and titles beside them)."""
    tg, w = art.tg, art.words
    before = [p for p in view.parts if p.start < k]
    listed: list[Part] = []
    stop = k
    for p in reversed(before):
        if p.kind != OFFICIAL:
            break
        gap = range(p.end, stop)
        joined = any(tg.norms[t] in w.conjunction or tg.norms[t] in COMMAS for t in gap)
        if listed and not (joined or _glued_and_name(art, stop)):
            break
        if any(
            not (tg.is_punct[t] or tg.norms[t] in w.conjunction or tg.kind(t) == "title")
            for t in gap
        ):
            break
        listed.append(p)
        stop = p.start
    return listed


def _glued_and_name(art: ArticleView, k: int) -> bool:
    """Token ``k`` is a conjunction glued to a listed personal name the tokenizer left whole:
    the conjunction, then a known given name (not any word that begins with the conjunction's
    letters: "minister", a name of its own that starts so). The name left after the conjunction
    has at least three letters: the lexicon's two-letter names (clipped or foreign forms) also
    end common words that merely begin with the conjunction's letter (Arabic "friendly" is that
    letter and such a name), so a rest that short is no evidence of a glued conjunction."""
    norm = art.tg.norms[k]
    names = load_lexicon(art.tg.lang).names
    return norm not in names and any(
        norm.startswith(c) and len(norm) > len(c) + 2 and norm[len(c) :] in names
        for c in art.words.conjunction
    )


def _listed_body(art: ArticleView, view: SentenceView, j: int, k: int) -> tuple[int, int] | None:
    """(canonical body, end token) of the body named at token ``j`` after the member's noun at
    ``k``: an agency's mention there, or a bare definite head resolved to the body of that head
    named last before in the article."""
    named = next((p for p in view.parts if p.kind == AGENCY and p.start == j), None)
    head = _bare_head(art, j, j + 1)
    if named is not None and (head is None or named.end != j + 1):
        return art.entities.acanon(named.ref), named.end
    titled = next((p for p in view.parts if p.kind == OFFICIAL and p.start == k), None)
    if titled is not None and art.tg.at(j, "agency") is not None:
        return _body_in_title(art, titled, j)
    if head is None:
        return None
    ents = art.entities
    # the bodies named before, the last first; not through a delegation: the body a visiting
    # delegation is from is no antecedent of the host's "the committee"
    earlier = sorted(
        (q for ps in ents.parts.values() for q in ps if q.kind == AGENCY and q.end <= k),
        key=lambda q: -q.start,
    )
    body = _last_of_head(
        art,
        [
            ents.acanon(q.ref)
            for q in earlier
            if ents.agencies[ents.acanon(q.ref)].kind != DELEGATION
            and _has_head(art, ents.acanon(q.ref), head)
        ],
        head,
    )
    return None if body is None else (body, j + 1)


def _last_of_head(art: ArticleView, bodies: list[int], head: tuple[str, str]) -> int | None:
    """The first of ``bodies`` (the last named first) that a bare head stands for: one named by
    the head's noun before one only of its kind ("the foreign affairs committee … the
    friendship group … the committee's members": the committee)."""
    ents = art.entities
    return next((ai for ai in bodies if head[1] and head[1] in ents.agencies[ai].words), None) or (
        bodies[0] if bodies else None
    )


def _body_in_title(art: ArticleView, p: Part, j: int) -> tuple[int, int] | None:
    """(canonical body, end token) of the body the title of official ``p`` names from token
    ``j`` on, as the entity table has the official's membership in it, else None."""
    ents = art.entities
    text = f" {normalize_key(span_text(art.doc[j : p.end]))} "
    for r in ents.memberships:
        if r.source != p.endpoint or r.target is None or r.target.kind != AGENCY:
            continue
        a = ents.agencies[ents.acanon(int(r.target.key))]
        if any(f" {normalize_key(x)} " in text for x in (a.name, *a.aliases)):
            return ents.acanon(int(r.target.key)), j + 1
    return None


def _list_after(art: ArticleView, view: SentenceView, k: int, end: int) -> list[Part]:
    """The officials listed from token ``end`` on (the first may open at the member's noun
    ``k``, its mention holding the title), joined by commas, conjunctions and styles only."""
    tg, w = art.tg, art.words
    listed: list[Part] = []
    stop = end
    for p in view.parts:
        if p.end <= k or k < p.start < end:
            continue
        if p.kind != OFFICIAL or (not listed and p.start > end + _LIST_GAP):
            break
        if listed and any(
            not (tg.is_punct[t] or tg.norms[t] in w.conjunction or tg.kind(t) == "title")
            for t in range(stop, p.start)
        ):
            break
        listed.append(p)
        stop = p.end
    return listed


_HOUSE = "parliament"  # the agency kind of a house of parliament (lang/<code>/agencies.tsv)
# a council with the adjective of a house is the house itself ("the parliamentary council")
_HOUSES = (_HOUSE, "council")


def _house_body(art: ArticleView, view: SentenceView, state: Discourse) -> Outcome | None:
    """ "the parliamentary foreign affairs committee" (lajnat al-shu'un al-kharijiyya
    al-niyabiyya): a body whose name closes with the adjective of a house of parliament is a part
    of the house the article names (the one named first, not the body a delegation is from);
    none when the article names no house (a council so named is the house itself). A relation
    noun before the adjective makes a friendship or cooperation group, which may join two
    houses: none then. The body may be named in a title only ("the chair of the parliamentary X
    committee"): read from the table, in the sentence that first names it."""
    ents, fold, w = art.entities, art.tg.P.fold, art.words
    rels: list[PendingRelation] = []
    for i, named in enumerate(ents.agencies):
        if named.sent is None or named.sent.start != view.span.start:
            continue
        ai = ents.acanon(i)
        a = ents.agencies[ai]
        words = [fold(x) for x in a.name.split()[-2:]]
        if (
            a.kind == DELEGATION  # not 'in (DELEGATION, *_HOUSES)': mypyc cannot compile it
            or a.kind in _HOUSES
            or len(words) < 2
            or words[1] not in w.house_adjective
            or words[0] in w.relation_noun
        ):
            continue
        house = _house_named(ents)
        own = a.country if not topic_country(a, art.tg.P.code) else None
        if house is None or (own and ents.agencies[house].country not in (None, own)):
            continue
        rels.append(
            PendingRelation(
                MEMBER_OF, Ref(AGENCY, ai), Ref(AGENCY, house), view.span, "member.house"
            )
        )
    return Outcome(tuple(rels), state) if rels else None


_TOPIC_KINDS = ("committee", "commission")  # bodies named after what they deal with


def topic_country(a: Agency, lang: str) -> bool:
    """A committee named after a country in the genitive right after its head ("lajnat
    filastin", the Palestine committee of a parliament): the country is its subject, not its
    owner, which a nisba or a house names ("al-lajna al-misriyya"). Head-initial languages."""
    words = a.name.split()
    if a.kind not in _TOPIC_KINDS or len(words) < 2 or not load_profile(lang).head_initial:
        return False
    hit = load_lexicon(lang).countries.get(norm_form(words[1], lang))
    return hit is not None and hit[1] == "name" and hit[0] == a.country


def _house_named(ents: Entities) -> int | None:
    """The house of parliament the article names first (canonical), not a delegation's own
    body or the body it is from, over the parts of bodies ("a delegation of the committee of
    the X house")."""
    visiting = _visiting(ents)
    houses = [i for i in _houses(ents) if i not in visiting]
    return min(houses, key=lambda i: (_first_token(ents.agencies[i]), i), default=None)


def _visiting(ents: Entities) -> set[int]:
    """The delegations (canonical) and the bodies they are from, up their parents."""
    visiting: set[int] = set()
    todo = [i for i, a in enumerate(ents.agencies) if a.kind == DELEGATION]
    while todo:
        i = ents.acanon(todo.pop())
        if i in visiting:
            continue
        visiting.add(i)
        todo.extend(int(r.target.key) for r in _parent_links(ents, i) if r.target is not None)
    return visiting


def _houses(ents: Entities) -> list[int]:
    """The houses of parliament the article names (canonical agencies)."""
    return [i for i, a in enumerate(ents.agencies) if ents.acanon(i) == i and a.kind == _HOUSE]


def _first_token(a: Agency) -> int:
    """The first token of the sentence that first names agency ``a`` (none: after all)."""
    return a.sent.start if a.sent is not None else 1 << 30


def _issuer_line(art: ArticleView, view: SentenceView, state: Discourse) -> Outcome | None:
    """A press release's issuer line: "Issued by: Public Relations Office, National Assembly of
    X", "Ministry of Foreign Affairs of X - Press Office", or a unit's line over its body's
    ("Media Relations Office" / "Global Affairs X"): a line of two bodies and punctuation only
    (a label closed by a colon before them, a country after them at most), one of a kind that
    is only a part of another and the other not, places the part in the other."""
    ents = art.entities
    outer = [
        p
        for p in view.parts
        if p.kind == AGENCY
        and not any(q is not p and q.start <= p.start and p.end <= q.end for q in view.parts)
    ]
    if len(outer) == 1 and _bare(art, view.span.start, outer[0].start):
        prev = [p for p in ents.parts.get(view.index - 1, ()) if p.kind == AGENCY]
        if len(prev) != 1 or not _bare(art, prev[0].end, outer[0].start, colon=False):
            return None
        if prev[0].start > 0 and not _line_start(art, prev[0].start):
            return None
        outer.insert(0, prev[0])
    elif len(outer) != 2 or not (
        _bare(art, view.span.start, outer[0].start)
        or _dateline(art, view.span.start, outer[0].start)
    ):
        return None
    a, b = outer
    if not _bare(art, a.end, b.start, colon=False) or not _bare_tail(art, b.end, view.span.end):
        return None
    kinds = [ents.agencies[ents.acanon(p.ref)].kind in PLACED_PART_KINDS for p in (a, b)]
    if kinds[0] == kinds[1] or DELEGATION in (
        ents.agencies[ents.acanon(p.ref)].kind for p in (a, b)
    ):
        return None
    part, whole = (a, b) if kinds[0] else (b, a)
    rel = PendingRelation(MEMBER_OF, part.endpoint, whole.endpoint, view.span, "member.issuer")
    return Outcome((rel,), state)


_OFFICE = "office"  # the agency kind of an office (lang/<code>/agencies.tsv)


def _office_of_role(art: ArticleView, view: SentenceView, state: Discourse) -> Outcome | None:
    """ "Office of the Spokesperson" over a release, "… attributable to Principal Deputy
    Spokesperson X": the issuing office named after a role holds the officials whose title ends
    in that role (its modifiers before it, no "of" between: "Minister of Press" is no holder of
    the "Office of Press")."""
    ents = art.entities
    offices = [
        (i, tail)
        for i in sorted(ents.letterheads)
        if ents.acanon(i) == i
        and ents.agencies[i].kind == _OFFICE
        and (tail := _office_role(art, ents.agencies[i].name))
    ]
    rels: list[PendingRelation] = []
    for p in view.parts if offices else ():
        if p.kind != OFFICIAL:
            continue
        titles = [_fold_words(art, t) for t in ents.officials[ents.canon(p.ref)].titles]
        for i, tail in offices:
            if any(_held_role(art, t, tail) for t in titles):
                rels.append(
                    PendingRelation(
                        MEMBER_OF, p.endpoint, Ref(AGENCY, i), view.span, "member.office"
                    )
                )
    return Outcome(tuple(rels), state) if rels else None


def _fold_words(art: ArticleView, text: str) -> list[str]:
    return [art.tg.P.fold(w).casefold() for w in text.split()]


def _office_role(art: ArticleView, name: str) -> list[str]:
    """The role an office is named after: its words after the first genitive (and article)."""
    w = art.words
    words = _fold_words(art, name)
    at = next((k for k, x in enumerate(words) if x in w.genitive), None)
    if at is None:
        return []
    rest = words[at + 1 :]
    while rest and rest[0] in w.article:
        rest = rest[1:]
    return rest


def _held_role(art: ArticleView, title: list[str], role: list[str]) -> bool:
    """A title (folded words) ends in ``role``, no genitive before it."""
    n = len(role)
    return (
        len(title) >= n
        and title[-n:] == role
        and not any(x in art.words.genitive for x in title[:-n])
    )


def _bare(art: ArticleView, start: int, stop: int, colon: bool = True) -> bool:
    """Tokens ``start:stop`` are punctuation and spaces only, or (``colon``) a label closed by a
    colon and then those."""
    tg, doc = art.tg, art.doc
    if colon:
        start = next((k + 1 for k in range(stop - 1, start - 1, -1) if tg.texts[k] == ":"), start)
    return all(tg.is_punct[k] or doc[k].is_space for k in range(start, stop))


def _bare_tail(art: ArticleView, start: int, stop: int) -> bool:
    """Tokens ``start:stop`` are punctuation and spaces, and a country's name at most (a state's
    style before it: "- Republic of X")."""
    tg, doc = art.tg, art.doc
    words = [k for k in range(start, stop) if not (tg.is_punct[k] or doc[k].is_space)]
    return not words or (len(words) <= _STYLE_WORDS + 1 and tg.kind(words[-1]) == "country")


_STYLE_WORDS = 2  # words of a state's style before its name ("Republic of")


def _dateline(art: ArticleView, start: int, stop: int) -> bool:
    """Tokens ``start:stop`` are a release's dateline: a capital's or country's name and a
    dash or comma after it ("Cairo - Ministry of Foreign Affairs - Media Office")."""
    tg, doc = art.tg, art.doc
    words = [k for k in range(start, stop) if not (tg.is_punct[k] or doc[k].is_space)]
    return (
        bool(words)
        and len(words) <= _STYLE_WORDS
        and all(tg.kind(k) == "country" for k in words)
        and words[-1] < stop - 1
        and _line_start(art, words[0])
    )


def _line_start(art: ArticleView, k: int) -> bool:
    """Token ``k`` opens a line (a line break in the space or the token before it)."""
    doc = art.doc
    return "\n" in doc[k - 1].whitespace_ or "\n" in doc[k - 1].text


# a ministry's name may hold an organisation as its portfolio ("Foreign Affairs, the EU and
# Cooperation"): no part of it
_MINISTRY = "ministry"


def _org_names(a: Agency) -> list[str]:
    """An organisation's name, and for a well-known body named short ("UN") its canonical names
    too ("United Nations")."""
    names = [a.name]
    if a.body:
        names += [x for x in load_bodies().get(a.body, {}).values() if x not in names]
    return names


def _organisation_in_name(art: ArticleView, view: SentenceView, state: Discourse) -> Outcome | None:
    """ "the United Nations Development Programme", "the United Nations Support Mission in X": a
    body whose name holds the full name of an international organisation
    the article names is a part of it, when it is in no other body (a ministry is none: its
    portfolio may name the organisation). Read in the sentence that first names the body."""
    ents = art.entities
    orgs = [
        (i, _name_keys(art, x))
        for i, a in enumerate(ents.agencies)
        if ents.acanon(i) == i and a.kind == _INTERNATIONAL and a.country is None
        for x in _org_names(a)
    ]
    acronyms = [  # "AU Commission": the organisation's acronym opening the body's name
        (i, x)
        for i, a in enumerate(ents.agencies)
        if ents.acanon(i) == i and a.kind == _INTERNATIONAL and a.country is None
        for x in (a.name, *a.aliases)
        if len(x) > 1 and x.isascii() and x.isalpha() and x.isupper()
    ]
    rels: list[PendingRelation] = []
    for i, named in enumerate(ents.agencies):
        ai = ents.acanon(i)
        a = ents.agencies[ai]
        if named.sent is None or named.sent.start != view.span.start:
            continue
        if a.kind in (DELEGATION, _MINISTRY) or _parent_links(ents, ai):
            continue
        words = _name_keys(art, a.name)
        found = [
            oi
            for oi, keys in orgs
            if oi != ai
            and 1 < len(keys) < len(words)
            and any(words[k : k + len(keys)] == keys for k in range(len(words)))
            and not _sibling_body(a, ents.agencies[oi], words, keys)
        ] + [
            oi
            for oi, short in acronyms
            if oi != ai and a.name.split()[1:] and a.name.split()[0] == short
        ]
        if len(set(found)) == 1:
            rels.append(
                PendingRelation(
                    MEMBER_OF,
                    Ref(AGENCY, ai),
                    Ref(AGENCY, found[0]),
                    view.span,
                    "member.org_in_name",
                )
            )
    return Outcome(tuple(rels), state) if rels else None


def _sibling_body(a: Agency, org: Agency, words: list[str], keys: list[str]) -> bool:
    """Two listed bodies, the one's name closing with the other's whole name after a modifier (the
    union of a region's parliaments named after the world's): another organisation modelled on it,
    no part of it (a part is named after its organisation: "<org> <part>", "<part> of <org>")."""
    return bool(a.body and org.body and a.body != org.body and words[-len(keys) :] == keys)


_SECRETARIAT = "secretariat"  # the agency kind of a secretariat (lang/<code>/agencies.tsv)
_BARE_WORDS = 2  # words of a bare secretariat's name ("al-amana al-amma", "General Secretariat")


def _bare_secretariat(art: ArticleView, view: SentenceView, state: Discourse) -> Outcome | None:
    """ "received at the General Secretariat in Riyadh": a bare secretariat, in no other body and
    of no country, is the general secretariat of the international organisation the article
    names first (the body such a secretariat serves). Read in the sentence that first names it."""
    ents = art.entities
    orgs = sorted(
        (_first_token(a), i)
        for i, a in enumerate(ents.agencies)
        if ents.acanon(i) == i and a.kind == _INTERNATIONAL and a.country is None
    )
    if not orgs:
        return None
    rels: list[PendingRelation] = []
    for ai, a in _first_named_here(art, view):
        if a.kind != _SECRETARIAT or a.country or len(a.name.split()) > _BARE_WORDS:
            continue
        if _parent_links(ents, ai):
            continue
        rels.append(
            PendingRelation(
                MEMBER_OF, Ref(AGENCY, ai), Ref(AGENCY, orgs[0][1]), view.span, "member.secretariat"
            )
        )
    return Outcome(tuple(rels), state) if rels else None


_CHAMBER = "chamber"  # the agency kind of a chamber of commerce (lang/<code>/agencies.tsv)
_GEMINATION = "\u0651"  # a doubled consonant's mark: a town's spelling, not the country's


def _chamber_of_country(art: ArticleView, view: SentenceView, state: Discourse) -> Outcome | None:
    """ "the chamber of commerce and industry of Oman": a chamber closed by a town word no
    gazetteer may take (a country's name that is also a city's elsewhere) belongs to the country
    the article names by that word, unless the word is spelt as the town (a doubled consonant
    marked). Read in the sentence that first names the chamber."""
    ents = art.entities
    if not ents.countries:
        return None
    fold = art.tg.P.fold
    known = load_countries()
    names: dict[str, str] = {}
    for iso in ents.countries:  # the country's own names: a city's names no country
        c = known.get(iso)
        for f in c.names.values() if c else ():
            if " " not in f:
                names.setdefault(fold(f), iso)
    rels: list[PendingRelation] = []
    for ai, a in _first_named_here(art, view):
        words = a.name.split()
        if a.kind != _CHAMBER or a.country or len(words) < 2 or _GEMINATION in words[-1]:
            continue
        owner = names.get(fold(words[-1]))
        if owner is None or _parent_links(ents, ai):
            continue
        rels.append(
            PendingRelation(
                MEMBER_OF, Ref(AGENCY, ai), Ref(COUNTRY, owner), view.span, "member.chamber_country"
            )
        )
    return Outcome(tuple(rels), state) if rels else None


# lang/<code>/countries.tsv: the forms of a country's adjective or people
_PEOPLE_FORMS = frozenset({"nisba", "demonym"})


_ABROAD_REACH = 2  # words between a ministry's nationals and "abroad" ("al-muqimin bi-l-kharij")


def _people_in_portfolio(art: ArticleView, a: Agency) -> set[str]:
    """The countries whose nationals abroad a ministry's names carry after its head, a
    conjunction glued or not ("foreign affairs and-the-Xians abroad", "and Xian Expatriates");
    a people without "abroad" is the portfolio's subject ("Department of Xian Affairs")."""
    tg = art.tg
    countries = load_lexicon(tg.lang).countries
    found: set[str] = set()
    for name in (a.name, *a.aliases):
        words = [tg.P.fold(x.strip(",")) for x in name.split()]
        for k, w in enumerate(words[1:], start=1):
            if not any(x in tg.W.abroad for x in words[k + 1 : k + 1 + _ABROAD_REACH]):
                continue
            bare = w[1:] if w[:1] in tg.W.conjunction and len(w) > 3 else w
            for form in (w, bare):
                hit = countries.get(form)
                if hit is not None and hit[1] in _PEOPLE_FORMS:
                    found.add(hit[0])
    return found


def _ministry_of_people(art: ArticleView, view: SentenceView, state: Discourse) -> Outcome | None:
    """ "the Ministry of Foreign Affairs and of Xians Abroad": a ministry of no country whose
    portfolio names one country's people (its citizens abroad) is that country's ministry.
    Read in the sentence that first names the ministry."""
    ents = art.entities
    rels: list[PendingRelation] = []
    for ai, a in _first_named_here(art, view):
        if a.kind != _MINISTRY or a.country or _parent_links(ents, ai):
            continue
        owners = _people_in_portfolio(art, a)
        if len(owners) != 1:
            continue
        rels.append(
            PendingRelation(
                MEMBER_OF,
                Ref(AGENCY, ai),
                Ref(COUNTRY, owners.pop()),
                view.span,
                "member.portfolio_people",
            )
        )
    return Outcome(tuple(rels), state) if rels else None


def _name_keys(art: ArticleView, name: str) -> list[str]:
    """The words of a name folded, the article left out."""
    P = art.tg.P
    return [P.strip_definite(P.fold(w)) for w in name.split()]


def _is_delegation(art: ArticleView, ref: int) -> bool:
    """The agency ``ref`` (through its canonical body) is a delegation."""
    return art.entities.agencies[art.entities.acanon(ref)].kind == DELEGATION


_TITLE_GAP = 6  # words of a title between a body and the title mention it heads


def _body_before_title(art: ArticleView, view: SentenceView, state: Discourse) -> Outcome | None:
    """ "the UN Resident and Humanitarian Coordinator in X, Y", "the UN Secretary-General's
    Special Envoy for X Y": a body named right before an official's title, the title's first
    words between them (capitalised words, hyphens, a possessive marker, "and"; no comma and no
    country), places the official in the body (no delegation). A title right after the body is
    the entity table's. Cased languages: the title's words are told by their capitals."""
    tg = art.tg
    if not tg.P.cased:
        return None
    rels: list[PendingRelation] = []
    for q, p in zip(view.parts, view.parts[1:], strict=False):
        if q.kind != AGENCY or p.kind != OFFICIAL or not 0 < p.start - q.end <= _TITLE_GAP:
            continue
        if tg.kind(p.start) != "title" or not _title_words(art, q.end, p.start):
            continue
        if _is_delegation(art, q.ref):
            continue
        rels.append(
            PendingRelation(MEMBER_OF, p.endpoint, q.endpoint, view.span, "member.body_title")
        )
    return Outcome(tuple(rels), state) if rels else None


def _title_words(art: ArticleView, start: int, stop: int) -> bool:
    """Tokens ``start:stop`` are the capitalised words of a title (hyphens, a possessive
    marker and conjunctions between them), a capitalised word first, no country."""
    tg, w = art.tg, art.words
    return tg.texts[start][:1].isupper() and all(
        (tg.texts[k][:1].isupper() and not tg.at(k, "country"))
        or tg.texts[k] == "-"
        or tg.texts[k] in tg.W.possessive_marker
        or tg.norms[k] in w.conjunction
        for k in range(start, stop)
    )


_COMMITTEE = "committee"  # the agency kind of a committee (lang/<code>/agencies.tsv)


def _committee_of_house(art: ArticleView, view: SentenceView, state: Discourse) -> Outcome | None:
    """ "the Chair of the Foreign Affairs Committee, X MP, at the House of Commons": a committee
    in no other body, named without a house, is a part of the one house of parliament the
    article names (none when it names two or more; the committee's name holds no country and
    no hyphened pair: "the X-Y Joint Committee" joins two states). Read in the sentence that
    first names the committee. Cased languages only: Arabic copy names a committee's house
    with a preposition when it gives one (read by the sub-body rules), and a bare committee
    there is as often the visiting side's."""
    ents = art.entities
    if not art.tg.P.cased:
        return None
    houses = _houses(ents)
    if len(houses) != 1 or houses[0] in _visiting(ents):
        return None  # the visitors' house: a committee the text leaves bare is the host's
    rels: list[PendingRelation] = []
    for ai, a in _first_named_here(art, view):
        if a.kind != _COMMITTEE or a.country or _parent_links(ents, ai) or "-" in a.name:
            continue
        rels.append(
            PendingRelation(
                MEMBER_OF, Ref(AGENCY, ai), Ref(AGENCY, houses[0]), view.span, "member.committee"
            )
        )
    return Outcome(tuple(rels), state) if rels else None


def _title_into_body(art: ArticleView, view: SentenceView, state: Discourse) -> Outcome | None:
    """ "X, Director-General of the Arctic and Baltic Affairs Bureau": an official's mention
    whose title stops inside a body's name ("... of the Arctic and Baltic Affairs", the name's
    words read as the title's portfolio) holds the body that mention runs into: the body starts
    inside the mention, right after the title's genitive or article, and ends after it (no
    delegation). "Chair of the Senate Fisheries and Forestry Committee":
    a mention ending in a body's name right before another body's name holds the second, the
    first being the parent named in front of its sub-body."""
    tg, w = art.tg, art.words
    rels: list[PendingRelation] = []
    for p in view.parts:
        if p.kind != OFFICIAL:
            continue
        for q in view.parts:
            if q.kind != AGENCY or not p.start < q.start <= p.end < q.end:
                continue
            if q.start == p.end:
                if tg.kind(p.end - 1) != "agency" or not _sub_body_kind(art, q.ref):
                    continue  # a sub-body's name only ("the Senate Foreign Ministry": none)
            elif tg.norms[q.start - 1] not in w.genitive | w.article | w.parent_prep:
                continue
            if not any(tg.kind(k) == "title" for k in range(p.start, q.start - 1)):
                continue
            if not _is_delegation(art, q.ref):
                rule = "member.title_sub" if q.start == p.end else "member.title_into"
                rels.append(PendingRelation(MEMBER_OF, p.endpoint, q.endpoint, view.span, rule))
    return Outcome(tuple(rels), state) if rels else None


def _body_at_in_mention(art: ArticleView, view: SentenceView, state: Discourse) -> Outcome | None:
    """ "Minister of State at the Ministry of Foreign Affairs X": an official's mention whose
    title (before the name) places its holder "at" / "in" a body named there in full, no body
    bound to him yet, holds that body (no delegation)."""
    tg, w, ents = art.tg, art.words, art.entities
    rels: list[PendingRelation] = []
    for p in view.parts:
        if p.kind != OFFICIAL or ents.officials[ents.canon(p.ref)].agencies:
            continue
        for k in range(p.start + 1, p.end - 1):
            if tg.norms[k] not in w.parent_prep or tg.kind(k - 1) != "title":
                continue
            j = k + 1 if tg.norms[k + 1] in w.article else k
            body = _body_starting(art, j + 1 if j > k else k + 1, p.end)
            if body is not None:
                rels.append(
                    PendingRelation(
                        MEMBER_OF, p.endpoint, Ref(AGENCY, body), view.span, "member.title_at"
                    )
                )
                break
    return Outcome(tuple(rels), state) if rels else None


def _body_starting(art: ArticleView, start: int, stop: int) -> int | None:
    """The body (no delegation) whose name or alias the tokens from ``start`` (before ``stop``)
    open with, the longest such form."""
    ents = art.entities
    text = f" {normalize_key(span_text(art.doc[start:stop]))} "
    best: tuple[int, int] | None = None
    for ai in dict.fromkeys(ents.acanon(i) for i in range(len(ents.agencies))):
        a = ents.agencies[ai]
        if a.kind == DELEGATION:
            continue
        for x in (a.name, *a.aliases):
            key = normalize_key(x)
            if key and text.startswith(f" {key} ") and (best is None or len(key) > best[0]):
                best = (len(key), ai)
    return best[1] if best else None


def _part_of_next_body(art: ArticleView, view: SentenceView, state: Discourse) -> Outcome | None:
    """ "the Department of West Asian Affairs of the Chinese Foreign Ministry", "the Policy
    Directorate at the Ministry of Y": a body of a kind that is a part of another (a department,
    directorate, committee, office) joined by "of" / "at" / "in" (and the article) to the body
    named right after it is a part of that body (no delegation on either side); in an official's
    title a comma joins them too ("Director-General of the X Bureau, Ministry of Foreign
    Affairs")."""
    tg, w, ents = art.tg, art.words, art.entities
    agencies = [p for p in view.parts if p.kind == AGENCY]
    rels: list[PendingRelation] = []
    for p, q in zip(agencies, agencies[1:], strict=False):
        if not _part_kind(art, p.ref, q.ref) or ents.acanon(p.ref) == ents.acanon(q.ref):
            continue
        if _is_delegation(art, p.ref) or _is_delegation(art, q.ref):
            continue
        gap = [k for k in range(p.end, q.start) if tg.norms[k] not in w.article]
        if len(gap) != 1:
            continue
        joined = tg.norms[gap[0]] in w.genitive | w.parent_prep
        if joined or (tg.texts[gap[0]] in COMMAS and _in_title(view, p)):
            rels.append(
                PendingRelation(MEMBER_OF, p.endpoint, q.endpoint, view.span, "member.parent")
            )
    return Outcome(tuple(rels), state) if rels else None


def _in_title(view: SentenceView, p: Part) -> bool:
    """Body ``p`` is named in an official's title: an official's mention runs into it
    ("Director-General of the X Bureau, Ministry of Y": the ministry apposed to its bureau)."""
    return any(o.kind == OFFICIAL and o.start < p.start < o.end for o in view.parts)


def _part_kind(art: ArticleView, ai: int, parent: int) -> bool:
    """Agency ``ai`` is of a part's kind, or a ministry of no portfolio (a "Department of X
    Affairs") named before a ministry of a portfolio: a department of that ministry."""
    ents = art.entities
    a, b = ents.agencies[ents.acanon(ai)], ents.agencies[ents.acanon(parent)]
    if _sub_body_kind(art, ai):
        return True
    return a.kind == b.kind == _MINISTRY and a.field is None and b.field is not None


def _sub_body_kind(art: ArticleView, ai: int) -> bool:
    """Agency ``ai`` is of a kind that is part of another body (a committee, a department)."""
    ents = art.entities
    return ents.agencies[ents.acanon(ai)].kind in PLACED_PART_KINDS


def register(registry: Registry) -> None:
    # memberships come first in an extraction (phase 0), as they always have
    registry.register_relation(RelationType(MEMBER_OF, rules=RULES, phase=0))
    registry.register_cue("compose", _compose, relation=MEMBER_OF, verb=True)
    registry.register_cue("lead", _lead, relation=MEMBER_OF)
    registry.register_cue("part_of", _part_of, relation=MEMBER_OF, verb=True)
    registry.register_cue("lead_clause", _lead_clause, relation=MEMBER_OF)
    registry.register_sentence_hook(_its_title)
    registry.register_sentence_hook(_and_his_delegation)
    registry.register_sentence_hook(_and_accompanying)
    registry.register_sentence_hook(_title_head)
    registry.register_sentence_hook(_title_at_body)
    registry.register_sentence_hook(_title_at_body_uncased)
    registry.register_sentence_hook(_members_listed)
    registry.register_sentence_hook(_members_before)
    registry.register_sentence_hook(_house_body)
    registry.register_sentence_hook(_issuer_line)
    registry.register_sentence_hook(_organisation_in_name)
    registry.register_sentence_hook(_body_before_title)
    registry.register_sentence_hook(_committee_of_house)
    registry.register_sentence_hook(_possessed_title)
    registry.register_sentence_hook(_office_of_role)
    registry.register_sentence_hook(_title_into_body)
    registry.register_sentence_hook(_body_at_in_mention)
    registry.register_sentence_hook(_part_of_next_body)
    registry.register_sentence_hook(_bare_secretariat)
    registry.register_sentence_hook(_chamber_of_country)
    registry.register_sentence_hook(_ministry_of_people)
    registry.register_sentence_hook(_untagged_head)
    registry.register_sentence_hook(_untagged_of_title)
    registry.register_sentence_hook(_untagged_parent)
    registry.register_sentence_hook(_chaired_delegation)
    registry.register_sentence_hook(_stacked_title_heads)

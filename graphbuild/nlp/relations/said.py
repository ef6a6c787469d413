"""SAID: who said what, from say verbs, "according to X," and "X said:" + the quotation after it.

Cue classes: ``say`` (a verb of saying or stance), ``say_adverbial`` (a participle,
"stressing", whose speaker is the subject of its clause), ``say_joint`` (a dual or
plural verb form: both sides of the current meeting speak), ``say_stance`` (a stance
without a say verb, "is deeply concerned": as ``say``, but it starts no statement of its
own, so a headline's author keeps the body), ``say_colon`` (a verb
that introduces a quotation after a colon), ``according`` ("according to X, …").
A joint subject ("the two ministers", lang ``joint_subject`` words) also makes both
sides of the meeting the speakers, one SAID each with the same quote. The speaker
is found by the language's word order:

* VSO: the party right after the verb (an honorific or "a statement by" may stand
  between), else the party right before it, the subject of the clause, the last
  speaker or the topic (pro-drop);
* SVO: the party (or coordinated group) right before the verb, or after a relative
  clause ("X, who attended the meeting, told …"); an inverted say verb may precede
  its speaker ("said X"); "he added" / "and said" carry the last speaker or topic.
  A trailing attribution takes the clause before the speaker ("…, the statement said").

A say verb inside a reported clause ("the ministry said the minister stressed …")
is a statement of its own only when its speaker stands right by it. A transcript
speaker turn (a line opening "TITLE NAME:") is one SAID with the turn's text; a
headline "Statement by X" and "X provided the following readout:" make X the
speaker of the body sentence that follows (a dateline skipped).
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from spacy.tokens import Doc, Span

from ...schema import MET_WITH, SAID
from ..discourse import (
    ArticleView,
    CueContext,
    Discourse,
    Frame,
    Outcome,
    SentenceView,
    cue_context,
)
from ..entities import Entities
from ..quotes import (
    block_quotation_intro,
    clause_text,
    ends_with_colon,
    quote_after,
    quote_regions,
    quoted,
    quoted_back,
)
from ..tagger import Hit, Tagger, doc_text
from ...text import normalize_key
from ..titles import COMMAS, country_named_at
from ..values import AGENCY, COUNTRY, OFFICIAL, Part, PendingRelation, Ref
from ...lang import UNIQUE_TITLE
from ...lang.profile import WordLists
from .registry import Registry, RelationType

GUEST = "guest"  # the role of "the guest" (titles.tsv): the visitor

__all__ = [
    "SAID",
    "register",
    "unnamed_after",
    "plural_side",
    "unnamed_before",
    "holder",
    "Unnamed",
    "belongs",
    "mention_end",
    "role_holders",
    "of_pronoun_gender",
    "restyled",
]

SAY, SAY_COLON, ACCORDING = "say", "say_colon", "according"
SAY_ADVERBIAL, SAY_JOINT = "say_adverbial", "say_joint"
SAY_TURN = "say_turn"  # a marker: «min jihatihi» opening a statement, the other side's turn
SAY_STANCE = "say_stance"
SAY_OPENING = "say_opening"
SAY_CALL_ON = "say_call_on"  # "called on": urging, or a courtesy visit to a person
STARTS = (SAY, ACCORDING, SAY_JOINT, SAY_CALL_ON)  # cue classes that start a statement of their own
RULES = {
    "said.cue": 0.85,
    "said.carried": 0.75,
    "said.according": 0.7,
    "said.colon": 0.8,
    "said.joint": 0.75,
    "said.adverbial": 0.75,
    "said.turn": 0.85,
    "said.turn_role": 0.85,  # a role's turn, its holder in brackets: a moderator's, no party's
    "said.dash": 0.85,
    "said.continued": 0.7,
}
_TURN_LABEL = 8  # at most this many tokens before a speaker turn's colon
_TURN_WORDS = 30  # a turn's quote: its first words
_TURN_ASIDE = 5  # "(through interpreter)" between a turn's speaker and its colon
_HEADING = 8  # the speaker of a "Statement by X" headline stands this close to its start
_DATELINE = 8  # a dateline is at most this many tokens
_TITLE_HEADS = (
    "role",
    "rank",
)  # title classes that name a person's office (not honorifics or adjectives)
_UNNAMED_GAP = 3  # words (a nisba, a particle) between an unnamed subject and its verb
_OF_AGENCY = 2  # "for" / "on behalf of" between an unnamed official's title and its agency
_COMMAS = COMMAS  # the shared comma set (titles.py)
_REP_GAP = 5  # "the ambassadors and chargés d'affaires of the embassies of": words before the list
_SHORTEST = 1  # words in the shortest statement a stance verb governs (its object alone)
_THANKS = 3  # a thanks word this close after the verb and its speaker: a thanking, no statement


def said(sp: Part, quote: str, ctx_sentence, rule: str) -> PendingRelation:
    return PendingRelation(SAID, sp.endpoint, None, ctx_sentence, rule, quote)


def mention_end(ctx: CueContext, p: Part) -> int:
    """Where an official's mention ends: after its "of <country>" ("Foreign Minister X of Austria
    and Y": the country is X's, no party between the two)."""
    tg, s = ctx.article.tg, ctx.sentence.span
    j = p.end
    if p.kind != OFFICIAL or j + 1 >= s.end or tg.norms[j] not in ctx.article.words.genitive:
        return j
    k = j + 1 + (tg.norms[j + 1] in ctx.article.words.article)
    h = tg.hits.get(k)
    return h.end if h is not None and h.kind == "country" and h.start == k else j


def belongs(entities: Entities, p: Part, q: Part) -> bool:
    """``p`` is an official of the body ``q`` (or of a body whose words it holds)."""
    if p.kind != OFFICIAL or q.kind != AGENCY:
        return False
    words = entities.agencies[entities.acanon(q.ref)].words
    return any(
        entities.agencies[entities.acanon(a)].words <= words
        for a in entities.officials[entities.canon(p.ref)].agencies
        if entities.agencies[entities.acanon(a)].words
    )


# ---------------------------------------------------------------- speakers by word order
def _speakers_vso(ctx: CueContext, after: tuple[Part, ...], state: Discourse) -> list[Part]:
    tg, h, before = ctx.article.tg, ctx.hit, _unaddressed(ctx)
    # "said the minister", "said the ministry"; an honorific may stand between
    if after and (
        after[0].start == h.end
        or 0 < after[0].start - h.end <= 3
        and all(tg.kind(k) == "title" for k in range(h.end, after[0].start))
        or _circumstance_pronoun(ctx, h.end, after[0].start)
    ):  # honorifics may stand between ("stressed His Highness Sheikh X")
        return [_turned_title(ctx, state, _body_post_holder(ctx, after[0]) or after[0])]
    if (
        after
        and after[0].start - h.end <= 3
        and any(n in ctx.article.words.statement_noun for n in tg.norms[h.end : after[0].start])
    ):
        return [
            after[0]
        ]  # "a statement by the ministry said", "said a statement issued by the presidency"
    styled = _style_holder(ctx, state)
    if styled is not None:
        return [styled]  # "and His Highness noted": the official last named with that style
    # a title right after the verb (an honorific alone is none): the verb's own subject
    unnamed = unnamed_after(ctx)
    titled = unnamed is not None and unnamed[0] is not None
    if (
        state.subject_here is not None
        and (_after_comma_adverb(ctx) or _comma_and(ctx))
        and not titled
    ):
        # "X met Y, where [he] stressed …", "X met Y, and [he] expressed …": X, the clause's subject
        # (not "…, while the UN official praised …": a titled subject of its own after the verb)
        return [state.subject_here]
    antecedent = _relative_antecedent(ctx, before)
    if antecedent is not None:
        return [antecedent]
    if before and _right_before(ctx, before[-1]) and not _after_and(ctx, before[-1]):
        return [before[-1]]
    inner = _reported_subject(ctx, state)
    if inner is not None:
        return [inner]
    # the clause subject before a participle cue: "the minister visited Lebanon … stressing …"
    subj = [p for p in before if p.kind == OFFICIAL and not p.after_bi]
    if subj and not titled:
        return [subj[0]]
    found = holder(ctx, state, unnamed) if unnamed is not None else []
    turn = _turn_speaker(ctx, state) if unnamed is None or _spoke_last(ctx, state, found) else None
    if unnamed is not None:
        if turn is not None:  # the other side's official, named by the title after the verb
            return [Part(OFFICIAL, turn.ref, found[0].start, found[0].end)]
        return found
    if turn is not None:
        return [turn]
    if state.speaker is not None:
        return [state.speaker]
    return [state.topic] if state.topic else []


def _body_post_holder(ctx: CueContext, p: Part) -> Part | None:
    """ "added the undersecretary of the ministry" ("wa-adafa wakil al-wizara"): a post of a person
    between the verb and the body names the one official of that body who holds it."""
    tg, ents = ctx.article.tg, ctx.article.entities
    posts = [tg.hits.get(j) for j in range(ctx.hit.end, p.start)]
    roles = {h.info[2] for h in posts if h is not None and h.kind == "title" and h.info[2]}
    if (
        p.kind != AGENCY
        or not roles
        or any(h is not None and h.info[0] == _HONORIFIC for h in posts)
    ):
        return None
    body = ents.acanon(p.ref)
    found = {
        ents.canon(oi)
        for oi, o in enumerate(ents.officials)
        if roles & o.roles and body in {ents.acanon(a) for a in o.agencies}
    }
    return Part(OFFICIAL, found.pop(), ctx.hit.end, p.end) if len(found) == 1 else None


_ANTECEDENT_GAP = 20  # "X, <his post>, who said": at most this many tokens of post


def _relative_antecedent(ctx: CueContext, before: tuple[Part, ...]) -> Part | None:
    """ "… met X, head of the fund, who pointed to …" (VSO): a say verb right after a comma and a
    relative pronoun is said by the official the relative clause hangs on, the last one named
    before it (his post and its bodies between), not the subject of the sentence."""
    tg, k = ctx.article.tg, ctx.k
    if k < 2 or tg.norms[k - 1] not in ctx.article.words.relative or tg.texts[k - 2] not in _COMMAS:
        return None
    last = [p for p in before if p.end <= k - 2]
    person = next((p for p in reversed(last) if p.kind == OFFICIAL), None)
    if person is None or k - 2 - person.end > _ANTECEDENT_GAP:
        return None
    return person


def _circumstance_pronoun(ctx: CueContext, lo: int, hi: int) -> bool:
    """ "wa-a'raba khilalahu X 'an …": a circumstance word carrying a pronoun (the call or meeting
    just told) is the only token between the verb and the party, who is still its subject (not
    "fihi", "in it": "da'a fihi X ila" calls on X)."""
    if hi - lo != 1:
        return False
    words, n = ctx.article.words, ctx.article.tg.norms[lo]
    during = words.circumstance - words.venue_prep - words.posted_to
    return any(n == c + x for c in during for x in words.possessive_suffix)


def _spoke_last(ctx: CueContext, state: Discourse, found: list[Part]) -> bool:
    """The one official found is the speaker so far."""
    last, ents = state.speaker or state.topic, ctx.article.entities
    return (
        len(found) == 1
        and last is not None
        and found[0].kind == last.kind == OFFICIAL
        and ents.canon(found[0].ref) == ents.canon(last.ref)
    )


def _turned_title(ctx: CueContext, state: Discourse, p: Part) -> Part:
    """ "min jihatiha, akkadat al-safira …": a bare title right after the verb that the speaker so
    far holds too, after a turn word: the other side's official holding it (:func:`_turn_speaker`),
    at the title's place; else ``p``."""
    tg = ctx.article.tg
    if p.kind != OFFICIAL or not all(tg.kind(k) == "title" for k in range(p.start, p.end)):
        return p
    if not _spoke_last(ctx, state, [p]):
        return p
    turn = _turn_speaker(ctx, state)
    return p if turn is None else Part(OFFICIAL, turn.ref, p.start, p.end)


def _turn_speaker(ctx: CueContext, state: Discourse) -> Part | None:
    """ "min jihatihi, ashada <a name no entity holds> …": a turn word opening the sentence gives
    the floor to the other side of the meeting told, whose first official (or the head of its
    delegation) speaks, not the one who spoke so far. The floor passes once: a statement told
    after the turn word in its sentence ("min jihatiha, ashadat …، wa-qalat …") was the other
    side's already, and the next verb goes on with it."""
    s, frame = ctx.sentence.span, state.principals or state.frame
    current = state.speaker or state.topic
    if frame is None or current is None or current.kind != OFFICIAL or state.said_here:
        return None
    if not any(
        ch.info[0] == SAY_TURN and ch.start <= s.start + 1 and ch.end <= ctx.hit.start
        for _c, ch in ctx.sentence.cues
    ):
        return None
    ents = ctx.article.entities
    who = ents.canon(current.ref)
    for n, side in enumerate(frame):
        if any(p.kind == OFFICIAL and ents.canon(p.ref) == who for p in side):
            # a delegation side speaks through its head ("a delegation headed by X")
            other = [_head_of(ctx.article, p) or p for p in frame[1 - n]]
            return next((p for p in other if p.kind == OFFICIAL), None)
    return None


def _reported_subject(ctx: CueContext, state: Discourse) -> Part | None:
    """ "the spokesman said that Minister X reviewed A, and stressed B": a say verb coordinated
    inside a reported clause that opens with an official (right after the complementiser) and his
    own verb continues that official's clause; the official, not the reporter, says B."""
    s = ctx.sentence.span
    if not s.start <= state.reported_from < ctx.k or not _coordinated_clause(ctx):
        return None
    i = state.reported_from + 1
    parts = ctx.sentence.parts
    p = next((p for p in parts if p.start == i and p.kind == OFFICIAL), None)
    if p is None or p == state.speaker or p.end >= ctx.k:
        return None
    # the official's own verb follows him (no party right after: "that X and Y", "that X, Y")
    return None if any(q.start == p.end for q in parts) else p


def _addressed(ctx: CueContext) -> bool:
    """ "akkada laha …": an addressee pronoun right after the verb."""
    e = ctx.hit.end
    return e < ctx.sentence.span.end and ctx.article.tg.norms[e] in ctx.article.words.addressee


def _unaddressed(ctx: CueContext) -> tuple[Part, ...]:
    """The parties before the verb, less the one an addressee pronoun after it points back to
    ("met the Prime Minister, Mrs X, and affirmed to her …": the last one named, who was told)."""
    before = ctx.before
    if not before or not _addressed(ctx):
        return before
    ents, last = ctx.article.entities, before[-1]
    if last.kind != OFFICIAL:
        return before
    told = ents.canon(last.ref)
    return tuple(p for p in before if p.kind != OFFICIAL or ents.canon(p.ref) != told)


def _style_holder(ctx: CueContext, state: Discourse) -> Part | None:
    """The verb's subject is a style with a pronoun suffix (``style_pronoun``: "His Highness")
    and the clause's subject or the speaker so far is not named with it ("the crown prince
    discussed with X, and His Highness noted"): the official last named after that style, in
    this sentence or one before."""
    tg, j = ctx.article.tg, ctx.hit.end
    if j >= len(tg.norms) or tg.norms[j] not in tg.W.style_pronoun:
        return None
    pron, parts = tg.norms[j], ctx.article.entities.parts
    subj = [p for p in ctx.before if p.kind == OFFICIAL and not p.after_bi]
    default = subj[0] if subj else state.speaker or state.topic
    if default is None or _styled(ctx, default, pron):
        return None
    for si in range(ctx.sentence.index, -1, -1):
        for p in reversed(parts.get(si, ())):
            if p.kind == OFFICIAL and p.start < ctx.k and _styled(ctx, p, pron):
                return p
    return None


def restyled(ctx: CueContext, pron: str, carried: Part) -> Part | None:
    """A style with a pronoun suffix ("kama istaqbala ma'alihi") carrying an official never named
    with that style so far: the official last named after it, in this sentence or one before;
    None when the one carried was so named (or no one was)."""
    ents = ctx.article.entities
    own = ents.canon(carried.ref) if carried.kind == OFFICIAL else None
    styled: list[Part] = [
        p
        for si in range(ctx.sentence.index + 1)
        for p in ents.parts.get(si, ())
        if p.kind == OFFICIAL and p.start < ctx.k and _styled(ctx, p, pron)
    ]
    if not styled or any(ents.canon(p.ref) == own for p in styled):
        return None
    return styled[-1]


def _styled(ctx: CueContext, p: Part, pron: str) -> bool:
    """The mention ``p`` is named after the style the pronoun ``pron`` stands for: in it or in
    the few words before it, another official's mention not between ("received His Majesty the
    King [the Prime Minister of X]": the style is the king's, not the guest's)."""
    tg, lo = ctx.article.tg, max(0, p.start - 3)
    taken = _other_officials_between(ctx.article.entities, p, lo)
    start = p.start
    while start > lo and start - 1 not in taken:
        start -= 1
    words = (tg.P.strip_definite(tg.norms[k]) for k in range(start, p.end))
    return any(_styled_as(pron, w) for w in words)


def _other_officials_between(ents: Entities, p: Part, lo: int) -> set[int]:
    """The tokens from ``lo`` up to mention ``p`` inside another official's mention."""
    own = ents.canon(p.ref)
    return {
        i
        for ps in ents.parts.values()
        for q in ps
        if q.kind == OFFICIAL and q.start < p.start and q.end > lo and ents.canon(q.ref) != own
        for i in range(q.start, q.end)
    }


def _styled_as(pron: str, word: str) -> bool:
    """``pron`` is the style ``word`` with a pronoun suffix (the feminine ending written open
    before it: one letter of the style differs)."""
    if len(word) < 3 or word == pron:
        return False
    k = len(word) if pron.startswith(word) else len(word) - 1
    return k >= 3 and pron[:k] == word[:k] and len(pron) - k <= 3


# --------------------------------------------------------- a subject the entity stage left unnamed
def _comma_and(ctx: CueContext) -> bool:
    """The verb follows a comma and "and" (", and [he] expressed …")."""
    doc, k = ctx.doc, ctx.k
    return (
        k - 2 >= ctx.sentence.span.start
        and doc[k - 2].is_punct
        and doc[k - 1].norm_ in ctx.article.words.conjunction
    )


def _after_comma_adverb(ctx: CueContext) -> bool:
    """The verb follows a comma and one word that is no "and", no relative and no party (", where
    [he] stressed"): its subject is the subject of the clause before the comma."""
    doc, s, words = ctx.doc, ctx.sentence.span, ctx.article.words
    k = ctx.k
    if k - 2 < s.start or not doc[k - 2].is_punct or doc[k - 1].is_punct:
        return False
    norm = doc[k - 1].norm_
    return (
        norm not in words.conjunction
        and norm not in words.relative
        and ctx.article.tg.kind(k - 1) is None
        and not any(p.start <= k - 1 < p.end for p in ctx.sentence.parts)
    )


def _title_at(ctx: CueContext, i: int) -> Hit | None:
    tg = ctx.article.tg
    h = tg.at(i, "title")
    if (
        h is None
        and i + 1 < ctx.sentence.span.end
        and tg.norms[i] in ctx.article.words.person_noun
        and _nisba_near(ctx, i + 1, i + 2) is not None
    ):
        # "qala al-mas'ul al-Brazili": a person noun that is no title row, with its nisba
        return _person_title(tg, i)
    return h if h is not None and h.info[0] in _TITLE_HEADS else None


def _person_title(tg: Tagger, i: int) -> Hit:
    """A person noun at ``i`` that is no title row ("the official") read as a role title: with
    a nisba it stands for any official of that country (see holder)."""
    return Hit("title", i, i + 1, tg.norms[i], ("role", None, None))


def _nisba_near(ctx: CueContext, start: int, end: int) -> Hit | None:
    """A nisba among tokens start..end ("the Chinese envoy")."""
    tg = ctx.article.tg
    return next(
        (
            h
            for i in range(start, end)
            if (h := tg.at(i, "country")) is not None and h.info[1] != "name"
        ),
        None,
    )


Unnamed = tuple[
    Hit | None, str | None, int
]  # (title, country of its nisba, where the mention ends)


def guest_at(tg: Tagger, i: int) -> Hit | None:
    """ "the guest" (a role title of the visitor) at token ``i``, or right after the title opening
    there ("al-wazir al-dayf": the visiting minister)."""
    h = tg.at(i, "title")
    if h is not None and h.start == i and h.info[2] != GUEST:
        h = tg.at(h.end, "title")
    return h if h is not None and h.info[2] == GUEST else None


def unnamed_after(ctx: CueContext, at: int | None = None) -> Unnamed | None:
    """A subject right after the verb (or at token ``at``) that is no participant: a title ("the
    Chinese envoy") or an honorific and a name."""
    tg, i = ctx.article.tg, ctx.hit.end if at is None else at
    honorific = tg.at(i, "title")
    if honorific is not None and honorific.info[0] == "honorific":
        i = honorific.end
    title = _title_at(ctx, i)
    if title is not None:
        end = title.end
        while (adj := tg.at(end, "title")) is not None and adj.info[0] == "adjective":
            end = adj.end  # "the official spokesman": the adjective is the title's
        guest = guest_at(tg, end)
        if guest is not None:
            title, end = guest, guest.end  # "al-wazir al-dayf": the visiting one, the guest
        # the guest's nisba stands right after it ("al-dayf al-Kini"), not after the next word
        # ("nawwaha al-dayf bi-l-dawr al-Umani": the role he praised)
        # nor after a word with a preposition glued to its article ("ashadat al-safira bi-l-dawr
        # al-Umani": the nisba is the role's, the ambassador is British)
        reach = 1 if title.info[2] == GUEST or _glued_prep_at(ctx, end) else 2
        nisba = _nisba_near(ctx, end, min(ctx.sentence.span.end, end + reach))
        return title, nisba.info[0] if nisba else None, nisba.end if nisba else end
    return (None, None, i) if honorific is not None and honorific.info[0] == "honorific" else None


def _glued_prep_at(ctx: CueContext, i: int) -> bool:
    """Token ``i`` opens with a clitic glued to the article ("bi-l-", "li-l-"): a phrase of its
    own, no word of the title before it."""
    clitics = ctx.article.words.article_clitic
    return (
        bool(clitics)
        and i < ctx.sentence.span.end
        and ctx.article.tg.norms[i].startswith(tuple(clitics))
    )


def unnamed_before(ctx: CueContext) -> Unnamed | None:
    """A title before the verb, a nisba or a particle at most between ("The Iranian official added",
    "the Kenyan minister had met")."""
    tg, s, k = ctx.article.tg, ctx.sentence.span, ctx.k
    lo = max(
        s.start,
        k - _UNNAMED_GAP - 1,
        max((p.end for p in ctx.sentence.parts if p.end <= k), default=s.start),
    )
    person = ctx.article.words.person_noun
    j = next(
        (
            j
            for j in range(k - 1, lo - 1, -1)
            if tg.kind(j) == "title" or tg.is_punct[j] or tg.norms[j] in person
        ),
        None,
    )
    h = tg.hits.get(j) if j is not None and tg.kind(j) == "title" else None
    if h is None and j is not None and tg.norms[j] in person:
        # "the Iranian official had met": a person noun that is no title row
        h = _person_title(tg, j)
    if h is None or h.info[0] not in _TITLE_HEADS:
        return None
    nisba = _nisba_near(ctx, h.end, k) or _nisba_near(ctx, max(s.start, h.start - 2), h.start)
    return h, nisba.info[0] if nisba else None, max(h.end, nisba.end if nisba else 0)


def holder(ctx: CueContext, state: Discourse, unnamed: Unnamed) -> list[Part]:
    """Who an unnamed subject is: the carried speaker when they hold the title, else the only
    official who does, else the agency the title names ("a spokesperson for the ministry": a
    statement by an unnamed spokesperson belongs to the agency)."""
    title, iso, end = unnamed
    if title is None:
        return []  # a person the entity stage did not name: not the carried speaker
    ents = ctx.article.entities
    role = title.info[2]
    if role == GUEST:  # "the guest": the received side of the current meeting
        guests = [p for p in (state.frame[1] if state.frame else ()) if p.kind == OFFICIAL]
        return [Part(OFFICIAL, guests[0].ref, title.start, end)] if guests else []

    # "the official": any official of the nisba's country
    anyone = title.key in ctx.article.words.person_noun

    def holds(oi: int) -> bool:
        o = ents.officials[oi]
        return (role in o.roles or (anyone and iso is not None)) and (
            iso is None or o.country == iso
        )

    # the speaker or the topic who holds the title, the one named last first ("X said …; Y
    # received Z. The minister praised …": Y, when both are ministers)
    carried = max(
        (
            c
            for c in (state.speaker, state.topic)
            if c is not None and c.kind == OFFICIAL and holds(ents.canon(c.ref))
        ),
        key=lambda c: c.start,
        default=None,
    )
    if carried is not None:
        found = [carried.ref]
    else:
        found = sorted({ents.canon(i) for i in range(len(ents.officials)) if holds(ents.canon(i))})
    if not found and title.info[0] == "role" and iso is None:
        found = _apposed_holders(ctx, role)
    if len(found) > 1 and state.frame is not None:
        # "The Uzbek official also met …" with two Uzbek officials in the text: the one who is a
        # party of the meeting told last
        framed = {ents.canon(p.ref) for side in state.frame for p in side if p.kind == OFFICIAL}
        found = [oi for oi in found if oi in framed] or found
    if len(found) > 1:
        found = _called_so(ctx, found, title.start, end)
    if len(found) == 1:
        return [Part(OFFICIAL, found[0], title.start, end)]
    words = ctx.article.words
    links = words.on_behalf | words.genitive | words.article
    named = [
        p
        for p in ctx.sentence.parts
        if p.kind == AGENCY
        and 0 <= p.start - end <= _OF_AGENCY
        and all(n in links for n in ctx.article.tg.norms[end : p.start])
    ]
    return named[:1] if title.info[0] == "role" else []


_APPOSED_WORDS = 3  # "X, the Official Spokesperson": at most this many words before the title


def _apposed_holders(ctx: CueContext, role: str | None) -> list[int]:
    """ "X, the Official Spokesperson of the Ministry, stated …" told before: the one official whose
    mention a comma and the title follow (an article and a plain word between) holds it, though
    the entity stage kept another title for him ("Ambassador X")."""
    tg, ents, words = ctx.article.tg, ctx.article.entities, ctx.article.words
    stops = words.relative | words.conjunction
    found: set[int] = set()
    for si in range(ctx.sentence.index + 1):
        for p in ents.parts.get(si, ()):
            j = mention_end(ctx, p)
            if p.kind != OFFICIAL or j >= ctx.k or tg.texts[j] not in _COMMAS:
                continue
            for i in range(j + 1, min(len(tg.norms), j + 1 + _APPOSED_WORDS)):
                h = tg.at(i, "title")
                if h is not None and h.info[0] == "role":
                    if h.info[2] == role:
                        found.add(ents.canon(p.ref))
                    break
                if not tg.is_alpha[i] or tg.kind(i) is not None or tg.norms[i] in stops:
                    break  # an article or a plain word ("Official") only before the title
    return sorted(found)


def _called_so(ctx: CueContext, found: list[int], start: int, end: int) -> list[int]:
    """Of several holders of a title, the one the text already calls by the very words the
    sentence uses from the title on: "the Foreign Minister said" after "the Foreign Minister, X,
    met … the Ethiopian Foreign Minister, Y": the bare form is X's alias, Y's title carries a
    nisba (or another gender)."""
    tg, s = ctx.article.tg, ctx.sentence.span
    stop = min(s.end, start + _CALLED_SO_WORDS)
    forms = {normalize_key(" ".join(tg.texts[start:j])): j - start for j in range(end, stop + 1)}
    ents = ctx.article.entities
    reach = {
        oi: max((forms.get(normalize_key(a), 0) for a in ents.officials[oi].aliases), default=0)
        for oi in found
    }
    longest = max(reach.values())
    named = [oi for oi in found if longest and reach[oi] == longest]
    return named if len(named) == 1 else found


_CALLED_SO_WORDS = 6


def _right_before(ctx: CueContext, p: Part) -> bool:
    """``p`` is the subject standing before the verb: no clause boundary between, but a relative
    ("X, who welcomed")."""
    between = list(ctx.doc[p.end : ctx.k])
    if len(between) > 2:
        return False
    return all(
        not t.is_punct
        or (n + 1 < len(between) and between[n + 1].norm_ in ctx.article.words.relative)
        for n, t in enumerate(between)
    )


def _after_and(ctx: CueContext, p: Part) -> bool:
    """VSO: "and" stands between ``p`` and the verb ("X conveyed greetings to Y [and] expressed
    …"): the verb opens a clause coordinated with the one before, whose subject it shares; the
    person right before it closes that clause (an object), it is not the verb's subject."""
    tg = ctx.article.tg
    return any(tg.norms[k] in ctx.article.words.conjunction for k in range(p.end, ctx.k))


def _relative_clause(doc: Doc, start: int, end: int, relative: frozenset[str]) -> bool:
    """Tokens start..end are ", who/which … ," (a relative clause between subject and verb), or
    "who … ," right after a subject whose apposition ends it ("X, the envoy who led the talks,")."""
    toks = [t.text for t in doc[start:end]]
    if len(toks) >= 2 and toks[0].lower() in relative and toks[-1] == ",":
        return len(toks) <= _APPOSITION_MAX and "," not in toks[:-1]
    return len(toks) >= 3 and toks[0] == "," and toks[1].lower() in relative and toks[-1] == ","


#: the longest apposition between a subject and its verb, in tokens with its two commas
#: ("X, the envoy to the regional talks on water, said")
_APPOSITION_MAX = 12


def _apposition(ctx: CueContext, start: int, end: int) -> bool:
    """Tokens start..end are ", the/his + a title … ," an apposition about the subject before it
    (longer than an aside, but opening with an article or possessive and a title)."""
    doc, words = ctx.doc, ctx.article.words
    toks = doc[start:end]
    if not (4 <= len(toks) <= _APPOSITION_MAX and toks[0].text == "," and toks[-1].text == ","):
        return False
    if any(t.text in _COMMAS for t in toks[1:-1]):
        return False
    lead = toks[1].norm_ in words.article or toks[1].norm_ in words.possessive
    tg = ctx.article.tg
    titled = any(tg.kind(i) == "title" for i in range(start + 1, min(start + 5, end)))
    return lead and titled


def _participial_aside(ctx: CueContext, start: int, end: int) -> bool:
    """Tokens start..end are ", speaking at a news conference in Amman," between the subject and
    its verb: a lower-case opener (a participle or adverbial phrase, in a cased language), no
    party and no statement of its own inside."""
    tg, words = ctx.article.tg, ctx.article.words
    n = end - start
    if not (4 <= n <= _APPOSITION_MAX + 4 and tg.P.cased):
        return False
    if tg.texts[start] != "," or tg.texts[end - 1] != ",":
        return False
    if any(tg.texts[i] in _COMMAS for i in range(start + 1, end - 1)):
        return False
    opener, norm = tg.texts[start + 1], tg.norms[start + 1]
    if not (tg.is_alpha[start + 1] and opener[:1].islower()) or norm in words.conjunction:
        return False
    if any(start < p.start < end for p in ctx.sentence.parts):
        return False
    return not any(ch.info[0] in STARTS for c, ch in ctx.sentence.cues if start < c < end)


def _parenthetical(doc: Doc, start: int, end: int) -> bool:
    """Tokens start..end are a short aside between commas ("X, for his part, commended")."""
    toks = [t.text for t in doc[start:end]]
    return 3 <= len(toks) <= 6 and toks[0] == "," and toks[-1] == ","


def _quoted_speakers_title(ctx: CueContext, state: Discourse) -> list[Part]:
    """'"…," the minister added.' after a statement of another minister: a title alone that
    attributes a quotation opening its sentence is the last speaker's when they hold it (the
    entity stage may have given the bare title to another holder)."""
    tg, sp, p = ctx.article.tg, state.speaker, ctx.before[-1]
    s = ctx.sentence.span
    if (
        sp is None
        or sp.kind != OFFICIAL
        or p.kind != OFFICIAL
        or tg.texts[s.start] not in _OPENING_QUOTES
    ):
        return []
    ents = ctx.article.entities
    if ents.canon(p.ref) == ents.canon(sp.ref):
        return []
    heads = [tg.hits.get(j) for j in range(p.start, p.end)]
    if not all(h is not None and h.kind == "title" for h in heads):
        return []  # a name, not a title alone
    roles = [set(r.split()) for r in ents.officials[ents.canon(sp.ref)].roles]
    if not any(h is not None and set(h.info[2].split()) <= r for h in heads for r in roles):
        return []  # "the minister" is the foreign minister's too
    return [Part(OFFICIAL, sp.ref, p.start, p.end)]


def _subject_group(ctx: CueContext) -> list[Part]:
    """The party right before the verb and those coordinated with it ("The Secretary and Foreign
    Minister affirmed")."""
    doc, before, words = ctx.doc, ctx.before, ctx.article.words
    group = [_genitive_head(ctx, len(before) - 1)]
    listed = False  # a list "X, Y and Z" closes with "and": a bare comma before it is no list
    for p in reversed(before[: before.index(group[0])]):
        stop = _styled_start(ctx, p.end, group[0].start)
        text = doc[p.end : stop].text.strip()
        between = text.strip(",")
        if between and (_conjoined(between.lower().split(), words) or _post_and(ctx, p.end, stop)):
            listed = True
        elif not (
            between == "" and p.kind == group[0].kind == OFFICIAL and (listed or "," not in text)
        ):
            break
        group.insert(0, p)
    return group


def _styled_start(ctx: CueContext, lo: int, start: int) -> int:
    """Where the honorifics right before a party (after ``lo``) start: "and Mr. X" coordinates X
    as "and X" does."""
    hits = ctx.article.tg.hits
    i = start
    while i > lo:
        h = hits.get(i - 1)
        if h is None or h.kind != "title" or h.info[0] != _HONORIFIC or h.end != i:
            break
        i = h.start
    return i


def _conjoined(between: list[str], words: WordLists) -> bool:
    """ "and", or "and his/her" ("X and his Iraqi counterpart Y said"): two subjects of one verb."""
    return (
        bool(between)
        and between[0] in words.conjunction
        and all(w in words.possessive for w in between[1:2])
        and len(between) <= 2
    )


def _genitive_head(ctx: CueContext, n: int) -> Part:
    """Party ``n`` before the verb, or the official it complements ("President X of France said":
    X, not France)."""
    before, tg = ctx.before, ctx.article.tg
    p = before[n]
    if n == 0 or p.kind == OFFICIAL or p.start < 1:
        return p
    head = before[n - 1]
    if (
        head.kind == OFFICIAL
        and head.end == p.start - 1
        and tg.norms[p.start - 1] in ctx.article.words.genitive
    ):
        return head
    return p


_MALE, _FEMALE = "m", "f"
_HONORIFIC = "honorific"  # a title class: "Mr", "al-sayyid"


def of_pronoun_gender(
    ctx: CueContext, lo: int, carried: list[Part], frame: Frame | None = None
) -> list[Part]:
    """ "Ms. X met Vice President Y. The Vice President assured her … She also held talks with Z":
    a gendered pronoun carries the last official the text marks of its gender (an honorific: "Ms.",
    "Mr."), when the one carried is marked the other way, or (for "she") not at all."""
    words, norms = ctx.article.words, ctx.article.tg.norms
    pron = next((norms[i] for i in range(lo, ctx.k) if norms[i] in words.pronoun), None)
    if len(carried) != 1 or carried[0].kind != OFFICIAL or pron is None:
        return carried
    want = _FEMALE if pron in words.feminine_pronoun else None
    if pron in words.masculine_pronoun:
        want = _MALE
    marks = _gender_marks(ctx)
    have = marks.get(ctx.article.entities.canon(carried[0].ref))
    if want is None or have == want or (want == _MALE and have is None):
        return carried
    ents = ctx.article.entities
    for si in range(ctx.sentence.index, -1, -1):
        for p in reversed(ents.parts.get(si, ())):
            if p.kind == OFFICIAL and p.end <= lo and marks.get(ents.canon(p.ref)) == want:
                keep = have is None and (
                    _outside_frame(ents, frame, p, carried[0])
                    or _companion_of(ents, frame, p, carried[0])
                )
                return carried if keep else [p]
    return carried


def _companion_of(ents: Entities, frame: Frame | None, p: Part, carried: Part) -> bool:
    """ "X, who was accompanied by Ms. A, called on Y. She welcomed …" (X unmarked): the woman
    came with the one carried, who leads their side of the meeting told last: the pronoun keeps
    the one carried."""
    lead, other = ents.canon(carried.ref), ents.canon(p.ref)
    return frame is not None and any(
        side
        and side[0].kind == OFFICIAL
        and ents.canon(side[0].ref) == lead
        and any(q.kind == OFFICIAL and ents.canon(q.ref) == other for q in side[1:])
        for side in frame
    )


def _outside_frame(ents: Entities, frame: Frame | None, p: Part, carried: Part) -> bool:
    """ "X spoke by phone to Y. She welcomed …" (X unmarked): the marked woman took no part in
    the meeting or call told last, the one carried did: the pronoun keeps the one carried."""
    if frame is None:
        return False
    sides = {ents.canon(q.ref) for side in frame for q in side if q.kind == OFFICIAL}
    return ents.canon(carried.ref) in sides and ents.canon(p.ref) not in sides


def _gender_marks(ctx: CueContext) -> dict[int, str]:
    """The officials the text marks a woman or a man so far: an honorific in a mention or right
    before it ("the Executive Director, Ms. X", "Her Excellency X"); one marked both ways is
    marked neither."""
    ents = ctx.article.entities
    marks: dict[int, str] = {}
    for si in range(ctx.sentence.index + 1):
        for p in ents.parts.get(si, ()):
            if p.kind != OFFICIAL or p.start >= ctx.k:
                continue
            mark = _honorific_mark(ctx, max(0, p.start - 1), p.end)
            o = ents.canon(p.ref)
            if mark is not None:
                marks[o] = mark if marks.get(o, mark) == mark else ""
    return marks


def _honorific_mark(ctx: CueContext, lo: int, hi: int) -> str | None:
    """The gender the last honorific starting in ``lo:hi`` marks, if any."""
    tg, words = ctx.article.tg, ctx.article.words
    for i in range(hi - 1, lo - 1, -1):
        h = tg.hits.get(i)
        if h is not None and h.kind == "title" and h.info[0] == _HONORIFIC and h.start == i:
            first = tg.norms[i]
            if first in words.feminine_honorific:
                return _FEMALE
            if first in words.masculine_honorific:
                return _MALE
            return None
    return None


def _carried(state: Discourse, person: bool = False) -> list[Part]:
    """The speaker a pro-drop verb or a pronoun carries over (a person for "he"/"she")."""
    if (
        person
        and (state.speaker is None or state.speaker.kind != OFFICIAL)
        and state.topic is not None
    ):
        return [state.topic]
    sp = state.speaker or state.topic
    return [sp] if sp else []


def _speakers_svo(ctx: CueContext, after: tuple[Part, ...], state: Discourse) -> list[Part]:
    aux = ctx.k
    while aux > ctx.sentence.span.start and ctx.doc[aux - 1].norm_ in ctx.article.words.auxiliary:
        aux -= 1
    if ctx.sentence.span.start < aux < ctx.k and ctx.doc[aux - 1].text in _COMMAS:
        ctx = replace(ctx, k=aux)  # "X, who visited Y last month, has urged": the aside's end
    doc, k, h, before, words = ctx.doc, ctx.k, ctx.hit, ctx.before, ctx.article.words
    prev = doc[k - 1] if k > 0 else None
    if prev is not None and prev.norm_ in words.conjunction:
        # "…, and said": the subject of the coordinated clause, not the object before "and"
        first = [p for p in ctx.sentence.parts if p.start < k and p.kind == OFFICIAL][:1]
        carried = list(state.subjects) or first or _carried(state)
        if carried:
            return carried
    aside = (
        _quoted_before_inverted(ctx, after)
        or _aside_subject(ctx)
        or _relative_subject(ctx)
        or _titled_apposition(ctx)
        or _fronted_title_subject(ctx, state)
    )
    if aside:
        return aside
    end = mention_end(ctx, before[-1]) if before else k  # "X of Jordan, speaking …, said"
    if before and (
        k - end <= 3
        or _relative_clause(doc, end, k, words.relative)
        or _parenthetical(doc, end, k)
        or _apposition(ctx, end, k)
        or _participial_aside(ctx, end, k)
    ):
        return _quoted_speakers_title(ctx, state) or _subject_group(ctx)
    if _pronoun_before(ctx):
        here = state.subject_here  # "X met Y, during which he stressed": this sentence's subject
        if here is not None and here.kind == OFFICIAL and here.end <= k:
            return [here]
        carried = _carried(state, person=True)  # "he added": a person, not an agency speaker
        if carried:  # "she stressed" after a man spoke: the last official marked a woman
            lo = max(ctx.sentence.span.start, ctx.k - 2)
            return of_pronoun_gender(ctx, lo, carried, state.frame)
        first = [p for p in before if p.kind == OFFICIAL and not p.after_bi][:1]
        if first:  # "X gave a speech in which he stressed": nothing carried yet, the first official
            return first
    unnamed = unnamed_before(ctx)
    if unnamed is not None:
        return holder(ctx, state, unnamed)
    # "Y told KUNA after the meeting that …" (Y no entity): KUNA was told, no inverted speaker
    inverted = after and after[0].start - h.end <= 1 and h.key in words.inverted_say
    if inverted and not _addressee_then_that(ctx, after[0]) and not _noun_before(ctx):
        if len(after) > 1 and after[0].kind != OFFICIAL and after[1].kind == OFFICIAL:
            gap = doc[after[0].end : after[1].start]
            if len(gap) <= 4 and all(t.is_alpha and t.norm_ not in words.conjunction for t in gap):
                return [after[1]]  # "attributable to NSC Spokesperson X": the body is X's title
        return [after[0]]
    return []


def _noun_before(ctx: CueContext) -> bool:
    """ "two officials with knowledge of the talks told Reuters, speaking …" (a cased language): a
    lower-case word of no lexicon but a cue ("talks") right before the verb closes its unnamed
    subject, and the body after the verb was told; an inverted verb follows what was said (a
    comma, a quotation mark) or an auxiliary ("is attributable to")."""
    tg, k = ctx.article.tg, ctx.k
    if not tg.P.cased or k <= ctx.sentence.span.start:
        return False
    j = k - 1
    return (
        tg.is_alpha[j]
        and tg.texts[j].islower()
        and tg.kind(j) in (None, "cue")
        and tg.norms[j] not in ctx.article.words.auxiliary
    )


def _fronted_title_subject(ctx: CueContext, state: Discourse) -> list[Part]:
    """ "In her meeting with Y, the Secretary underscored …" (SVO): a bare title right before the
    verb, after the comma closing a phrase that opens the sentence (no party at its start), is the
    subject, not Y inside the phrase: the holder of the title."""
    tg, s, k = ctx.article.tg, ctx.sentence.span, ctx.k
    if not ctx.before or any(p.start == s.start for p in ctx.sentence.parts):
        return []
    if tg.kind(s.start) is not None:
        return []
    end = mention_end(ctx, ctx.before[-1])
    unnamed = unnamed_before(ctx)
    if unnamed is None or unnamed[0] is None or unnamed[2] != k:
        return []
    j = unnamed[0].start - 1
    while j > end and tg.norms[j] in ctx.article.words.article:
        j -= 1
    if j < end or not tg.is_punct[j]:
        return []
    return [p for p in holder(ctx, state, unnamed) if p.kind == OFFICIAL]


def _addressee_then_that(ctx: CueContext, p: Part) -> bool:
    """ "told KUNA (after the meeting) that …" (SVO): the complementiser follows the party after
    the verb, a few words at most between: that party is the one told, an inverted speaker
    takes no complement clause ('"…," said X')."""
    tg, doc, end = ctx.article.tg, ctx.doc, mention_end(ctx, p)
    if any(t.is_quote for t in doc[ctx.sentence.span.start : ctx.k]):
        return False  # '"…," said X to reporters': a quotation before the verb
    for i in range(end, min(ctx.sentence.span.end, end + _TOLD_REACH)):
        if tg.norms[i] in ctx.article.words.complementiser:
            return True
        if tg.is_punct[i]:
            return False
    return False


_TOLD_REACH = 5  # "told KUNA after the meeting that"


def _quoted_before_inverted(ctx: CueContext, after: tuple[Part, ...]) -> list[Part]:
    """'"… in the EU," said the High Representative': an inverted verb of saying right before its
    speaker, a quotation mark between the last party before it and the verb (that party was
    inside the quotation): the party after the verb."""
    h, words, before = ctx.hit, ctx.article.words, ctx.before
    if not (before and after and after[0].start - h.end <= 1 and h.key in words.inverted_say):
        return []
    end = mention_end(ctx, before[-1])
    return [after[0]] if any(t.is_quote for t in ctx.doc[end : ctx.k]) else []


def _pronoun_before(ctx: CueContext) -> bool:
    """A subject pronoun right before the verb, or with one adverb between ("he also noted")."""
    doc, k, s, words = ctx.doc, ctx.k, ctx.sentence.span, ctx.article.words
    prev = [t for t in doc[max(s.start, k - 2) : k]]
    if prev and prev[-1].norm_ in words.pronoun:
        return True
    return (
        len(prev) == 2
        and prev[0].norm_ in words.pronoun
        and not prev[1].is_punct
        and ctx.article.tg.kind(k - 1) is None
        and not any(p.start <= k - 1 < p.end for p in ctx.sentence.parts)
    )


def _aside_subject(ctx: CueContext) -> list[Part]:
    """ "X, speaking at a press conference with Y, said", "X, who met Y, said": the subject before
    an aside between commas, not a party inside the aside; "X, together with Y, said": both (a
    list is no aside)."""
    doc, k, words = ctx.doc, ctx.k, ctx.article.words
    before = [p for p in ctx.sentence.parts if p.end <= k]
    if len(before) < 2 or ctx.article.tg.texts[k - 1] not in _COMMAS:
        return []
    for n in range(len(before) - 2, -1, -1):
        p = before[n]
        if p.end >= k - 1 or ctx.article.tg.texts[p.end] not in _COMMAS:
            continue
        inside = doc[p.end + 1 : k - 1]
        if inside[0].norm_ in words.conjunction or any(t.text in _COMMAS for t in inside):
            return []
        if any(ch.info[0] in STARTS for c, ch in ctx.sentence.cues if p.end < c < k):
            return []  # a statement of its own inside
        rest = [q for q in before[n + 1 :] if q.start > p.end]
        if " ".join(t.norm_ for t in inside[:2]) in words.together:
            return [p, *rest[:1]]
        return [p] if rest else []
    return []


def _titled_apposition(ctx: CueContext) -> list[Part]:
    """ "X, director of the Americas department at the Foreign Ministry, said": the official whose
    title opens the apposition, not a body named inside it."""
    tg, k, s = ctx.article.tg, ctx.k, ctx.sentence.span
    if k - 1 <= s.start or tg.texts[k - 1] not in _COMMAS:
        return []
    c0 = next((j for j in range(k - 2, s.start, -1) if tg.texts[j] in _COMMAS), None)
    if c0 is None or k - c0 > _APPOSITION_MAX + 6:
        return []
    holder = [p for p in ctx.sentence.parts if p.kind == OFFICIAL and p.start < c0 < p.end]
    if not holder or tg.kind(c0 + 1) != "title":
        return []
    return [*_apposed_before(ctx, holder[0]), holder[0]]


def _apposed_before(ctx: CueContext, p: Part) -> list[Part]:
    """ "X, Minister of A, and Mr. Y, Minister of B, said": the titled official coordinated
    right before Y (an apposition of its own closed by a comma, then "and" and honorifics)."""
    j = _styled_start(ctx, ctx.sentence.span.start, p.start)
    if not _comma_and_before(ctx, j):
        return []
    before = [q for q in ctx.sentence.parts if q.kind == OFFICIAL and q.end <= j - 2]
    if not before:
        return []
    q = before[-1]
    # "The Honourable X, Minister of A, and Mr. Y, ...": X's own post (a comma, then title,
    # country and genitive words) may stand outside X's span
    return [q] if q.end == j - 2 or _bare_post(ctx, q.end, j - 2) else []


def _post_and(ctx: CueContext, lo: int, hi: int) -> bool:
    """ "The Honourable X, Minister of A, and Y, Minister of B, issued": X's post set off by commas
    (outside X's span), then "and": X is coordinated with Y."""
    return hi - lo > 3 and _comma_and_before(ctx, hi) and _bare_post(ctx, lo, hi - 2)


def _comma_and_before(ctx: CueContext, j: int) -> bool:
    """Token ``j`` follows a comma and "and" (", and"): what comes before is coordinated."""
    tg = ctx.article.tg
    return (
        j >= 2 and tg.norms[j - 1] in ctx.article.words.conjunction and tg.texts[j - 2] in _COMMAS
    )


def _bare_post(ctx: CueContext, lo: int, hi: int) -> bool:
    """Tokens ``lo:hi`` are a comma then a post: title, body and country words and the genitive
    and article words between them, a title word among them."""
    tg, words = ctx.article.tg, ctx.article.words
    if hi - lo < 2 or tg.texts[lo] not in _COMMAS:
        return False
    kinds = [tg.kind(i) for i in range(lo + 1, hi)]
    return "title" in kinds and all(
        k in ("title", "country", "agency") or tg.norms[i] in words.genitive | words.article
        for i, k in zip(range(lo + 1, hi), kinds, strict=True)
    )


def _relative_subject(ctx: CueContext) -> list[Part]:
    """ "X, the Swedish foreign minister who chaired the talks, said": the titled subject whose
    apposition a relative clause closes (the clause's own verb is no speaker's)."""
    doc, k = ctx.doc, ctx.k
    before = [p for p in ctx.sentence.parts if p.end <= k]
    if not before or ctx.before or ctx.article.tg.texts[k - 1] not in _COMMAS:
        return []
    p = before[-1]
    if p.kind != OFFICIAL or not _relative_clause(doc, p.end, k, ctx.article.words.relative):
        return []
    return [p]


SPEAKERS = {"VSO": _speakers_vso, "SVO": _speakers_svo}


# ---------------------------------------------------------------- say
def _quote_bounds(ctx: CueContext, state: Discourse) -> tuple[int | None, int]:
    """(the reporting complementiser after the verb, the next say cue that starts a statement of its
    own)."""
    tg, h, s = ctx.article.tg, ctx.hit, ctx.sentence.span
    # read from the end of a speaker right after the verb: "qala X (a long title), fi tasrih li-Y
    # 'aqiba al-liqa', inna …"
    base = next((p.end for p in ctx.sentence.parts if h.end <= p.start <= h.end + 1), h.end)
    comp = next(
        (
            j
            for j in range(h.end, min(s.end, max(h.end, base - 2) + 12))
            if tg.norms[j] in ctx.article.words.reporting_complementiser
        ),
        None,
    )
    conj = ctx.article.words.conjunction
    # a later say verb ends the statement when it opens a clause of its own (after a comma or
    # "and"); one inside the statement ("said Jordan welcomed the decision") does not
    next_cue = next(
        (
            c
            for c, ch in ctx.later_cues
            if c - h.end > 2
            # "stressed X, according to a statement by Y, that …": the source set off before the
            # complementiser, no statement of its own
            and not (ch.info[0] == ACCORDING and comp is not None and c < comp)
            and (
                ch.info[0] == SAY_ADVERBIAL
                or (ch.info[0].startswith(SAY) and _pronoun_clause(ctx, c))
                or (
                    ch.info[0] in STARTS
                    and (
                        _coordinated_clause(ctx, c)
                        or (comp is None and tg.norms[c - 1] in conj)
                        or _contrast_clause(ctx, c)
                    )
                )
            )
        ),
        s.end,
    )
    att = _attribution_comma(ctx)
    if att is not None and att < next_cue:
        return comp, att  # "X stressed …, the News Agency (NNA) said": the body's attribution
    if next_cue < s.end and _pronoun_clause(ctx, next_cue):
        next_cue -= 2  # the statement closes before "and she welcomed"
        return comp, next_cue - 1 if tg.texts[next_cue - 1] in _COMMAS else next_cue
    if next_cue == s.end:
        next_cue = _attribution_comma(ctx) or s.end
    return comp, _contrast_start(ctx, next_cue) if next_cue < s.end else next_cue


def _pronoun_clause(ctx: CueContext, c: int) -> bool:
    """ "…, and she welcomed …": "and" and a subject pronoun before the say cue at ``c`` open a
    clause of its own (a welcome too, which starts no statement after a bare "and")."""
    tg, words = ctx.article.tg, ctx.article.words
    return c >= 2 and tg.norms[c - 1] in words.pronoun and tg.norms[c - 2] in words.conjunction


def _attribution_comma(ctx: CueContext) -> int | None:
    """ "X stressed …, the Kuwait News Agency (KUNA) reported.": the last comma of the sentence when
    what follows it is only a body and a reporting verb (``attribution`` words, a say cue): that
    attribution is no part of the statement."""
    doc, s, words = ctx.doc, ctx.sentence.span, ctx.article.words
    texts = ctx.article.tg.texts
    comma = next((j for j in range(s.end - 1, ctx.hit.end + 2, -1) if texts[j] in _COMMAS), None)
    if comma is None:
        return None
    parties = [p for p in ctx.sentence.parts if p.start > comma]
    if not parties or any(p.kind != AGENCY for p in parties):
        return None  # bodies only ("the Kuwait News Agency (KUNA)": a name and its abbreviation)
    inside = {i for p in parties for i in range(p.start, p.end)}
    rest = [t for t in doc[comma + 1 : s.end] if t.i not in inside]
    verb = False
    for t in rest:
        if t.norm_ in words.attribution or ctx.article.tg.kind(t.i) == "cue":
            verb = True
        elif not (t.is_punct or t.is_upper or t.norm_ in words.article):
            return None  # "(KUNA)": an abbreviation in brackets may stand by the body
    return comma if verb else None


def _closing_attribution(ctx: CueContext) -> bool:
    """ "X stressed …, the News Agency (NNA) said.": a reporting verb closing the sentence after a
    comma and a body only, an earlier verb of saying in the sentence, attributes that statement
    (the body reports it): no statement of its own."""
    tg, s, words = ctx.article.tg, ctx.sentence.span, ctx.article.words
    if ctx.hit.key not in words.attribution or not any(
        h.info[0] in STARTS for _c, h in ctx.sentence.cues[: ctx.index]
    ):
        return False
    if any(not tg.is_punct[j] for j in range(ctx.hit.end, s.end)):
        return False
    comma = next((j for j in range(ctx.k - 1, s.start, -1) if tg.texts[j] in _COMMAS), None)
    parties = [p for p in ctx.sentence.parts if comma is not None and comma < p.start < ctx.k]
    return bool(parties) and all(p.kind == AGENCY for p in parties)


def _clause_start(ctx: CueContext) -> int | None:
    """The complementiser opening the reported clause ("that"): no speaker stands after it."""
    h, s, words, tg = ctx.hit, ctx.sentence.span, ctx.article.words, ctx.article.tg
    return next(
        (
            j
            for j in range(h.end, min(s.end, h.end + 12))
            if tg.norms[j] in words.complementiser and tg.texts[j] not in words.unfolded_name
        ),
        None,
    )


def _trailing_attribution(ctx: CueContext, sp: Part, quote: str | None) -> str | None:
    """ "The leaders stressed X, the statement said." — the clause before the speaker (SVO)."""
    doc, s = ctx.doc, ctx.sentence.span
    if _statement_after(ctx, quote) or sp.start - s.start <= 4:
        return quote
    lead = _lead_clause(ctx, sp.start)
    if lead:
        return lead
    comma = _descriptor_comma(ctx, sp)
    if comma is not None:  # "…, the Emirati state news agency WAM said"
        return clause_text(doc, s.start, comma).rstrip(" ,") or quote
    return quote


def _statement_after(ctx: CueContext, quote: str | None) -> bool:
    """What follows the verb is a statement, not a circumstance ("in a joint statement") nor
    only the party told."""
    first = (quote or "").split()[:1]  # no quote, or one of spaces only, has no first word
    return bool(first) and (
        first[0] not in ctx.article.words.circumstance and not _addressee_only(ctx, str(quote))
    )


def _lead_clause(ctx: CueContext, start: int) -> str | None:
    """ "Peace depends on dialogue, X and Y said": the clause before trailing speakers that start
    at ``start``, set off from them by a comma; None when no comma closes it, or when it is one
    circumstance phrase ("After two days of talks in the capital, X said in a statement")."""
    doc, s = ctx.doc, ctx.sentence.span
    lead = doc[s.start : start]
    if start - s.start <= 4 or not (lead[-1:].text == "," or lead[-2:-1].text == ","):
        return None
    commas = sum(1 for t in lead[:-2] if t.text in _COMMAS)
    if lead[0].norm_ in ctx.article.words.circumstance and not commas:
        return None
    return clause_text(doc, s.start, start).rstrip(" ,") or None


_DESCRIPTOR = 6  # "the Emirati state news agency": words between the comma and a trailing speaker


def _descriptor_comma(ctx: CueContext, sp: Part) -> int | None:
    """The comma before a trailing speaker and its descriptor ("…, the state news agency X said"):
    only words of no party, cue or punctuation between (a country's adjective may be one)."""
    tg, s = ctx.article.tg, ctx.sentence.span
    # "…, Egyptian foreign ministry spokesman X said": the speaker's own body and title may
    # stand in the descriptor of an official
    bodies = {
        i
        for p in ctx.sentence.parts
        if p.kind == AGENCY and sp.kind == OFFICIAL and p.end <= sp.start
        for i in range(p.start, p.end)
    }
    # no starred tuple in the test: mypyc cannot translate one (an internal error at build)
    allowed = (None, "country", "title") if sp.kind == OFFICIAL else (None, "country")
    j = sp.start - 1
    while j > s.start and sp.start - j <= _DESCRIPTOR and not tg.is_punct[j]:
        if tg.kind(j) not in allowed and j not in bodies:
            return None
        j -= 1
    return j if j > s.start and tg.texts[j] in _COMMAS and sp.start - j > 1 else None


def _addressee_only(ctx: CueContext, quote: str) -> bool:
    """ "…, X told KUNA on Monday.": what follows the verb opens with the party told, with no
    statement of its own after it."""
    party = next((p for p in ctx.sentence.parts if p.start == ctx.hit.end), None)
    return party is not None and quote.startswith(ctx.doc[party.start : party.end].text)


def _statement(
    ctx: CueContext, sp_list: list[Part], after: tuple[Part, ...], next_cue: int, joint: bool
) -> tuple[str | None, int]:
    """What was said after the cue (or in a quotation before the speaker), and where it starts."""
    doc, k, s = ctx.doc, ctx.k, ctx.sentence.span
    q_start = (
        (_joint_subject_end(ctx) or _plural_subject_end(ctx)) if joint else None
    ) or ctx.hit.end
    if _addressed(ctx):
        q_start = max(q_start, ctx.hit.end + 1)  # "akkada laha": the one told opens no statement
    for p in sp_list:
        if p in after or 0 <= p.start - ctx.hit.end <= 1:
            q_start = max(q_start, p.end)
    # a stance verb ("condemned the attack") may govern a short statement; a verb that may
    # precede its speaker ("said", "told") may not ("told reporters")
    words = ctx.article.words
    shortest = 3 if ctx.hit.key in words.inverted_say else _SHORTEST
    stop = next_cue if next_cue < s.end else s.end
    q_start = _past_circumstance(ctx, q_start, stop)
    # "akkada X ahammiyyat al-'alaqat, fima a'raba Y …", "X stressed unity, while Y urged calm":
    # the punctuation before the next clause closes this statement: a stance verb's short object
    # suffices ("adanat X al-hujum, mu'akkidatan …"), a welcome's takes two words ("rahhaba X
    # bi-dayfihi," welcomes a guest)
    closed = stop < s.end and ctx.article.tg.is_punct[stop]
    if closed and ctx.cue == "say_welcome":
        shortest = max(shortest, 2)
    quote = quote_after(
        doc, q_start, stop, stop if closed else s.end, words, shortest, _object_first(ctx, q_start)
    )
    bound = min([k] + [p.start for p in sp_list if s.start <= p.start < k])
    # a carried speaker ("…," he said) stands in an earlier sentence: not a bound here
    pre = (
        # a quotation opened in an earlier sentence first: its closing mark alone is no quotation
        (quoted_back(doc, s.start, bound) or quoted(doc, s.start, bound))
        if (ctx.index == 0 or _cues_quoted_before(ctx) or _cues_in_quote_back(ctx, bound))
        and not quoted_readout(ctx.article, s)  # its marks open and close the readout
        else None
    )
    # the quotation comes first: '"We are ready," the minister told reporters.' (one quoted in
    # a later clause of its own, "…, adding that talks were "open"", is that clause's); one
    # interrupted by its attribution is one statement, quoted from its first part, since a
    # quote is the article's words in a row ('"This plant," she said, "will export …"')
    if pre and (not quoted(doc, q_start, stop) or _interrupted(ctx, q_start, bound)):
        quote = pre
    return quote, q_start


def _interrupted(ctx: CueContext, q_start: int, bound: int) -> bool:
    """A quotation opening the sentence and cut by a comma goes on right after the cue and its
    speaker ('"This plant," the minister said, "will export …"'): a comma, then the mark
    reopening it. A quoted phrase inside a clause ('Asked about "red lines," X said, "…"') is
    not the statement's first part."""
    texts, s = ctx.article.tg.texts, ctx.sentence.span
    n = len(texts)
    close = next((i for i in range(bound - 1, s.start, -1) if texts[i] in _QUOTE_CHARS), None)
    if close is None or texts[s.start] not in _QUOTE_CHARS:
        return False
    cut = texts[close - 1] in _COMMAS or (close + 1 < n and texts[close + 1] in _COMMAS)
    j = q_start + 1 if q_start < n and texts[q_start] in _COMMAS else n
    return cut and j < n and texts[j] in _QUOTE_CHARS


def _object_first(ctx: CueContext, q_start: int) -> bool:
    """ "X underlined the centuries-old ties … that bind …": a stance verb whose object (an
    article right after the verb) is what was stated; a "that" in it is a relative, not the
    opening of a clause (a verb of telling takes its hearer there: "told the council that")."""
    tg, words = ctx.article.tg, ctx.article.words
    return (
        tg.P.cased
        and q_start == ctx.hit.end
        and q_start < ctx.sentence.span.end
        and tg.norms[q_start] in words.article
        and ctx.hit.key not in words.inverted_say
    )


def quoted_readout(art: ArticleView, s: Span) -> bool:
    """The sentence is in a block quotation introduced by a body's voice with no official named
    ("A Downing Street spokesperson said:"): a readout told in the third person; an official's
    own statement so introduced ("Foreign Secretary X said:") stays a quotation."""
    intro = block_quotation_intro(art.doc, s)
    if intro is None:
        return False
    lo, hi = intro
    return not any(
        p.kind == OFFICIAL and lo <= p.start < hi
        for parts in art.entities.parts.values()
        for p in parts
    )


def _cues_in_quote_back(ctx: CueContext, bound: int) -> bool:
    """'"… We will meet them together," she said.': the quotation opened in an earlier sentence
    and every cue before this one stands before its closing mark (inside it)."""
    texts, s = ctx.article.tg.texts, ctx.sentence.span
    close = next((i for i in range(bound - 1, s.start - 1, -1) if texts[i] in _QUOTE_CHARS), None)
    if close is None or any(texts[i] in _QUOTE_CHARS for i in range(s.start, close)):
        return False
    return all(c < close for c, _h in ctx.sentence.cues[: ctx.index])


def _cues_quoted_before(ctx: CueContext) -> bool:
    """Every cue before this one stands inside a quotation ('"We met with him today," X said'):
    the quotation is still what the speaker said."""
    inside = quote_regions(ctx.doc, ctx.sentence.span)
    return all(c in inside for c, _h in ctx.sentence.cues[: ctx.index])


def _past_circumstance(ctx: CueContext, i: int, stop: int) -> int:
    """ "wa-akkada khilal al-liqa' ahammiyyat …", "stressed during the talks that …": a
    circumstance word and the meeting or statement noun right after it stand between the verb
    (and its speaker) and what was said: the statement starts after them."""
    tg, words = ctx.article.tg, ctx.article.words
    start = i
    if i < stop and tg.texts[i] in _COMMAS:
        i += 1  # "stressed, during his meeting with Y, that …"
    if i + 2 >= stop or tg.norms[i] not in words.circumstance:
        return start
    j = i + 1 + (tg.norms[i + 1] in words.article | words.possessive)
    h = tg.hits.get(j)
    if h is not None and h.kind == "cue" and h.start == j and h.info[0] != ACCORDING:
        end = _past_met(ctx, h.end, stop)
        return end if end < stop else start
    return j + 1 if tg.norms[j] in words.statement_noun and j + 1 < stop else start


def _past_met(ctx: CueContext, i: int, stop: int) -> int:
    """ "akkada X khilal liqa'ihi Y ahammiyyat …", "stressed during his meeting with Y in Cairo
    that …": the party met (and the venue it was met in) is no part of the statement."""
    tg, words, parts = ctx.article.tg, ctx.article.words, ctx.sentence.parts
    j = i + (i < stop and tg.norms[i] in words.comitative | words.object_marker)
    met = [p for p in parts if j <= p.start <= j + 1 and p.end < stop]
    if not met:
        return i
    j = mention_end(ctx, met[0])
    while j < stop:
        nxt = next((p for p in parts if p.start > j - 1 and p.start <= j + 1), None)
        if nxt is not None and all(
            tg.is_punct[k] or tg.norms[k] in words.conjunction for k in range(j, nxt.start)
        ):
            j = mention_end(ctx, nxt)  # "with Y and Z"
            continue
        if tg.norms[j] in words.circumstance and j + 2 < stop:
            # "in Cairo", "fi Amman": the venue (a country or capital, or one word no cue or party)
            venue = tg.hits.get(j + 1)
            if venue is not None and venue.kind == "country" and venue.start == j + 1:
                j = venue.end
            elif venue is None and not any(p.start == j + 1 for p in parts):
                j += 2
            else:
                break
        elif tg.is_punct[j]:
            j += 1
        else:
            break
    return j if j < stop else i


def _quotation_follows(ctx: CueContext, quote: str | None, q_start: int) -> bool:
    """ "X said:" at the end of the sentence: the quotation is the next sentence."""
    doc, s = ctx.doc, ctx.sentence.span
    if (
        quote
        and not (s.end - q_start <= 2 and ctx.article.tg.texts[s.end - 1] == ":")
        and ctx.cue != SAY_COLON
    ):
        return False
    return ends_with_colon(doc, s)


# --------------------------------------------------- joint statements, participles, nested clauses
@lru_cache(maxsize=None)
def _first_words(forms: frozenset[str]) -> frozenset[str]:
    return frozenset(f.split(" ")[0] for f in forms)


def _has_form(norms: list[str], forms: frozenset[str]) -> tuple[int, int] | None:
    """(start, end) of the first one- to three-word form of ``forms`` in ``norms`` (a form starts
    at a word that starts one: the words joined start so)."""
    firsts = _first_words(forms)
    for i, w in enumerate(norms):
        if w not in firsts and (" " not in w or w.split(" ")[0] not in firsts):
            continue
        for n in (3, 2, 1):
            if i + n <= len(norms) and " ".join(norms[i : i + n]) in forms:
                return i, i + n
    return None


def _joint_subject(ctx: CueContext) -> bool:
    """ "The two ministers affirmed" / "affirmed the two sides": a subject naming both sides, by the
    verb."""
    tg, k, s = ctx.article.tg, ctx.k, ctx.sentence.span
    forms = ctx.article.words.joint_subject
    lo = max(
        s.start, k - 4, max((p.end for p in ctx.sentence.parts if p.end <= k), default=s.start)
    )
    found = _has_form(tg.norms[lo:k], forms)
    if found is not None and not _quote_mark_between(tg.texts, lo + found[1], k):
        return True
    if _plural_title_subject(ctx) is not None:
        return True
    if (
        k > s.start
        and tg.norms[k - 1] in ctx.article.words.conjunction
        and not any(p.start < k for p in ctx.sentence.parts)
    ):
        # "The two ministers also exchanged views …, and affirmed …": the sentence's subject
        found = _has_form(tg.norms[s.start : min(k, s.start + 4)], forms)
        if found is not None and found[0] <= 1:
            return True
    return _joint_subject_end(ctx) is not None


def _quote_mark_between(texts: list[str], start: int, end: int) -> bool:
    """A quotation mark between a joint form and its verb ('"… jobs on both sides," said X'): the
    form is words of the quotation, not the verb's subject."""
    return any(texts[i] in _QUOTE_CHARS for i in range(start, end))


def _joint_role(ctx: CueContext) -> str | None:
    """The post a joint subject right before the verb names ("Both Ministers", "the two
    presidents" → "minister", "president"), None for one naming no post ("the two sides")."""
    tg, k, s, words = ctx.article.tg, ctx.k, ctx.sentence.span, ctx.article.words
    lo = max(s.start, k - 4)
    found = _has_form(tg.norms[lo:k], words.joint_subject)
    if found is None or lo + found[1] != k:
        return _joint_role_after(ctx)
    last = tg.norms[k - 1]
    if last not in words.plural_title:
        return None
    return next((last[: -len(e)] for e in words.plural_ending if e and last.endswith(e)), None)


_DUAL_ENDING = 2  # letters at most a dual adds to its singular ("the two ministers")


def _joint_role_after(ctx: CueContext) -> str | None:
    """VSO: the post a one-word joint subject right after the verb names ("affirmed [the two
    ministers]"): the role of the title the word extends by a dual ending (two letters at most);
    None for one naming no post ("the two sides")."""
    end = _joint_subject_end(ctx)
    if end is None or end - ctx.hit.end != 1:
        return None
    norm, titles = ctx.article.tg.norms[end - 1], ctx.article.tg.lex.titles
    for n in range(1, _DUAL_ENDING + 1):
        row = titles.get(norm[:-n])
        if row is not None and row[0] == "role":
            return row[2]
    return None


def _holds(ents: Entities, side: tuple[Part, ...], role: str, heads: frozenset[str]) -> bool:
    """A side holds an official whose post is ``role`` or one of its kinds ("foreign minister"),
    not a post of one holder that only ends with the word (``heads``: "prime minister" is no
    kind of minister)."""
    return any(
        p.kind == OFFICIAL
        and any(
            r == role or (role in r.split(" ") and r not in heads)
            for r in ents.officials[ents.canon(p.ref)].roles
        )
        for p in side
    )


def _unique_roles(ctx: CueContext) -> frozenset[str]:
    """The roles of the posts one person holds at a time (``unique`` titles)."""
    return frozenset(row[2] for row in ctx.article.tg.lex.titles.values() if row[3] == UNIQUE_TITLE)


def _role_frame(ctx: CueContext, state: Discourse) -> Discourse:
    """ "Both Ministers commended …" after a minister's call on a president: the latest meeting
    whose two sides each hold the post the joint subject names, when the current one does not
    (a joint subject naming no post, or no such meeting: the current one)."""
    role = _joint_role(ctx)
    frame = state.principals or state.frame
    if role is None or frame is None:
        return state
    ents, heads = ctx.article.entities, _unique_roles(ctx)
    if all(_holds(ents, sd, role, heads) for sd in frame):
        return state
    for f in reversed(state.frames):
        if len(f) == 2 and all(_holds(ents, sd, role, heads) for sd in f):
            return state.evolve(frame=f, principals=f, frames=state.frames)
    pair = _two_nations_holders(ents, _article_holders(ctx, role, heads))
    if pair is not None and _joint_role_after(ctx) is not None:
        # "affirmed the two ministers" with no meeting of theirs told: the article's first two
        # holders of the post from two countries (a joint statement's signatories)
        sides = ((pair[0],), (pair[1],))
        return state.evolve(frame=sides, principals=sides, frames=state.frames)
    return state


def _two_nations_holders(ents: Entities, holders: list[Part]) -> tuple[Part, Part] | None:
    """The first holder and the first one after it not of the same country, one of the two
    countries known (the home side's often goes unsaid), else None."""
    if not holders:
        return None
    first = ents.country_of(holders[0])
    other = next((p for p in holders[1:] if _other_side(first, ents.country_of(p))), None)
    return (holders[0], other) if other is not None else None


def _other_side(a: str | None, b: str | None) -> bool:
    """Two officials' countries tell two sides: they differ and one at least is known."""
    return a != b and (a is not None or b is not None)


def _article_holders(ctx: CueContext, role: str, heads: frozenset[str]) -> list[Part]:
    """The first mention of each official of the article whose post is ``role`` (see
    :func:`_holds`), in order."""
    ents = ctx.article.entities
    first: dict[int, Part] = {}
    for si in sorted(ents.parts):
        for p in ents.parts[si]:
            if p.kind == OFFICIAL and _holds(ents, (p,), role, heads):
                first.setdefault(ents.canon(p.ref), p)
    return sorted(first.values(), key=lambda p: p.start)


def _plural_title_subject(ctx: CueContext) -> str | None:
    """SVO: a bare plural title right before the verb names the sides together, as a joint
    statement calls its signatories ("The Prime Ministers reaffirmed …", "The Foreign Ministers
    underlined …"); one adverb may stand between ("The Presidents also condemned …"). Its role."""
    span = _plural_title_span(ctx)
    if span is None:
        return None
    h = ctx.article.tg.hits[span[1] - 1]
    return str(h.info[2])


def _plural_title_span(ctx: CueContext) -> tuple[int, int] | None:
    """Where the plural title subject right before the cue stands: a mention of it, or (naming
    nobody: "The two Prime Ministers held talks") the title opening the sentence."""
    tg, k = ctx.article.tg, ctx.k
    if tg.P.word_order != "SVO":
        return None
    near = [p for p in ctx.sentence.parts if p.kind == OFFICIAL and 0 <= k - p.end <= 1]
    if near:
        start, end = near[-1].start, near[-1].end
    else:
        j = k - 1 if k - 1 >= 0 and tg.kind(k - 1) == "title" else k - 2
        h = tg.hits.get(j) if j >= ctx.sentence.span.start else None
        if h is None or h.kind != "title" or h.start - ctx.sentence.span.start > 2:
            return None
        start, end = ctx.sentence.span.start, h.end
    h = tg.hits.get(end - 1)
    if (
        h is not None
        and h.kind == "title"
        and h.end == end
        and start <= h.start <= start + 2  # "The (two) Presidents"
        and any(h.key == h.info[2] + e for e in tg.W.plural_ending)
    ):
        return h.start, h.end
    return None


def role_holders(ctx: CueContext) -> list[Part]:
    """The holders of a plural title subject right before the cue (two or more), else none."""
    return _role_holders(ctx)


def _role_holders(ctx: CueContext) -> list[Part]:
    """The officials of the article holding the role of a plural title subject ("The Prime
    Ministers" → the article's prime ministers), when two or more do."""
    role = _plural_title_subject(ctx)
    if role is None:
        return []
    ents = ctx.article.entities
    refs = sorted(
        {
            ents.canon(p.ref)
            for ps in ents.parts.values()
            for p in ps
            if p.kind == OFFICIAL and role in ents.officials[ents.canon(p.ref)].roles
        }
    )
    # "The Presidents": the heads of the sides, not the president of a bank on a delegation
    unbodied = [r for r in refs if not _of_a_named_body(ents, r)]
    refs = unbodied if len(unbodied) >= 2 else refs
    span = _plural_title_span(ctx)
    assert span is not None
    refs = _of_listed_nations(ctx, span[0], refs)
    return [Part(OFFICIAL, r, span[0], span[1]) for r in refs] if len(refs) >= 2 else []


def _of_listed_nations(ctx: CueContext, start: int, refs: list[int]) -> list[int]:
    """ "Turkish, Azerbaijani and Georgian foreign ministers meet": nationalities listed right
    before the plural title name one holder each, the first of the article of each nation (not a
    deputy of the same post, nor the holder from a nation not listed; a holder of no known country
    stays); else ``refs``."""
    tg, words, ents = ctx.article.tg, ctx.article.words, ctx.article.entities
    nations: list[str] = []
    i = start - 1
    while i >= ctx.sentence.span.start:
        h = tg.hits.get(i)
        if h is not None and h.kind == "country" and h.end == i + 1:
            nations.append(str(h.info[0]))
            i = h.start - 1
        elif nations and (tg.norms[i] in words.conjunction or tg.is_punct[i]):
            i -= 1
        else:
            break
    if len(set(nations)) < 2:
        return refs
    kept: list[int] = []
    seen: set[str | None] = {None}
    for r in refs:
        c = ents.country_of(Part(OFFICIAL, r, 0, 0))
        if c is None or (c in nations and c not in seen):  # a holder of no country stays
            kept.append(r)
            seen.add(c)
    return kept if len(kept) >= 2 else refs


def _of_a_named_body(ents: Entities, oi: int) -> bool:
    """Official ``oi`` holds a post of a body the text names (not one a title only implies)."""
    return any(not ents.agencies[ents.acanon(a)].implied for a in ents.officials[oi].agencies)


def _communique_voice(ctx: CueContext, state: Discourse) -> list[Part]:
    """A communiqué in its signatories' voice ("We, the Foreign Ministers of A and B, met …. We
    reaffirm …"): "we" right before a verb of saying (one adverb may stand between), in an article
    with a line opening "We,", names every party of the current meeting, one SAID each; in the
    quotation of a group's statement ("X, Y and Z issued the following statement:"), the group."""
    doc, k, s, words = ctx.doc, ctx.k, ctx.sentence.span, ctx.article.words
    prev = doc[max(s.start, k - 2) : k]
    if not prev or not (
        prev[-1].norm_ in words.first_plural
        or (len(prev) == 2 and prev[0].norm_ in words.first_plural and prev[1].is_alpha)
        or (  # "We remain committed to … and reiterate …": the sentence's subject
            prev[-1].norm_ in words.conjunction
            and doc[s.start].norm_ in words.first_plural
            and not any(p.start < k for p in ctx.sentence.parts)
        )
    ):
        return []
    if state.colon_group and state.pending_colon is None:
        return list(state.colon_group)  # "X, Y and Z issued the following statement: 'We …'"
    if state.frame is None or not _opens_in_first_plural(ctx.article):
        return []
    return _joint_speakers(ctx, state)


def _first_person_before(ctx: CueContext) -> bool:
    """ "I told …", "I also welcome …" (SVO): the first-person singular right before the verb (one
    adverb may stand between)."""
    doc, k, s, words = ctx.doc, ctx.k, ctx.sentence.span, ctx.article.words
    if ctx.article.tg.P.word_order != "SVO":
        return False
    prev = doc[max(s.start, k - 2) : k]
    return bool(prev) and (
        prev[-1].norm_ in words.first_singular
        or (len(prev) == 2 and prev[0].norm_ in words.first_singular and prev[1].is_alpha)
    )


def _first_person_author(ctx: CueContext) -> list[Part]:
    """The first person of remarks headed "Remarks by X" / "Statement by X" (X alone, no "and
    Y"): X."""
    author = _heading_author(ctx)
    return [author] if author is not None else []


def _heading_author(ctx: CueContext) -> Part | None:
    """The one official a headline opening with a statement noun names first ("Remarks by X at
    …"), unless another is coordinated with it ("Remarks by X and Y": a transcript of both)."""
    tg, words = ctx.article.tg, ctx.article.words
    if not tg.norms or tg.norms[0] not in words.statement_noun:
        return None
    first = next((p for p in ctx.article.entities.parts.get(0, ()) if p.start <= _HEADING), None)
    if first is None or first.kind != OFFICIAL:
        return None
    end = mention_end(ctx, first)
    if end < len(tg.norms) and tg.norms[end] in words.conjunction:
        return None
    return first


def _opens_in_first_plural(art: ArticleView) -> bool:
    """A line of the article opens with the first-person plural and a comma ("We, the …")."""
    tg, fp = art.tg, art.words.first_plural
    return any(
        tg.norms[i] in fp and tg.texts[i + 1] == "," and _line_start(tg, i)
        for i in range(len(tg.norms) - 1)
    )


def _joint_subject_end(ctx: CueContext) -> int | None:
    """Where a joint subject right after the verb ends ("affirmed the two sides"; VSO only)."""
    if ctx.article.tg.P.word_order != "VSO":
        return None
    h, s = ctx.hit, ctx.sentence.span
    if ctx.article.tg.norms[h.end - 1] in ctx.article.words.complementiser:
        return None  # a cue closing with "anna": the subject after it is the reported clause's
    found = _has_form(
        ctx.article.tg.norms[h.end : min(s.end, h.end + 3)], ctx.article.words.joint_subject
    )
    return h.end + found[1] if found is not None and found[0] == 0 else None


def _joint_speakers(ctx: CueContext, state: Discourse) -> list[Part]:
    """Both sides of the current meeting (or call), each once; a body of the meeting speaks for its
    own official there ("the GCC states, together with the GCC Secretary General": the GCC)."""
    frame = state.principals or state.frame
    if frame is None:
        return []
    out: list[Part] = []
    ents = ctx.article.entities
    seen = set()
    for p in frame[0] + frame[1]:
        key = (p.kind, ents.canon(p.ref) if p.kind == OFFICIAL else ents.acanon(p.ref))
        if key not in seen:
            seen.add(key)
            out.append(p)
    out = [p for p in out if not any(belongs(ents, p, q) for q in out)]
    out = [_head_of(ctx.article, p) or p for p in out]
    out = [p for p in out if not _escorting(ctx, p, frame)]
    return out if len(out) >= 2 else []


def accompanying(ctx: CueContext, p: Part) -> bool:
    """An agency part holding an accompany word: "X and his accompanying delegation", «X
    wa-l-wafd al-murafiq lahu» (the delegation that came with X)."""
    norms = ctx.article.tg.norms
    return p.kind == AGENCY and any(
        norms[i] in ctx.article.words.accompany for i in range(p.start, p.end)
    )


def _escorting(ctx: CueContext, p: Part, frame) -> bool:
    """ "X and his accompanying delegation" on one side of the meeting: "the two sides affirmed"
    names X for that side, not the delegation that came with X."""
    if not accompanying(ctx, p):
        return False
    side = next((sd for sd in frame if p in sd), ())
    return any(q.kind == OFFICIAL for q in side)


_LEAD_GAP = 4  # "a delegation from X headed by": words between the delegation and the cue


def _head_of(art: ArticleView, d: Part) -> Part | None:
    """The official named right after "headed by" / "bi-ri'asat" that follows a mention of
    delegation ``d``: a delegation side speaks through its head ("the two sides affirmed")."""
    ents, tg = art.entities, art.tg
    if d.kind != AGENCY or ents.agencies[ents.acanon(d.ref)].kind != "delegation":
        return None
    for parts in ents.parts.values():
        for q in parts:
            if q.kind != AGENCY or ents.acanon(q.ref) != ents.acanon(d.ref):
                continue
            lead = next(
                (
                    h
                    for i in range(q.end, q.end + _LEAD_GAP)
                    if (h := tg.hits.get(i)) is not None and h.kind == "cue" and h.info[0] == "lead"
                ),
                None,
            )
            head = lead and next(
                (p for p in parts if p.kind == OFFICIAL and 0 <= p.start - lead.end <= 2), None
            )
            if head:
                return head
    return None


def _clause_subject(ctx: CueContext, state: Discourse) -> list[Part]:
    """A participle's speaker: the one quoted "as saying" ("X quoted the Minister as saying"), the
    subject of the latest clause, the sentence's first subject, the carried speaker."""
    k, tg = ctx.k, ctx.article.tg
    if k >= 2 and tg.norms[k - 1] in ctx.article.words.quoted_as:
        quoted_one = [p for p in ctx.before if p.end == k - 1 and p.kind == OFFICIAL]
        if quoted_one:
            return quoted_one
    latest = _latest_verb_subject(ctx)
    if latest is not None:
        return [latest]
    if state.subjects:
        return list(state.subjects)
    subj = [
        p for p in ctx.sentence.parts if p.start < ctx.k and p.kind == OFFICIAL and not p.after_bi
    ]
    if subj:
        return subj[:1]
    carried = state.speaker or state.topic
    return [carried] if carried else []


def _latest_verb_subject(ctx: CueContext) -> Part | None:
    """VSO: the official right after the latest verb cue of the sentence before a participle
    ("X invited Y, fima rahhaba Y bi-al-da'wa, mu'akkidan …": Y); None when that verb has no
    subject right after it."""
    if ctx.article.tg.P.word_order != "VSO":
        return None
    reg, parts, out = ctx.article.registry, ctx.sentence.parts, None
    for _c, ch in ctx.sentence.cues[: ctx.index]:
        if reg.is_verb(ch.info[0]):
            out = next((p for p in parts if p.kind == OFFICIAL and p.start == ch.end), None)
    return out


def _plural_subject_end(ctx: CueContext) -> int | None:
    """VSO: a definite plural title right after the verb ("a'raba al-sufara' 'an …"), its end."""
    tg, e = ctx.article.tg, ctx.hit.end
    if tg.P.word_order != "VSO" or e >= ctx.sentence.span.end or not tg.is_def(e):
        return None
    bare = tg.norms[e][len(tg.P.definite_prefix) :]
    return e + 1 if bare in tg.plural_titles else None


def _plural_side(ctx: CueContext, state: Discourse) -> list[Part]:
    """ "a'raba al-sufara' 'an …" after a meeting of one official with several: the plural title
    names the side of the meeting with several officials, each a speaker."""
    frame = state.principals or state.frame
    if frame is None or state.call or _plural_subject_end(ctx) is None:
        return []
    sides = [side for side in frame if sum(p.kind == OFFICIAL for p in side) > 1]
    if len(sides) != 1:
        return []
    group = [p for p in sides[0] if p.kind == OFFICIAL]
    return _peers(ctx, frame, group) + group


def plural_side(ctx: CueContext, state: Discourse) -> list[Part]:
    """The officials a plural title right after the verb names (VSO: "iltaqa al-wuzara' X"), by the
    meeting told, else by the latest meeting with a side of several ("kama iltaqa al-wuzara'
    al-thalatha X" after the ministers' meeting and another); none when it names no one."""
    found = _plural_side(ctx, state)
    if found or _plural_subject_end(ctx) is None:
        return found
    for frame in reversed(state.frames):
        found = _plural_side(ctx, state.evolve(principals=frame, frame=frame, call=False))
        if found:
            return found
    return []


def _peers(ctx: CueContext, frame, group: list[Part]) -> list[Part]:
    """The officials of the meeting's other side who hold the post the several share ("bi-
    musharakat A, wa-B, wa-C … akkada al-wuzara'": A is a minister too, one of them)."""
    ents = ctx.article.entities
    shared = frozenset.intersection(*(ents.officials[ents.canon(p.ref)].roles for p in group))
    keys = {ents.canon(p.ref) for p in group}
    return [
        p
        for side in frame
        for p in side
        if p.kind == OFFICIAL
        and ents.canon(p.ref) not in keys
        and shared & ents.officials[ents.canon(p.ref)].roles
    ]


def _contrast_clause(ctx: CueContext, c: int) -> bool:
    """ "X stressed A, while Y said B": a say verb whose own speaker stands right before it, a
    comma and at most one word before that speaker, starts a statement of its own."""
    return _contrast_start(ctx, c) < c


def _contrast_start(ctx: CueContext, c: int) -> int:
    """Where the clause of a say verb that ends a statement starts (the comma before its speaker,
    or before its one leading word: ", while Y said", "، fima qala"), else ``c``."""
    doc, s = ctx.doc, ctx.sentence.span
    sp = next((p for p in ctx.sentence.parts if 0 <= c - p.end <= 1 and p.start > ctx.k), None)
    head = sp.start if sp is not None else c
    tg = ctx.article.tg
    if head - 1 > s.start and tg.norms[head - 1] in ctx.article.words.complementiser:
        return c  # "qala X, inna Y akkada …": Y's verb inside the clause X reports, no contrast
    return next((t.i for t in doc[max(s.start, head - 2) : head] if t.is_punct), c)


def _coordinated_clause(ctx: CueContext, k: int | None = None) -> bool:
    """ ", and continued:" — a say verb after a comma (and "and") starts a clause of the main
    speaker, not a nested one."""
    doc, s = ctx.doc, ctx.sentence.span
    k = ctx.k if k is None else k
    prev = list(doc[max(s.start, k - 2) : k])
    if prev and prev[-1].is_punct:
        return True
    words = ctx.article.words
    # ", and said", "، fima qala" (", while … said"): a comma and one plain word, no relative
    return (
        len(prev) == 2
        and prev[0].is_punct
        and prev[1].norm_ not in words.relative
        and (prev[1].norm_ in words.conjunction or ctx.article.tg.kind(k - 1) is None)
        and not any(p.start <= k - 1 < p.end for p in ctx.sentence.parts)
    )


def _explicit(ctx: CueContext, sp: Part, state: Discourse) -> bool:
    """The speaker of a say verb inside a reported clause stands right by it, inside the clause."""
    if sp.start < state.reported_from:
        return False
    return (sp.end <= ctx.k and ctx.k - sp.end <= 2) or (
        sp.start >= ctx.hit.end and sp.start - ctx.hit.end <= 3
    )


def _speakers(
    ctx: CueContext, after: tuple[Part, ...], state: Discourse, nested: bool
) -> tuple[list[Part], str | None]:
    """The speakers of a cue and the rule they give (None: the word-order rule)."""
    relayed = _relayed_speaker(ctx, state)  # "naqala X 'an Y qawlahu": Y
    if relayed:
        return relayed, None
    holders = _role_holders(ctx)
    if holders:
        return holders, "said.joint"
    group = _plural_side(ctx, state)
    if group:
        return group, "said.joint"
    if state.frame is not None and (ctx.cue == SAY_JOINT or _joint_subject(ctx)):
        joint = _joint_speakers(ctx, _role_frame(ctx, state))
        if joint:
            return joint, "said.joint"
    if ctx.cue == SAY_ADVERBIAL:
        return _clause_subject(ctx, state), "said.adverbial"
    voice = _communique_voice(ctx, state)
    if voice:
        return voice, "said.joint"
    if _first_person_before(ctx) and ctx.cue != SAY_STANCE:
        # "I told the Minister that …": the author of remarks, never the one addressed; in a
        # transcript turn, the turn is the speaker's one statement ("I am concerned": a stance
        # starts no statement of its own, the heading's body holds it)
        return _first_person_author(ctx), None
    pair = _coordinated_opening(ctx)
    if pair:
        return pair, "said.joint"
    sp_list = _indefinite_title(ctx, SPEAKERS[ctx.article.tg.P.word_order](ctx, after, state))
    if nested and not (sp_list and _explicit(ctx, sp_list[0], state)):
        return [], None
    return sp_list, None


def _indefinite_title(ctx: CueContext, speakers: list[Part]) -> list[Part]:
    """ "A Home Office spokeswoman noted": a bare title after an indefinite article and a
    body is an official the text does not name, not one named before with that title: the
    statement is the body's."""
    if len(speakers) != 1 or speakers[0].kind != OFFICIAL:
        return speakers
    tg, p, s = ctx.article.tg, speakers[0], ctx.sentence.span
    if not all(tg.kind(i) == "title" for i in range(p.start, p.end)):
        return speakers
    body = next(
        (
            q
            for q in ctx.sentence.parts
            if q.kind == AGENCY and q.end == p.start and q.start > s.start
        ),
        None,
    )
    if body is None or tg.norms[body.start - 1] not in ctx.article.words.indefinite_article:
        return speakers
    return [body]


def _coordinated_opening(ctx: CueContext) -> list[Part]:
    """ "Minister X and Minister Y discussed … and welcomed …" (SVO): a cue after "and", no party
    between the sentence's opening pair of officials joined by "and" and it: both speak."""
    tg, k, s = ctx.article.tg, ctx.k, ctx.sentence.span
    if (
        tg.P.word_order != "SVO"
        or k - 1 <= s.start
        or tg.norms[k - 1] not in ctx.article.words.conjunction
    ):
        return []
    before = [p for p in ctx.sentence.parts if p.start < k]
    if (
        len(before) != 2
        or not all(p.kind == OFFICIAL for p in before)
        or before[0].start - s.start > 1
    ):
        return []
    a, b = before
    if tg.norms[a.end : b.start] not in ([w] for w in ctx.article.words.conjunction):
        return []
    if any(tg.is_punct[i] for i in range(b.end, k)):
        return []
    ents = ctx.article.entities
    return [a, b] if ents.canon(a.ref) != ents.canon(b.ref) else []


# ------------------------------------------------------------- countries and bodies as speakers
_Item = tuple[int, int, Ref, "Part | None"]  # start, end, endpoint, the part (None: a country)


def _speaker_items(ctx: CueContext) -> list[_Item]:
    """The sentence's parties and the countries it names in full (not a nisba), in order."""
    return _items(ctx.article, ctx.sentence)


def _items(art: ArticleView, view: SentenceView) -> list[_Item]:
    tg, s = art.tg, view.span
    items: list[_Item] = [(p.start, p.end, p.endpoint, p) for p in view.parts]
    taken = {i for p in view.parts for i in range(p.start, p.end)}
    for i in tg.starts(("country",), s.start, s.end):  # the country hits, not every token
        h = tg.hits[i]
        if h.info[1] != "name" or i in taken:
            continue
        items.append((h.start, h.end, Ref(COUNTRY, h.info[0]), None))
    return sorted(items, key=lambda it: it[0])


def _links(ctx: CueContext, start: int, end: int) -> bool:
    """Tokens start..end join two coordinated speakers: commas, "and", an article."""
    words = ctx.article.words
    toks = ctx.doc[start:end]
    return (
        len(toks) <= 3
        and any(t.is_punct or t.norm_ in words.conjunction for t in toks)
        and all(
            t.is_punct or t.norm_ in words.conjunction or t.norm_ in words.article for t in toks
        )
    )


def _represented_countries(ctx: CueContext, items: list[_Item]) -> list[_Item]:
    """ "The ambassadors of France, Italy and Spain are deeply concerned", "al-sufara' … li-Faransa
    wa-Italiya yash'urun bi-qalaq": the countries coordinated after a representatives word before
    the cue (in its clause) speak through their envoys."""
    words = ctx.article.words
    lo = max(
        (c for c, ch in ctx.sentence.cues[: ctx.index] if ctx.article.registry.is_verb(ch.info[0])),
        default=ctx.sentence.span.start,
    )
    norms = ctx.article.tg.norms
    rep = next((j for j in range(lo, ctx.k) if norms[j] in words.representatives), None)
    hi = ctx.k
    end = ctx.hit.end
    vso = ctx.article.tg.P.word_order != "SVO" and end < ctx.sentence.span.end
    if rep is None and vso and norms[end] in words.representatives:
        # verb first: "yu'rib sufara' X wa-Y", "turahhib hukumat X wa-Y": the word right after it
        rep, hi = end, ctx.sentence.span.end
    if rep is None:
        return []
    group: list[_Item] = []
    for it in items:
        if it[0] <= rep or it[1] > hi:
            continue
        if it[3] is not None or (group and not _links(ctx, group[-1][1], it[0])):
            break
        if not group and it[0] - rep > _REP_GAP:
            break
        group.append(it)
    return group if len(group) >= 2 else []


def _country_group(ctx: CueContext) -> tuple[list[_Item], int] | None:
    """ "The GCC and the United Kingdom reiterated", "akkadat al-Sa'udiyya wa-l-Urdunn", "akkada X
    wa-Y": the coordinated subject by the verb when it holds a country or two parties; (the
    speakers, where the quote may start)."""
    items, words = _speaker_items(ctx), ctx.article.words
    envoys = _represented_countries(ctx, items)
    if envoys:
        return envoys, max(ctx.hit.end, envoys[-1][1])
    if ctx.article.tg.P.word_order == "SVO":
        before = _fold_complements(ctx, [it for it in items if it[1] <= ctx.k])
        if not before or not (
            before[-1][1] == ctx.k or _parenthetical(ctx.doc, before[-1][1], ctx.k)
        ):
            return None
        if _complements_official(ctx, before[-1][0]):
            return None  # "President X of France said": X speaks
        group = [before[-1]]
        listed = False  # "X, Y and Z": a bare comma counts once "and" closed the list
        for it in reversed(before[:-1]):
            conj = any(n in words.conjunction for n in ctx.article.tg.norms[it[1] : group[0][0]])
            if not _links(ctx, it[1], group[0][0]) or not (conj or listed):
                break
            if it[2].kind != group[0][2].kind and _comma_between(ctx, it[1], group[0][0]):
                break  # "relations between Britain and Ghana, and President X stressed": clauses
            listed = listed or conj
            group.insert(0, it)
        start = ctx.hit.end
    else:
        after = [it for it in items if it[0] >= ctx.hit.end]
        if not after or after[0][0] != ctx.hit.end:
            return None
        group = [after[0]]
        for it in after[1:]:
            if not _links(ctx, group[-1][1], it[0]):
                break
            group.append(it)
        start = group[-1][1]
    if len(group) < 2 and not any(it[3] is None for it in group):
        return None  # one named party: the word-order rules
    return group, start


def _comma_between(ctx: CueContext, start: int, end: int) -> bool:
    return any(t in _COMMAS for t in ctx.article.tg.texts[start:end])


def _fold_complements(ctx: CueContext, items: list[_Item]) -> list[_Item]:
    """ "Foreign Minister X of Austria and Y reaffirmed": a country that is the "of Y" of the
    official before it is part of that official's mention (it ends there), not a speaker."""
    out: list[_Item] = []
    for it in items:
        if it[3] is None and out and out[-1][3] is not None and _complements_official(ctx, it[0]):
            out[-1] = (out[-1][0], it[1], out[-1][2], out[-1][3])
            continue
        out.append(it)
    return out


def _complements_official(ctx: CueContext, start: int) -> bool:
    """A party starting at ``start`` is the "of (the) Y" of an official named right before it."""
    tg, words = ctx.article.tg, ctx.article.words
    if start >= 2 and tg.norms[start - 1] in words.article:
        start -= 1  # "X of the United Arab Emirates"
    return (
        start >= 1
        and tg.norms[start - 1] in words.genitive
        and any(p.kind == OFFICIAL and p.end == start - 1 for p in ctx.before)
    )


def _country_say(ctx: CueContext, state: Discourse) -> Outcome | None:
    """One statement per speaker of a coordinated subject holding a country."""
    found = _country_group(ctx)
    if found is None:
        return None
    group, start = found
    s = ctx.sentence.span
    _comp, next_cue = _quote_bounds(ctx, state)
    words = ctx.article.words
    # coordinated speakers' stance verb may govern a short object, as one speaker's does
    # (_statement); a lone country keeps three words ("said the US welcomed the truce")
    short = len(group) >= 2 and ctx.hit.key not in words.inverted_say
    shortest = _SHORTEST if short else 3
    quote = quote_after(ctx.doc, start, min(next_cue, s.end), s.end, words, shortest)
    if ctx.article.tg.P.word_order == "SVO" and not _statement_after(ctx, quote):
        # "Peace depends on dialogue, A and B said in a joint statement": the clause before them
        quote = _lead_clause(ctx, group[0][0]) or quote
    if not quote or _thanks(ctx, start):
        return Outcome((), state)
    rels = tuple(PendingRelation(SAID, it[2], None, s, "said.cue", quote) for it in group)
    parts = tuple(it[3] for it in group if it[3] is not None)
    return Outcome(
        rels,
        state.evolve(
            said_here=True,
            subjects=parts or state.subjects,
            speaker=parts[0] if parts else state.speaker,
        ),
    )


def _thanks(ctx: CueContext, start: int) -> bool:
    """ "reiterated his gratitude", "expressed his thanks": thanking is no statement (a thanks word
    among the first words after the verb and its speaker)."""
    s = ctx.sentence.span
    return any(
        n in ctx.article.words.thanks
        for n in ctx.article.tg.norms[start : min(s.end, start + _THANKS)]
    )


def _joint_text_follows(ctx: CueContext) -> bool:
    """ "A joint statement was issued at the end of X's visit. Following is its text:" (a colon
    cue, a joint statement named in its sentence or the one before): the text is both parties'
    (or none's), not the statement of the one official named there."""
    tg, s, words = ctx.article.tg, ctx.sentence.span, ctx.article.words
    if ctx.cue != SAY_COLON:
        return False
    start = ctx.doc[s.start - 1].sent.start if s.start > 0 else s.start  # the sentence before too
    norms = tg.norms[start : s.end]
    return (
        ctx.cue == SAY_COLON
        and any(n in words.joint for n in norms)
        and any(n in words.statement_noun for n in norms)
    )


def _told_by(ctx: CueContext) -> bool:
    """ "ittala'a minhu 'ala": "from him" right after the verb makes its subject the one told (a
    briefing received): no statement of its subject."""
    tg, e = ctx.article.tg, ctx.hit.end
    return e < ctx.sentence.span.end and tg.norms[e] in ctx.article.words.informant_prep


def _listed_not_said(ctx: CueContext) -> bool:
    """ "the following documents were signed:" (a colon cue, then a noun that names no statement
    and a passive's auxiliary): a list of things done, no statement."""
    tg, e, words = ctx.article.tg, ctx.hit.end, ctx.article.words
    return (
        ctx.cue == SAY_COLON
        and e + 1 < ctx.sentence.span.end
        and tg.norms[e] not in words.statement_noun
        and tg.norms[e + 1] in words.past_auxiliary
    )


def _according_verb(ctx: CueContext) -> bool:
    """ "hasba ma afada bihi bayan li-l-wizara": the say verb of an "according to" phrase (two
    words at most after it) names its source, which the phrase's cue already took."""
    return any(
        h.info[0] == ACCORDING and 0 < ctx.k - c <= 2 for c, h in ctx.sentence.cues[: ctx.index]
    )


def _passive_say(ctx: CueContext) -> bool:
    """A verb of saying right after a form of "be" (``passive_auxiliary``): a passive ("X was
    briefed", "X had been told"), its subject the one told."""
    tg = ctx.article.tg
    return (
        ctx.cue == SAY
        and ctx.k > ctx.sentence.span.start
        and tg.norms[ctx.k - 1] in ctx.article.words.passive_auxiliary
    )


def _colon_pending(ctx: CueContext, state: Discourse, sp_list: list[Part]) -> Discourse:
    """ "X said:" (or "The following is attributable to X:"): the quotation comes next."""
    return state.evolve(
        pending_colon=(sp_list[0], ctx.sentence.span),
        colon_group=tuple(sp_list) if len(sp_list) > 1 else (),
        colon_announced=ctx.cue == SAY_COLON,
        speaker=sp_list[0],
        said_here=True,
    )


def _say(ctx: CueContext, state: Discourse) -> Outcome:
    if ctx.sentence.in_headline or _closing_attribution(ctx) or _told_by(ctx):
        return Outcome((), state)
    if _passive_say(ctx):
        return Outcome((), state)  # "the minister was briefed on …": she was told, said nothing
    if _listed_not_said(ctx) or _according_verb(ctx):
        return Outcome((), state)
    countries = _country_say(ctx, state) if ctx.cue != SAY_ADVERBIAL else None
    if countries is not None:
        return countries
    joint = _joint_say(ctx, state)
    if joint is not None:
        return joint
    s = ctx.sentence.span
    profile = ctx.article.tg.P
    nested = (
        ctx.k > state.reported_from and ctx.cue != SAY_ADVERBIAL and not _coordinated_clause(ctx)
    )
    comp, next_cue = _quote_bounds(ctx, state)
    after = ctx.parts_between(ctx.hit.end, next_cue)
    clause = _clause_start(ctx)
    sp_list, rule = _speakers(
        ctx, tuple(p for p in after if clause is None or p.start < clause), state, nested
    )
    if not sp_list:
        return Outcome((), state)
    sp_list = [_publishing_body(ctx, sp) for sp in sp_list]
    if comp is not None:
        state = state.evolve(reported_from=comp)
    quote, q_start = _statement(ctx, sp_list, after, next_cue, rule == "said.joint")
    if profile.word_order == "SVO" and _reports_another(ctx, q_start):
        return Outcome((), state)
    if _quotation_follows(ctx, quote, q_start):
        if len(sp_list) == 1 and _joint_text_follows(ctx):
            return Outcome((), state)
        return Outcome((), _colon_pending(ctx, state, sp_list))
    if profile.word_order == "SVO":
        quote = _trailing_attribution(ctx, sp_list[0], quote)
    if not quote or _thanks(ctx, q_start - 1):
        return Outcome((), state)
    near = ctx.before + after
    rule = rule or ("said.cue" if near and any(p in near for p in sp_list) else "said.carried")
    rels = tuple(said(sp, quote, s, rule) for sp in sp_list)
    topic = sp_list[0] if sp_list[0].kind == OFFICIAL and len(sp_list) == 1 else state.topic
    if guest_at(ctx.article.tg, sp_list[0].start) is not None:
        topic = state.topic  # "the guest" is named by the host, who stays the topic
    speaker: Part | None = sp_list[0]
    if _reported_speaker(ctx, state, sp_list[0], nested):
        # "qala X inna Y akkada …, wa-awdaha anna …": X, who reports Y, goes on speaking
        speaker, topic = state.speaker, state.topic
    return Outcome(
        rels,
        state.evolve(speaker=speaker, topic=topic, said_here=True, subjects=tuple(sp_list)),
    )


def _reported_speaker(ctx: CueContext, state: Discourse, sp: Part, nested: bool) -> bool:
    """``sp`` speaks inside what the sentence's earlier speaker reports ("qala X inna Y akkada …,
    mushiran …"): the verb is nested, or a participle of the one reported just before."""
    outer = state.speaker
    if not state.said_here or outer is None:
        return False
    if nested:
        return True
    inner = state.subjects[0] if state.subjects else None
    return (
        ctx.cue == SAY_ADVERBIAL
        and inner is not None
        and (inner.kind, inner.ref) != (outer.kind, outer.ref)
        and (sp.kind, sp.ref) == (inner.kind, inner.ref)
    )


def _reports_another(ctx: CueContext, q_start: int) -> bool:
    """ "The spokesman added that President X stressed …": what was said opens with another
    speaker and his own verb of saying; that clause is his statement, not one of the reporter."""
    tg, s, words = ctx.article.tg, ctx.sentence.span, ctx.article.words
    i = q_start
    while i < s.end and (tg.norms[i] in words.complementiser or tg.texts[i] in _COMMAS):
        i += 1
    i += i < s.end and tg.norms[i] in words.article
    p = next((p for p in ctx.sentence.parts if p.start == i and p.kind != COUNTRY), None)
    if p is None or p in ctx.before:
        return False
    j = p.end
    while j < s.end and tg.norms[j] in words.auxiliary:
        j += 1
    if j > p.end and tg.norms[j - 1] in words.passive_auxiliary:
        return False  # "said the minister had been briefed": the one told, no speaker
    return any(c == j and ch.info[0] == SAY for c, ch in ctx.later_cues)


def _relayed_speaker(ctx: CueContext, state: Discourse) -> list[Part]:
    """ "naqala X 'an Y qawlahu …": the verbal noun of saying after a relaying verb of its
    sentence is Y's, the party named, or the title held, right before it (not the relayer X)."""
    if not any(ch.info[0] == SAY_RELAY for _c, ch in ctx.sentence.cues[: ctx.index]):
        return []
    named = [p for p in ctx.before if mention_end(ctx, p) == ctx.k]
    if named:
        return named[-1:]
    unnamed = unnamed_before(ctx)
    return holder(ctx, state, unnamed) if unnamed is not None else []


SAY_RELAY = "say_relay"


def _relay(ctx: CueContext, state: Discourse) -> Outcome:
    """ "naqala X 'an Y qawlahu inna …": X relays what Y said; the verbal noun of saying after Y (a
    say cue) gives Y's statement, the relaying verb none. Without one, a say verb."""
    if any(ch.info[0] in STARTS for _c, ch in ctx.later_cues):
        return Outcome((), state)
    return _say(ctx, state)


# ---------------------------------------------------------------- according to
def _welcome(ctx: CueContext, state: Discourse) -> Outcome:
    """ "X welcomed Y to Washington", "rahhaba X bi-Y": welcoming a person (an official or a
    delegation right after the verb, or after the glued "bi") is hosting them, a meeting, not a
    statement; welcoming anything else ("welcomed Y's proposal") is a statement."""
    from .met_with import _framed, can_meet, is_future, meet, met  # a meeting, not a statement

    if is_future(ctx):
        return Outcome((), state)  # "will welcome": neither a meeting nor a statement yet
    tg = ctx.article.tg
    if ctx.hit.end < ctx.sentence.span.end and tg.norms[ctx.hit.end] in ctx.article.words.agentive:
        return meet(ctx, state)  # "X was welcomed by Y": a passive reception, Y the host
    if _passive_by(ctx):
        return meet(ctx, state)  # "X was welcomed at State House on Monday by Y"
    if _vocative(ctx) or _greeting(ctx):
        return Outcome((), state)  # "Minister X, welcome to Oslo": the speaker greets X
    ents = ctx.article.entities
    guest = _welcomed(ctx, [p for p in ctx.after if can_meet(ents, p)])
    if guest is None and _welcomes_a_person(ctx):
        return Outcome((), state)  # "welcomed the Greek official, …": a guest, no statement
    if guest is None or ctx.sentence.in_headline:
        return _say(ctx, state)
    order = ctx.article.tg.P.word_order
    hosts = [p for p in SPEAKERS[order](ctx, tuple(ctx.after), state) if p != guest]
    if not hosts:
        return _say(ctx, state)
    rels = met(ents, hosts[:1], [guest], ctx.sentence.span, "met.verb")
    subject = hosts[0] if hosts[0].kind == OFFICIAL else state.subject_here
    # the meeting told: attendees named next ("Joining X were …") join it
    state = _framed(state, hosts[:1], [guest], None)
    return Outcome(tuple(rels), state.evolve(subject_here=subject))


def _call_on(ctx: CueContext, state: Discourse) -> Outcome:
    """ "X called on Y to act" urges Y (a statement); "X called on Y at the palace", with an
    official right after the verb and no "to" complement, is a courtesy visit (a meeting)."""
    from .met_with import can_meet, meet

    ents, tg, words = ctx.article.entities, ctx.article.tg, ctx.article.words
    if tg.norms[ctx.hit.start] in words.future:
        return Outcome((), state)  # "is scheduled to call on X", "will call on X": a visit to come
    after = [p for p in ctx.after if can_meet(ents, p)]
    stop = next((c for c, _h in ctx.later_cues), ctx.sentence.span.end)
    urged = words.complementiser | words.statement_prep
    if not after and not any(tg.norms[i] in urged for i in range(ctx.hit.end, stop)):
        # "he called on Emperor X at the Palace" (no party the text names): no one urged to act
        return Outcome((), state)
    if not after or after[0].kind != OFFICIAL or ctx.sentence.in_headline:
        return _say(ctx, state)
    if not _guest_lead_in(ctx, after[0].start) and after[0].start != ctx.hit.end:
        return _say(ctx, state)
    stop = _clause_end(ctx, after[0].end, stop)
    urging = any(tg.norms[i] in words.complementiser for i in range(after[0].end, stop))
    if urging and not _visit_purpose(ctx, after[0].end, stop):
        return _say(ctx, state)
    return meet(ctx, state)


def _clause_end(ctx: CueContext, lo: int, stop: int) -> int:
    """Where the clause of "called on Y" ends before ``stop``: at a comma and a conjunction after
    Y that no party follows (a second clause coordinated to the visit): a "to" past it is that
    clause's verb's, no one urged."""
    tg, words = ctx.article.tg, ctx.article.words
    starts = {p.start for p in ctx.after}
    for i in range(lo, stop - 1):
        if tg.texts[i] in COMMAS and tg.norms[i + 1] in words.conjunction and i + 2 not in starts:
            return i
    return stop


def _visit_purpose(ctx: CueContext, lo: int, stop: int) -> bool:
    """ "X called on Minister Y to discuss Z": the only complementiser after the official opens
    a discussing verb (the next cue, right after it): the purpose of a visit, no one urged."""
    from .met_with import MEET_WITH

    tg, words = ctx.article.tg, ctx.article.words
    to = [i for i in range(lo, stop) if tg.norms[i] in words.complementiser]
    cue = next(((c, ch) for c, ch in ctx.later_cues if c == stop), None)
    return len(to) == 1 and to[0] + 1 == stop and cue is not None and cue[1].info[0] == MEET_WITH


_PASSIVE_GAP = 10  # "was welcomed at the Presidential Palace on Monday by": tokens to "by"


def _passive_by(ctx: CueContext) -> bool:
    """ "X was welcomed at the palace on Monday by Y" (SVO): a passive verb (an auxiliary right
    before it) whose agent, "by" and a party, follows a place or a time."""
    tg, s, words = ctx.article.tg, ctx.sentence.span, ctx.article.words
    if tg.P.word_order != "SVO" or ctx.k <= s.start or tg.norms[ctx.k - 1] not in words.auxiliary:
        return False
    stop = min(ctx.next_cue, s.end, ctx.hit.end + _PASSIVE_GAP)
    by = next((i for i in range(ctx.hit.end, stop) if tg.norms[i] in words.agentive), None)
    if by is None:
        return False
    # the agent may be a body behind representatives or staff words, articles and genitives
    links = words.representatives | words.staff | words.article | words.genitive
    return any(
        0 <= p.start - by <= 2 or all(n in links for n in tg.norms[by + 1 : p.start])
        for p in ctx.after
        if p.start > by
    )


def _vocative(ctx: CueContext) -> bool:
    """ "Minister X, welcome to Oslo." (remarks, a transcript's turn): an official opening the
    sentence (titles at most before the name), a comma, and the verb right after it: X is
    addressed, no subject (a subject takes its verb without the comma)."""
    tg, s = ctx.article.tg, ctx.sentence.span
    before = [p for p in ctx.sentence.parts if p.start < ctx.k]
    if len(before) != 1 or before[0].kind != OFFICIAL or tg.P.word_order != "SVO":
        return False
    p = before[0]
    if p.end + 1 != ctx.k or tg.texts[p.end] != ",":
        return False
    return all(tg.kind(j) == "title" for j in range(s.start, p.start))


def _greeting(ctx: CueContext) -> bool:
    """A greeting: the welcome verb opens its clause (the sentence's start, a comma, or a
    conjunction after a comma), a place preposition and a capitalised place name right after it,
    and no agent before the clause's next punctuation ("Deputy, my friend, welcome to Turku."):
    the speaker greets the addressee, no statement of hers; a lower-case word after the
    preposition (an event the speaker opens) is left to the statement rules."""
    tg, s, words, k = ctx.article.tg, ctx.sentence.span, ctx.article.words, ctx.k
    j = ctx.hit.end
    if j + 1 >= s.end or tg.norms[j] not in words.venue_prep:
        return False
    if not tg.P.cased or not tg.texts[j + 1][:1].isupper():
        return False
    opens = k == s.start or tg.texts[k - 1] == ","
    if not opens and tg.norms[k - 1] in words.conjunction:
        opens = k - 1 == s.start or tg.texts[k - 2] == ","
    if not opens:
        return False
    stop = next((i for i in range(j, s.end) if tg.is_punct[i]), s.end)
    return not any(tg.norms[i] in words.agentive for i in range(j, stop))


def _welcomes_a_person(ctx: CueContext) -> bool:
    """ "welcomed the Greek official," / "welcomed his guest.": the object is a person named by a
    person word or a role (a country word before it at most), closed by punctuation."""
    tg, words, s = ctx.article.tg, ctx.article.words, ctx.sentence.span
    j = ctx.hit.end
    if tg.P.word_order == "VSO":  # "rahhaba X bi-l-dayf": the person after the glued "bi"
        k = next(
            (
                k
                for k in range(j, min(s.end, j + _LEAD_IN))
                if tg.is_punct[k]
                or (tg.norms[k] in words.object_marker and not tg.doc[k].whitespace_)
            ),
            None,
        )
        j = k + 1 if k is not None and not tg.is_punct[k] else j
    if j < s.end and (tg.norms[j] in words.article or tg.norms[j] in words.possessive):
        j += 1
    if (
        j + 1 < s.end
        and tg.P.cased
        and tg.texts[j].islower()
        and (tg.kind(j + 1) == "title" or tg.norms[j + 1] in words.person_noun)
    ):
        # "welcomed the visiting Minister", "the visiting official": an adjective of the guest,
        # before the title or the person word
        j += 1
    while j < s.end and tg.kind(j) == "country":
        j += 1
    if j >= s.end:
        return False
    h = tg.at(j, "title")
    if tg.norms[j] in words.person_noun:
        end = j + 1
    elif h is not None and h.info[0] == "role":
        end = h.end
    else:
        return False
    # closed by punctuation, or by "and" and the host's next verb ("… and underlined …")
    return end >= s.end or tg.is_punct[end] or _and_verb(ctx, end)


def _and_verb(ctx: CueContext, end: int) -> bool:
    """ "and" at ``end``, a cue right after it."""
    return ctx.article.tg.norms[end] in ctx.article.words.conjunction and any(
        c == end + 1 for c, _ in ctx.later_cues
    )


def _welcomed(ctx: CueContext, after: list[Part]) -> Part | None:
    """The person welcomed: VSO, the first party after the glued "bi"; SVO, the party right after
    the verb, not followed by a possessive or "of"."""
    if not after:
        return None
    if ctx.article.tg.P.word_order == "VSO":
        return next((p for p in after if p.after_bi), None)
    guest, tg, words = after[0], ctx.article.tg, ctx.article.words
    if guest.start - ctx.hit.end > 1 and not _guest_lead_in(ctx, guest.start):
        return None
    nxt = tg.norms[guest.end] if guest.end < ctx.sentence.span.end else ""
    if (
        nxt in words.genitive
        and guest.kind == OFFICIAL
        and country_named_at(ctx.article.tg, guest.end + 1)
    ):
        return guest  # "welcomed President X of Lebanon"
    return None if nxt in words.genitive or nxt in words.possessive_marker else guest


_LEAD_IN = 4  # at most this many words between "welcomed" and its guest's name


def _guest_lead_in(ctx: CueContext, start: int) -> bool:
    """Only the guest's own words between the verb and the name: articles, possessives, titles,
    countries and capitalised honorifics ("welcomed His Highness Sheikh X", "welcomed his
    Jordanian counterpart X"), not a noun of its own ("welcomed the decision of X")."""
    tg, words = ctx.article.tg, ctx.article.words
    if start - ctx.hit.end > _LEAD_IN:
        return False
    for i in range(ctx.hit.end, start):
        if tg.kind(i) in ("title", "country"):
            continue
        norm, text = tg.norms[i], tg.texts[i]
        if norm in words.article or norm in words.possessive:
            continue
        if not (tg.is_alpha[i] and text[:1].isupper()):
            return False
    return True


def _according_source(ctx: CueContext, comma: int, state: Discourse) -> Part | None:
    """The party named between "according to" and the comma, or the last speaker after a possessive
    ("according to him")."""
    inside = ctx.parts_between(ctx.hit.end, comma)
    if inside:
        return _publishing_body(ctx, inside[0])
    words = ctx.article.words
    possessive = any(
        t.norm_ in words.possessive
        or (t.text.endswith(tuple(words.possessive_suffix)) and len(t.text) > 3)
        for t in ctx.doc[ctx.hit.end : comma]
    )
    return (state.speaker or state.topic) if possessive else None


def _publishing_body(ctx: CueContext, p: Part) -> Part:
    """ "X held talks with Y, according to a statement of the ministry" ("hasba ma afada bihi
    bayan li-l-wizara"), "a statement of the ministry said" ("wa-afada balagh li-l-wizara"): a
    bare definite body head after a statement noun is the body of the lead's first official (the
    publisher of the release), not the last one named."""
    tg, ents = ctx.article.tg, ctx.article.entities
    h = tg.hits.get(p.start)
    if (
        p.kind != AGENCY
        or h is None
        or h.kind != "agency"
        or (h.start, h.end) != (p.start, p.end)
        or p.end - p.start != 1
        or not tg.is_def(p.start)
        or not _statement_noun_by(ctx, p)
    ):
        return p
    first = _lead_official(ctx)
    if first is None:
        return p
    kind = ents.agencies[ents.acanon(p.ref)].kind
    own = {
        a
        for a in map(ents.acanon, ents.officials[ents.canon(first.ref)].agencies)
        if ents.agencies[a].kind == kind
    }
    return Part(AGENCY, own.pop(), p.start, p.end) if len(own) == 1 else p


def _statement_noun_by(ctx: CueContext, p: Part) -> bool:
    """A statement noun between the cue and the body ("afada bayan li-l-wizara"), or right after
    the body that follows the verb ("wa-qalat al-wizara fi bayan")."""
    tg, nouns = ctx.article.tg, ctx.article.words.statement_noun
    if any(tg.norms[i] in nouns for i in range(ctx.hit.end, p.start)):
        return True
    end = min(p.end + 3, ctx.sentence.span.end)
    return 0 <= p.start - ctx.hit.end <= 1 and any(tg.norms[i] in nouns for i in range(p.end, end))


def _lead_official(ctx: CueContext) -> Part | None:
    """The first official of the lead: the first sentence after the headline that names one (the
    headline may name an official before it), this one when it is the lead (before the cue)."""
    parts = ctx.article.entities.parts
    for i in range(1, ctx.sentence.index):
        first = next((q for q in parts.get(i, ()) if q.kind == OFFICIAL), None)
        if first is not None:
            return first
    return next((q for q in ctx.sentence.parts if q.kind == OFFICIAL and q.end <= ctx.k), None)


def _according_quote(ctx: CueContext, comma: int | None) -> str:
    """What the source said: the clause after "according to X," at the start or after
    ", according to X," in the middle; the clause before a trailing ", according to X"."""
    doc, k, s = ctx.doc, ctx.k, ctx.sentence.span
    if k - s.start <= 2:
        return clause_text(doc, comma + 1, s.end) if comma is not None else ""
    opening = k - 1 if ctx.article.tg.texts[k - 1] in _COMMAS else None
    after = clause_text(doc, comma + 1, s.end) if comma is not None and opening is not None else ""
    if len(after.split()) >= 3:
        return after
    before = clause_text(doc, s.start, opening if opening is not None else k)
    return before if len(before.split()) >= 3 else ""


def _according(ctx: CueContext, state: Discourse) -> Outcome:
    tg, k, h, s = ctx.article.tg, ctx.k, ctx.hit, ctx.sentence.span
    if ctx.sentence.in_headline or k > state.reported_from or state.said_here:
        # a trailing "as he put it" belongs to the statement already taken
        return Outcome((), state)
    comma = next((j for j in range(h.end, s.end) if tg.texts[j] in _COMMAS), None)
    sp = _according_source(ctx, s.end if comma is None else comma, state)
    quote = _according_quote(ctx, comma) if sp is not None else ""
    if sp is None or not quote:
        return Outcome((), state)
    rel = said(sp, quote, s, "said.according")
    return Outcome((rel,), state.evolve(speaker=sp, said_here=True))


# ---------------------------------------------------------------- "X said:" + the next sentence
def _dateline(art: ArticleView, view: SentenceView) -> bool:
    """A short line with a date ("Rabat, 4 March"): not yet the statement that was announced."""
    s = view.span
    return len(s) <= _DATELINE and any(i in art.tg.dates for i in range(s.start, s.end))


def _venue_line(art: ArticleView, view: SentenceView) -> bool:
    """A short line of capitalised words and commas under a heading ("State House, Abuja", "The
    East Room", "Ministry of Foreign Affairs, Riyadh": short lower-case joiners allowed): the venue
    of the remarks, not yet the statement the heading announced."""
    s, texts = view.span, art.tg.texts
    if len(s) > _DATELINE or view.cues:
        return False
    words = [t for t in (texts[i].strip() for i in range(s.start, s.end)) if t and t != ","]
    if not words or not words[0][:1].isupper():
        return False
    return all(w[:1].isupper() or (w.isalpha() and w.islower() and len(w) <= 3) for w in words)


def _statement_heading(art: ArticleView, view: SentenceView, state: Discourse) -> Outcome | None:
    """A headline "Statement by X …" (a statement noun first): X is the speaker of the body that
    follows."""
    s = view.span
    if not view.in_headline or art.tg.norms[s.start] not in art.words.statement_noun:
        return None
    speaker = next((p for p in view.parts if p.start - s.start <= _HEADING), None)
    if speaker is None:
        return None
    if _joint_parties(art, view, speaker):
        return None  # "Joint Statement by X and Y": its parties, not its first one (_joint_heading)
    if ":" in art.tg.texts[s.start : speaker.start]:
        # "Press statement: the Minister holds talks with …": the statement noun labels the
        # release, the party after the colon is the subject of its headline, no author
        return None
    return Outcome(
        (), state.evolve(pending_colon=(speaker, s), colon_group=(), colon_announced=False)
    )


def _joint_parties(art: ArticleView, view: SentenceView, speaker: Part) -> bool:
    """A joint word in a statement's headline before its first party, or anywhere when another
    party is coordinated with the first ("Remarks by X and Y at a joint press conference"); a
    joint event after a lone author ("Remarks by X at the joint press point with Y") is hers."""
    norms, s, joint = art.tg.norms, view.span, art.words.joint
    if not any(n in joint for n in norms[s.start : s.end]):
        return False
    if any(n in joint for n in norms[s.start : speaker.start]):
        return True
    j = speaker.end + (speaker.end < s.end and art.tg.texts[speaker.end] == ",")
    return j < s.end and norms[j] in art.words.conjunction


def _joint_heading(art: ArticleView, view: SentenceView, state: Discourse) -> Outcome | None:
    """A headline "Joint Statement by X and Y" / "bayan mushtarak": its parties (countries too) are
    the speakers "the two sides affirmed" names in the body when no meeting frame does."""
    s, words = view.span, art.words
    if not view.in_headline or not any(n in words.joint for n in art.tg.norms[s.start : s.end]):
        return None
    if not any(n in words.statement_noun for n in art.tg.norms[s.start : s.end]):
        return None
    refs: list[Ref] = []
    for it in _items(art, view):
        if it[2] not in refs:
            refs.append(it[2])
    return Outcome((), state.evolve(joint=tuple(refs))) if len(refs) >= 2 else None


def _joint_say(ctx: CueContext, state: Discourse) -> Outcome | None:
    """ "The two sides affirmed …" after a joint statement's headline: one SAID per party."""
    if not state.joint or state.frame is not None or ctx.cue == SAY_ADVERBIAL:
        return None
    if ctx.cue != SAY_JOINT and not _joint_subject(ctx):
        return None
    s = ctx.sentence.span
    _comp, next_cue = _quote_bounds(ctx, state)
    start = _joint_subject_end(ctx) or ctx.hit.end
    quote = quote_after(ctx.doc, start, min(next_cue, s.end), s.end, ctx.article.words)
    if not quote:
        return None
    ents = ctx.article.entities
    speakers = [_country_official(ents, r) if r.kind == COUNTRY else r for r in state.joint]
    rels = tuple(PendingRelation(SAID, r, None, s, "said.joint", quote) for r in speakers)
    return Outcome(rels, state.evolve(said_here=True))


def _country_official(ents: Entities, r: Ref) -> Ref:
    """A country of a joint statement's headline speaks through its one official in the article
    ("the two ministers"), else as itself."""
    first: dict[int, int] = {}  # each official of the country, by their first mention
    for si in sorted(ents.parts):
        for p in ents.parts[si]:
            if p.kind == OFFICIAL and ents.country_of(p) == r.key:
                first.setdefault(ents.canon(p.ref), p.start)
    if len(first) == 1:
        return Ref(OFFICIAL, next(iter(first)))
    return Ref(OFFICIAL, min(first, key=first.__getitem__)) if first else r


def _colon_quotation(art: ArticleView, view: SentenceView, state: Discourse) -> Outcome | None:
    """The sentence after "X said:" is X's statement, unless it has a say cue of its own."""
    if state.pending_colon is None or _dateline(art, view) or _venue_line(art, view):
        return None
    sp, _ev = state.pending_colon
    group = state.colon_group or (sp,)  # a group's statement: one SAID each
    state = state.evolve(pending_colon=None)
    if _own_statement(view, state, len(group)):
        # a statement of its own, or one that announces the next ("The following is
        # attributable to X:"): the group stays for its "we" (_communique_voice)
        return Outcome((), state)
    state = state.evolve(
        colon_group=(),
        colon_quoted_at=view.index if len(group) == 1 else -1,
        group_quote=group if len(group) > 1 else (),
    )
    s = view.span
    quote = quoted(art.doc, s.start, s.end) or clause_text(art.doc, s.start, s.end)
    return Outcome(tuple(said(p, quote, s, "said.colon") for p in group), state)  # meetings count


def _own_statement(view: SentenceView, state: Discourse, speakers: int) -> bool:
    """The sentence after a colon has a say cue of its own (or announces the next one), so it is
    no quotation of the colon's speaker; but the text one speaker's statement was attributed to
    ("The following is attributable to X: / The Government condemns …") is X's, whatever it
    says inside."""
    kinds = [h.info[0] for _, h in view.cues]
    if SAY_COLON in kinds:
        return True
    if state.colon_announced and speakers == 1:
        return False
    return any(k in STARTS for k in kinds)


_OPENING_QUOTES = ('"', "\u201c")
_QUOTE_CHARS = ('"', "\u201c", "\u201d")


def _group_paragraph(art: ArticleView, view: SentenceView, state: Discourse) -> Outcome | None:
    """A joint statement quoted over several paragraphs ("X and Y issued the following statement:
    / '… / 'We reaffirm … / 'We welcome …'"): each paragraph that opens the quotation again is
    another statement of the group, one SAID per speaker (FORMAT.md: a joint statement gives one
    SAID per speaker). A paragraph opening without a quotation mark closes the group's quotation."""
    s, tg = view.span, art.tg
    if not state.group_quote or not _line_start(tg, s.start):
        return None
    if not _opens_quotation_alone(tg, view):
        return Outcome((), state.evolve(group_quote=()))
    if _marks_on_line_before(art, s) % 2 == 0:
        return Outcome((), state.evolve(group_quote=()))  # the group's quotation closed
    quote = quoted(art.doc, s.start, s.end) or clause_text(art.doc, s.start, s.end)
    return Outcome(tuple(said(p, quote, s, "said.colon") for p in state.group_quote), state)


def _opens_quotation_alone(tg: Tagger, view: SentenceView) -> bool:
    """The sentence opens with a quotation mark and holds no cue that starts a statement of its
    own: more words of a quotation told before, if one is going on."""
    return tg.texts[view.span.start] in _OPENING_QUOTES and not any(
        h.info[0] in STARTS for _, h in view.cues
    )


def _marks_on_line_before(art: ArticleView, s: Span) -> int:
    """The quotation marks on the last line before sentence ``s`` (an odd count: a quotation
    that line left open)."""
    text, end = doc_text(art.doc), s.start_char
    while end > 0 and text[end - 1].isspace():
        end -= 1
    before = text[text.rfind("\n", 0, end) + 1 : end]
    return sum(before.count(c) for c in _QUOTE_CHARS)


def _continued_quotation(art: ArticleView, view: SentenceView, state: Discourse) -> Outcome | None:
    """A paragraph that opens a quotation with no say verb outside it, right after a paragraph
    whose quoted statement closed, is more of that speaker's words ("'…,' the minister added. /
    'We also …'"): one SAID. A paragraph after one whose quotation stays open continues the same
    statement (a quotation over several paragraphs is one statement)."""
    s, tg = view.span, art.tg
    if view.in_headline or state.pending_colon is not None or state.speaker is None:
        return None
    # "Quotes attributable to X: / '…' / '…'": the quotation a colon announced said it too
    said_before = state.said_here or state.colon_quoted_at == view.index - 1
    if not said_before or not _line_start(tg, s.start):
        return None
    if not _opens_quotation_alone(tg, view):
        return None
    marks = _marks_on_line_before(art, s)
    if marks == 0 or marks % 2:
        return None  # no quotation before, or one still open: the same statement goes on
    quote = quoted(art.doc, s.start, s.end) or clause_text(art.doc, s.start, s.end)
    return Outcome((said(state.speaker, quote, s, "said.continued"),), state)


# ---------------------------------------------------------------- transcript speaker turns
def _line_start(tg: Tagger, i: int) -> bool:
    return i == 0 or "\n" in tg.ws[i - 1] or (tg.is_space[i - 1] and "\n" in tg.texts[i - 1])


def _turn_label(art: ArticleView, view: SentenceView) -> tuple[Part, int] | None:
    """A line opening "TITLE NAME:" (only the speaker's title and name before the colon): (speaker,
    colon)."""
    s = view.span
    if not _line_start(art.tg, s.start):
        return None
    colon = next(
        (
            j
            for j in range(s.start + 1, min(s.end - 1, s.start + _TURN_LABEL + _TURN_ASIDE))
            if art.tg.texts[j] in (":", "):")
        ),
        None,
    )
    if colon is None:
        return None
    parts = [p for p in view.parts if p.start < colon]
    if len(parts) != 1 or parts[0].kind != OFFICIAL:
        return None
    if parts[0].end != colon and not _aside(art.tg, parts[0].end, colon):
        return None
    if not _capital_label(art.tg, s.start, parts[0].start) and any(
        art.tg.kind(j) is None and art.tg.norms[j] not in art.words.article
        for j in range(s.start, parts[0].start)
    ):
        return None  # words before the name that are no title ("THE PRESIDENT:" passes)
    return parts[0], colon


def _capital_label(tg: Tagger, start: int, end: int) -> bool:
    """Tokens start..end are words in capitals (a transcript's label: "PERSONAL ENVOY X:" names
    the post in full, listed title or not)."""
    return end > start and all(
        tg.texts[j].isupper() and tg.texts[j].replace("-", "").isalpha() for j in range(start, end)
    )


def _initials_label(art: ArticleView, view: SentenceView) -> tuple[Part, int] | None:
    """ "PE: …" at the start of a line: capitals and a colon, the initials of the post of an
    earlier turn's label ("PERSONAL ENVOY X:"), as transcripts shorten a speaker's later turns:
    (that speaker, colon)."""
    tg, s = art.tg, view.span
    if s.end - s.start < 3 or tg.texts[s.start + 1] != ":" or not _line_start(tg, s.start):
        return None
    label = tg.texts[s.start]
    if not (2 <= len(label) <= 5 and label.isalpha() and label.isupper()):
        return None
    for p in art.officials_last_first:
        if p.start >= s.start or p.end >= len(tg.texts) or tg.texts[p.end] != ":":
            continue
        first = p.start
        while first > 0 and p.start - first < _TURN_LABEL and not _line_start(tg, first):
            first -= 1
        # the post's initials, then the name's words (one or more): "PERSONAL ENVOY X Y" -> PE
        words = [w for t in tg.texts[first : p.end] for w in t.split("-") if w]
        initials = "".join(w[0] for w in words)
        if _line_start(tg, first) and initials.startswith(label) and len(initials) > len(label):
            return p, s.start + 1
    return None


def _aside(tg: Tagger, start: int, end: int) -> bool:
    """ "MINISTER X (through interpreter):": tokens start..end are one bracketed aside."""
    if tg.texts[end] == "):":  # the tokenizer glues the bracket to the colon
        end += 1
    return end - start >= 3 and tg.texts[start] == "(" and tg.texts[end - 1][:1] == ")"


def _turn_text(doc: Doc, start: int) -> str:
    """The first words of a turn: from ``start`` to the end of its line."""
    end = start
    while end < len(doc) and "\n" not in doc[end].text_with_ws:
        end += 1
    words = doc[start : min(end + 1, len(doc))].text.split()
    return " ".join(words[:_TURN_WORDS])


def _bracket_label(art: ArticleView, view: SentenceView) -> tuple[Part, int] | None:
    """ "PROGRAMME DIRECTOR (Mr. X, Head of Public Diplomacy, DIRCO): …" at the start of a line:
    a role in capitals, then the one official in brackets closed right before the colon."""
    s, tg = view.span, art.tg
    if not _line_start(tg, s.start):
        return None
    opening = next(
        (j for j in range(s.start + 1, min(s.end, s.start + 4)) if tg.texts[j] == "("), None
    )
    if opening is None or not all(tg.texts[j].isupper() for j in range(s.start, opening)):
        return None
    colon = next(
        (
            j
            for j in range(opening + 1, min(s.end - 1, opening + _BRACKET_LABEL))
            if tg.texts[j] in (":", "):")
        ),
        None,
    )
    if colon is None or not (tg.texts[colon] == "):" or tg.texts[colon - 1] == ")"):
        return None
    officials = [p for p in view.parts if opening < p.start < colon and p.kind == OFFICIAL]
    return (officials[0], colon) if len(officials) == 1 else None


_BRACKET_LABEL = 20  # at most this many tokens in a bracketed speaker label


def _role_label(art: ArticleView, view: SentenceView) -> tuple[Part, int] | None:
    """ "MODERATOR: Next question." at the start of a line: a role in capitals alone, the same
    role an earlier turn's label gave with its holder in brackets ("MODERATOR (X, Director of
    Communications): …"): (that holder, colon)."""
    tg, s = art.tg, view.span
    if not _line_start(tg, s.start):
        return None
    colon = next(
        (j for j in range(s.start + 1, min(s.end - 1, s.start + 4)) if tg.texts[j] == ":"), None
    )
    if colon is None or not _capital_label(tg, s.start, colon):
        return None
    label = tg.texts[s.start : colon]
    for p in art.officials_last_first:
        if p.start >= s.start:
            continue
        opening = next(
            (j for j in range(p.start - 1, max(0, p.start - 3), -1) if tg.texts[j] == "("), None
        )
        first = opening - len(label) if opening is not None else -1
        if first >= 0 and tg.texts[first:opening] == label and _line_start(tg, first):
            return p, colon
    return None


def _speaker_turn(art: ArticleView, view: SentenceView, state: Discourse) -> Outcome | None:
    """ "SECRETARY X: …" / "Minister X: …" at the start of a line: one SAID with the turn's text."""
    label, rule = _turn_label(art, view), "said.turn"
    if label is None:
        label, rule = _bracket_label(art, view), "said.turn_role"
    if label is None:
        label, rule = _initials_label(art, view), "said.turn"
    if label is None:
        label, rule = _role_label(art, view), "said.turn_role"
    if label is None:
        return None
    sp, colon = label
    quote = _turn_text(art.doc, colon + 1)
    if not quote:
        return None
    rel = said(sp, quote, view.span, rule)
    told = _told_in_turn(art, view, colon, sp)
    state = state.evolve(speaker=sp, topic=sp, pending_colon=None)
    return Outcome((rel, *told, *_met_in_turn(art, view, colon, state)), state, done=True)


def _met_in_turn(
    art: ArticleView, view: SentenceView, colon: int, state: Discourse
) -> tuple[PendingRelation, ...]:
    """ "MINISTER X: Our Minister of Health, Y, met Z yesterday", "MINISTER X: I met Z": a meeting
    told on the label's line is read as a sentence of its own from after the colon (the label is
    no party of it; the turn's speaker is the "I")."""
    span = art.doc[colon + 1 : view.span.end]
    cues = tuple((k, h) for k, h in view.cues if k > colon and _relation_of(art, h) == MET_WITH)
    if not cues:
        return ()
    parts = tuple(p for p in view.parts if p.start > colon)
    sub = SentenceView(view.index, span, parts, cues, False)
    st, out = state.start_sentence(span), list[PendingRelation]()
    for ci, (_k, h) in enumerate(cues):
        res = art.registry.handlers[h.info[0]].handle(cue_context(art, sub, ci), st)
        out.extend(r for r in res.relations if r.type == MET_WITH)
        st = res.state
    return tuple(out)


_TURN_BACK = 4  # sentences read back for the one a turn's "he"/"she" stands for


def _told_in_turn(
    art: ArticleView, view: SentenceView, colon: int, sp: Part
) -> tuple[PendingRelation, ...]:
    """ "QUESTION: What did the envoy tell them? / MR X: He underscored that …, and he urged …": a
    turn opening with "he"/"she" and a verb of saying reports another: the last official named
    before the turn (not its speaker, nor one marked the other gender) said it."""
    tg, words = art.tg, art.words
    gendered = words.feminine_pronoun | words.masculine_pronoun
    if colon + 2 >= view.span.end or tg.norms[colon + 1] not in gendered:
        return ()
    out: list[PendingRelation] = []
    for ci, (k, h) in enumerate(view.cues):
        if h.info[0] not in (SAY, SAY_STANCE) or not any(
            tg.norms[i] in gendered for i in range(max(colon + 1, k - 2), k)
        ):
            continue
        stop = view.cues[ci + 1][0] if ci + 1 < len(view.cues) else view.span.end
        ctx = CueContext(art, view, ci, k, h, stop, (), ())
        who = _turn_antecedent(ctx, sp, tg.norms[colon + 1])
        quote = quote_after(art.doc, h.end, stop, view.span.end, words)
        if who is None or not quote:
            return ()
        out.append(said(who, quote, view.span, "said.carried"))
    return tuple(out)


def _turn_antecedent(ctx: CueContext, sp: Part, pron: str) -> Part | None:
    """The last official named in the sentences before the turn, not its speaker, not marked the
    other gender than ``pron``."""
    ents, words = ctx.article.entities, ctx.article.words
    other = _MALE if pron in words.feminine_pronoun else _FEMALE
    marks = _gender_marks(ctx)
    me = ents.canon(sp.ref) if sp.kind == OFFICIAL else None
    index = ctx.sentence.index
    for si in range(index - 1, max(-1, index - 1 - _TURN_BACK), -1):
        for q in reversed(ents.parts.get(si, ())):
            o = ents.canon(q.ref) if q.kind == OFFICIAL else None
            if o is not None and o != me and marks.get(o) != other:
                return q
    return None


_DASHES = frozenset({"-", "\u2013", "\u2014"})
_DASH_REACH = 3  # a style ("The Honourable") between the dash and the speaker
_DASH_QUOTE_BACK = 200  # tokens back to the quotation's opening mark


def _dash_attribution(art: ArticleView, view: SentenceView, state: Discourse) -> Outcome | None:
    """'"…" / - The Honourable X, Minister of …' (a release's quotes section): a line opening with
    a dash and an official, right after a closing quotation mark, names the quotation's speaker."""
    s, tg = view.span, art.tg
    if view.in_headline or not _line_start(tg, s.start) or tg.texts[s.start] not in _DASHES:
        return None
    sp = next((p for p in view.parts if p.start - s.start <= _DASH_REACH), None)
    close = s.start - 1
    while close >= 0 and tg.is_space[close]:
        close -= 1
    if sp is None or sp.kind != OFFICIAL or close < 0 or tg.texts[close] not in _QUOTE_CHARS:
        return None
    quote = quoted_back(art.doc, close, close + 1, limit=_DASH_QUOTE_BACK)
    if not quote:
        return None
    rel = said(sp, quote, s, "said.dash")
    return Outcome((rel,), state.evolve(speaker=sp, topic=sp), done=True)


def _say_opening(ctx: CueContext, state: Discourse) -> Outcome:
    """A say verb spelt as a preposition too ("bayyana", made clear, is written as "bayna",
    between): a verb only where it opens its sentence or follows a comma; inside a clause ("a
    difference between doing X and doing Y") it is the preposition and says nothing."""
    k = ctx.k
    if k > ctx.sentence.span.start and not ctx.doc[k - 1].is_punct:
        return Outcome((), state)
    return _say(ctx, state)


def register(registry: Registry) -> None:
    registry.register_relation(RelationType(SAID, rules=RULES, mentions=True))
    registry.register_marker(SAY_TURN, relation=SAID)
    registry.register_cue(SAY, _say, relation=SAID, verb=True)
    registry.register_cue(SAY_ADVERBIAL, _say, relation=SAID, verb=True)
    registry.register_cue(SAY_JOINT, _say, relation=SAID, verb=True)
    registry.register_cue(SAY_STANCE, _say, relation=SAID, verb=True)
    registry.register_cue(SAY_OPENING, _say_opening, relation=SAID, verb=True)
    registry.register_cue("say_welcome", _welcome, relation=SAID, verb=True)
    registry.register_cue(SAY_CALL_ON, _call_on, relation=SAID, verb=True)
    registry.register_cue(SAY_RELAY, _relay, relation=SAID, verb=True)
    registry.register_cue(SAY_COLON, _say, relation=SAID, verb=True)
    registry.register_cue(ACCORDING, _according, relation=SAID, verb=True)
    registry.register_sentence_hook(_speaker_turn)
    registry.register_sentence_hook(_dash_attribution)
    registry.register_sentence_hook(_group_paragraph)
    registry.register_sentence_hook(_continued_quotation)
    registry.register_sentence_hook(_colon_quotation)
    registry.register_sentence_hook(
        _statement_heading
    )  # after: its colon waits for the next sentence
    registry.register_sentence_hook(_joint_heading)


def _relation_of(art: ArticleView, h: Hit) -> str | None:
    handler = art.registry.handlers.get(h.info[0])
    return handler.relation if handler is not None else None

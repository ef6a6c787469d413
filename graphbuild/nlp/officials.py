"""Stage 3 of extraction: officials, agencies and countries of one article.

:func:`find_entities` runs, in order:

1. titles (:func:`~.titles.title_phrase`) in every sentence;
2. binding: a name after a title (and coordinated titles before it, titles right
   after the name), then a name before a still unbound title;
3. in-article resolution of surnames and implied ministries (:mod:`.resolution`);
4. countries (a nisba inside a person's name names none; a city counts only as an
   alias of a country named otherwise);
5. titles again with officials' names known (an agency never takes a name word);
6. in a cased language, full names listed with officials ("X, Y and Prime Minister Z");
7. agencies outside titles ("the ministry" resolved to the last one of its kind);
8. in a head-final language, an agency right before an official's title is its agency;
9. surname-only, full-name-only and title-only mentions; parents by name.

Everything is written into one :class:`~.entities.EntityBuilder`, frozen at the end.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace

from spacy.tokens import Doc, Span

from ..lang import GENERIC_TITLE, UNIQUE_TITLE, WordLists
from ..lang.profile import Profile
from ..text import normalize_key
from .agencies import DELEGATION, NEWS_AGENCY, agency_phrase
from .entities import COUNTERPART, Entities, EntityBuilder
from .mentions import AgencyMention, NameMention, TitleMention
from .names import (
    MAX_WORDS,
    day_part_at,
    cut_article_clitic,
    glued_article_word,
    given_name_after_cased_title,
    given_name_role,
    place_after_governor,
    glued_ands,
    initial_at,
    known_name,
    lower_particle,
    one_syllable_name,
    opens_with_known_name,
    name_like,
    name_run,
    person_names,
    starts_known_name,
    written_definite,
    verb_shaped_name,
    word_or_glued_and,
)
from .resolution import (
    after_title,
    counterpart_roles,
    fold_implied,
    held_title,
    family_words,
    is_surname,
    merge_surnames,
    mentions_of_known_officials,
    parents_by_name,
    styled_masculine_only,
    title_mention,
)
from .spans import is_sent_start, span, tokens_text
from .tagger import Hit, Tagger, token_keys
from .titles import (
    COMMAS,
    definite_role_ends_title,
    country_demonym,
    country_named_at,
    portfolio_start,
    post_end,
    skip_commas_and_ranks,
    title_phrase,
)
from .values import AGENCY, OFFICIAL, Part, Ref

__all__ = ["find_entities", "TitleBook"]


class TitleBook:
    """The titles of an article by start token, and which are bound to a name."""

    def __init__(self, tg: Tagger, sents: list[Span]) -> None:
        self.at: dict[int, TitleMention] = {}
        self.bound: set[int] = set()
        self.joined: set[int] = set()  # second posts bound to the post "and" joins them to
        self._keys: list[int] = []  # the starts in ``at``, sorted
        for s in sents:
            i = s.start
            for k in tg.starts(("title", "country"), s.start, s.end):
                if k < i:
                    continue
                k = portfolio_start(tg, k, i)  # "Energy and Mines Minister": from the portfolio
                t = title_phrase(tg, k)
                if t:
                    self.at[k] = t
                    i = max(t.end, k + 1)

    def starts_in(self, s: Span) -> list[int]:
        """The title starts inside ``s``, in order: by bisection in the sorted starts, sorted
        again when titles were added (none is ever removed)."""
        keys = self._keys
        if len(keys) != len(self.at):
            keys = self._keys = sorted(self.at)
        return keys[bisect_left(keys, s.start) : bisect_left(keys, s.end)]

    def refresh_unbound(self, tg: Tagger) -> None:
        """Re-read the unbound titles (officials' names are known now)."""
        for k in list(self.at):
            if k not in self.bound:
                t = title_phrase(tg, k)
                if t:
                    self.at[k] = t


def find_entities(doc: Doc, tg: Tagger, sents: list[Span]) -> tuple[Entities, Tagger]:
    """The entity table of the article, and the tagger that knows officials' names."""
    b = EntityBuilder(doc, tg)
    used: set[int] = set()
    titles = TitleBook(tg, sents)
    persons = [(si, nm) for si, s in enumerate(sents) for nm in person_names(tg, s.start, s.end)]
    surnames = frozenset(normalize_key(nm.text).split()[-1] for _si, nm in persons)
    for si, s in enumerate(sents):
        starts = titles.starts_in(s)
        for k in starts:
            if _plural_title(tg, titles.at[k]):
                _names_after_plural_title(b, si, s, k, titles, used)
            # a title word inside a name read before (Mohamed al-Amin); a body's counterpart
            elif (
                k not in b.name_tokens
                and not _body_counterpart(tg, titles.at[k], s.start)
                and not _inside_styled_name(tg, k, s.start)
            ):
                _name_after_title(b, si, s, k, starts, titles, used)
        for k in starts:
            if k not in titles.bound:
                _name_before_title(b, si, s, titles.at[k], titles, used, surnames)
    _untitled_full_names(b, persons, used)
    _styled_chairs(b, sents, used)
    _heads_by_clause(b, sents, used)
    merge_surnames(b)
    fold_implied(b)
    _countries(b)
    tg = tg.with_names(frozenset(t for o in b.officials for t in o.key.split()))
    b.tg = tg
    titles.refresh_unbound(tg)
    if tg.P.cased:
        _coordinated_names(b, sents, used)
    _agencies_outside_titles(b, sents, used)
    _dateline_agency(b, sents)
    _counterpart_agencies(b, sents)
    _abbreviations(b)
    if not tg.head_initial:
        _agency_before_title(b, sents)
    counterpart_roles(b)
    _join_minister_posts(b, titles)
    mentions_of_known_officials(b, sents, used, titles)
    _styled_inner_names(b, sents, used, titles)
    _unnamed_officials(b, sents, titles)
    if tg.head_initial:
        fold_implied(b)  # a headline's title gave a holder named bare in the body a country
    parents_by_name(b)
    _styled_name_aliases(b)
    return b.freeze(), tg


# ---------------------------------------------------------------- style + an inner name word
def _governed_post(tg: Tagger, k: int, used: set[int]) -> bool:
    """The title at ``k`` is the object of a preposition inside a title already bound to the name
    after it (a state secretary "attached to" the minister of a portfolio, then the name): the post
    the holder is attached to, not the holder's own (the holder belongs to its ministry)."""
    # the preposition inside the same bound span, not the last token of a sentence before
    return k in used and k - 1 in used and k > 0 and tg.norms[k - 1] in tg.W.posted_to


def _inner_name_words(b: EntityBuilder) -> dict[str, int]:
    """The inner words of the officials' names of three words or more (neither the first nor the
    last, no particle and no word after one: a patronymic chain names the father), each of exactly
    one official and the first or last word of none ("Rojas" of "Maria Isabel Rojas Ortega")."""
    particles = b.tg.W.name_particle
    owners: dict[str, set[int]] = {}
    ends: set[str] = set()
    for i, o in enumerate(b.officials):
        if i in b.redirect:
            continue
        words = family_words(o.key.split(), b.tg.W.regnal)
        ends.update((words[0], words[-1]))
        for k in range(1, len(words) - 1):
            if words[k] not in particles and words[k - 1] not in particles:
                owners.setdefault(words[k], set()).add(i)
    return {w: next(iter(o)) for w, o in owners.items() if len(o) == 1 and w not in ends}


def _styled_inner_names(
    b: EntityBuilder, sents: list[Span], used: set[int], titles: TitleBook
) -> None:
    """A style or a title before one unlisted word that is an inner word of exactly one
    official's name ("Mrs Rojas" of "Maria Isabel Rojas Ortega", the first of two surnames): a
    later mention of that official, as "Mrs Ortega" is."""
    inner = _inner_name_words(b)
    if not inner:
        return
    tg, keys = b.tg, token_keys(b.tg.doc)
    for si, s in enumerate(sents):
        for i in range(s.start + 1, s.end):
            oi = inner.get(keys[i])
            if oi is None or i in used or i in tg.hits or not after_title(b, i, titles):
                continue
            if tg.P.cased and not tg.texts[i][:1].isupper():
                continue
            if i + 1 < s.end and keys[i + 1] in b.officials[oi].key.split():
                continue  # more of the name: read as a full name, not here
            b.officials[oi].aliases.add(tokens_text(tg, i - 1, i + 1))
            b.add_part(si, Part(OFFICIAL, oi, i - 1, i + 1))
            used.add(i)


_STYLED_NAME_WORDS = 3  # name words between a style and a title word read inside the name


def _inside_styled_name(tg: Tagger, k: int, lo: int) -> bool:
    """The title word at ``k`` is inside a name an honorific opens a few words before, the name
    going on after it ("Mr Mohamed Amin X, ambassador …": "amin" is no post of X's)."""
    for j in range(k - 1, max(lo, k - _STYLED_NAME_WORDS - 1) - 1, -1):
        h = tg.at(j, "title")
        if h is None:
            continue
        if h.info[0] != "honorific" or h.end > k - 1 or h.end == k:
            return False
        nm = name_run(tg, h.end)
        return nm is not None and nm.start == h.end and nm.end > k + 1
    return False


def _styled_name_aliases(b: EntityBuilder) -> None:
    """An official's full name as styled right before it ("Sheikh X Y", "Dr. X Y", "al-Sayyid X Y")
    is one of their forms: Gulf styles are written as part of the name."""
    tg = b.tg
    for parts in b.parts.values():
        for p in parts:
            o = b.officials[b.canon(p.ref)] if p.kind == OFFICIAL else None
            if o is None or len(o.key.split()) < 2:
                continue  # a full name only: a family name alone may be another's
            for k in range(max(p.start - 1, 0), p.end - 1):
                h = tg.at(k, "title")
                if (
                    h is not None
                    and h.info[0] == "honorific"
                    and h.end < p.end
                    and not (h.start > 0 and tg.texts[h.start - 1] == "(")  # "(Rtd) X": no form
                    and normalize_key(tokens_text(tg, h.end, p.end)) == o.key
                ):
                    o.aliases.add(tokens_text(tg, h.start, p.end))
                    break


# ---------------------------------------------------------------- binding
def bind_title_agencies(b: EntityBuilder, oi: int, t: TitleMention, ev: Span) -> None:
    """The agencies a title names or implies: the official's, and their countries and parents."""
    b.bind_title(oi, t, ev)


_DOUBLE_HATTED = "/"  # between the two posts one person holds at once


def _coordinated_titles_before(
    b: EntityBuilder,
    s: Span,
    k: int,
    starts: list[int],
    titles: TitleBook,
    name: str,
    oi: int,
    name_end: int,
    used: set[int],
) -> int:
    """ "Qatari Prime Minister and Foreign Minister X", or two titles in a row: bind them to X; the
    first title's start."""
    doc, tg = b.doc, b.tg
    prev_k = k
    while prev_k - 1 > s.start:
        gap = 1 if tg.norms[prev_k - 1] in b.tg.conjunctions else 0
        chained = False
        if not gap and tg.texts[prev_k - 1] in COMMAS and _chained_after_comma(b, prev_k, titles):
            gap, chained = 1, True  # "deputy prime minister, minister of foreign affairs X"
        if not gap and tg.texts[prev_k - 1] == _DOUBLE_HATTED:
            gap = 1  # "High Representative/Vice-President X": one person's two posts
        t0 = next(
            (
                titles.at[q]
                for q in starts
                if q not in titles.bound and titles.at[q].end == prev_k - gap
            ),
            None,
        )
        first = b.tg.at(prev_k, "title")
        if t0 is None or (not gap and first and definite_role_ends_title(b.tg, prev_k, first)):
            break  # "received the minister the ambassador X": the minister is not X
        later = titles.at.get(prev_k)
        if later is not None and COUNTERPART in later.roles:
            break  # "met X, the Egyptian minister, his Jordanian counterpart Y": two people
        if chained and _apposed_between_commas(b, t0, s.start):
            break  # "met Sheikh X Y, minister of state, minister of Z Mrs W": the first is X's
        if _held_by_another(b, t0, oi, s.start):
            break  # "The Foreign Secretary and Deputy Prime Minister X": two people
        if not gap and later is not None and _foreign_post_after_field(b.tg, t0, later):
            break  # "met the minister of health [the Peruvian envoy] X": two people
        if gap and later is not None and _two_heads(b.tg, t0, later):
            break  # "al-malik wa-ra'is jumhuriyyat Finlanda X": the king is not X
        if not gap and later is not None and _bare_sovereign_before_foreign_post(b.tg, t0, later):
            break  # "received His Majesty the King [the PM of X] Y": the king is not Y
        b.official(name, t0, "official.title+name")
        bind_title_agencies(b, oi, t0, span(doc, t0.start, name_end))
        titles.bound.add(t0.start)
        used.update(range(t0.start, titles.at[k].start))
        prev_k = t0.start
    return prev_k


def _unique_head(tg: Tagger, t: TitleMention) -> bool:
    """The first head (role or rank) of title ``t`` is a post one person holds (a king, a president,
    a crown prince: ``unique``)."""
    for i in range(t.start, t.end):
        h = tg.at(i, "title")
        if h is not None and h.info[0] in ("role", "rank"):
            return h.info[3] == UNIQUE_TITLE
    return False


def _two_heads(tg: Tagger, t0: TitleMention, later: TitleMention) -> bool:
    """Head-initial: two posts each held by one person, joined by "and", before a name (the king
    and the president of X; the crown prince and the prime minister Dr X) are two people's; a post
    joined to a minister's is one person's ("the prime minister and foreign minister X")."""
    return tg.head_initial and _unique_head(tg, t0) and _unique_head(tg, later)


def _bare_sovereign_before_foreign_post(tg: Tagger, t0: TitleMention, later: TitleMention) -> bool:
    """Head-initial: a bare post of one holder (the king, the emir) right before a post that names
    a country of its own (the prime minister of X) are two people's: a court readout names its own
    sovereign by the post alone and the guest by the foreign post and name after it."""
    return (
        tg.head_initial
        and t0.bare
        and t0.country is None
        and later.country is not None
        and _unique_head(tg, t0)
    )


def _foreign_post_after_sovereign(tg: Tagger, t: TitleMention, h) -> bool:
    """The title hit ``h`` right after the bare post of one holder ``t`` opens a post of a country
    of its own: another person's (:func:`_bare_sovereign_before_foreign_post`)."""
    if h is None or h.start != t.end or h.info[0] not in ("role", "modifier"):
        return False
    later = title_phrase(tg, h.start)
    return later is not None and _bare_sovereign_before_foreign_post(tg, t, later)


def _and_another_head(tg: Tagger, t: TitleMention, end: int) -> bool:
    """Head-initial: "and" and a second post held by one person right after such a post ``t``
    (the king and the president of X …): the second post opens another person's title."""
    k = t.end
    if not tg.head_initial or k + 1 >= end or tg.norms[k] not in tg.conjunctions:
        return False
    h = tg.at(k + 1, "title")
    return (
        h is not None
        and h.start == k + 1
        and h.info[0] in ("role", "rank")
        and h.info[3] == UNIQUE_TITLE
        and _unique_head(tg, t)
    )


def _held_by_another(b: EntityBuilder, t0: TitleMention, oi: int, lo: int) -> bool:
    """In a cased language, a definite title of no country before "and" whose post another
    official of the article already holds ("The Foreign Secretary and Deputy Prime Minister X"
    after "Foreign Secretary Y …"): Y, not X."""
    tg, k = b.tg, t0.start - 1
    if not tg.P.cased or t0.country or not t0.roles or k < lo or tg.norms[k] not in b.W.article:
        return False
    roles = set(t0.roles)
    return any(i != oi and roles <= o.roles for i, o in enumerate(b.officials))


def _chained_after_comma(b: EntityBuilder, k: int, titles: TitleBook) -> bool:
    """The title at ``k``, after a comma, continues a chain of one person's posts: in a
    head-initial language its head is in construct (indefinite: "wazir al-kharijiyya"), not a
    definite title that refers to someone else (the object: "received the minister, the
    ambassador X")."""
    tg = b.tg
    later = titles.at.get(k)
    return (
        tg.head_initial
        and later is not None
        and not tg.is_def(k)
        and COUNTERPART not in later.roles
        and _has_role_head(tg, later)
    )


_ANCHOR_GAP = 4  # words between what a title's grammar read and the honorific that opens the name
# ... or, when a comma sets the honorific and name off (an apposition), the title's long complement
_APPOSITION_GAP = 12


def _gap_word(b: EntityBuilder, k: int) -> bool:
    """A word that may still belong to a title's complement: no cue, no punctuation, not the
    sentence's start."""
    tg, W = b.tg, b.W
    norm, h = tg.norms[k], tg.hits.get(k)
    return (
        (tg.is_alpha[k] or tg.kind(k) in ("country", "agency") or _abbreviation_bracket(tg, k))
        and not is_sent_start(b.doc, k)
        and not (h and h.kind == "cue")
        and (norm not in W.phrase_break or norm in _gap_prepositions(W) or _bracketed(tg, k))
        and not day_part_at(tg, k)  # "received the minister [this Thursday morning] …": a time
    )


def _bracketed(tg: Tagger, k: int) -> bool:
    """Token ``k`` is inside a short bracket that closes a body's abbreviation (a piece of it that
    the clitic split cut off may look like a function word)."""
    t = tg.texts
    for q in range(k - 1, max(k - _BRACKET_TOKENS - 1, -1), -1):
        if t[q] == "(":
            return _after_bracket(tg, q, len(t)) > k
        if t[q] == ")":
            return False
    return False


def _abbreviation_bracket(tg: Tagger, k: int) -> bool:
    """A bracket around a few words, a body's abbreviation or its name in the local language
    inside a title's complement ("representative of the X Agency (XA) office in Y, Z W"; "ra'is
    majlis al-nuwwab (Dewan Rakyat) fi Malaysia Datuk Seri X")."""
    t = tg.texts
    if t[k] == "(":
        return _after_bracket(tg, k, len(t)) > k
    if t[k] != ")":
        return False
    return any(t[q] == "(" for q in range(max(k - _BRACKET_TOKENS - 1, 0), k - 1))


_GAP_PREPOSITIONS: dict[int, tuple[object, frozenset[str]]] = {}


def _gap_prepositions(W: WordLists) -> frozenset[str]:
    """Prepositions inside a title's complement: "ambassador of X to the Kingdom Mr Y", "director
    of X affiliated to Y, Mrs Z" (one set per word lists)."""
    got = _GAP_PREPOSITIONS.get(id(W))
    if got is None or got[0] is not W:
        words = W.posted_to | W.genitive | W.parent_prep | W.affiliated
        got = _GAP_PREPOSITIONS[id(W)] = (W, words)
    return got[1]


def _name_after(
    b: EntityBuilder, s: Span, t: TitleMention
) -> tuple[TitleMention, NameMention | None]:
    """The name after a title; when the grammar stopped short, the title reaches the honorific or
    rank that opens a name a few words on ("undersecretary of the ministry for consular affairs Dr
    X")."""
    tg = b.tg
    t = _with_adjective(tg, _with_acting(b, t, s.end), s.end)
    t = _without_given_name(tg, t, s.end)
    header = _header_name(tg, s, t)
    if header is not None:
        return t, header
    j = skip_commas_and_ranks(tg, _after_bracket(tg, t.end, s.end), s.end)
    settled = _settled_before_search(b, s, t, j)
    if settled is not None:
        return settled
    nm = name_run(tg, j) if j < s.end and not _verb_of_feminine_title(tg, t, j) else None
    lo = _past_body_word(tg, t, j, nm, s.end)  # the holder's name is searched from there
    if nm and nm.end <= s.end and lo == t.end:
        # "…, Minister of State of Portugal, [discussed] the relations": no name
        return t, None if _bare_word_after_comma(tg, t, nm, s.end) else nm
    for k in range(lo, min(t.end + _APPOSITION_GAP + 1, s.end)):
        h = tg.at(k, "title")
        if k == t.end and h is not None and definite_role_ends_title(tg, k, h):
            return t, None  # "received the minister the ambassador X": X is the ambassador
        possessive = (
            tg.norms[k] in b.tg.possessives
            and not _honorific_at(tg, k)  # His Majesty
            and not _body_possessive_in_field(b, k)
        )
        if possessive or (h is not None and h.info[2] == COUNTERPART):
            return t, None  # "the Peruvian minister and his Chilean counterpart X": another person
        if k == t.end and (_role_with_name(tg, h) or _foreign_post_after_sovereign(tg, t, h)):
            return t, None  # "head of parliament counsellor X Y": the titles before X, read later
        if k == t.end and _object_marked_person(b, k):
            return t, None  # "met the president [with-] Mr X": the verb's object, another person
        far = (
            k > t.end + _ANCHOR_GAP
            and tg.texts[k - 1] not in COMMAS
            and not _body_gap(b, t.end, k)
            and not _region_gap(b, t.end, k)
            and not _seated_body_gap(b, t.end, k)
        )
        if h and h.info[0] in ("honorific", "rank") and k > t.end and not far:
            return _name_after_style_word(b, s, t, k)
        nm = _set_off_name(b, s, k + 1) if k > t.end and tg.texts[k] in COMMAS else None
        if nm:
            return _extended(tg, t, k), nm
        nm = _name_after_complement(b, s, t, k)
        if nm:  # after a style word ("…, Ambassador X") the title ends where it did
            told = _told_news_agency(tg, t, nm.start)
            return (_extended(tg, t, nm.start) if nm.start <= k and not told else t), nm
        if tg.texts[k] in COMMAS and _role_at(tg, k + 1) and _named_before(tg, t, s.start):
            return t, None  # "met X Y, the foreign minister, [the US ambassador Z]": Z's own title
        if not (_gap_word(b, k) or _comma_goes_on(b, k, s.end)):
            return t, None
    return t, None


def _header_name(tg: Tagger, s: Span, t: TitleMention) -> NameMention | None:
    """A header line "TITLE: NAME" (a briefing's speaker): the title opens its line, a colon
    follows it and the name closes the line; the name is the title's holder. A header has no
    sentence round it to vouch for a name, and a transcript's speaker labels put words there
    too ("AMBASSADOR: Happy New Year"). A header gives its speaker's post (a body or a country
    the title governs), a speaker label only a bare role ("SPOKESPERSON:"), so a title with
    neither names nobody; where capitals alone mark a name (a cased script) the name must also
    hold a word of the name list."""
    k = t.end
    if (
        not (t.agencies or t.country)
        or k + 1 >= s.end
        or tg.texts[k] != ":"
        or not _line_starts_at(tg, t.start)
    ):
        return None
    nm = name_run(tg, k + 1)
    if nm is None or tg.P.cased and not any(known_name(tg, q) for q in range(nm.start, nm.end)):
        return None
    if nm.end < len(tg.texts) and "\n" not in tg.texts[nm.end] + tg.ws[nm.end - 1]:
        return None
    return nm


def _line_starts_at(tg: Tagger, i: int) -> bool:
    return i == 0 or "\n" in tg.texts[i - 1] + tg.ws[i - 1]


def _name_after_style_word(
    b: EntityBuilder, s: Span, t: TitleMention, k: int
) -> tuple[TitleMention, NameMention | None]:
    """The honorific or rank at ``k``, a few words after the title, opens its holder's name; the
    title reaches it."""
    tg = b.tg
    if _object_of_preposition(b, k):
        return t, None  # "greetings of the minister of X [to] Dr Y": Y is another person
    j = skip_commas_and_ranks(tg, k, s.end)
    nm = name_run(tg, j) if j < s.end else None
    end = k - 1 if tg.texts[k - 1] in COMMAS else k
    if nm and nm.end <= s.end and end > t.end:
        return _extended(tg, t, end), nm
    if nm and end == t.end and _closed_at(tg, nm.end, s.end):
        return t, nm  # "the Emir of Qatar, His Highness Sheikh X," (protocol apposition)
    return t, None


_OBJECT_PREPOSITIONS: dict[int, tuple[object, frozenset[str]]] = {}


def _object_of_preposition(b: EntityBuilder, k: int) -> bool:
    """The honorific at ``k`` comes right after a preposition that is not a genitive (``to``,
    ``from``, ``with``): the name it opens is that preposition's object, another person than the
    holder of the title before it ("conveyed the greetings of the minister of X to Dr Y"; "the
    talks of the minister of X with Mr Y"). A post's place is a country or a body, never a styled
    name."""
    W = b.W
    got = _OBJECT_PREPOSITIONS.get(id(W))
    if got is None or got[0] is not W:
        words = W.posted_to | W.served_prep | W.comitative | W.origin | W.nationality_prep
        got = _OBJECT_PREPOSITIONS[id(W)] = (W, words - W.genitive)
    return k > 0 and b.tg.norms[k - 1] in got[1]


def _region_gap(b: EntityBuilder, j: int, k: int) -> bool:
    """Tokens ``j``..``k`` after a body's name are its abbreviation in brackets (if any), then "for
    the Near East and North Africa": a genitive particle and region words only (``region``, with
    the article or a glued "and" too): the area a regional post covers, so the honorific at ``k``
    opens the holder's name ("regional director of the X organisation (XO) for East Asia Dr Y")."""
    tg, P = b.tg, b.tg.P
    if j < k and tg.texts[j] == "(":
        j = _after_bracket(tg, j, k)
    if not (j + 1 < k and tg.norms[j] in b.W.genitive):
        return False
    for q in range(j + 1, k):
        norm = tg.norms[q]
        if norm in tg.conjunctions:
            continue
        if not any(word_or_glued_and(tg, w, tg.W.region) for w in (norm, P.strip_definite(norm))):
            return False
    return True


def _comma_goes_on(b: EntityBuilder, k: int, end: int) -> bool:
    """A comma at ``k`` inside a title's complement: a title after it, or "affiliated to"
    (``affiliated``), the body's parent set off by commas ("director of the X centre, affiliated
    to the Y bureau, Dr Z")."""
    tg = b.tg
    if tg.texts[k] not in COMMAS or k + 1 >= end:
        return False
    return tg.at(k + 1, "title") is not None or tg.norms[k + 1] in b.W.affiliated


def _body_possessive_in_field(b: EntityBuilder, k: int) -> bool:
    """ "the Chairman of its Committee on X, Y": a body's possessive (``body_possessive``) right
    after a genitive inside the title's field refers to the body named before (the house whose
    committee it is), not to a person whose counterpart follows."""
    tg = b.tg
    return k > 0 and tg.norms[k] in b.W.body_possessive and tg.norms[k - 1] in tg.genitives


def _without_given_name(tg: Tagger, t: TitleMention, end: int) -> TitleMention:
    """Cased: a title whose last capitalised word is followed by a lower-case patronymic particle
    and a name ("… Fund for Development X bin Y Z") ends before that word: it is the holder's given
    name, not the field's."""
    k = t.end - 1
    if not tg.P.cased or t.end + 1 >= end or k <= t.start + 1 or not lower_particle(tg, t.end):
        return t
    if not tg.texts[t.end + 1][:1].isupper() or tg.kind(k) is not None:
        return t
    if not tg.texts[k][:1].isupper() or any(a.end > k + 1 or a.start >= k for a in t.agencies):
        return t
    found = tuple(_agency_cut(tg, a, k) for a in t.agencies)
    return replace(t, end=k, text=tokens_text(tg, t.start, k), bare=False, agencies=found)


def _agency_cut(tg: Tagger, a: AgencyMention, k: int) -> AgencyMention:
    """The agency's name without token ``k`` it read on to (a holder's given name)."""
    if a.end <= k:
        return a
    word = tg.texts[k]
    text = a.text[: -len(word)].rstrip() if a.text.endswith(word) else tokens_text(tg, a.start, k)
    base = a.base[: -len(word)].rstrip() if a.base.endswith(word) else a.base
    return replace(a, end=k, text=text, base=base, words=a.words - {tg.norms[k]})


def _settled_before_search(
    b: EntityBuilder, s: Span, t: TitleMention, j: int
) -> tuple[TitleMention, NameMention | None] | None:
    """What :func:`_name_after` settles before it searches: no name for a title apposed to a
    name before it or followed by another head; the holder after the rest of a body's name."""
    if (j > t.end and _apposed_between_commas(b, t, s.start)) or _and_another_head(b.tg, t, s.end):
        # "X, Minister of Y, Mr. Z, …": the title is X's, Z is another person; "al-malik wa-ra'is
        # jumhuriyyat X, fakhamat al-sayyid Y": Y is not the king
        return t, None
    tail = _holder_after_body_tail(b, s, t)
    return (_extended(b.tg, t, tail[0]), tail[1]) if tail is not None else None


_BODY_TAIL = 12  # tokens of a body's name read on after a title's complement


def _body_tail_end(b: EntityBuilder, s: Span, t: TitleMention) -> int | None:
    """Cased: where the rest of a body's name in title case after a title ends (at a comma or a
    bracket): capitalised words, their connectors (prepositions, "and", the article, a hyphen)
    and ranks inside a name ("General Authority"), but no role, cue or lower-case word. It opens
    with a connector, or goes on from a named body the title ends with ("Department of Trade
    [Negotiations]"). None when there is none."""
    tg, W = b.tg, b.W
    connectors = tg.genitives | tg.conjunctions | W.article | W.parent_prep
    k, caps, stop = t.end, 0, min(s.end, t.end + _BODY_TAIL)
    while k < stop and tg.texts[k] not in COMMAS and tg.texts[k] != "(":
        h = tg.hits.get(k)
        if tg.norms[k] in connectors or (tg.texts[k] == "-" and caps):
            k += 1
            continue
        if _honorific_at(tg, k):
            break  # "… Community Development Affairs [Dr.] X": the holder's honorific
        if not (tg.is_alpha[k] and tg.texts[k][:1].isupper()) or (h and h.kind == "cue"):
            return None
        th = tg.at(k, "title")
        if th is not None and th.info[0] not in ("rank", "modifier"):
            return None
        caps, k = caps + 1, k + 1
    if not caps or k >= stop:
        return None
    if tg.norms[t.end] in connectors or _definite_field(tg, t):
        return k
    if known_name(tg, t.end):
        return None
    nm = name_run(tg, t.end)
    if nm is not None and nm.end == k and nm.end - nm.start >= 2:
        return None  # "Minister of X Y Z, Mr W": Y Z is a name, not the rest of a body's
    last = t.agencies[-1] if t.agencies else None
    named = last is not None and not last.implied and last.end == t.end
    return k if named or _cut_field(tg, t) else None


def _definite_field(tg: Tagger, t: TitleMention) -> bool:
    """The title ends in a capitalised word after its preposition and the article ("Governor of
    the Suez [Canal Economic Zone]"): a body's name goes on there, no person's name starts."""
    return (
        t.end - t.start >= 3
        and tg.texts[t.end - 1][:1].isupper()
        and tg.norms[t.end - 2] in tg.W.article
        and tg.norms[t.end - 3] in tg.genitives
    )


def _cut_field(tg: Tagger, t: TitleMention) -> bool:
    """The title's grammar stopped inside a capitalised field after its preposition ("Head of
    Latin [American Affairs at …]")."""
    return tg.texts[t.end - 1][:1].isupper() and any(
        tg.norms[q] in tg.genitives for q in range(t.start + 1, t.end - 1)
    )


def _holder_after_body_tail(
    b: EntityBuilder, s: Span, t: TitleMention
) -> tuple[int, NameMention] | None:
    """ "Chairman of the General Authority for Investment and Free Zones (GAFI), X Y": after the
    rest of a body's name in title case (:func:`_body_tail_end`) and its bracketed abbreviation, a
    comma (or the bracket alone) and a name of two words or more, an honorific before it or not,
    closed by a comma or the sentence's end: the title's holder. The title's end and the name."""
    tg = b.tg
    if not tg.P.cased or t.end >= s.end:
        return None
    k = _body_tail_end(b, s, t)
    if k is None:
        return None
    e = _after_bracket(tg, k, s.end)
    if e == k and tg.texts[k] not in COMMAS and not _honorific_at(tg, k):
        return None
    j = skip_commas_and_ranks(tg, e, s.end)
    nm = name_run(tg, j) if j < s.end else None
    if nm is None or nm.start != j or nm.end - nm.start < 2 or nm.end > s.end:
        return None
    return (k, nm) if _closed_at(tg, nm.end, s.end) or _cased_clause_after(b, nm) else None


def _honorific_at(tg: Tagger, k: int) -> bool:
    h = tg.at(k, "title")
    return h is not None and h.start == k and h.info[0] == "honorific"


_BRACKET_TOKENS = 3  # an abbreviation the clitic split cut in two ("(FAO)" read fa- + "AO")


def _after_bracket(tg: Tagger, k: int, end: int) -> int:
    """The token after a short bracketed abbreviation at ``k`` of a few tokens, else ``k``: a
    title's body may be followed by its abbreviation before the holder's name ("Secretary-General
    of the Gulf Cooperation Council (GCC) Dr. X"; in Arabic "(FAO)" may come as two tokens, the
    clitic split cutting off its first letter)."""
    if k >= end or tg.texts[k] != "(":
        return k
    for q in range(k + 2, min(k + _BRACKET_TOKENS + 2, end)):
        if tg.texts[q] == ")":
            return q + 1
    for q in range(k + 2, min(k + _FIELD_TOKENS + 2, end - 1)):
        if tg.texts[q] == ")":
            # "Joint Secretary (East and Southern Africa) Ms. X": a bracketed field, a style after
            return q + 1 if _honorific_at(tg, q + 1) else k
    return k


_FIELD_TOKENS = 8  # the words of a post's field in brackets ("(East and Southern Africa)")


def _past_body_word(tg: Tagger, t: TitleMention, j: int, nm: NameMention | None, end: int) -> int:
    """After one word outside the name list between a body's bracketed abbreviation and a comma
    ("the President of the Islamic Development Bank (IsDB) [Group], Dr. X"): the body's name goes
    on, the holder's name comes after the comma. Else the title's end."""
    if nm is None or nm.end > end:
        return t.end
    if not (_body_word_after_bracket(tg, t, j, nm) or _field_before_honorific(tg, t, nm, end)):
        return t.end
    return nm.end


def _field_before_honorific(tg: Tagger, t: TitleMention, nm: NameMention, end: int) -> bool:
    """Uncased: words outside the name list right after a title, then (past the holder's country
    and a comma) an honorific that opens a name, are the title's field, not a name: "undersecretary
    for international affairs [multi-lateral] Dr X", "minister of transport [and opening-up] in the
    Republic of Y, Mr Z"."""
    if tg.P.cased or nm.start != t.end or starts_known_name(tg, nm):
        return False
    if any(tg.norms[q] in tg.name_particles for q in range(nm.start, nm.end)):
        return False
    k = nm.end
    if k + 1 < end and tg.norms[k] in tg.W.parent_prep:
        ch = tg.at(k + 1, "country")
        k = ch.end if ch is not None and ch.start == k + 1 else k
    if k < end and tg.texts[k] in COMMAS:
        k += 1
    h = tg.at(k, "title") if k < end else None
    if h is None or h.start != k or h.info[0] != "honorific" or h.end >= end:
        return False
    after = name_run(tg, h.end)
    return after is not None and after.start == h.end


def _body_word_after_bracket(tg: Tagger, t: TitleMention, j: int, nm: NameMention) -> bool:
    return (
        j > t.end
        and tg.texts[t.end] == "("
        and nm.start == j
        and nm.end - nm.start == 1
        and nm.end < len(tg.texts)
        and tg.texts[nm.end] in COMMAS
        and not starts_known_name(tg, nm)
    )


def _bare_word_after_comma(tg: Tagger, t: TitleMention, nm: NameMention, end: int) -> bool:
    """The "name" after a title and a comma is one word outside the name list with no honorific
    or rank before it and no comma closing it: the next clause's verb, not an apposed name; or
    the next item of a list (:func:`_next_listed_holder`); or an apposed title's last field word
    (:func:`_field_word_closing`)."""
    return (
        (
            nm.start > t.end
            and tg.texts[nm.start - 1] in COMMAS
            and nm.end - nm.start == 1
            and not starts_known_name(tg, nm)
            and not _closed_at(tg, nm.end, end)
        )
        or _next_listed_holder(tg, t, nm)
        or _field_word_closing(tg, t, nm, end)
    )


def _field_word_closing(tg: Tagger, t: TitleMention, nm: NameMention, end: int) -> bool:
    """The "name" right after an apposed title's field is one unlisted word closing the clause
    ("X, Director of Youth Sport."): the field's last word; the holder is named before the
    comma, and a holder named after a title is named in full (two words or a listed name), not by
    one unlisted word."""
    return (
        nm.start == t.end
        and nm.end - nm.start == 1
        and t.start > 0
        and tg.texts[t.start - 1] in COMMAS
        and any(tg.norms[q] in tg.genitives for q in range(t.start, t.end))
        and not starts_known_name(tg, nm)
        and (nm.end >= end or (tg.is_punct[nm.end] and tg.texts[nm.end] not in COMMAS))
    )


def _next_listed_holder(tg: Tagger, t: TitleMention, nm: NameMention) -> bool:
    """Head-initial: "X Y, director of Z, and-W V U, director of T": after a title and a comma, a
    name written glued to a one-letter "and" (a listed given name after the letter, the word
    itself no listed name) and then a post of its own is the next holder in a list, not this
    title's."""
    if not (tg.head_initial and nm.start > t.end and tg.texts[nm.start - 1] in COMMAS):
        return False
    norm = tg.norms[nm.start]
    if not (
        norm.startswith(glued_ands(tg.conjunctions))
        and norm[1:] in tg.lex.names
        and norm not in tg.lex.names
    ):
        return False
    k = nm.end + int(nm.end < len(tg.texts) and tg.texts[nm.end] in COMMAS)
    h = tg.at(k, "title") if k < len(tg.texts) else None
    return h is not None and h.info[0] == "role"


def _apposed_between_commas(b: EntityBuilder, t: TitleMention, lo: int) -> bool:
    """A title without an article between commas right after a name of two words or more ("Prince
    X Y, Minister of Foreign Affairs, …"; head-initial: "Sheikh X Y, wazir dawla, [another post]
    …", the head indefinite, another post after it): an apposition of that name."""
    tg = b.tg
    k = t.start - 1
    if not (tg.P.cased or tg.head_initial) or k - 1 < lo or t.end >= len(tg.texts):
        return False
    if tg.texts[k] not in COMMAS or tg.texts[t.end] not in COMMAS:
        return False
    if tg.norms[t.start] in b.W.article or (not tg.P.cased and tg.is_def(t.start)):
        return False
    if not tg.P.cased and not (_role_at(tg, t.end + 1) or _own_post_after(tg, t.end + 1)):
        return False  # "received X, deputy minister of Y, Mr Z": the post is Z's, the object's
    nm = name_run(tg, k - 1, -1)
    return nm is not None and nm.start >= lo and nm.end - nm.start >= 2


def _own_post_after(tg: Tagger, j: int) -> bool:
    """ "istaqbala X, wazir Y, (sa'adat al-sayyid) Z, safir W": the name after the second comma
    (its honorifics before it) is set off by a comma of its own and a post follows: Z has his own
    post, so the post between the commas is X's."""
    while j < len(tg.texts):
        h = tg.at(j, "title")
        if h is None or h.start != j or h.info[0] != "honorific" or h.end <= j:
            break
        j = h.end
    nm = name_run(tg, j) if j < len(tg.texts) else None
    if nm is None or nm.start != j or nm.end + 1 >= len(tg.texts):
        return False
    return tg.texts[nm.end] in COMMAS and _role_at(tg, nm.end + 1)


def _body_gap(b: EntityBuilder, j: int, k: int, genitive: bool = False) -> bool:
    """Tokens ``j``..``k`` are "at the Ministry of Foreign Affairs": a preposition of the parent
    body (or, ``genitive``, of a construct: "director general of-the fund"), then one agency that
    ends at ``k`` ("Undersecretary … at the Ministry of X Dr Y")."""
    tg = b.tg
    preps = b.W.genitive if genitive else b.W.parent_prep
    if j < k and _posted_to_country(b, j, k):
        return True
    if j >= k or tg.norms[j] not in preps:
        return False
    i = j + 1
    if i < k and tg.norms[i] in b.W.article:
        i += 1
    return _agency_between(tg, i, k)


_SEAT_WORDS = 3  # the words of a city's name after the preposition of a post's seat


def _before_seat(b: EntityBuilder, j: int, k: int) -> int:
    """Where a body's name ending before ``k`` ends when a post's seat closes it ("permanent
    representative of X to the organisation's office in Y Dr Z": the city where the post sits): a
    venue preposition that posts nowhere, then a few capitalised words that are no title, body or
    cue; ``k`` itself otherwise."""
    tg = b.tg
    for q in range(max(j + 1, k - _SEAT_WORDS - 1), k - 1):
        if tg.norms[q] not in b.W.venue_prep or tg.norms[q] in tg.posted_to:
            continue
        if all(
            tg.is_alpha[i]
            and tg.texts[i][:1].isupper()
            and tg.kind(i) not in ("title", "agency", "cue")
            for i in range(q + 1, k)
        ):
            return q
    return k


def _seated_body_gap(b: EntityBuilder, j: int, k: int) -> bool:
    """Tokens ``j``..``k`` are a body gap (or "to the organisation": the body an envoy is posted
    to) that the seat of the post closes ("… to the X Office in Y Dr Z"), or the body an envoy is
    posted to, ending right at ``k`` ("representative of X to the Y Programme Dr Z")."""
    tg = b.tg
    q = _before_seat(b, j, k)
    if j >= q:
        return False
    if q < k and _body_gap(b, j, q):
        return True
    if tg.norms[j] not in tg.posted_to:
        return False
    i = j + 2 if j + 1 < q and tg.norms[j + 1] in b.W.article else j + 1
    for p in range(i, q):  # the longest phrase may be read from its last word ("X Nations Office")
        m = agency_phrase(tg, p) if tg.at(p, "agency") else None
        if m is not None and m.start == i and m.end in (q, k):  # the seat may be in its name
            return True
    return False


def _agency_between(tg: Tagger, i: int, k: int) -> bool:
    """One agency's name runs from ``i`` to ``k``, its first listed word a few words in when
    modifiers open it ("the [Federal] Foreign Office", "the [German Federal] Foreign Office")."""
    for q in range(i, k):
        if tg.at(q, "agency"):
            m = agency_phrase(tg, q)
            return m is not None and m.start == i and m.end == k
        if not (tg.is_alpha[q] and tg.texts[q][:1].isupper()):
            return False
    return False


def _posted_to_country(b: EntityBuilder, j: int, k: int) -> bool:
    """Tokens ``j``..``k`` are "to the Federal Republic of Germany": the preposition of a post
    abroad, or of the seat a post serves ("UNICEF Representative in Yemen X"), then one country's
    name (its style too) ending at ``k`` ("Ambassador of X to Y Sheikh Z"). The seat's preposition
    counts only after a title written with a capital, as titles before a name are: after a
    lower-case title ("the minister in X Y") it is a venue in prose."""
    tg = b.tg
    seat = (
        tg.norms[j] in b.W.seat_prep and j > 0 and (not tg.P.cased or tg.texts[j - 1][:1].isupper())
    )
    if tg.norms[j] not in tg.posted_to and not seat:
        return False
    for i in range(j + 1, k):  # the style before the name: "the Federal Republic of"
        if tg.kind(i) is not None or not tg.is_alpha[i]:
            ch = tg.at(i, "country")
            return ch is not None and ch.end == k
    return False


def _closed_at(tg: Tagger, k: int, end: int) -> bool:
    """A comma, a semicolon (between the items of a list: "X, Ambassador Y; Z, Mr W") or the
    sentence's end at ``k``: an apposition closes there."""
    return k >= end or tg.texts[k] in _CLOSERS or tg.texts[k] in tg.P.sentence_punct


_CLOSERS = COMMAS + (";",)


def _role_at(tg: Tagger, k: int) -> bool:
    """A role or modifier title starts at ``k`` (not an honorific or rank before a name)."""
    h = tg.at(k, "title") if k < len(tg.norms) else None
    return h is not None and h.info[0] in ("role", "modifier")


def _named_before(tg: Tagger, t: TitleMention, lo: int) -> bool:
    """A name of two words or more ends right before the title, with no comma between (an
    apposition "X Y the foreign minister"): the title is that name's."""
    k = t.start - 1
    if k < lo or not tg.is_alpha[k]:
        return False
    nm = name_run(tg, k, -1)
    return nm is not None and nm.start >= lo and nm.end - nm.start >= 2


def _object_marked_person(b: EntityBuilder, k: int) -> bool:
    """The glued object marker of a meeting verb at ``k``, right before an honorific, a rank, a
    role or a name: the person it marks is the verb's object ("met the president [with-]Mr X",
    "met the foreign minister [with-]the minister of foreign affairs of Kenya")."""
    tg = b.tg
    if tg.norms[k] not in b.W.object_marker or tg.ws[k] or k + 1 >= len(tg.norms):
        return False
    h = tg.at(k + 1, "title")
    if h is not None:
        return h.info[0] in ("honorific", "rank", "role")
    nm = name_run(tg, k + 1)
    return nm is not None and nm.start == k + 1


_NAMED_HEADS = ("role", "modifier")


def _role_with_name(tg: Tagger, h) -> bool:
    """A one-word role or style right before a name of two words or more ("counsellor X Y", "the
    MP X Y")."""
    if h is None or h.info[0] not in _NAMED_HEADS or h.end - h.start != 1 or h.end >= len(tg.norms):
        return False
    nm = name_run(tg, h.end)
    return nm is not None and nm.start == h.end and nm.end - nm.start >= 2


def _extended(tg: Tagger, t: TitleMention, end: int) -> TitleMention:
    """The title read on to ``end``, with the agencies named in the words it gained ("director of
    the X department in the Y ministry")."""
    found = list(t.agencies)
    country = t.country
    k = t.end
    while k < end:
        m = agency_phrase(tg, k) if tg.at(k, "agency") else None
        ch = tg.at(k, "country")
        if m is not None and not m.anaphor and m.end <= end:
            found.append(m)
            k = m.end
        elif country is None and ch and ch.info[1] == "name" and _government_of(tg, k):
            country, k = ch.info[0], ch.end  # "minister of X in the Republic of Y"
        else:
            k += 1
    text = tokens_text(tg, t.start, end)
    return replace(t, end=end, text=text, bare=False, agencies=tuple(found), country=country)


def _government_of(tg: Tagger, k: int) -> bool:
    """The country at ``k`` follows a preposition of the government it serves ("in", "bi"), not
    one of a post ("to", "lada")."""
    W = tg.W
    prev = tg.norms[k - 1] if k > 0 else ""
    if k > 1 and prev in tg.lex.stopwords and not tg.is_def(k - 1):
        # a state's style between: "of-the Republic of Y" ("l- jumhuriyya Y", "bi- jumhuriyya Y")
        prev = tg.norms[k - 2]
        return prev in W.parent_prep | tg.genitives and prev not in tg.posted_to - W.parent_prep
    if prev in tg.genitives and tg.norms[k] in tg.lex.stopwords:
        return True  # the style inside the country's name: "l- [jumhuriyya Y]"
    return prev in W.parent_prep and prev not in tg.posted_to - W.parent_prep


def _set_off_name(b: EntityBuilder, s: Span, k: int) -> NameMention | None:
    """A name between commas (or a comma and the end of the sentence) after a title's complement,
    opening with a known given name: "minister of X in charge of Y, Khalifa Z W." """
    tg = b.tg
    if k >= s.end:
        return None
    if not (opens_with_known_name(tg, k) or tg.norms[k] in tg.name_particles):
        return _unlisted_set_off_name(tg, s, k)  # no known name nor particle at k
    nm = name_run(tg, k)
    if not (nm and nm.end - nm.start >= 2 and nm.end <= s.end):
        return None
    if not (starts_known_name(tg, nm) or opens_with_known_name(tg, nm.start)):
        return None  # "Ma. Corazon X": a given name written short opens it
    after = tg.texts[nm.end] if nm.end < len(tg.norms) else None
    if after is None or after in _CLOSERS or after in tg.P.sentence_punct:
        return nm
    return nm if _delegation_follows(b, nm.end, s.end) else None


def _unlisted_set_off_name(tg: Tagger, s: Span, k: int) -> NameMention | None:
    """Cased: a name after a title's complement whose first word is in no list, when its shape
    alone says it is a person's: a lower-case patronymic particle as its second word ("Minister
    of State for X Noura bint Ali Y met"), or set off by a comma, two words or more closing the
    sentence ("the Ambassador of X to the Kingdom, Rudi Y.") or between commas before the clause's
    next lower-case word (:func:`_clause_after_commas`)."""
    if not tg.P.cased:
        return _unlisted_name_between_commas(tg, s, k)
    nm = name_run(tg, k)
    if nm is None or nm.start != k or nm.end - nm.start < 2 or nm.end > s.end:
        return None
    if _inner_particle(tg, nm):
        return nm
    after = tg.texts[nm.end] if nm.end < len(tg.texts) else None
    closes = after is None or after in tg.P.sentence_punct
    if tg.texts[k - 1] in COMMAS and _clause_after_commas(tg, nm.end, s.end):
        return nm
    return nm if closes and (tg.texts[k - 1] in COMMAS or _after_post_place(tg, k)) else None


def _unlisted_name_between_commas(tg: Tagger, s: Span, k: int) -> NameMention | None:
    """Head-initial, no cases: after a title's complement, two or three words in no list and
    without the article, set off by commas, then "and" glued to the next post of a list or the
    sentence's end ("chargé d'affaires of the X embassy in Y, W V, and-director of …"): a
    foreign name whose given name no list holds."""
    if not tg.head_initial or k < 1 or tg.texts[k - 1] not in COMMAS:
        return None
    nm = name_run(tg, k)
    if nm is None or nm.start != k or not 2 <= nm.end - nm.start <= 3 or nm.end >= s.end:
        return None
    for q in range(nm.start, nm.end):
        norm = tg.norms[q]
        if q in tg.hits or tg.is_def(q) or norm in tg.stop_words or norm in tg.lex.stopwords:
            return None
    j = nm.end
    if tg.texts[j] in tg.P.sentence_punct:
        return nm
    if tg.texts[j] not in COMMAS or j + 1 >= s.end:
        return None
    norm = tg.norms[j + 1]
    ands = glued_ands(tg.conjunctions)
    glued_role = norm.startswith(ands) and tg.kind(j + 1) == "title"
    return nm if glued_role or (norm in tg.conjunctions and _role_at(tg, j + 2)) else None


def _clause_after_commas(tg: Tagger, j: int, end: int) -> bool:
    """Cased: a comma at ``j``, then a lower-case word that is no conjunction: the name between two
    commas is an apposition and the clause goes on ("the head of X in Y, Anna Z, attended …"); a
    list of capitalised items goes on with another item or "and"."""
    q = j + 1
    return (
        q < end
        and tg.texts[j] in COMMAS
        and tg.is_alpha[q]
        and tg.texts[q][:1].islower()
        and tg.norms[q] not in tg.conjunctions
    )


def _after_post_place(tg: Tagger, k: int) -> bool:
    """Cased: the place of a post right before ``k`` ("Ambassador to the Kingdom X Y Z.",
    "Ambassador in Amman X Y."): the post's field ends with its place, so the capitalised words
    closing the sentence after it are the holder's name."""
    h = tg.hits.get(k - 1)
    if h is None or h.kind != "country" or h.end != k:
        return False
    p = h.start - 1
    if p > 0 and tg.norms[p] in tg.W.article:
        p -= 1
    return p >= 0 and (tg.norms[p] in tg.posted_to or tg.norms[p] in tg.W.parent_prep)


def _inner_particle(tg: Tagger, nm: NameMention) -> bool:
    """The name's second word is a particle written in lower case ("bint", "bin", "ould")."""
    j = nm.start + 1
    return j + 1 < nm.end and lower_particle(tg, j)


def _told_news_agency(tg: Tagger, t: TitleMention, end: int) -> bool:
    """Tokens ``t.end``..``end`` are a preposition and a news agency after a minister's title
    ("minister of state for foreign affairs [to-the news agency] X"): whom the minister spoke to;
    a minister heads no news agency."""
    if end == t.end or news_agency_end(tg, t.end) != end:
        return False
    heads = (tg.at(i, "title") for i in range(t.start, t.end))
    return any(h is not None and h.info[0] == "role" and _ministerial(tg, h.info[1]) for h in heads)


def news_agency_end(tg: Tagger, j: int) -> int:
    """Where a preposition and a news agency at ``j`` end ("[to-the news agency]"); ``j`` when
    none is there."""
    if j + 1 >= len(tg.norms) or tg.norms[j] not in tg.genitives | tg.posted_to | tg.W.parent_prep:
        return j
    ag = agency_phrase(tg, j + 1)
    return ag.end if ag is not None and ag.kind == NEWS_AGENCY else j


def _name_after_complement(
    b: EntityBuilder, s: Span, t: TitleMention, k: int
) -> NameMention | None:
    """The name at ``k`` after a title's complement: "director of the X department in the Y
    ministry Rashid Z."; "State Secretary at the Ministry of Foreign Affairs Eirik Berg,"."""
    nm = _set_off_name(b, s, k) if k > t.end + 1 and b.tg.texts[k - 1] not in COMMAS else None
    if nm:
        return _with_given_name_before(b.tg, nm, t.end)
    return _name_after_body(b, s, t, k) or _name_after_style(b, s, t, k)


def _name_after_style(b: EntityBuilder, s: Span, t: TitleMention, k: int) -> NameMention | None:
    """ "The Foreign Office Spokesperson, Ambassador X Y, said": right after the title's comma, a
    one-word style ("Ambassador") and a name of two words or more closed by a comma or the end
    (its first word outside the name list too): the holder of the title."""
    tg = b.tg
    h = tg.at(k, "title")
    if h is None or h.end != k + 1 or k != t.end + 1 or tg.texts[t.end] not in COMMAS:
        return None
    nm = name_run(tg, h.end)
    if nm is None or nm.end - nm.start < 2 or nm.end > s.end or not _closed_at(tg, nm.end, s.end):
        return None
    return nm


def _name_after_body(b: EntityBuilder, s: Span, t: TitleMention, k: int) -> NameMention | None:
    """A name of two words or more right after "at the <body>" that follows a title, closed by a
    comma or the sentence's end (its first word outside the name list too)."""
    tg = b.tg
    genitive = tg.head_initial and _body_gap(b, t.end, k, genitive=True)
    if not (
        genitive
        or _body_gap(b, t.end, k)
        or _posted_to_place_word(b, t, k)
        or _lower_anaphor_gap(b, t.end, k)
    ):
        return None
    nm = name_run(tg, k)
    if nm is None or nm.end - nm.start < 2 or nm.end > s.end:
        return None
    return nm if _closed_at(tg, nm.end, s.end) or _clause_goes_on(b, nm) else None


def _lower_anaphor_gap(b: EntityBuilder, j: int, k: int) -> bool:
    """Cased: tokens ``j``..``k`` are "of the ministry", a genitive, the article and a lower-case
    body's head read as an anaphor: a lower-case head ends the body (no capitalised name word
    goes on with it), so a name after it is the title's holder ("deputy head of the council Ana
    Ruiz Vidal said")."""
    tg = b.tg
    if not tg.P.cased or k - j != 3 or tg.norms[j] not in tg.genitives:
        return False
    if tg.norms[j + 1] not in b.W.article or not tg.texts[j + 2][:1].islower():
        return False
    m = agency_phrase(tg, j + 2) if tg.at(j + 2, "agency") else None
    return m is not None and m.anaphor and m.end == k


def _posted_to_place_word(b: EntityBuilder, t: TitleMention, k: int) -> bool:
    """Cased: tokens ``t.end``..``k`` are the preposition of a post's place and one capitalised
    word in no list after a title naming its body ("… of the United Nations for Africa X Y"): a
    region the post covers, so the name after it is the holder's."""
    tg, j = b.tg, t.end
    if not (tg.P.cased and t.agencies and k == j + 2 and tg.norms[j] in tg.posted_to):
        return False
    w = j + 1
    if not (tg.is_alpha[w] and tg.texts[w][:1].isupper()) or tg.kind(w) is not None:
        return False
    # "for Fiscal [Policies] X Y": a known given name further on opens the name there, not at k
    nm = name_run(tg, k)
    inner = nm is not None and any(known_name(tg, q) for q in range(k + 1, nm.end))
    return not known_name(tg, w) and (known_name(tg, k) or not inner)


def _clause_goes_on(b: EntityBuilder, nm: NameMention) -> bool:
    """Head-initial: a name opening with a known given name, then a word that ends a phrase or a
    verb of the sentence ("director general of-the fund X Y Z [qad] announced"): the name ends
    there as at a comma."""
    tg, k = b.tg, nm.end
    if k < len(tg.norms) and _cased_clause_after(b, nm):
        return True
    if not tg.head_initial or not starts_known_name(tg, nm) or k >= len(tg.norms):
        return False
    h = tg.at(k, "cue")
    return tg.norms[k] in b.W.phrase_break or h is not None or _glued_article_word(b, k)


def _glued_article_word(b: EntityBuilder, k: int) -> bool:
    """A word opening with a one-letter clitic glued to the article (``article_clitic``: "bi-l-",
    "wa-l-"), outside the name list, or that clitic cut off by the clitic split and glued to a
    word with the article: no name word, the clause's next phrase (the object of a verb of
    stance: "praised X Y Z [bi-l-partnership]")."""
    return glued_article_word(b.tg, k) or cut_article_clitic(b.tg, k)


def _cased_clause_after(b: EntityBuilder, nm: NameMention) -> bool:
    """Cased: capitalised name words end at a lower-case word that opens the clause's rest
    ("… at the Federal Foreign Office X Y co-hosted"), not at a preposition or "and" that may go on
    with the body's name."""
    tg, k = b.tg, nm.end
    text = tg.texts[k]
    if not (tg.P.cased and tg.is_alpha[k] and text[:1].islower()):
        return False
    norm = tg.norms[k]
    if norm in tg.conjunctions and k + 1 < len(tg.norms) and tg.is_alpha[k + 1]:
        # a holder's name after "at the <body>", then a conjunction before a lower-case word
        # ("… and his staff"): another party joins, the name is not running on
        return tg.texts[k + 1][:1].islower()
    return norm not in tg.genitives | tg.conjunctions | b.W.parent_prep | b.W.article


def _delegation_follows(b: EntityBuilder, k: int, end: int) -> bool:
    """ "And" and the accompanying delegation right after a name close it as a comma would ("…
    envoy to the Middle East X Y Z wa-l-wafd al-murafiq lahu", "… for Bilateral Relations X Y
    and her accompanying delegation")."""
    tg = b.tg
    if not (k + 2 < end and tg.norms[k] in tg.conjunctions):
        return False
    if tg.head_initial:
        return tg.norms[k + 2] in b.W.accompany
    # head-final: "… X Y and her accompanying delegation"
    return tg.norms[k + 1] in tg.possessives and tg.norms[k + 2] in b.W.accompany


def _with_given_name_before(tg: Tagger, nm: NameMention, lo: int) -> NameMention:
    """The set-off name with the given name right before it, when the run read from that word
    ends where the name ends ("… for macro-fiscal policy Ahmed Samir Z": not "Samir Z")."""
    k = nm.start - 1
    if tg.P.cased:
        return _with_family_name_before(tg, nm, lo)
    if k <= lo or k in tg.hits or not tg.is_alpha[k]:
        return nm
    longer = name_run(tg, k)
    return longer if longer is not None and longer.end == nm.end else nm


def _with_family_name_before(tg: Tagger, nm: NameMention, lo: int) -> NameMention:
    """Cased: the set-off name with the one-syllable words right before it that one name run of
    one-syllable words reads to its end (a family name and a middle name first: "… Foreign
    Affairs Pham Thi Lan Anh"); a longer word before a listed given name ends the body or the
    title ("… Policies Ahmed Z")."""
    k = nm.start - 1
    if k > lo and given_name_after_cased_title(tg, k):
        # "… of <field> [Sultan] X Z": a role that is a listed given name opens the holder's name
        longer = name_run(tg, k)
        if longer is not None and longer.end == nm.end:
            return longer
    best = nm
    for k in range(nm.start - 1, max(lo, nm.start - 3), -1):
        if k in tg.hits or not tg.is_alpha[k]:
            break
        longer = name_run(tg, k)
        if longer is None or longer.end != nm.end or not one_syllable_name(tg, longer):
            break
        best = longer
    return best


def _with_adjective(tg: Tagger, t: TitleMention, end: int) -> TitleMention:
    """A definite nisba-shaped adjective outside the lexicons between a definite title and a name
    belongs to the title ("the regional commissioner X", "the legal adviser X")."""
    P, k = tg.P, t.end
    if not P.definite_prefix or k + 1 >= end or k in tg.hits:
        return t
    norm = tg.norms[k]
    if not (
        P.is_definite(tg.norms[t.start])
        and P.is_definite(norm)
        and norm.endswith(P.nisba_ending)
        and norm not in tg.lex.names
        and name_run(tg, k + 1) is not None
    ):
        return t
    return replace(t, end=k + 1, text=tokens_text(tg, t.start, k + 1))


def _with_acting(b: EntityBuilder, t: TitleMention, end: int) -> TitleMention:
    """Head-initial: an adjective of the title list without the article right after a title's
    body ("deputy director of the fund [acting] X Y") is the post's own (it holds the office for
    now): the title reaches over it, and the name follows."""
    tg, k = b.tg, t.end
    while k < end and not (tg.kind(k) == "title" or tg.texts[k] in COMMAS):
        k += 1
    h = tg.at(k, "title") if k < end else None
    if not (
        tg.head_initial
        and (k == t.end or _body_gap(b, t.end, k, genitive=True) or _body_gap(b, t.end, k))
        and h is not None
        and h.info[0] == "adjective"
        and h.end < end
        and not tg.is_def(k)
    ):
        return t
    return replace(t, end=h.end, text=tokens_text(tg, t.start, h.end))


def _verb_of_feminine_title(tg: Tagger, t: TitleMention, j: int) -> bool:
    """Right after a feminine title, a word with the feminine imperfect prefix, outside the name
    list, is the title's verb ("the (woman) minister briefs …"), no name."""
    P, norm = tg.P, tg.norms[j]
    fem = P.fold(P.feminine_suffix) if P.feminine_suffix else ""
    return (
        j == t.end
        and bool(fem)
        and tg.norms[t.start].endswith(fem)
        and norm.startswith(tuple(tg.W.feminine_verb_prefix))
        and len(norm) > 3
        and norm not in tg.lex.names
        and not verb_shaped_name(tg, j)  # "the spokeswoman Tammy Bruce:"
    )


def _name_after_title(
    b: EntityBuilder, si: int, s: Span, k: int, starts: list[int], titles: TitleBook, used: set[int]
) -> None:
    doc, tg = b.doc, b.tg
    t, nm = _name_after(b, s, titles.at[k])
    if nm is None or _subject_post_before_titled_object(tg, t, nm, titles):
        return
    if _post_before_foreign_definite_post(tg, titles.at[k], nm, titles):
        return
    if _earlier_family_name_after(b, titles.at[k], nm):
        return
    t = _with_country_after_name(b.tg, t, nm.end)
    t = _with_coordinated_country(b, s, starts, titles, t)
    t = _with_possessive_body(b, t, s.start)
    titles.at[k] = t
    # the post a bound title is attached to: its ministry is the holder's, not its role
    held = None if _governed_post(tg, k, used) else t
    oi = b.official(nm.text, held, "official.title+name")
    first = min(t.start, nm.start)
    b.add_part(si, Part(OFFICIAL, oi, first, nm.end))
    b.name_tokens.update(range(nm.start, nm.end))  # before its title's side is looked for
    bind_title_agencies(b, oi, t, span(doc, t.start, nm.end))
    titles.bound.add(k)
    prev_k = _coordinated_titles_before(b, s, k, starts, titles, nm.text, oi, nm.end, used)
    if prev_k < k:
        b.move_part_start(si, oi, first, prev_k)
    used.update(range(t.start, nm.end))
    # a title right after the name also belongs to it ("… X, assistant foreign minister")
    set_off = any(tg.texts[q] in COMMAS for q in range(t.end, nm.start))
    _bind_following_titles(b, s, nm.end, oi, titles, held=t, set_off=set_off)


def _subject_post_before_titled_object(
    tg: Tagger, t: TitleMention, nm: NameMention, titles: TitleBook
) -> bool:
    """Right after a meeting verb, a post, then a name opened by its own honorific and followed at
    once by its own post (in construct, not definite): the first post is the verb's subject, the
    name the object's, not its holder. Agency copy that puts a person's post after the name
    ("honorific, name, post") gives each person one post: a second post right after the name is
    that name's own, so the post before the honorific is someone else's, the subject of the verb
    (named earlier in the article)."""
    if not _after_meeting_verb(tg, t.start):
        return False
    if not any(_honorific_at(tg, j) for j in range(t.end, nm.start)):
        return False
    nxt = titles.at.get(nm.end)
    # a post in construct (a role governing its portfolio), not a bare definite one nor "his
    # counterpart": "received the minister Dr X [the ambassador]" is the minister X and the one
    # he received
    return (
        nxt is not None
        and _has_role_head(tg, nxt)
        and not tg.is_def(nxt.start)
        and COUNTERPART not in nxt.roles
    )


def _earlier_family_name_after(b: EntityBuilder, t0: TitleMention, nm: NameMention) -> bool:
    """Right after the title, before the name found further on, the family name of an official
    named before: news prose refers back to an official already named by title and family name
    alone (a short second mention), so the title is that earlier official's, and the name further
    on belongs to another person, after a post of its own."""
    j = t0.end
    if nm.start <= j or j >= len(b.tg.texts):
        return False
    word = normalize_key(b.tg.texts[j])
    return any(len(o.key.split()) > 1 and o.key.split()[-1] == word for o in b.officials)


def _post_before_foreign_definite_post(
    tg: Tagger, t0: TitleMention, nm: NameMention, titles: TitleBook
) -> bool:
    """Head-initial: a post closed by its definite field, then a role written with the article
    that names a country of its own, then the name ("met the minister of health [the Peruvian
    ambassador] X"): two people, the name the second post's. A second post of one person in a row
    is in construct ("deputy prime minister [minister of] …"), and a rank after a post ("the
    spokesman of the ministry [the ambassador] X") names no country."""
    nxt = titles.at.get(t0.end)
    return nxt is not None and nxt.end <= nm.start and _foreign_post_after_field(tg, t0, nxt)


def _foreign_post_after_field(tg: Tagger, t0: TitleMention, nxt: TitleMention) -> bool:
    """:func:`_post_before_foreign_definite_post`: ``nxt`` starts right after ``t0`` with a role
    written with the article, names a country other than ``t0``'s, and ``t0`` is closed by its
    definite field."""
    h = tg.at(nxt.start, "title")
    return (
        tg.head_initial
        and nxt.start == t0.end
        and not t0.bare
        and _definite_word(tg, t0.end - 1)
        and h is not None
        and h.info[0] == "role"
        and written_definite(tg, nxt.start)
        and nxt.country is not None
        and nxt.country != t0.country
    )


def _definite_word(tg: Tagger, i: int) -> bool:
    """Token ``i`` is definite, also after a glued one-letter "and" ("and-the-housing")."""
    norm = tg.norms[i]
    ands = glued_ands(tg.conjunctions)
    return tg.is_def(i) or (norm.startswith(ands) and tg.is_definite(norm[1:]))


# ---------------------------------------------------------------- plural titles
def _plural_title(tg: Tagger, t: TitleMention) -> bool:
    """A title headed by a dual or plural role ("the foreign ministers of X and Y", "wazira
    kharijiyyat X wa-Y"): several people, never one. In a head-initial language a plural after a
    singular role is governed by it, not the head ("ra'is wuzara' X", "na'ib ra'is wuzara' X":
    one prime minister)."""
    inside = {q for a in t.agencies if not a.implied for q in range(a.start, a.end)}
    for q in range(t.start, t.end):
        if tg.norms[q] in tg.plural_titles and q not in inside:
            return True
        h = tg.hits.get(q)
        if tg.head_initial and h is not None and h.kind == "title" and h.info[0] == "role":
            # a singular head governs the words after it: "ra'is wuzara' X" (the prime minister
            # of X: the plural is in construct, the head is one person)
            return False
    return False


def _coordinated_countries(tg: Tagger, t: TitleMention, end: int) -> tuple[list[str], int]:
    """The countries of a plural title in order: those its grammar read ("of Egypt and Jordan"),
    then each country name joined to it by "and" or a comma ("kharijiyyat Misr wa-l-Urdun");
    and where they end."""
    found: list[str] = []
    for q in range(t.start, t.end):
        h = tg.at(q, "country")
        if h is not None and h.info[0] not in found:
            found.append(h.info[0])
    j = t.end
    while found and j + 1 < end and (tg.texts[j] in COMMAS or tg.norms[j] in tg.conjunctions):
        k = j + 1 if tg.norms[j + 1] not in tg.conjunctions else j + 2
        h = tg.at(k, "country") if k < end else None
        if h is None or h.info[0] in found or h.info[1] not in ("name", "nisba"):
            break
        found.append(h.info[0])
        j = h.end
    return found, j


def _glued_and_name(b: EntityBuilder, s: Span, j: int) -> NameMention | None:
    """A name written glued to a one-letter "and" ("wa-Ayman al-X"): a listed given name after the
    letter, or an unlisted word before a listed name ("wa-Shirin Muhammad X": in a list of names
    the letter is "and"), and the name words after it; the name without the letter."""
    tg = b.tg
    norm, ands = tg.norms[j], glued_ands(b.tg.conjunctions)
    if not (norm.startswith(ands) and j not in tg.hits):
        return None
    if not (
        norm[1:] in tg.lex.names
        or (len(norm) > 3 and j + 1 < s.end and known_name(tg, j + 1))
        or _unlisted_glued_pair(tg, s, j)
        or (len(norm) > 3 and _middle_initial(tg, s, j + 1))
    ):
        return None
    end = j + 1
    while end < s.end and end - j < MAX_WORDS:
        if _middle_initial(tg, s, end):
            end += 2  # "wa-<given> <letter>. <family>": a middle initial between two name words
        elif name_like(tg, end, end - j):
            end += 1
        else:
            break
    text = tokens_text(tg, j, end)
    return NameMention(j, end, text[1:])


def _middle_initial(tg: Tagger, s: Span, k: int) -> bool:
    """Token ``k`` is an initial (a letter and a period, no honorific's abbreviation) with a name
    word after it: the middle initial of a listed name ("wa-<given> <letter>. <family>")."""
    return (
        k + 1 < s.end
        and k not in tg.hits
        and initial_at(tg, k)
        and k + 1 not in tg.hits
        and name_like(tg, k + 1, 1)
    )


def _unlisted_glued_pair(tg: Tagger, s: Span, j: int) -> bool:
    """In a list of names, "wa-" glued to an unlisted word and one name word without the article
    that ends the list (a comma, the sentence's end or a post after it): a foreign given name and
    its family name ("the two MPs X Y [wa-Anna Z], …"), not a verb and its object."""
    k = j + 1
    if not (
        len(tg.norms[j]) > 3
        and tg.norms[j][1:] not in tg.stop_words
        and k < s.end
        and k not in tg.hits
        and name_like(tg, k, 1)
        and not written_definite(tg, k)
    ):
        return False
    e = k + 1
    return e >= s.end or tg.texts[e] in COMMAS or not tg.is_alpha[e] or tg.kind(e) == "title"


def _listed_names(
    b: EntityBuilder,
    s: Span,
    j: int,
    of: list[str | None] | None = None,
    sides: list[str] | None = None,
) -> list[NameMention]:
    """The names listed from ``j``, joined by commas and "and" ("X, Y and Z", "X wa-Y"); with
    ``of``, each may be followed by "of" and its country ("Presidents X of Colombia and Y of
    Brazil"), listed there in the names' order (``None`` for a name with none); with ``sides``,
    a later name may follow its own country's nisba after the "and" ("the two ministers, the
    Egyptian X and the Cypriot Y"), listed there in order."""
    tg, out = b.tg, list[NameMention]()
    while j < s.end:
        if out and sides is not None:
            j = _side_nisba(tg, j, s.end, sides)
        h = tg.at(j, "title") if out else None
        while h is not None and h.start == j and h.info[0] == "honorific" and h.end < s.end:
            j = h.end  # each item's own honorific ("Excellency X and Excellency Y")
            h = tg.at(j, "title")
        nm = (out and _glued_and_name(b, s, j)) or name_run(tg, j)
        if nm is None or nm.end > s.end:
            break
        out.append(nm)
        j = nm.end
        if of is not None:
            iso, j = _of_country_after(tg, j, s.end)
            of.append(iso)
        j = _past_side_country(tg, j, s.end)
        if j + 1 < s.end and (tg.texts[j] in COMMAS or tg.norms[j] in b.tg.conjunctions):
            j += 2 if tg.texts[j] in COMMAS and tg.norms[j + 1] in b.tg.conjunctions else 1
        elif not (j < s.end and tg.norms[j].startswith(glued_ands(b.tg.conjunctions))):
            break
    return out


def _side_nisba(tg: Tagger, j: int, end: int, sides: list[str]) -> int:
    """A country's nisba at ``j`` with a name word right after it, in a list of names after a
    plural title: the next holder's country (kept in ``sides``); the list goes on after it."""
    h = tg.at(j, "country")
    if h is None or h.start != j or h.info[1] != "nisba" or h.end >= end:
        return j
    if h.end in tg.hits or not name_like(tg, h.end, 0):
        return j
    sides.append(h.info[0])
    return h.end


def _past_side_country(tg: Tagger, j: int, end: int) -> int:
    """After a listed name, a preposition (a phrase break) and a country's name, then "and" or a
    comma: the country the member stands for ("the two members X for Oman and Y for Qatar"); the
    list goes on after it."""
    if j + 2 >= end or tg.norms[j] not in tg.W.phrase_break:
        return j
    h = tg.at(j + 1, "country")
    if h is None or h.start != j + 1 or h.end >= end:
        return j
    nxt = h.end
    return nxt if tg.texts[nxt] in COMMAS or tg.norms[nxt] in tg.conjunctions else j


def _of_country_after(tg: Tagger, j: int, end: int) -> tuple[str | None, int]:
    """ "of Colombia" at ``j`` (a genitive and a country's name, an article between): the
    country and the token after it; else ``(None, j)``."""
    if j + 1 >= end or tg.norms[j] not in tg.genitives:
        return None, j
    iso = country_named_at(tg, j + 1)
    if iso is None:
        return None, j
    k = j + 1 + int(tg.norms[j + 1] in tg.W.article)
    h = tg.at(k, "country")
    return (iso, h.end) if h is not None and h.end <= end else (None, j)


def _of_country(tg: Tagger, a: AgencyMention, iso: str | None) -> AgencyMention:
    """The ministry a plural title implies, of one holder's country (its demonym alias rebuilt)."""
    if iso == a.country:
        return a
    dem = country_demonym(tg.lex.lang, iso)
    return replace(
        a, country=iso, aliases=(f"{dem} {a.text}",) if dem and not tg.head_initial else ()
    )


def _list_opening(tg: Tagger, j: int, end: int) -> int:
    """Where the names listed after a plural title start: after a colon that opens the list, and
    a definite plural in apposition before it ("the committee's members, the senators: X, Y")."""
    k = j
    if k + 1 < end and tg.kind(k) is None and written_definite(tg, k) and tg.texts[k + 1] == ":":
        k += 1
    return k + 1 if k + 1 < end and tg.texts[k] == ":" else j


def _names_after_plural_title(
    b: EntityBuilder, si: int, s: Span, k: int, titles: TitleBook, used: set[int]
) -> None:
    """ "the foreign ministers of Egypt and Jordan, X and Y": each listed name holds the title,
    with the country of the same rank when there are as many countries as names."""
    tg, t = b.tg, titles.at[k]
    countries, j = _coordinated_countries(tg, t, s.end)
    own: list[str | None] = []  # "Presidents X of Colombia and Y of Brazil": each name's own
    listed = own if tg.P.cased and not countries else None
    sides: list[str] = []  # "the Egyptian and [the Cypriot] foreign ministers X and Y" split up
    names = _listed_names(
        b, s, _list_opening(tg, skip_commas_and_ranks(tg, j, s.end), s.end), listed, sides
    )
    if len(names) < 2:
        return  # a plural title alone names nobody ("the two ministers")
    if any(own):
        countries = [c or "" for c in own]
    elif sides and len(countries) + len(sides) == len(names):
        countries = countries + sides
    for n, nm in enumerate(names):
        iso = (countries[n] or None) if len(countries) == len(names) else None
        agencies = tuple(_of_country(tg, a, iso) if a.implied else a for a in t.agencies)
        one = replace(t, end=j, text=tokens_text(tg, t.start, j), country=iso, agencies=agencies)
        oi = _listed_holder(b, si, nm, one, "official.plural_title+name", t.start, nm.end)
        used.update(range(nm.start, nm.end))
    used.update(range(t.start, j))
    titles.bound.add(k)
    # the last one's own post set off after the list ("MPs X and Y, Chair of the Z Committee")
    _bind_following_titles(b, s, names[-1].end, oi, titles, held=one, set_off=True)


def _listed_holder(
    b: EntityBuilder, si: int, nm: NameMention, t: TitleMention, rule: str, lo: int, hi: int
) -> int:
    """One name of a list that holds a plural title: the official, its part in the sentence and
    the title's bodies (read over tokens lo..hi); returns the official."""
    oi = b.official(nm.text, t, rule)
    b.add_part(si, Part(OFFICIAL, oi, nm.start, nm.end))
    bind_title_agencies(b, oi, t, span(b.doc, lo, hi))
    b.name_tokens.update(range(nm.start, nm.end))
    return oi


def _with_coordinated_country(
    b: EntityBuilder, s: Span, starts: list[int], titles: TitleBook, t: TitleMention
) -> TitleMention:
    """ "Jordanian Deputy Prime Minister and Minister of Foreign Affairs X" (a cased language):
    the country of the first of two titles joined by "and" before one name is the second's too,
    and its ministry's."""
    tg, j = b.tg, t.start - 1
    if t.country or not tg.P.cased or j <= s.start or tg.norms[j] not in tg.conjunctions:
        return t
    t0 = next(
        (titles.at[q] for q in starts if q not in titles.bound and titles.at[q].end == j), None
    )
    if t0 is None or t0.country is None:
        return t
    iso = t0.country
    agencies = tuple(replace(a, country=a.country or iso) if a.implied else a for a in t.agencies)
    return replace(t, country=iso, agencies=agencies)


def _with_country_after_name(tg: Tagger, t: TitleMention, k: int) -> TitleMention:
    """ "Foreign Minister X of Jordan": "of" and a country's name right after the name give the
    title that country when it had none, and the ministry it implies too."""
    if t.country or k + 1 >= len(tg.norms) or tg.norms[k] not in tg.genitives:
        return t
    iso = country_named_at(tg, k + 1)  # "of Jordan", "of the United Arab Emirates"
    if iso is None:
        return t
    agencies = tuple(replace(a, country=a.country or iso) if a.implied else a for a in t.agencies)
    return replace(t, country=iso, agencies=agencies)


def _name_before_title(
    b: EntityBuilder,
    si: int,
    s: Span,
    t: TitleMention,
    titles: TitleBook,
    used: set[int],
    surnames: frozenset[str] = frozenset(),
) -> None:
    """ "X Y, deputy head of …": a name of two words or more right before the title; after a
    comma, also "X Y, the Swedish envoy," (a known given name opening the name, the title closed
    there), and a surname alone when the article gives its full name elsewhere ("Y, the
    envoy,")."""
    doc, tg = b.doc, b.tg
    key = t.start
    if _names_before_plural_title(b, si, s, t, titles, used):
        return
    t = _with_abbreviation_before(tg, _with_body_before(tg, t, s.start), s.start)
    j = t.start - 1
    # "X, the envoy," / "X, his Jordanian counterpart," / "X, a spokesman for …,"
    lead = b.W.article | b.tg.possessives | b.W.indefinite_article
    article = j > s.start and tg.norms[j] in lead and tg.texts[j - 1] in COMMAS
    owner = _possessive_owner(tg, s, j)
    if owner is not None:  # "X, Netanyahu's chief of staff,": the owner stands as an article
        article, j = True, owner
    if article and not _closed_apposition(b, s, t, titles):
        return
    j -= int(article)
    while j >= s.start and tg.texts[j] in COMMAS:
        j -= 1
    nm = name_run(tg, j, -1) if j >= s.start else None
    nm = _without_listed_and(tg, s, _without_opening_verb(tg, s, nm))
    if (
        nm
        and article
        and owner is None  # "X, Netanyahu's chief of staff,": an owned post is a person's
        and (t.bare or tg.norms[key - 1] not in b.W.indefinite_article)  # "X, a spokesman for Y,"
        and not starts_known_name(tg, nm)
        and nm.end - nm.start >= 2
        and not _after_honorific_word(tg, nm.start)
        and not _after_meeting_verb(tg, nm.start)
    ):
        return  # "… Jordan Valley, the minister …": a place, not a person ("Mr X Y, the …" is one)
    if not (
        nm
        and (nm.end - nm.start >= 2 or (j < t.start - 1 and normalize_key(nm.text) in surnames))
        and nm.start >= s.start
        and not (used & set(range(nm.start, nm.end)))
        and not (_after_preposition(tg, nm.start) and not _person_after(b, s, t, nm, titles))
    ):
        return
    oi = b.official(nm.text, t, "official.name+title")
    b.name_tokens.update(range(nm.start, nm.end))
    b.add_part(si, Part(OFFICIAL, oi, nm.start, t.end))
    bind_title_agencies(b, oi, t, span(doc, nm.start, t.end))
    titles.bound.add(key)
    used.update(range(nm.start, t.end))
    if not _object_post_after_subject(b, nm, t, titles, s.end):
        _bind_following_titles(b, s, t.end, oi, titles)


def _names_before_plural_title(
    b: EntityBuilder, si: int, s: Span, t: TitleMention, titles: TitleBook, used: set[int]
) -> bool:
    """Head-initial: "X Y wa-Z W, the two members of the committee": two names joined by a
    glued "and" right before a dual or plural title both hold it; the second name goes without
    the letter. True when they were bound."""
    tg = b.tg
    j = t.start - 1
    while j > s.start and tg.texts[j] in COMMAS:
        j -= 1
    if not tg.head_initial or j <= s.start or not _plural_title(tg, t):
        return False
    styled = _styled_names_before(tg, s, j)
    if len(styled) >= 2 and not used & set(range(styled[-1].start, t.end)):
        for nm in styled[1:]:
            _listed_holder(b, si, nm, t, "official.styled_names+plural_title", nm.start, t.end)
        _bind_title_holder(b, si, styled[0], t)  # the title's bare body resolves as one's
        used.update(range(styled[-1].start, t.end))
        titles.bound.add(t.start)
        return True
    last = name_run(tg, j, -1)
    if last is None or last.start - 1 < s.start:
        return False
    second = _glued_and_name(b, s, last.start)
    first = name_run(tg, last.start - 1, -1)
    if second is None or first is None or second.end != last.end:
        return False
    if first.end - first.start < 2 or second.end - second.start < 2:
        return False
    if used & set(range(first.start, t.end)) or not starts_known_name(tg, first):
        return False
    names = [first, second]
    for nm in names:
        _listed_holder(b, si, nm, t, "official.names+plural_title", nm.start, t.end)
    used.update(range(first.start, t.end))
    titles.bound.add(t.start)
    return True


def _bind_title_holder(b: EntityBuilder, si: int, nm: NameMention, t: TitleMention) -> None:
    """The name right before title ``t`` holds it; its part runs over the title."""
    oi = b.official(nm.text, t, "official.name+title")
    b.name_tokens.update(range(nm.start, nm.end))
    b.add_part(si, Part(OFFICIAL, oi, nm.start, t.end))
    bind_title_agencies(b, oi, t, span(b.doc, nm.start, t.end))


def _styled_names_before(tg: Tagger, s: Span, j: int) -> list[NameMention]:
    """ "[Excellency Mrs] X Y and [Excellency Mr] Z W, the two members of …": the names ending at
    ``j``, each of two words or more and ranked by an honorific, joined by "and" (a comma before
    it too); last first. The style marks each run as a person's name though no list holds it."""
    found: list[NameMention] = []
    while j > s.start:
        nm = name_run(tg, j, -1)
        if nm is None or nm.end != j + 1 or nm.end - nm.start < 2:
            break
        k = nm.start
        while k > s.start and _after_honorific_word(tg, k):
            k -= 1
        if k == nm.start:
            break
        found.append(nm)
        j = k - 1
        if j <= s.start or tg.norms[j] not in tg.conjunctions:
            break
        j -= 1
        while j > s.start and tg.texts[j] in COMMAS:
            j -= 1
    return found


def _person_after(
    b: EntityBuilder, s: Span, t: TitleMention, nm: NameMention, titles: TitleBook
) -> bool:
    """The name after a preposition is a person's: it opens with a known given name, or it is the
    party met after "with" (:func:`_comitative_apposition`)."""
    return starts_known_name(b.tg, nm) or _comitative_apposition(b, s, t, nm, titles)


def _comitative_apposition(
    b: EntityBuilder, s: Span, t: TitleMention, nm: NameMention, titles: TitleBook
) -> bool:
    """ "talks with X Y, first deputy prime minister of Z, …", "with X Y chair of …": after "with",
    a run of two words or more that no lexicon knows, right before a post or set off by commas
    with it, is the name of the person met (a foreign name whose given name no list holds), not a
    place or a thing."""
    tg = b.tg
    return (
        nm.start > s.start
        and tg.norms[nm.start - 1] in tg.W.comitative
        and nm.end - nm.start >= 2
        and all(tg.texts[k] in COMMAS for k in range(nm.end, t.start))
        and not any(k in tg.hits for k in range(nm.start, nm.end))
        and (nm.end == t.start or _closed_apposition(b, s, t, titles))
    )


def _object_post_after_subject(
    b: EntityBuilder, nm: NameMention, t: TitleMention, titles: TitleBook, end: int
) -> bool:
    """ "received [Excellency] X Y, minister of Z, [the deputy foreign minister of W] and …": after
    a meeting verb's subject named and titled, a post of another country set off by a comma is
    the verb's object (unnamed there), not a second post of the subject."""
    tg, k = b.tg, nm.start
    while k > 0 and (h := tg.hits.get(k - 1)) is not None and h.kind == "title" and h.end == k:
        if h.info[0] != "honorific":
            return False
        k = h.start
    if not _after_meeting_verb(tg, k):
        return False
    j = t.end
    if j < end and tg.texts[j] not in COMMAS:
        nt = titles.at.get(j)  # "received X, the minister of Z, [the deputy minister of Z of W]"
        return nt is not None and _post_of_another_country(tg, t, nt) and _other_rank(t, nt)
    if j >= end:
        return False
    while j < end and tg.texts[j] in COMMAS:
        j += 1
    nt = titles.at.get(j)
    return nt is not None and _post_of_another_country(tg, t, nt) and _has_role_head(tg, t)


def _other_rank(t: TitleMention, nt: TitleMention) -> bool:
    """Two posts of different rank in the same body (a minister and a deputy minister of foreign
    affairs): one person does not hold both, so the second, of another country, is another
    person's."""
    words = {a.words for a in t.agencies}
    return t.roles != nt.roles and any(a.words in words for a in nt.agencies)


_OWNER_WORDS = 4  # "X, President Y Z's envoy,": at most this many words own the title


def _possessive_owner(tg: Tagger, s: Span, j: int) -> int | None:
    """In a cased language, "Y's" right before a title, a comma right before its owner's words
    (capitalised, a title's or a country's): where the owner starts, the title set off after a
    name as its apposition ("X, Netanyahu's chief of staff, met …"), else ``None``."""
    if not tg.P.cased or j - 1 <= s.start or tg.texts[j] not in tg.W.possessive_marker:
        return None
    k = j - 1
    while k > s.start and j - k <= _OWNER_WORDS and _owner_word(tg, k):
        if tg.texts[k - 1] in COMMAS:
            return k
        k -= 1
    return None


def _owner_word(tg: Tagger, k: int) -> bool:
    """A word of a post's owner: capitalised, a title's, a country's or a body's (a lower-case
    head: "the ministry's"), or an article ("the president's")."""
    return tg.is_alpha[k] and (
        tg.texts[k][:1].isupper()
        or tg.norms[k] in tg.W.article
        or tg.at(k, "title") is not None
        or tg.at(k, "country") is not None
        or tg.at(k, "agency") is not None
    )


def _with_possessive_body(b: EntityBuilder, t: TitleMention, lo: int) -> TitleMention:
    """ "the World Bank's Director X", "the IMF's Managing Director": the body in the possessive
    before the title is the post's."""
    if t.start > lo and b.tg.texts[t.start - 1] in b.W.possessive_marker:
        return _with_body_before(b.tg, t, lo)
    return t


def _with_body_before(tg: Tagger, t: TitleMention, lo: int) -> TitleMention:
    """In a head-final language, the body named right before a title is the title's ("X, the UN
    Special Envoy", "X, Arab League Secretary-General"): the title starts there and names it."""
    if tg.head_initial:
        return t
    # "the World Bank's Director for Egypt": the body's possessive marker before the title
    own = t.start - 1 if t.start > lo and tg.texts[t.start - 1] in tg.W.possessive_marker else None
    end = t.start if own is None else own
    for k in range(end - 1, max(lo, end - _BODY_WORDS) - 1, -1):
        h = tg.hits.get(k)
        if h is None or h.kind != "agency" or h.end != end:
            continue
        m = agency_phrase(tg, h.start)
        if m is None or m.anaphor or m.end != end or m.start < lo:
            return t
        text = tokens_text(tg, m.start, t.end)
        return replace(t, start=m.start, text=text, bare=False, agencies=(m, *t.agencies))
    return t


def _with_abbreviation_before(tg: Tagger, t: TitleMention, lo: int) -> TitleMention:
    """Cased: an unlisted word in capitals right before a title is its body's abbreviation ("X,
    DIRCO Spokesperson"): the title starts there."""
    k = t.start - 1
    if not tg.P.cased or k <= lo or k in tg.hits or not tg.is_alpha[k]:
        return t
    if len(tg.texts[k]) < 2 or not tg.texts[k].isupper():
        return t
    return replace(t, start=k, text=tokens_text(tg, k, t.end), bare=False)


_BODY_WORDS = 6  # the longest body name looked for before a title


def _without_opening_verb(tg: Tagger, s: Span, nm: NameMention | None) -> NameMention | None:
    """In a verb-first language, a name read back from its title to the sentence's first word,
    which is outside the name list while a listed given name follows it, starts after that word:
    it is the verb ("arrived Khalid X Y, the minister …")."""
    k = nm.start if nm is not None else -1
    if (
        nm is None
        or k != s.start
        or tg.P.word_order != "VSO"
        or nm.end - k < 3
        or k in tg.hits
        or tg.norms[k] in tg.lex.names
        or not (known_name(tg, k + 1) or given_name_role(tg, k + 1))
    ):
        return nm
    return NameMention(k + 1, nm.end, tokens_text(tg, k + 1, nm.end))


def _without_listed_and(tg: Tagger, s: Span, nm: NameMention | None) -> NameMention | None:
    """Head-initial: a name read back from its title that opens after a comma with a one-letter
    "and" glued to a listed given name (the word itself no listed name): a list's next item
    ("…, and-Salim X Y, director of …"); the name goes without the letter."""
    if nm is None or not tg.head_initial or nm.start <= s.start:
        return nm
    norm = tg.norms[nm.start]
    if not (
        tg.texts[nm.start - 1] in COMMAS
        and norm.startswith(glued_ands(tg.conjunctions))
        and norm[1:] in tg.lex.names
        and norm not in tg.lex.names
    ):
        return nm
    return NameMention(nm.start, nm.end, tokens_text(tg, nm.start, nm.end)[1:])


_PERSON_OBJECT_VERBS = ("meet",)  # cue classes whose object is a person: "met", "received"


def _after_meeting_verb(tg: Tagger, k: int) -> bool:
    """Token ``k`` right after a meeting verb ("received X Y, the Ambassador of …"): its object
    is a person (or a body), never a place, so a name there opens with any given name."""
    h = tg.at(k - 1, "cue") if k > 0 else None
    return h is not None and h.end == k and h.info[0] in _PERSON_OBJECT_VERBS


def _after_honorific_word(tg: Tagger, k: int) -> bool:
    """Token ``k`` follows an honorific ("Mr", "Dr", "al-sayyid"), a line break between them too
    ("Ms.\nX"): a person's name starts there."""
    if k > 1 and tg.is_space[k - 1]:
        k -= 1
    h = tg.hits.get(k - 1) if k > 0 else None
    return h is not None and h.kind == "title" and h.info[0] == "honorific"


def _closed_apposition(
    b: EntityBuilder, s: Span, t: TitleMention, titles: TitleBook | None = None
) -> bool:
    """The title ends the apposition: a comma, the sentence's end or a relative word follows it
    ("X, the envoy, said", "… X, the envoy.", "X, the envoy who …"), not a verb ("X, the
    minister said"); or "and" and a second post that ends it ("X, the envoy for Y and Head of
    the Z Mission.")."""
    if t.end >= s.end:
        return True
    tg = b.tg
    if tg.texts[t.end] in b.W.possessive_marker:
        return False  # "X, the president's adviser,": the president owns X's post
    nt = titles.at.get(t.end + 1) if titles is not None else None
    if nt is not None and tg.norms[t.end] in tg.conjunctions and _role_at(tg, t.end + 1):
        return _closed_apposition(b, s, nt)
    return not tg.is_alpha[t.end] or tg.norms[t.end] in b.W.relative


def _untitled_full_names(
    b: EntityBuilder, persons: list[tuple[int, NameMention]], used: set[int]
) -> None:
    """A full name read with no title next to it (:func:`~.names.person_names`) is the official
    whose surname alone got a title ("received Mr Peter Y … Ambassador Y said"): it becomes that
    official's name. A full name whose surname no titled official bears is no official."""
    dp = b.P.definite_prefix
    for si, nm in persons:
        if used & set(range(nm.start, nm.end)):
            continue
        full = normalize_key(nm.text).split()
        short = [
            i
            for i, o in enumerate(b.officials)
            if len(o.key.split()) == 1 and o.titles and is_surname(o.key, full, dp)
        ]
        if len(short) != 1:
            continue
        oi = b.official(nm.text, None, "official.full-name+titled-surname")
        b.officials[oi].rule = "official.full-name+titled-surname"
        b.add_part(si, Part(OFFICIAL, oi, nm.start, nm.end))
        b.name_tokens.update(range(nm.start, nm.end))
        used.update(range(nm.start, nm.end))


# the cue class of "headed by", "chaired by", "bi-ri'asat" (lang/<code>/cues.tsv)
_LEAD_CUE = "lead"


def _styled_chairs(b: EntityBuilder, sents: list[Span], used: set[int]) -> None:
    """ "the committee met, [chaired by] [His Excellency] X Y Z.": a name of two words or more
    that an honorific opens right after a lead cue, with no post read for it, is the official
    who heads the body or the sitting (chairing is his role)."""
    tg = b.tg
    for si, s in enumerate(sents):
        for k in range(s.start, s.end):
            h = tg.hits.get(k)
            if h is None or h.kind != "cue" or h.start != k or h.info[0] != _LEAD_CUE:
                continue
            j = _past_honorifics(tg, h.end, s.end)
            nm = name_run(tg, j) if h.end < j < s.end else None
            if nm is None or nm.end - nm.start < 2 or used & set(range(nm.start, nm.end)):
                continue
            oi = b.official(nm.text, None, "official.lead+style+name")
            b.add_part(si, Part(OFFICIAL, oi, nm.start, nm.end))
            b.name_tokens.update(range(nm.start, nm.end))
            used.update(range(nm.start, nm.end))


def _heads_by_clause(b: EntityBuilder, sents: list[Span], used: set[int]) -> None:
    """ "X Y, who heads the Z Fund, said …": a personal name set off by a comma before a relative
    word and a lead cue (heads, leads, represents) whose object is a named body is the official
    who holds that role (FORMAT: a person the text gives a role). The name opens with a known
    given name or follows an honorific, as an apposed post's does; no post read for it."""
    tg = b.tg
    for si, s in enumerate(sents):
        for k in range(s.start + 3, s.end):
            h = tg.hits.get(k)
            if h is None or h.kind != "cue" or h.start != k or h.info[0] != _LEAD_CUE:
                continue
            if tg.norms[k - 1] not in b.W.relative or tg.texts[k - 2] not in COMMAS:
                continue
            nm = name_run(tg, k - 3, -1)
            if nm is None or not _clause_head_name(b, s, nm, k - 2, used):
                continue
            if not _body_after(b, h.end, s.end):
                continue
            oi = b.official(nm.text, None, "official.name+lead-clause")
            b.add_part(si, Part(OFFICIAL, oi, nm.start, nm.end))
            b.name_tokens.update(range(nm.start, nm.end))
            used.update(range(nm.start, nm.end))


def _clause_head_name(b: EntityBuilder, s: Span, nm: NameMention, end: int, used: set[int]) -> bool:
    """``nm`` is a person's name of two words or more ending at ``end`` in sentence ``s``: a
    known given name opens it or an honorific stands before it, it is no body or country, and
    no official's reading took its words."""
    tg = b.tg
    if nm.end != end or nm.start < s.start or nm.end - nm.start < 2:
        return False
    if used & set(range(nm.start, nm.end)) or any(tg.kind(q) for q in range(nm.start, nm.end)):
        return False
    return starts_known_name(tg, nm) or _after_honorific_word(tg, nm.start)


def _body_after(b: EntityBuilder, j: int, end: int) -> bool:
    """A named body opens at token ``j`` (past an article): a body or country word, or (cased)
    a capitalised word."""
    tg = b.tg
    while j < end and tg.norms[j] in b.W.article:
        j += 1
    if j >= end:
        return False
    return tg.kind(j) is not None or (tg.P.cased and tg.texts[j][:1].isupper())


def _past_honorifics(tg: Tagger, j: int, end: int) -> int:
    """Past the honorifics starting at ``j`` ("His Excellency Dr."); ``j`` when none."""
    while j < end and _honorific_at(tg, j):
        j = tg.hits[j].end
    return j


def _after_preposition(tg: Tagger, k: int) -> bool:
    """Token ``k`` follows a preposition, split off or apart: after it, words that open with no
    known given name are a place or a thing ("at the Palace of X"), no person's name."""
    if k == 0:
        return False
    prev = tg.norms[k - 1]
    return prev in tg.W.phrase_break or (len(prev) == 1 and prev in tg.P.proclitics)


_ROOT_LETTERS = 3  # a past verb of the simple form is its three root letters ("qama", "akkada")


def _post_of_next_person(b: EntityBuilder, s: Span, t: TitleMention) -> bool:
    """A name follows title ``t`` (not a title set off by commas between a name and a verb), or an
    honorific that opens one ("…, and director of X [Dr] Y Z"): the title is that person's."""
    tg = b.tg
    after = skip_commas_and_ranks(tg, t.end, s.end)
    if _honorific_opens_name(tg, t.end, after, s.end):
        return True
    return _name_or_style_follows(tg, after, s.end) and not _apposed_between_commas(b, t, s.start)


def _honorific_opens_name(tg: Tagger, k: int, after: int, end: int) -> bool:
    """Head-initial: an honorific right after the title ending at ``k`` ("al-duktura") and then,
    at ``after``, a plain word of no lexicon: the honorific opens a person's name there, though
    no list holds the given name."""
    h = tg.at(k, "title") if k < end else None
    return (
        tg.head_initial
        and h is not None
        and h.info[0] == "honorific"
        and after < end
        and tg.is_alpha[after]
        and tg.kind(after) is None
        and tg.norms[after] not in tg.P.stop_words
    )


def _name_follows(tg: Tagger, k: int) -> bool:
    """A name starts at ``k``; in a head-initial language one unlisted word of three letters
    without the article is no name there but the past verb of the next clause ("…، wali
    al-'ahd، [qama] al-ra'is …")."""
    nm = name_run(tg, k)
    if nm is None:
        return False
    return not (
        tg.head_initial
        and nm.end - nm.start == 1
        and len(tg.norms[k]) == _ROOT_LETTERS
        and not known_name(tg, k)
        and not tg.is_def(k)
    )


def _bind_following_titles(
    b: EntityBuilder,
    s: Span,
    pos: int,
    oi: int,
    titles: TitleBook,
    held: TitleMention | None = None,
    set_off: bool = False,
) -> None:
    """Titles right after an official's name (or title) are the official's, unless a name follows
    them, or the first is another person's post (:func:`_another_post`; after a name set off by
    commas from its title, any post of another country: "received the minister, Dr X, [the
    ambassador of Japan]")."""
    doc, tg = b.doc, b.tg
    j = pos
    t = titles.at.get(j)
    if held is not None and t is not None and _another_post(tg, held, t):
        return
    while j < s.end:
        joined = False
        while j < s.end and (tg.texts[j] in COMMAS or tg.norms[j] in b.W.title_joiner):
            j += 1
        if tg.P.cased and pos < j < s.end and _article_after_comma(tg, j, b.W.article):
            j += 1  # "X, the Crown Prince and Prime Minister, received …": an apposition
        bare_and = False
        if j < s.end and tg.norms[j] in b.tg.conjunctions:
            bare_and = j > 0 and tg.texts[j - 1] not in COMMAS
            j, joined = j + 1, True
        t = titles.at.get(j)
        if not t or j in titles.bound or COUNTERPART in t.roles:
            return  # "X, the minister, [his counterpart] …": the counterpart is another person
        closing = t.end >= s.end - 1 and (t.end >= s.end or tg.is_punct[t.end])
        if (
            joined
            and not (t.end < s.end and tg.texts[t.end] in COMMAS)
            and not (bare_and and closing)
        ):
            # "X, deputy prime minister and foreign minister, …": only before a comma, or "and"
            # with no comma before it closing the sentence ("…, Deputy Prime Minister and
            # Minister of Foreign Affairs of Oman.")
            return
        if _post_of_next_person(b, s, t):
            return  # a following title that is itself followed by a name belongs to that name
        if set_off and _name_after(b, s, t)[1] is not None:
            return  # "X, [minister of foreign affairs and cooperation of Y], Ms Z": Z's title
        if _joined_before_titled_name(b, t, titles, s.end) or _subject_of_verb_after(tg, t, s.end):
            return  # the next person's post; "…, Minister of Y, [EAM] met": the verb's subject
        if _titled_name_after(b, s, t, titles) or _unclosed_object_post(b, s, pos, held, t):
            return
        if held is not None and j == held.end and _another_post(tg, held, t):
            return  # "... crown prince, prime minister [the French president]": the guest's
        if set_off and held is not None and _post_of_another_country(tg, held, t):
            return
        b.add_title(oi, t)
        bind_title_agencies(b, oi, t, span(doc, t.start, t.end))
        titles.bound.add(j)
        held = t if held is not None else None
        j = t.end


def _unclosed_object_post(
    b: EntityBuilder, s: Span, pos: int, held: TitleMention | None, t: TitleMention
) -> bool:
    """ "met the foreign minister X Y [director of the Asia department] in the ministry.": a post of
    no country right after the name of a meeting verb's titled subject, with nothing closing it (a
    comma, "today", another title or style) before the sentence ends, is the verb's object: the
    sentence names no other one. Closed ("…, director of Y, today met Z"), it is the subject's."""
    tg = b.tg
    if held is None or t.start != pos or t.country is not None:
        return False  # right after the name (at ``pos``), no comma or "and" before it
    if not _after_meeting_verb(tg, held.start):
        return False
    days = {part.split(" ")[-1] for part in b.W.day_part}  # "today", "Thursday"
    return not any(
        tg.texts[q] in COMMAS or tg.norms[q] in days or tg.at(q, "title") is not None
        for q in range(t.end, s.end)
    )


def _joined_before_titled_name(
    b: EntityBuilder, t: TitleMention, titles: TitleBook, end: int
) -> bool:
    """ "X and-[assistant foreign minister for development] the-ambassador Y": a title glued to
    "and", then another title and a name, is the next person's post (an attendee list), not a
    second post of X."""
    tg = b.tg
    norm = tg.norms[t.start]
    glued = norm[:1] in b.W.conjunction and norm[1:] in tg.lex.titles
    if not (glued or (t.start > 0 and tg.norms[t.start - 1] in b.W.conjunction)):
        return False
    nxt = titles.at.get(t.end)
    return nxt is not None and _name_follows(tg, skip_commas_and_ranks(tg, nxt.end, end))


def _subject_of_verb_after(tg: Tagger, t: TitleMention, end: int) -> bool:
    """A title after a comma with a relation cue right after it (cased text): it opens the clause
    as its verb's subject ("…, Minister of Y, EAM discussed …"), no second post of the name
    before."""
    if not tg.P.cased or t.start == 0 or tg.texts[t.start - 1] not in COMMAS or t.end >= end:
        return False
    h = tg.at(t.end, "cue")
    return h is not None and h.start == t.end


def _article_after_comma(tg: Tagger, j: int, article: frozenset[str]) -> bool:
    return tg.texts[j - 1] in COMMAS and tg.norms[j] in article


def _name_or_style_follows(tg: Tagger, k: int, end: int) -> bool:
    """A name starts at ``k``, or a modifier standing alone as a style before one ("wa-amin sirr
    al-majlis [al-na'ib] X": the MP X)."""
    return _name_follows(tg, k) or _style_modifier_before_name(tg, k, end)


def _style_modifier_before_name(tg: Tagger, k: int, end: int) -> bool:
    """A head-initial one-word modifier ("al-na'ib", deputy; the MP's style) right before a name,
    no role after it: it styles the person named."""
    h = tg.at(k, "title") if k < end else None
    return (
        tg.head_initial
        and h is not None
        and h.info[0] == "modifier"
        and h.end == k + 1
        and h.end < end
        and tg.at(h.end, "title") is None
        and _name_follows(tg, h.end)
    )


def _post_of_another_country(tg: Tagger, held: TitleMention, t: TitleMention) -> bool:
    """``t`` names a country other than the held title's, with a role head of its own."""
    return t.country is not None and t.country != held.country and _has_role_head(tg, t)


def _another_post(tg: Tagger, held: TitleMention, t: TitleMention) -> bool:
    """ "received the foreign minister X the ambassador of France": a role of a country right after
    a name that a role title opened, with no comma between, is the post of the verb's object (an
    unnamed person), not a second post of the same person (but see :func:`_styled_in_full`)."""
    return (
        t.country is not None
        and t.country != held.country
        and not _styled_in_full(tg, held, t)
        and _has_role_head(tg, held)
        and _has_role_head(tg, t)
    )


def _styled_in_full(tg: Tagger, held: TitleMention, t: TitleMention) -> bool:
    """Protocol style: an honorific, a bare role, the name, then the same role with its country
    ("His Excellency President X, President of Kenya"): one person's title, completed."""
    h = tg.hits.get(held.start - 1) if held.start > 0 else None
    return (
        held.bare
        and held.roles[-1:] == t.roles[-1:]
        and h is not None
        and h.kind == "title"
        and h.info[0] == "honorific"
    )


def _has_role_head(tg: Tagger, t: TitleMention) -> bool:
    """The title holds a role word (a minister, an ambassador), not only a rank or honorific."""
    return any((h := tg.at(i, "title")) and h.info[0] == "role" for i in range(t.start, t.end))


def _titled_name_after(b: EntityBuilder, s: Span, t: TitleMention, titles: TitleBook) -> bool:
    """ "X, …, and director of Z, ambassador Y": a following title whose comma is followed by
    another title and a name is the next person's, as when a rank and a name follow it."""
    tg = b.tg
    k = skip_commas_and_ranks(tg, t.end, s.end)
    nxt = titles.at.get(k)
    # "…, Deputy Minister of X [Ambassador] Y": a bare role styling the name right after the post
    if nxt is None or not (k > t.end or nxt.bare):
        return False
    return name_run(tg, skip_commas_and_ranks(tg, nxt.end, s.end)) is not None


# ---------------------------------------------------------------- unnamed officials
def _names_one_person(tg: Tagger, t: TitleMention) -> bool:
    """A title that names one person without a name: a unique role (president, emir, secretary
    general…), or a minister's role with its country ("the Iraqi foreign minister"); never a group
    word (official, member, counterpart) or a spokesperson (the agency speaks)."""
    heads = [
        h
        for h in (tg.at(i, "title") for i in range(t.start, t.end))
        if h and h.info[0] in ("role", "rank")
    ]
    flags = [h.info[3] for h in heads]
    if _country_counterpart(t, heads):
        return True  # "his Peruvian counterpart": the one holder of the possessor's post there
    if not flags or GENERIC_TITLE in flags or not _definite_title(tg, t, heads[-1].end):
        return False
    # an adjective right after a head may make the post one holder's ("secretary general")
    flags += [a.info[3] for h in heads if (a := tg.at(h.end, "title")) and a.info[0] == "adjective"]
    with_country = bool(t.country and (not t.bare or t.start < heads[0].start))
    # "the minister of culture told [to-the news agency] …": the agency's source, one person
    with_country = with_country or _told_news_agency(tg, t, news_agency_end(tg, t.end))
    with_country = with_country or (_after_meeting_verb(tg, t.start) and day_part_at(tg, t.end))
    with_country = with_country or _met_object(tg, t)
    # "muhafiz Tabuk": a governorate has one governor
    governs = any(h.end < t.end and place_after_governor(tg, h.end) for h in heads)
    return (
        UNIQUE_TITLE in flags
        or governs
        or (
            with_country
            and (any(_ministerial(tg, h.info[1]) for h in heads) or _posted_envoy(tg, t, heads))
        )
    )


def _country_counterpart(t: TitleMention, heads: list) -> bool:
    """A counterpart word alone with a country after it, no name ("his Peruvian counterpart"): the
    holder of the possessor's post in that country, one person."""
    return bool(t.country) and len(heads) == 1 and heads[0].info[2] == COUNTERPART


def _reached_from_afar(b: EntityBuilder, t: TitleMention, lo: int) -> bool:
    """A counterpart reached by a call or a message told before it in its sentence, or whose
    greetings are passed on ("a phone call from his Peruvian counterpart", "conveyed the greetings
    of his counterpart"): one not at the meeting the text tells, so none of its named officials;
    a counterpart met is one of them (or of the country's side)."""
    tg = b.tg
    if any(o.country == t.country for o in b.officials) or _two_of_one_post(b):
        return False  # "a call from his Peruvian counterpart X" / "the Peruvian minister X"
    if t.start > lo and tg.norms[t.start - 1] in b.W.thanks:  # the word before, in its sentence
        return True
    return any(
        (h := tg.hits.get(j)) is not None and h.kind == "cue" and h.info[0] in _FAR_CUES
        for j in range(lo, t.start)
    )


def _met_object(tg: Tagger, t: TitleMention) -> bool:
    """A post with its field, the object of a meeting verb: right after the verb (subject-first),
    or after its subject and a time ("is to meet tomorrow the minister of X", "will meet the
    delegation on Thursday morning the minister of X"): the host's holder of the post, one person.
    In a cased language the post has its article (a bare style is a name's: "meet Minister X
    Y")."""
    if t.bare or not _phrase_closed_at(tg, t.end):
        return False
    k = t.start - 1
    while k >= 0 and (h := tg.hits.get(k)) is not None and h.kind == "title":
        if h.info[0] != "honorific":
            return False
        k = h.start - 1
    if tg.P.cased:
        if k < 0 or tg.norms[k] not in tg.W.article:
            return False
        k -= 1
    # right after the verb: its object in a subject-first language, its subject in a verb-first
    # one (where a time before the post sets it off from the subject)
    right_after = _after_meeting_verb(tg, k + 1) and tg.P.word_order != "VSO"
    if k < 0 or not (right_after or _time_word_at(tg, k)):
        return False
    for j in range(k, max(k - 7, -1), -1):
        if tg.is_punct[j]:
            return False
        h = tg.hits.get(j)
        if h is not None and h.kind == "cue":
            return h.info[0] in _PERSON_OBJECT_VERBS
    return False


def _phrase_closed_at(tg: Tagger, k: int) -> bool:
    """A phrase ending right before token ``k`` is closed: the text's end, punctuation, a line
    break or a function word follows (not one more word that the phrase may have left out)."""
    return (
        k >= len(tg.norms)
        or tg.is_punct[k]
        or tg.is_space[k]
        or tg.norms[k] in tg.stop_words
        or _time_word_at(tg, k)
    )


def _time_word_at(tg: Tagger, k: int) -> bool:
    """Token ``k`` ends a time: a future day ("tomorrow"), a day part with its day, a date."""
    return tg.norms[k] in tg.W.future_time or k in tg.dates or (k > 0 and day_part_at(tg, k - 1))


_ENVOY_ROLES = frozenset(("ambassador",))  # one holder per sending and receiving country


def _posted_envoy(tg: Tagger, t: TitleMention, heads: list[Hit]) -> bool:
    """ "the ambassador of Malaysia accredited to the Sultanate", "the ambassador of X to the
    State": an envoy of a country with the country of the post has one holder; the post may be
    inside the title already ("the ambassador of Peru to Kenya", "Chile's Ambassador to Kenya")."""
    if heads[-1].info[2] not in _ENVOY_ROLES:
        return False
    return post_end(tg, t.end) > t.end or _post_inside(tg, t, heads[-1].end)


def _post_inside(tg: Tagger, t: TitleMention, j: int) -> bool:
    """A preposition of a post (``posted_to``, not a genitive) and another country's name inside
    title ``t`` after its head (ending at ``j``)."""
    if t.end < len(tg.norms) and _honorific_at(tg, t.end):
        return False  # "the ambassador of X to Y [Mr] Z": a holder named after a style
    posted = tg.posted_to - tg.genitives
    for k in range(j, t.end - 1):
        ch = tg.at(k + 1, "country") if tg.norms[k] in posted else None
        if ch is not None and ch.info[1] == "name" and ch.info[0] != t.country:
            return True
    return False


def _with_post(tg: Tagger, t: TitleMention) -> TitleMention:
    """An unnamed envoy's title with its post (:func:`_posted_envoy`), in any language: the title
    phrase may stop before the post ("the Ambassador of the Republic of X to Y")."""
    envoy = any(
        (h := tg.at(i, "title")) is not None and h.info[2] in _ENVOY_ROLES
        for i in range(t.start, t.end)
    )
    end = post_end(tg, t.end) if envoy else t.end
    if end == t.end:
        return t
    return replace(t, end=end, text=tokens_text(tg, t.start, end))


def _ministerial(tg: Tagger, agency: str) -> bool:
    """A role that implies a ministry (a minister, a secretary of state): one holder per country."""
    P = tg.P
    return bool(agency) and (
        P.fold(P.ministry_head) in P.fold(agency)
        or tg.lex.agencies.get(P.fold(agency)) == "ministry"
    )


def _definite_title(tg: Tagger, t: TitleMention, after_head: int) -> bool:
    """A title that refers: in a head-initial language a definite head, or one in construct with a
    definite word, an agency or a country ("minister of the foreign"); an indefinite head before a
    preposition is a predicate ("as minister for foreign affairs") or a description."""
    if not tg.head_initial:
        return True
    head = after_head - 1
    if tg.is_def(head):
        return True
    nxt = after_head
    while (
        nxt < t.end
        and (th := tg.at(nxt, "title")) is not None
        and th.info[0] in ("modifier", "adjective")
    ):
        nxt = th.end
    for k in range(
        nxt, min(nxt + 3, t.end)
    ):  # a construct: indefinite nouns closed by a definite one
        if tg.is_def(k) or tg.kind(k) in ("agency", "country") or place_after_governor(tg, k):
            return True  # a governorate's name is definite ("muhafiz Tabuk")
        norm, W = tg.norms[k], tg.W
        if (
            not tg.is_alpha[k]
            or norm in tg.genitives
            or norm in tg.posted_to
            or norm in W.parent_prep
        ):
            return False
    return False


def _two_of_one_post(b: EntityBuilder) -> bool:
    """Two named officials hold posts of one head and field ("the minister of the interior X …
    the minister of the interior of Y Z"): the two sides of the text, a counterpart one of them."""
    seen: set[str] = set()
    for o in b.officials:
        posts = {" ".join(normalize_key(x).split()[:2]) for x in o.titles if len(x.split()) > 1}
        if posts & seen:
            return True
        seen |= posts
    return False


_FAR_CUES = ("call", "message")  # a call or a message: the other party is elsewhere


def _unnamed_officials(b: EntityBuilder, sents: list[Span], titles: TitleBook) -> None:
    """A title no name goes with and no official of the article holds is an official named by the
    title; a bare title after one such official may be theirs ("The Secretary of State welcomed
    … The Secretary said")."""
    starts, named = [s.start for s in sents], False
    given: dict[str, int] = {}
    made: set[str] = set()  # the bare titles that named an official of their own
    posts: dict[str, tuple[int, TitleMention]] = {}  # the officials named by a title alone
    for k, t in list(titles.at.items()):
        if k in titles.bound or b.name_tokens & set(range(t.start, t.end)):
            continue  # a title word inside a name ("Abd al-Amir") names nobody
        # "The Prime Minister welcomed Prime Minister X … the Prime Minister said": the same bare
        # title again is the official it named, not X
        again = t.bare and normalize_key(t.text) in made
        if named and t.bare and not again and title_mention(b, sents, starts, k, titles):
            _bind_coordinated_post(b, t, titles)
            continue
        if not _names_one_person(b.tg, t) or _owns_a_post(b.tg, t):
            continue
        si = next((n for n, s in enumerate(sents) if s.start <= k < s.end), None)
        if si is None or (COUNTERPART in t.roles and not _reached_from_afar(b, t, sents[si].start)):
            continue
        held = _holder_of_body_anaphor(b, t)
        if held is not None:  # "the head of the council": the head of the council named before
            b.officials[held].aliases.add(t.text)
            b.add_part(si, Part(OFFICIAL, held, k, t.end, b.after_marker(k)))
            titles.bound.add(k)
            continue
        t = _with_possessive_body(b, t, sents[si].start)
        t = _with_coordinated_post(b, _with_post_before(b, t, titles), titles)
        t = _with_juxtaposed_post(b, t, titles)
        t = _with_post(b.tg, _without_venue(b.tg, t))
        oi = given.get(t.text) if t.bare else None
        oi = _untitled_holder(b, t, k, sents[0].end) if oi is None else oi
        if oi is None:
            oi = _title_only_official(b, t, posts, made, sents[0].end)
        else:  # the post of a person named without one
            b.add_title(oi, t)
            b.officials[oi].aliases.add(t.text)
            given[t.text] = oi
        _post_forms(b, oi, k, t)
        b.add_part(si, Part(OFFICIAL, oi, k, t.end, b.after_marker(k)))
        bind_title_agencies(b, oi, t, sents[si])
        titles.bound.add(k)
        named = True


def _post_forms(b: EntityBuilder, oi: int, k: int, t: TitleMention) -> None:
    """The forms of a title-only official's post: with its article, as styled ("His Majesty the
    King", "jalalat al-malik"), and with the word of praise (``epithet``) written after a ruler's
    title, styled or not."""
    tg, aliases = b.tg, b.officials[oi].aliases
    if k > 0 and tg.norms[k - 1] in b.W.article:
        aliases.add(tokens_text(tg, k - 1, t.end))
    styled = _style_start(b, k)
    if styled is not None:
        aliases.add(tokens_text(tg, styled, t.end))
    if t.end < len(tg.norms) and tg.norms[t.end] in b.W.epithet:
        aliases.add(tokens_text(tg, k, t.end + 1))
        if styled is not None:
            aliases.add(tokens_text(tg, styled, t.end + 1))


def _title_only_official(
    b: EntityBuilder,
    t: TitleMention,
    posts: dict[str, tuple[int, TitleMention]],
    made: set[str],
    head_end: int,
) -> int:
    """The official a title alone names: the one a post of a single holder named before when this
    title is that post and more ("wali al-'ahd" in the headline, "wali al-'ahd ra'is majlis
    al-wuzara'" in the text: one person), else a new one. The longer title names no other country
    ("the Prime Minister of X" is another prime minister), and no body unless it holds more posts
    ("the President of the Senate" is another president; "of the Republic" is the same one)."""
    key = normalize_key(t.text)
    shorter = [oi for oi, t0 in posts.values() if _shorter_post(b.tg, t, t0)]
    if len(set(shorter)) == 1:
        b.officials[shorter[0]].aliases.add(t.text)
        return shorter[0]
    for short, (oi, t0) in posts.items():
        if t0.start < head_end <= t.start and _same_unique_post(b.tg, t, t0):
            b.officials[oi].aliases.add(t.text)
            return oi
        if (
            _extends_post(b.P, key, short, t0)
            and (len(t.roles) > len(t0.roles) or not t.agencies)
            and t.country in (None, t0.country)
            and _unique_head(b.tg, t0)
        ):
            b.add_title(oi, t)
            b.officials[oi].aliases.add(t.text)
            return oi
    oi = b.official(t.text, t, "official.title_only")
    posts.setdefault(key, (oi, t))
    if t.bare:
        made.add(key)
    return oi


def _same_unique_post(tg: Tagger, t: TitleMention, t0: TitleMention) -> bool:
    """ "Ruritania King" in the headline, "the King of Ruritania" in the body: the same post of one
    holder (``unique``) of the same country and the same bodies, worded otherwise (the same title
    words), is one person; a post of another body ("the President of the Senate of X") is not."""
    if t.country is None or t.country != t0.country:
        return False
    if {a.base for a in t.agencies} != {a.base for a in t0.agencies}:
        return False
    if not (_unique_head(tg, t) and _unique_head(tg, t0)):
        return False
    return _post_words(tg, t) == _post_words(tg, t0)


def _shorter_post(tg: Tagger, t: TitleMention, t0: TitleMention) -> bool:
    """ "the Japanese minister" after "the Japanese Foreign Minister" (al-wazir al-yabani after
    wazir al-kharijiyya al-yabani): a shorter title of the same country with no body of its own,
    its title words all the earlier post's, names that post's holder."""
    if t.country is None or t.country != t0.country or t.agencies:
        return False
    if t.end - t.start >= t0.end - t0.start:
        return False
    words = {tg.P.strip_definite(w) for w in _post_words(tg, t)}
    return bool(words) and words <= {tg.P.strip_definite(w) for w in _post_words(tg, t0)}


def _post_words(tg: Tagger, t: TitleMention) -> frozenset[str]:
    """The title words of title mention ``t`` (roles, modifiers, ranks), honorifics left out."""
    return frozenset(
        tg.norms[i]
        for i in range(t.start, t.end)
        if (h := tg.at(i, "title")) is not None and h.info[0] != "honorific"
    )


def _extends_post(P: Profile, key: str, short: str, t0: TitleMention) -> bool:
    """Title ``key`` is the post ``short`` and more: its words first ("the Prime Minister" ~ "Prime
    Minister of X"), or, for a one-word bare post with the glued article, the same noun in
    construct ("al-amir" in a headline ~ "amir al-bilad" in the body: the construct drops the
    article of its head)."""
    if key.startswith(short + " "):
        return True
    if not t0.bare or " " in short or not P.is_definite(short):
        return False
    return key.startswith(P.strip_definite(short) + " ")


def _style_start(b: EntityBuilder, k: int) -> int | None:
    """The start of the honorific or ``style`` word (a protocol style) right before the title at
    ``k``, an article between them or not ("His Majesty [the] King"), else None."""
    j = k - 1 if k > 0 and b.tg.norms[k - 1] in b.W.article else k
    if j > 0 and b.tg.norms[j - 1] in b.W.style:
        return j - 1  # a style that is also a noun, in construct with the post ("jalalat al-malik")
    h = b.tg.hits.get(j - 1) if j > 0 else None
    if h is None or h.kind != "title" or h.info[0] != "honorific" or h.end != j:
        return None
    return h.start


def _coordinated_post(b: EntityBuilder, t: TitleMention, titles: TitleBook) -> TitleMention | None:
    """The bare post joined to bare post ``t`` by "and" with no article of its own, held by no
    official of the article (or after a style that addresses one person)."""
    tg, k = b.tg, t.end
    t2 = (
        titles.at.get(k + 1) if k + 1 < len(tg.norms) and tg.norms[k] in b.tg.conjunctions else None
    )
    if t2 is None or not t.bare:
        return None
    if k + 1 in titles.joined:
        return t2
    if not _names_one_person(tg, t2):
        return None
    # cased: "His Royal Highness the Crown Prince and Prime Minister": a style addresses one person,
    # whose second post it is even where another country's holder of that post is named (a
    # head-initial construct needs no article: "the crown prince and prime-minister-of-the X")
    if tg.P.cased and t2.country is None and _style_start(b, t.start) is not None:
        return t2
    if k + 1 in titles.bound or held_title(b, t2):
        return None
    return t2


def _join_minister_posts(b: EntityBuilder, titles: TitleBook) -> None:
    """Cased: "the Vice-President and Minister of Finance": a minister's post joined by
    "and", with no article of its own, to a bare post that names one person no official of the
    article holds is that person's second post (a double-hatted office), not a mention of some
    other minister named before; it is kept for the first post."""
    tg = b.tg
    if not tg.P.cased:
        return
    for k, t in titles.at.items():
        j = t.end + 1
        t2 = titles.at.get(j)
        if t2 is None or not t.bare or k in titles.bound or j in titles.bound:
            continue
        if tg.norms[t.end] not in tg.conjunctions or not _minister_post(tg, t2):
            continue
        if _names_one_person(tg, t) and not held_title(b, t):
            titles.bound.add(j)
            titles.joined.add(j)


def _minister_post(tg: Tagger, t: TitleMention) -> bool:
    """A minister's post with its portfolio ("Minister of Finance"): joined with no article
    of its own to a post that names one person ("the Vice-President and …"), it is that person's
    second post, though alone, with no article, it names nobody."""
    heads = [
        h for h in (tg.at(i, "title") for i in range(t.start, t.end)) if h and h.info[0] == "role"
    ]
    return (
        bool(heads)
        and GENERIC_TITLE not in [h.info[3] for h in heads]
        and any(_ministerial(tg, h.info[1]) for h in heads)
    )


def _with_coordinated_post(b: EntityBuilder, t: TitleMention, titles: TitleBook) -> TitleMention:
    """ "the Crown Prince and Prime Minister": a bare post joined by "and" to a second one with no
    article of its own, neither held by an official of the article, is one person's two posts
    ("The Secretary and Foreign Minister" of two officials named before are two people)."""
    tg = b.tg
    t2 = _coordinated_post(b, t, titles)
    if t2 is None or held_title(b, t):
        return t
    titles.bound.add(t2.start)
    return replace(
        t,
        end=t2.end,
        text=tokens_text(tg, t.start, t2.end),
        roles=(*t.roles, *t2.roles),
        agencies=(*t.agencies, *t2.agencies),
    )


def _bind_coordinated_post(b: EntityBuilder, t: TitleMention, titles: TitleBook) -> None:
    """A bare post read as a mention of an official named before takes the post joined to it by
    "and" along ("… the Crown Prince and Prime Minister then thanked X …" again): the same person's
    second post, no other official."""
    t2 = _coordinated_post(b, t, titles)
    if t2 is not None:
        titles.bound.add(t2.start)


def _with_post_before(b: EntityBuilder, t: TitleMention, titles: TitleBook) -> TitleMention:
    """Cased: "the Chairman and Managing Director of X": a bare post joined by "and" right before a
    post that names one person, the second with no article of its own, is the same person's first
    post (a bare "Chairman" alone names nobody; the two are one office's holder)."""
    tg, j = b.tg, t.start - 1
    if not tg.P.cased or j < 1 or tg.norms[j] not in tg.conjunctions:
        return t
    t0 = next((q for k, q in titles.at.items() if q.end == j and k not in titles.bound), None)
    if t0 is None or not t0.bare or held_title(b, t0) or _generic_post(tg, t0):
        return t
    titles.bound.add(t0.start)
    return replace(
        t,
        start=t0.start,
        text=tokens_text(tg, t0.start, t.end),
        roles=(*t0.roles, *t.roles),
    )


def _generic_post(tg: Tagger, t: TitleMention) -> bool:
    """A post with no role word, or with a group word (member, official) among its roles."""
    heads = [
        h
        for h in (tg.at(i, "title") for i in range(t.start, t.end))
        if h and h.info[0] in ("role", "rank")
    ]
    return not heads or any(h.info[3] == GENERIC_TITLE for h in heads)


def _with_juxtaposed_post(b: EntityBuilder, t: TitleMention, titles: TitleBook) -> TitleMention:
    """Head-initial: a second post right after a post, with no "and" and no country of its own,
    neither held by an official of the article ("ra'is majlis al-wuzara' wazir al-kharijiyya"), is
    one person's second post (a double-hatted office is written so)."""
    tg, k = b.tg, t.end
    t2 = titles.at.get(k)
    if not tg.head_initial or t2 is None or k in titles.bound or t.bare or t2.country:
        return t
    if not _names_one_person(tg, t2) and not any(_ministerial(tg, a.base) for a in t2.agencies):
        return t
    if held_title(b, t) or held_title(b, t2):
        return t
    titles.bound.add(k)
    return replace(
        t,
        end=t2.end,
        text=tokens_text(tg, t.start, t2.end),
        roles=(*t.roles, *t2.roles),
        agencies=(*t.agencies, *t2.agencies),
    )


def _owns_a_post(tg: Tagger, t: TitleMention) -> bool:
    """ "the Secretary-General's Special Envoy X": a title in the possessive before another title
    names the office the post belongs to, not a person who takes part."""
    k = t.end
    if not (k + 1 < len(tg.texts) and tg.texts[k] in tg.W.possessive_marker):
        return False
    h = tg.at(k + 1, "title")
    return h is not None and h.info[0] in ("role", "modifier", "rank")


def _untitled_holder(b: EntityBuilder, t: TitleMention, k: int, lead_end: int) -> int | None:
    """The one official named before ``k`` with no title at all, when a bare title no official
    holds follows: news names a person first and refers back by the post ("Jane Roe and John Doe
    met … The Prime Minister said"); a headline's title (before ``lead_end``) names a person of
    the body. None when there are none or several, or the title carries a country or body (it
    then names its own holder)."""
    if not t.bare or t.country or t.agencies:
        return None
    upto = len(b.tg.norms) if k < lead_end else k
    first: dict[int, int] = {}
    for parts in b.parts.values():
        for p in parts:
            if p.kind == OFFICIAL and p.start < upto:
                ref = b.canon(p.ref)
                first[ref] = min(first.get(ref, p.start), p.start)
    cands = [i for i in first if not b.officials[i].titles and not b.officials[i].roles]
    cands = [i for i in cands if not _short_of_titled(b, i)]
    return cands[0] if len(cands) == 1 else None


def _short_of_titled(b: EntityBuilder, i: int) -> bool:
    """Official ``i`` is a short form (the last words) of a titled official's fuller name ("Dr. Y"
    after "Minister X Y"): that official again, not a person named with no title."""
    tail = " " + b.officials[i].name
    return any(
        o.name.endswith(tail) and (o.titles or o.roles) for n, o in enumerate(b.officials) if n != i
    )


def _holder_of_body_anaphor(b: EntityBuilder, t: TitleMention) -> int | None:
    """The official a title with an anaphoric body names ("the speaker of the council" after
    "X, speaker of the House of Representatives"): the one official with that role and a body
    whose head word the anaphor repeats (of several, the one named last before it); None when
    none."""
    tg = b.tg
    if t.agencies or t.end - t.start < 2:
        return None
    m = agency_phrase(tg, t.end - 1) if tg.at(t.end - 1, "agency") else None
    if m is None or not m.anaphor:
        return None
    if m.kind == DELEGATION and tg.norms[t.start] in b.W.body_head:
        return _delegation_leader(b, t)
    head = tg.P.strip_definite(tg.norms[t.end - 1])
    found = {
        oi
        for oi, o in enumerate(b.officials)
        if t.roles[-1:]
        and t.roles[-1] in o.roles
        and any(head in {tg.P.strip_definite(w) for w in b.agencies[ai].words} for ai in o.agencies)
        and not styled_masculine_only(b, t.text, o.titles, o.aliases, styled=False)
    }
    if len(found) <= 1:
        return next(iter(found), None)
    # several heads of such bodies: the one named last before the title (the nearest council)
    last = {
        p.ref: p.start
        for plist in b.parts.values()
        for p in plist
        if p.kind == OFFICIAL and p.ref in found and p.start < t.start
    }
    return max(last, key=lambda oi: last[oi]) if last else None


def _delegation_leader(b: EntityBuilder, t: TitleMention) -> int | None:
    """ "the head of the delegation" after "a delegation headed by X": X, the official a lead cue
    introduced after a delegation, the last such before the title; None when none was."""
    led = [
        p
        for si, plist in b.parts.items()
        for p in plist
        if p.kind == OFFICIAL and p.start < t.start and b._delegation_led_by(si, p) is not None
    ]
    return b.canon(max(led, key=lambda p: p.start).ref) if led else None


def _without_venue(tg: Tagger, t: TitleMention) -> TitleMention:
    """A title naming its holder without the place after it: "the head of the caretaker government
    [in the government palace]" (a venue preposition before no body and no country), "the French
    foreign minister [in Cairo]" (a capital, once the title has its country)."""
    for k in range(t.start + 1, t.end - 1):
        if tg.norms[k] in tg.W.venue_prep and (
            _venue_capital(tg, t, k + 1)
            or (
                not tg.at(k + 1, "agency")
                and not tg.at(k + 1, "country")
                and tg.kind(k + 1) != "title"
            )
        ):
            return replace(t, end=k, text=tokens_text(tg, t.start, k))
    return t


def _country_level_post(tg: Tagger, h: Hit) -> bool:
    """A nisba that is also the adjective "of a country" (``country_level``) right after a
    director's or coordinator's word (``country_level_head``): a body's country director; the
    nisba names no country. Arabic news writes the international bodies' "Country Director" so
    (a fixed calque); a director of that nationality so written loses only this Country mention
    (the person and the post stay, and the country named elsewhere still counts)."""
    return (
        h.start > 0
        and tg.norms[h.start] in tg.W.country_level
        and tg.norms[h.start - 1] in tg.W.country_level_head
    )


def _venue_capital(tg: Tagger, t: TitleMention, k: int) -> bool:
    """A capital, or another country's name, at ``k`` after a title that already has its
    country: only the venue."""
    h = tg.at(k, "country")
    if t.country is None or h is None:
        return False
    return h.info[1] == "capital" or (h.info[1] == "name" and h.info[0] != t.country)


# ---------------------------------------------------------------- countries, names, agencies
def _countries(b: EntityBuilder) -> None:
    """Countries named by the article; a nisba inside a person's name names none, a city is only an
    alias."""
    hits = sorted(
        {id(h): h for h in b.tg.hits.values() if h.kind == "country"}.values(),
        key=lambda h: h.start,
    )
    city_forms: dict[str, set[str]] = {}
    family = _nisba_family_names(b)
    for h in hits:
        if b.name_tokens & set(range(h.start, h.end)) or _place_name(b.tg, h.end):
            continue
        if _country_level_post(b.tg, h):
            continue  # a body's country director: no country named
        if family and (_family_name_mention(b.tg, h, family) or _full_name_again(b, h)):
            continue
        alias_only = h.info[1] == "city" or (
            h.info[1] == "capital" and (_venue(b, h.start) or _dateline(b, h))
        )
        forms: dict[str, set[str]] = city_forms if alias_only else b.countries
        forms.setdefault(h.info[0], set()).add(tokens_text(b.tg, h.start, h.end))
    # a city other than the capital, or a capital that is only a venue ("in Cairo"), is an alias
    # of a country named otherwise, never the only evidence of it
    for iso, city_names in city_forms.items():
        if iso in b.countries:
            b.countries[iso].update(city_names)


def _nisba_family_names(b: EntityBuilder) -> frozenset[str]:
    """The family names of the article's officials that are a country's nisba ("Muhammad Shia
    al-Sudani"), head-initial languages only."""
    if not b.tg.head_initial:
        return frozenset()
    last = {o.key.split()[-1] for o in b.officials if len(o.key.split()) >= 2}
    return frozenset(
        b.tg.norms[h.start]
        for h in b.tg.hits.values()
        if h.kind == "country"
        and h.info[1] == "nisba"
        and h.end == h.start + 1
        and b.tg.norms[h.start] in last
    )


def _family_name_mention(tg: Tagger, h, family: frozenset[str]) -> bool:
    """A nisba that is an official's family name, alone as the subject of a verb ("wa-akkada
    al-Sudani") or opening the sentence: the official again, no country."""
    if h.end != h.start + 1 or tg.norms[h.start] not in family:
        return False
    before = tg.at(h.start - 1, "cue") if h.start > 0 else None
    return (before is not None and before.end == h.start) or (
        h.start == 0 or tg.is_punct[h.start - 1] or "\n" in tg.texts[h.start - 1]
    )


def _full_name_again(b: EntityBuilder, h) -> bool:
    """A nisba ending an official's whole name written again with no title before it ("wa-akkada
    Muhammad Hasan al-Suwaidi"): the official, no country."""
    if h.end != h.start + 1:
        return False
    norms = b.tg.norms
    for o in b.officials:
        words = o.key.split()
        n = len(words)
        if (
            n >= 2
            and h.start >= n - 1
            and words[-1] == norms[h.start]
            and [norms[k] for k in range(h.start - n + 1, h.start)] == words[:-1]
        ):
            return True
    return False


def _place_name(tg: Tagger, k: int) -> bool:
    """A capitalised (or caseless) place noun right after the country word ("the South China Sea",
    "the Taiwan Strait", "Latin America"): the words name a sea, a strait or a region, not the
    country."""
    return k < len(tg.norms) and tg.norms[k] in tg.place_nouns and not tg.texts[k][:1].islower()


_DATELINE_MARKS = frozenset("-–—(/")
_DATELINE_SPAN = 6  # tokens after a dateline's comma where its date is looked for


def _dateline(b: EntityBuilder, h) -> bool:
    """A capital opening a line before a dash, a bracket or a slash ("Riyadh - SPA", "Doha (QNA)"),
    or before a comma and a date on that line ("Brussels, 9 April 2026", "LONDON, May 2
    (Reuters) -"): the dispatch's dateline, where it was filed, like a venue."""
    tg = b.tg
    opens = h.start == 0 or "\n" in tg.texts[h.start - 1]
    nxt = tg.texts[h.end] if h.end < len(tg.texts) else ""
    if opens and nxt == ",":
        line = range(h.end + 1, min(h.end + 1 + _DATELINE_SPAN, len(tg.texts)))
        for k in line:
            if "\n" in tg.texts[k] or tg.texts[k][:1] in _DATELINE_MARKS:
                break
            if k in tg.months or k in tg.dates:
                return True
    return opens and nxt[:1] in _DATELINE_MARKS


def _venue(b: EntityBuilder, k: int) -> bool:
    """A place named at ``k`` after a preposition of place ("in Cairo", "fi Port Sudan wa-Addis
    Ababa"): the venue."""
    tg, W = b.tg, b.W
    j = k - 1
    if j >= 0 and tg.norms[j] in tg.conjunctions and j - 1 >= 0:
        prev = tg.hits.get(j - 1) or next(
            (h for h in tg.hits.values() if h.end == j and h.kind == "country"), None
        )
        if prev is not None and prev.kind == "country":
            return _venue(b, prev.start)  # the second of two places
    return j >= 0 and tg.norms[j] in W.venue_prep


def _coordinated_names(b: EntityBuilder, sents: list[Span], used: set[int]) -> None:
    """ "Theresa May, Jeremy Hunt and Prime Minister X …": a capitalised full name listed with
    officials."""
    for si, s in enumerate(sents):
        for _round in range(3):  # a name listed next to a name found in the previous round
            if not _coordinated_round(b, si, s, used):
                break


def _listed_with(b: EntityBuilder, s: Span, start: int, end: int, parts: list[Part]) -> bool:
    tg = b.tg
    nxt = tg.texts[end] if end < s.end else ""
    prv = tg.texts[start - 1] if start > s.start else ""
    sep = {","} | b.tg.conjunctions
    return any(
        (0 <= p.start - end <= 2 and nxt in sep) or (0 <= start - p.end <= 2 and prv in sep)
        for p in parts
    )


_INSTITUTION_WORDS: dict[int, tuple[object, frozenset[str]]] = {}


def _institution_words(tg: Tagger) -> frozenset[str]:
    """The words of the agency and title lexicons (Affairs, Security, Development…), one set per
    lexicon."""
    lex = tg.lex
    cached = _INSTITUTION_WORDS.get(id(lex))
    if cached is not None and cached[0] is lex:
        return cached[1]
    words = frozenset(
        w for table in (lex.agencies, lex.titles) for key in table for w in key.split()
    )
    _INSTITUTION_WORDS[id(lex)] = (lex, words)
    return words


def _institution_run(tg: Tagger, nm: NameMention) -> bool:
    """A capitalised run that does not start with a known given name and holds a word of an agency
    or title name ("Foreign Affairs", "Electronic Security", "Strategic Partnership") is no
    person."""
    if starts_known_name(tg, nm):
        return False
    words = _institution_words(tg)
    return any(tg.norms[k] in words for k in range(nm.start, nm.end))


def _coordinated_round(b: EntityBuilder, si: int, s: Span, used: set[int]) -> bool:
    tg = b.tg
    found = False
    parts = [p for p in b.parts.get(si, []) if p.kind == OFFICIAL]
    if not parts:
        return False
    i = s.start
    while i < s.end:
        nm = name_run(tg, i) if i not in used and tg.texts[i][:1].isupper() else None
        if (
            not nm
            or nm.end - nm.start < 2
            or _institution_run(tg, nm)
            or _place_after_preposition(tg, nm)
            or used & set(range(nm.start, nm.end))
        ):
            i += 1
            continue
        if _listed_with(b, s, nm.start, nm.end, parts):
            oi = _fuller_official(b, nm.text)
            if oi is None:
                oi = b.official(nm.text, None, "official.coordinated")
                b.officials[oi].rule = "official.coordinated"
            b.officials[oi].aliases.add(nm.text)
            b.add_part(si, Part(OFFICIAL, oi, nm.start, nm.end))
            used.update(range(nm.start, nm.end))
            b.name_tokens.update(range(nm.start, nm.end))
            parts = [p for p in b.parts.get(si, []) if p.kind == OFFICIAL]
            found = True
        i = nm.end
    return found


def _fuller_official(b: EntityBuilder, text: str) -> int | None:
    """The one official whose fuller name ends with ``text`` (a surname listed alone: "Dr. Y and
    Minister Z W" after "Minister X Y"), or None."""
    tail = " " + normalize_key(text)
    found = {
        b.canon(n)
        for n, o in enumerate(b.officials)
        if (" " + o.key).endswith(tail) and o.key != tail[1:]
    }
    return next(iter(found)) if len(found) == 1 else None


def _place_after_preposition(tg: Tagger, nm: NameMention) -> bool:
    """A capitalised run right after a preposition of place or circumstance ("the situation [in]
    East Asia, and Minister X …") that opens with no known given name is a place, no person
    listed with the officials."""
    k = nm.start
    if k == 0 or starts_known_name(tg, nm):
        return False
    return tg.norms[k - 1] in tg.W.venue_prep | tg.W.circumstance or _after_preposition(tg, k)


def _agencies_outside_titles(b: EntityBuilder, sents: list[Span], used: set[int]) -> None:
    tg = b.tg
    for si, s in enumerate(sents):
        i = s.start
        for k in tg.starts(("agency",), s.start, s.end):
            m = agency_phrase(tg, k) if k >= i and k not in used else None
            if m:
                b.add_mention(si, m)
                i = max(m.end, k + 1)


_DATELINE_LINES = 3  # a dispatch's dateline is in one of its first lines
_DATELINE_REACH = 14  # tokens of a dateline: place, date, the agency in brackets
_DATELINE_DASHES = frozenset(("-", "--", "\u2013", "\u2014", ":"))


def _dateline_agency(b: EntityBuilder, sents: list[Span]) -> None:
    """ "AMMAN, May 6 (Petra) --": the one word in brackets before the dateline's dash is the news
    agency that filed the dispatch, whether or not the lexicon knows it."""
    tg = b.tg
    for si, s in enumerate(sents[:_DATELINE_LINES]):
        words = [k for k in range(s.start, s.end) if not tg.is_space[k]]
        if 3 <= len(words) <= 5 and tg.texts[words[-2]] in _DATELINE_DASHES:
            k = words[-1]  # a dateline line of its own: "Baghdad - INA"
            if tg.is_alpha[k] and tg.texts[k].isupper() and k not in tg.hits:
                word = tg.texts[k]
                m = AgencyMention(
                    k, k + 1, word, kind=NEWS_AGENCY, words=frozenset({tg.norms[k]}), base=word
                )
                b.add_mention(si, m)
                return
        for k in range(s.start + 1, min(s.end, s.start + _DATELINE_REACH) - 3):
            if tg.texts[k] != "(" or tg.texts[k + 3] not in _DATELINE_DASHES:
                continue
            word = _abbreviation_at(b, k) or tg.texts[k + 1]
            if not (tg.is_alpha[k + 1] and word[:1].isupper()) or k + 1 in tg.hits:
                return
            m = AgencyMention(
                k + 1, k + 2, word, kind=NEWS_AGENCY, words=frozenset({tg.norms[k + 1]}), base=word
            )
            b.add_mention(si, m)
            return


def _counterpart_agencies(b: EntityBuilder, sents: list[Span]) -> None:
    """ "the Jordanian interior ministry and its Iraqi counterpart": a counterpart word with a
    country's nisba, coordinated right after an agency of another country, is the same kind of
    body of that country (one more agency, named as the first is, with that country)."""
    tg = b.tg
    for si, s in enumerate(sents):
        for p in list(b.parts.get(si, ())):
            if p.kind != AGENCY:
                continue
            found = _counterpart_after(b, p.end, s.end)
            a = b.agencies[p.ref]
            if found is None or a.country is None or a.country == found[2]:
                continue
            start, end, iso = found
            name = _without_country(tg, p.start, p.end) or a.name
            m = AgencyMention(
                start,
                end,
                name,
                kind=a.kind,
                words=a.words,
                base=name,
                country=iso,
                implied=True,
                aliases=(tokens_text(tg, start, end),),
            )
            b.add_mention(si, m)


def _without_country(tg: Tagger, start: int, end: int) -> str:
    """The words of a body's name at ``start:end`` without its own nisba or demonym (the last word
    in a head-initial language, the first in a head-final one)."""
    if tg.head_initial:
        h = tg.hits.get(end - 1)
        if h is not None and h.kind == "country" and h.end == end and h.start > start:
            return tokens_text(tg, start, h.start)
        return ""
    h = tg.at(start, "country")
    if h is None or h.end >= end:
        return ""
    k = h.end + int(tg.texts[h.end] in tg.W.possessive_marker)
    return tokens_text(tg, k, end)


def _body_counterpart(tg: Tagger, t: TitleMention, lo: int) -> bool:
    """A counterpart title coordinated right after a body's name ("… and its Iraqi
    counterpart"): the body's counterpart (:func:`_counterpart_agencies`), no person, so no
    name is read after it."""
    k = t.start - 1
    if COUNTERPART not in t.roles or k <= lo or tg.norms[k] not in tg.conjunctions:
        return False
    for i in range(k - 1, max(lo, k - _BODY_WORDS) - 1, -1):
        h = tg.hits.get(i)
        if h is not None and h.kind == "agency" and h.start == i:
            m = agency_phrase(tg, i)
            return m is not None and m.end == k
    return False


def _counterpart_after(b: EntityBuilder, k: int, end: int) -> tuple[int, int, str] | None:
    """(start, end, country) of "and its Iraqi counterpart" ("wa-naziratuha al-iraqiyya") at
    ``k``."""
    tg = b.tg
    if k < end and tg.norms[k] in tg.conjunctions:
        k += 1
    start = k
    if k < end and tg.norms[k] in tg.possessives:
        k += 1
    order = ("title", "country") if tg.head_initial else ("country", "title")
    hits = []
    for kind in order:
        h = tg.at(k, kind) if k < end else None
        if h is None or h.end > end:
            return None
        hits.append(h)
        k = h.end
    role, country = (hits[0], hits[1]) if tg.head_initial else (hits[1], hits[0])
    if role.info[2] != COUNTERPART or country.info[1] not in ("nisba", "demonym", "name"):
        return None
    return start, k, country.info[0]


def _abbreviation_at(b: EntityBuilder, k: int) -> str | None:
    """The one word in brackets at ``k`` ("(KUNA)"): capitals in a cased language."""
    tg = b.tg
    if k + 2 >= len(tg.norms) or tg.texts[k] != "(" or tg.texts[k + 2] != ")":
        return None
    word = tg.texts[k + 1]
    if not tg.is_alpha[k + 1] or len(word) < 2 or (b.P.cased and not word.isupper()):
        return None
    return word


def _abbreviations(b: EntityBuilder) -> None:
    """An agency's abbreviation in brackets right after its name is one of its names ("the Kuwait
    News Agency (KUNA)"); an agency read from the abbreviation itself is the same agency."""
    for plist in b.parts.values():
        for p in plist:
            abbr = _abbreviation_at(b, p.end) if p.kind == AGENCY else None
            if abbr is None:
                continue
            ai = _abbreviated_body(b, b.acanon(p.ref))
            b.agencies[ai].aliases.add(abbr)
            for q in plist:
                if q.kind == AGENCY and q.start == p.end + 1 and b.acanon(q.ref) != ai:
                    b.fold_agency(b.acanon(q.ref), ai)
    _abbreviations_in_titles(b)


def _abbreviated_body(b: EntityBuilder, ai: int) -> int:
    """The body an abbreviation in brackets after agency ``ai``'s mention names: for a delegation
    the one body it is from ("a delegation of the X Cooperation Agency (XCA)": the agency's
    abbreviation, not the delegation's), else ``ai``."""
    if b.agencies[ai].kind != DELEGATION:
        return ai
    parents = {
        b.acanon(int(r.target.key))
        for r in b.memberships
        if r.source.kind == AGENCY
        and b.acanon(int(r.source.key)) == ai
        and r.target is not None
        and r.target.kind == AGENCY
    }
    return parents.pop() if len(parents) == 1 else ai


def _abbreviations_in_titles(b: EntityBuilder) -> None:
    """ "Deputy Governor of the Public Investment Fund (PIF), X": a body named inside a title has
    the abbreviation in brackets after it as one of its names; a listed body of that abbreviation
    (another "PIF") is not meant."""
    texts = b.tg.texts
    at = {s: b.acanon(i) for s, i in b.positions}
    k = -1
    while True:
        try:
            k = texts.index("(", k + 1)  # a search in C, not a loop over the tokens
        except ValueError:
            return
        abbr = _abbreviation_at(b, k) or _mixed_abbreviation_at(b, k)
        if abbr is None:
            continue
        before = b.doc[:k].text.rstrip()
        qi = at.get(k + 1)

        def ends(ai: int, before: str = before) -> bool:
            return any(
                before.endswith(" " + form) and len(form.split()) > 1
                for form in (b.agencies[ai].name, *sorted(b.agencies[ai].aliases))
            )

        if qi is not None and ends(qi):
            continue  # already the body named before the brackets
        named = [ai for ai in sorted(set(at.values())) if ai != qi and ends(ai)]
        if len(named) != 1:
            continue
        a = b.agencies[named[0]]
        a.aliases.add(abbr)
        if qi is not None:
            b.agency_redirect[qi] = named[0]
            a.holders.update(b.agencies[qi].holders)


def _mixed_abbreviation_at(b: EntityBuilder, k: int) -> str | None:
    """ "(AfDB)": a bracketed word of capitals and a few lower-case letters."""
    tg = b.tg
    if k + 2 >= len(tg.norms) or tg.texts[k + 2] != ")" or not b.P.cased:
        return None
    word = tg.texts[k + 1]
    upper = sum(c.isupper() for c in word)
    ok = tg.is_alpha[k + 1] and word[:1].isupper() and upper >= 3 and len(word) <= 2 * upper
    return word if ok else None


def _agency_before_title(b: EntityBuilder, sents: list[Span]) -> None:
    """ "Libyan Government of National Accord Prime Minister X": the agency right before the title
    (its country word may be read as the title's too) is X's."""
    for si, plist in b.parts.items():
        for p in plist:
            if p.kind != OFFICIAL:
                continue
            for q in plist:
                # its last word may open the title too ("Central Bank of Jordan Governor X"); its
                # abbreviation in brackets may stand between ("Gulf Cooperation Council (GCC)
                # Secretary General X")
                if q.kind == AGENCY and (
                    q.start < p.start <= q.end
                    or q.end < p.start == _after_bracket(b.tg, q.end, p.start + 1)
                ):
                    b.member(Ref(OFFICIAL, p.ref), Ref(AGENCY, q.ref), sents[si], "member.title")
                    b.officials[p.ref].agencies.append(q.ref)

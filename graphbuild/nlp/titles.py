"""Title phrases: role words ("Foreign Minister", "deputy head") and what they govern.

A title starts with role, modifier or rank words from ``titles.tsv`` (a rank
ends it); its complement follows the language's head direction:

* head-initial (Arabic): "on behalf of" + an agency, an agency phrase (and its
  parent after a preposition), or a governed definite noun with its adjectives
  — a ministerial role then implies the agency "<head> <noun>" — then a nisba
  and "in/at <country>" give the country;
* head-final (English): a demonym or country before the role ("Egyptian Foreign
  Minister", "Egypt's Foreign Minister"); after it "of|for" + capitalised words
  ("Minister of Foreign Affairs" implies that ministry) or "of|for|to" + a country
  ("Ambassador to Egypt"); a role alone implies the agency of its lexicon row
  ("Foreign Secretary" → Foreign Office).
"""

from __future__ import annotations

import functools
from dataclasses import replace

from spacy.tokens import Doc

from ..lang import UNIQUE_TITLE, WordLists, load_lexicon, load_profile
from .agencies import (
    INTERNATIONAL,
    NEWS_AGENCY,
    agency_phrase,
    collective_owner,
    field_shaped,
    implied_by_role,
    possessed_body,
)
from .memo import remembered
from .mentions import AgencyMention, TitleMention
from .names import (
    glued_hyphen_at,
    and_verbal_noun,
    given_name_after_definite_title,
    given_name_after_cased_title,
    place_after_governor,
    given_name_before_patronymic,
    given_name_role,
    glued_ands,
    hyphened_words,
    initial_at,
    known_name,
    lower_particle,
    definite_given_name_before_bin,
    definite_given_name_closing_post,
    name_like,
    name_run,
    prep_verbal_noun,
    verbal_noun_word,
    written_definite,
)
from .spans import tokens_text
from .tagger import Hit, Tagger

__all__ = [
    "definite_role_ends_title",
    "title_phrase",
    "COMMAS",
    "skip_commas_and_ranks",
]

COMMAS = (",", "،")
_ROLE_CLASSES = ("role", "modifier", "rank")
_NAME_PREFIX_CLASSES = ("rank", "honorific")  # may stand between a title and the name
_NOT_A_HEAD = ("honorific", "portfolio", "adjective")  # never start a title
_GUEST = "guest"  # the role of "the guest" (titles.tsv): the visitor, never part of a host's post
_COUNTERPART = "counterpart"  # the role of "his counterpart" (titles.tsv; entities.COUNTERPART)


def country_named_at(tg: Tagger, k: int) -> str | None:
    """The ISO code of a country named by its name at ``k``, after an article if any ("the United
    Arab Emirates"); None when there is none."""
    n = len(tg.norms)
    if k < n and tg.norms[k] in tg.W.article:
        k += 1
    h = tg.at(k, "country") if k < n else None
    return h.info[0] if h is not None and h.info[1] == "name" else None


def skip_commas_and_ranks(tg: Tagger, j: int, end: int) -> int:
    """The first token from ``j`` that is not a comma, a rank or an honorific; an honorific word
    before a particle that joins names is the name's first word ("Mr al-Sheikh walad …"), not
    before one that opens a name ("Mr Abdul Rahman …")."""
    while j < end and (
        tg.texts[j] in COMMAS
        or ((h := tg.at(j, "title")) is not None and h.info[0] in _NAME_PREFIX_CLASSES)
        or _article_before_honorific(tg, j, end)
        or _bracketed_style_end(tg, j, end) > j
    ):
        if _article_before_honorific(tg, j, end):
            j += 1  # "…, the Hon. X": the article of the style that opens the name
            continue
        if _bracketed_style_end(tg, j, end) > j:
            j = _bracketed_style_end(tg, j, end)  # "Brig. (Rtd) X": a style in brackets
            continue
        h = tg.at(j, "title")
        if h and h.end < end and linking_particle(tg, h.end) and not _capital_particle(tg, h.end):
            return j
        if h and h.info[0] == "rank":
            j = _rank_service_end(tg, h.end, end)
        else:
            j = h.end if h else j + 1  # the whole honorific ("His Royal Highness")
        if h and j < end and tg.is_space[j]:
            j += 1  # a line break after "Ms." ("… the Ambassador, Ms.\nX"): the name goes on
    return j


def _bracketed_style_end(tg: Tagger, j: int, end: int) -> int:
    """After a rank, a style in brackets that qualifies it ("Col. (Retd) X", "Brig. (Rtd) Y"):
    the token after the closing bracket; ``j`` when there is none."""
    if j < 1 or tg.texts[j] != "(" or not _rank_ends_at(tg, j):
        return j
    h = tg.at(j + 1, "title") if j + 1 < end else None
    if h is None or h.info[0] not in _NAME_PREFIX_CLASSES or h.end >= end:
        return j
    return h.end + 1 if tg.texts[h.end] == ")" else j


def _rank_ends_at(tg: Tagger, j: int) -> bool:
    """A rank's last word is right before ``j``."""
    h = tg.hits.get(j - 1)
    return h is not None and h.kind == "title" and h.end == j and h.info[0] == "rank"


def _article_before_honorific(tg: Tagger, j: int, end: int) -> bool:
    """Token ``j`` is an article after a comma, or after a rank, with an honorific right after it
    ("Minister for Defence, the Hon. X"; a senator's style "Senator the Hon. X")."""
    if j < 1 or j + 1 >= end or tg.norms[j] not in tg.W.article:
        return False
    if tg.texts[j - 1] not in COMMAS and not _rank_ends_at(tg, j):
        return False
    h = tg.at(j + 1, "title")
    return h is not None and h.info[0] in _NAME_PREFIX_CLASSES


def linking_particle(tg: Tagger, k: int) -> bool:
    """Token ``k`` is a name particle that joins two names ("walad", "bin"), not one that opens a
    compound name ("Abdul", "Abu")."""
    return tg.norms[k] in tg.name_particles and tg.norms[k] not in tg.W.name_opener


def _capital_particle(tg: Tagger, k: int) -> bool:
    """Cased: a particle written with a capital right after a style opens the name, as a family
    particle does ("Mr. Van Dijk", "Dr. De Souza"): the style is no name word. A particle that
    makes the style word part of the name ("Mr al-Sheikh walad X") is usually written lower-case
    in cased text, so the capital tells the two apart."""
    return tg.P.cased and tg.texts[k][:1].isupper()


def _rank_service_end(tg: Tagger, j: int, end: int) -> int:
    """After a rank, the service it is a rank of ("brigadier of-the-police"), a one-word body after
    the genitive clitic; ``j`` when there is none."""
    k = j + 1 if j < end and tg.norms[j] in tg.genitives else j
    h = tg.at(k, "agency") if k > j and k < end else None
    return h.end if h is not None and h.end == k + 1 else j


def _ordinal_after_cue(tg: Tagger, i: int) -> bool:
    """Token ``i`` is an ordinal right after a cue word (a meeting noun, a verb) in a head-initial
    language: it counts the noun before it ("the meeting [the first]") and opens no title. After
    a role word the lists lack ("the secretary [the first] of-the-embassy") it may still start
    the title, as it did before."""
    return tg.head_initial and i > 0 and tg.norms[i] in tg.W.regnal and tg.kind(i - 1) == "cue"


def title_phrase(tg: Tagger, i: int) -> TitleMention | None:
    """The title starting at token ``i``: role words and what they govern."""
    start, country, h = _title_head(tg, i)
    if not h or h.info[0] in _NOT_A_HEAD:
        return None  # most country words: no title starts there
    if h.start == i and (
        given_name_role(tg, i)
        or given_name_before_patronymic(tg, i)
        or given_name_after_cased_title(tg, i)
    ):
        return None  # "Amin Atiyya": a given name, no title
    if h.start == i and i > 0 and linking_particle(tg, i - 1):
        return None  # "bin Musaid" (assistant): the word a linking particle governs is a name
    if h.start == i and _ordinal_after_cue(tg, i):
        return None  # "the meeting [the first]": an ordinal follows the noun it counts
    return remembered(tg, "title_phrase", i, lambda: _title_from(tg, start, country, h))


def _title_from(tg: Tagger, start: int, country: str | None, h: Hit) -> TitleMention | None:
    """The title from its first word ``start`` (a demonym or country before a head-final role,
    ``country``) and its first title hit ``h``."""
    roles, j, last_role_agency = _roles(tg, h)
    if not roles:
        return None
    if not tg.head_initial:
        roles, j, last_role_agency, country = _past_demonym(tg, roles, j, last_role_agency, country)
    roles_end = j
    if tg.head_initial:
        j, country, agencies = _complement_head_initial(
            tg, j, country, last_role_agency, _subject_of_saying(tg, start)
        )
        cut = _destination(tg, h.start, roles_end, j)
        if cut is not None:
            j, agencies = cut, [a for a in agencies if a.end <= cut]
        else:
            j = _implied_ministry_end(tg, j, agencies)
    else:
        j, country, agencies = _complement_head_final(tg, j, start, h, country, last_role_agency)
        if not agencies and start < h.start and j == roles_end:
            portfolio = _portfolio_ministry(tg, start, h, country)
            agencies = [portfolio] if portfolio is not None else agencies
    return TitleMention(
        start,
        j,
        tokens_text(tg, start, j),
        tuple(roles),
        country,
        tuple(agencies),
        bare=(j == roles_end),
    )


def _implied_ministry_end(tg: Tagger, j: int, agencies: list[AgencyMention]) -> int:
    """Head-initial: the ministry a minister's field implies may read the field further than the
    title did ("minister of the economy [the digital and entrepreneurship]": an adjective and a
    joined field); when it ends with a field joined by a glued "and", the title is that field's and
    ends with it."""
    ends = [a.end for a in agencies if a.implied and a.kind == "ministry" and a.start < j < a.end]
    if len(ends) != 1 or any(tg.is_punct[q] or tg.hits.get(q) for q in range(j, ends[0])):
        return j
    # the last field joined by a glued "and" to a definite word ("wa-al-riyada"), no name word;
    # or a field in construct before its holder's name (:func:`_construct_field_end`)
    end = ends[0]
    last = tg.norms[end - 1]
    ands = glued_ands(tg.conjunctions)
    if last.startswith(ands) and tg.is_definite(last[1:]):
        return end
    held = _holder_after(tg, end)
    return (
        end
        if held and any(_construct_field_end(tg, k) == end for k in (end - 2, end - 3) if k >= j)
        else j
    )


def _past_demonym(
    tg: Tagger, roles: list[str], j: int, agency: str, country: str | None
) -> tuple[list[str], int, str, str | None]:
    """Head-final: modifiers, a demonym, then the role ("the interim Ruritanian trade minister"):
    the demonym is inside the title, the role after it its head."""
    ch = tg.at(j, "country")
    if country is not None or ch is None or ch.start != j or ch.info[1] == "name":
        return roles, j, agency, country
    before = tg.at(j - 1, "title")
    if before is None or before.info[0] != "modifier":
        return roles, j, agency, country  # "the acting" before it, not a role ("minister Afghan")
    th = tg.at(ch.end, "title")
    if th is None or th.start != ch.end or th.info[0] != "role":
        return roles, j, agency, country
    more, end, last = _roles(tg, th)
    return [*roles, *more], end, last, ch.info[0]


def _destination(tg: Tagger, head: int, start: int, end: int) -> int | None:
    """Where a journey's end cuts a head-initial title of a post one person holds in a country (a
    ``unique`` role: a president, a prime minister, a king, a crown prince) that already named
    its country: "to" (the ``destination`` words) and a country's name after it ("ziyarat ra'is
    wuzara' Malaysia ila al-Saudiyya": the visit's end). Such a post is never held abroad; "the
    envoy to Yemen" (no such role) keeps its post."""
    if not any(
        (h := tg.hits.get(k)) is not None
        and h.kind == "title"
        and h.info[0] == "role"
        and h.info[-1] == UNIQUE_TITLE
        for k in range(head, start)
    ):
        return None
    named = False
    for k in range(start, end - 1):
        h = tg.hits.get(k)
        if h is not None and h.kind == "country" and h.start == k:
            named = True
        elif named and tg.norms[k] in tg.W.destination:
            ch = tg.at(k + 1, "country")
            if ch is not None and ch.info[1] == "name":
                return k
    return None


def _title_head(tg: Tagger, i: int) -> tuple[int, str | None, Hit | None]:
    """(start, country, first title hit); in a head-final language a demonym or country may come
    first."""
    h = tg.at(i, "title")
    if h or tg.head_initial:
        return i, None, h
    n = len(tg.norms)
    ch = tg.at(i, "country")
    if not ch:
        th = _role_after_known_portfolio(tg, i)
        return i, None, th  # "Energy and Mines Minister X": no country before the portfolio
    after = ch.end + 1 if ch.end < n and tg.texts[ch.end] in tg.W.possessive_marker else ch.end
    th = tg.at(after, "title") if after < n else None
    if th and th.info[0] in ("role", "modifier"):
        return i, ch.info[0], th  # "Egyptian Foreign Minister", "Egypt's Foreign Minister"
    th = _minister_after_portfolio(tg, after, department=True)
    if th is not None:
        return i, ch.info[0], th  # "Mexican Security Minister": a portfolio outside the lists
    return i, None, None


_PORTFOLIO_WORDS = 3  # "Saudi Hajj and Umrah Minister": at most this many words name the portfolio


def _portfolio_end(tg: Tagger, k: int) -> int:
    """Where capitalised words outside the lexicons from ``k`` end (an "and" may join two), or
    ``k`` when there are none or too many."""
    n, j = len(tg.norms), k
    while j < n and j - k <= _PORTFOLIO_WORDS and _unlisted_portfolio_word(tg, k, j):
        j += 1
    if j == k or j - k > _PORTFOLIO_WORDS or tg.norms[j - 1] in tg.conjunctions:
        return k
    return j


def _unlisted_portfolio_word(tg: Tagger, k: int, j: int) -> bool:
    """Token ``j`` continues a portfolio started at ``k``: a capitalised word outside the lexicons,
    or "and" before another capitalised word."""
    if tg.is_alpha[j] and tg.texts[j][:1].isupper() and j not in tg.hits:
        return True
    nxt = j + 1
    return (
        j > k
        and tg.norms[j] in tg.conjunctions
        and nxt < len(tg.norms)
        and tg.texts[nxt][:1].isupper()
    )


def _minister_after_portfolio(tg: Tagger, k: int, department: bool = False) -> Hit | None:
    """In a cased language, the bare minister's role (the one that implies the ministry of its
    field; ``department``: a secretary's too) right after a portfolio the lists do not know
    ("Mexican [Security] Minister X"), no complement after it: the portfolio is the field."""
    if not tg.P.cased or k >= len(tg.norms):
        return None
    j = _portfolio_end(tg, k)
    th = tg.at(j, "title") if j > k and j < len(tg.norms) else None
    if th is None or th.info[0] != "role" or th.start != j:
        return None
    if not (th.info[1] == tg.P.ministry_head or department and _ministry_head(tg, th.info[1])):
        return None
    if th.end < len(tg.norms) and tg.norms[th.end] in tg.genitives:
        return None  # "Coordinating Minister for Economic Affairs": the complement is the field
    return th


def _role_after_known_portfolio(tg: Tagger, i: int) -> Hit | None:
    """Cased: a portfolio the lists know only as a field ("Energy and Mines", "Trade and
    Tourism") opening a phrase at ``i`` (no capitalised word or "and" before it), right before a
    minister's or a secretary's bare role: the portfolio is the role's field ("Energy and Mines
    Minister X", "Trade and Tourism Secretary X"), as English premodifies a role by its field."""
    if i > 0 and (tg.norms[i - 1] in tg.conjunctions or _unlisted_portfolio_word(tg, i - 1, i - 1)):
        return None
    th = _minister_after_portfolio(tg, i, department=True)
    if th is None:
        return None
    words = frozenset(w for w in tg.norms[i : th.start] if w not in tg.conjunctions)
    return th if tg.lex.ministry_key(words) is not None else None


def portfolio_start(tg: Tagger, k: int, floor: int) -> int:
    """Cased: where a known portfolio opening the title of the role at ``k`` starts ("[Energy]
    and Mines Minister"), not before ``floor``; ``k`` when none does."""
    if not tg.P.cased:
        return k
    for p in range(max(floor, k - _PORTFOLIO_WORDS), k):
        if _role_after_known_portfolio(tg, p) is tg.at(k, "title") is not None:
            return p
    return k


def _portfolio_ministry(
    tg: Tagger, start: int, h: Hit, country: str | None
) -> AgencyMention | None:
    """The ministry a minister's portfolio outside the lists implies ("Mexican Security Minister"
    → Security Ministry, "Ministry of Security"), of the country before it; or, with no country,
    of a known portfolio opening the title (a secretary's: "Trade and Industry Department")."""
    ch = tg.at(start, "country")
    if ch is not None and country is not None:
        k = ch.end + int(ch.end < h.start and tg.texts[ch.end] in tg.W.possessive_marker)
    elif ch is None and _role_after_known_portfolio(tg, start) is h:
        k = start
    else:
        return None
    if k >= h.start or _portfolio_end(tg, k) != h.start:
        return None
    field = tokens_text(tg, k, h.start)
    head = h.info[1] if _ministry_head(tg, h.info[1]) else tg.P.ministry_head
    text = f"{field} {head}"
    demonym = _demonym(tg.lex.lang, country)
    aliases = tuple(a for a in (f"{demonym} {text}" if demonym else "", f"{head} of {field}") if a)
    words = frozenset(w.casefold() for w in text.split() if w.casefold() not in tg.conjunctions)
    return AgencyMention(
        k,
        h.end,
        text,
        kind="ministry",
        words=words,
        base=text,
        country=country,
        implied=True,
        aliases=aliases,
    )


def _roles(tg: Tagger, h: Hit) -> tuple[list[str], int, str]:
    """Role words from the head: (roles, end, agency of the last role)."""
    n = len(tg.norms)
    roles: list[str] = []
    j = h.start
    last_role_agency = ""
    while j < n:
        th = tg.at(j, "title")
        if th and th.info[0] == "adjective" and roles:
            j = th.end
            continue
        if th and th.info[0] in _ROLE_CLASSES and (th.info[0] != "rank" or not roles):
            if roles and definite_role_ends_title(tg, j, th):
                break  # "received the minister the ambassador …": two people
            if roles and th.info[2] in (_COUNTERPART, _GUEST):
                break  # "… deputy prime minister [his counterpart] / [the guest] …": another person
            if roles and (
                given_name_after_definite_title(tg, j)
                or given_name_before_patronymic(tg, j)
                or given_name_after_cased_title(tg, j)
            ):
                break  # "the president Amin X", "Minister of State Sultan bin X": a first name
            roles.append(th.info[2])
            if th.info[0] == "role":
                last_role_agency = th.info[1]
            j = th.end
            if th.info[0] == "rank":
                break
            continue
        # head-initial: two roles joined by the genitive clitic ("deputy to-the-president")
        if (
            tg.head_initial
            and tg.norms[j] in tg.genitives
            and roles
            and j + 1 < n
            and tg.at(j + 1, "title")
        ):
            j += 1
            continue
        break
    return roles, j, last_role_agency


def definite_role_ends_title(tg: Tagger, j: int, th: Hit) -> bool:
    """In a head-initial language a definite role ends its title before the role ``th`` at
    ``j`` (roles in construct are indefinite: "deputy of-the president"): a definite role right
    after another definite role is a second person ("received the minister the ambassador …"),
    and an indefinite one right after a one-word definite role starts another title, the
    definite word governing nothing ("received the minister [commander of …]")."""
    prev = tg.hits.get(j - 1)
    if not (
        tg.head_initial
        and th.info[0] == "role"
        and prev is not None
        and prev.kind == "title"
        and prev.info[0] == "role"
    ):
        return False
    if written_definite(tg, th.start):
        return written_definite(tg, prev.start)
    return prev.start == j - 1 and written_definite(tg, j - 1)


# ---------------------------------------------------------------- head-initial
_MAX_PARTS = 5


def _subject_of_saying(tg: Tagger, start: int) -> bool:
    """The title right after a verb of saying or stance is its subject ("wa-ashada [the speaker of
    the house] bi-mustawa …"): what the verb governs may follow the title."""
    cue = tg.at(start - 1, "cue") if start > 0 else None
    return cue is not None and cue.end == start and cue.info[0].startswith("say")


def _verb_object_at(tg: Tagger, j: int) -> bool:
    """A word with the glued object marker ("bi-mustawa", "bi-l-taqaddum") after a closed phrase
    (a definite word, a body, a country): after a verb of saying's subject it is the verb's
    object, no part of the title ("ashada ra'is majlis al-nuwwab [bi-mustawa al-'alaqat]")."""
    norm, markers = tg.norms[j], tuple(tg.W.object_marker)
    if j == 0 or tg.kind(j) is not None or not tg.is_alpha[j] or not norm.startswith(markers):
        return False
    return written_definite(tg, j - 1) or tg.kind(j - 1) in ("agency", "country")


def _complement_head_initial(
    tg: Tagger, j: int, country: str | None, last_role_agency: str, said_by: bool = False
) -> tuple[int, str | None, list[AgencyMention]]:
    """Parts after the role words: the first governs (agency, noun, construct, country), the others
    are prepositional (to/of/in + agency, country or noun), portfolios ("affairs of X") and
    nisbas. ``said_by``: the title is a verb of saying's subject (its object ends it)."""
    agencies: list[AgencyMention] = []
    head_def = j > 0 and written_definite(tg, j - 1)
    j0, j = j, _after_on_behalf(tg, j)
    served = _served_title(tg, j) if j > j0 else None
    if served is not None:
        return served.end, country or served.country, list(served.agencies)
    closed = head_def and j == j0  # a definite head right before: its construct is closed
    glued = _glued_joined_portfolio(tg, j, country, last_role_agency)
    if glued is not None:
        j, agencies = glued.end, [glued]
    start = j
    for _ in range(_MAX_PARTS):
        if said_by and j > start and j < len(tg.norms) and _verb_object_at(tg, j):
            break
        step = _complement_part(tg, j, j == start, head_def, country, last_role_agency, closed)
        if step is None:
            step = _part_past_abbreviation(tg, j, agencies, country, last_role_agency)
        if step is None:
            break
        j, country, found = step
        agencies += found
    if j > start and _region_word(tg, j - 1):
        # "minister of the Middle East and North Africa" (no portfolio word): a region, no ministry
        while j < len(tg.norms) and _region_word(tg, j):
            j += 1
        j = _regions_end(tg, j)
        agencies = [a for a in agencies if not (a.implied and _region_word(tg, a.start))]
    j, country = _post_country(tg, j, country)
    if country is None and j > start and _nisba_closes_field(tg, start, j, last_role_agency):
        country = _last_nisba(tg, start, j)
    return j, country, agencies


_ABBREVIATION_TOKENS = 3  # an abbreviation in brackets; the clitic split may cut it in two


def _abbreviation_end(tg: Tagger, j: int) -> int:
    """The token after a short bracket at ``j`` holding only words (a body's abbreviation or its
    name in another script), else ``j``."""
    texts, n = tg.texts, len(tg.texts)
    if j >= n or texts[j] != "(":
        return j
    for q in range(j + 2, min(j + _ABBREVIATION_TOKENS + 2, n)):
        if texts[q] == ")":
            return q + 1 if all(tg.is_alpha[k] for k in range(j + 1, q)) else j
    return j


def _part_past_abbreviation(
    tg: Tagger, j: int, agencies: list[AgencyMention], country: str | None, last_role_agency: str
) -> _Part | None:
    """Right after the body a title governs, the body's abbreviation in brackets, then a
    prepositional part ("representative of the X Organisation (XO) in Y Z W"): the brackets
    belong to the body (its alias, set on ``agencies``' last), and the title's complement goes on
    past them to the post's place. Not when a title starts right after that place ("… (XO) in Y
    [minister of Z] W"): the title has no holder of its own there, and the next title and name
    are another person's (the verb's object), not this post's."""
    if not agencies or agencies[-1].end != j:
        return None
    k = _abbreviation_end(tg, j)
    step = _complement_part(tg, k, False, False, country, last_role_agency) if k > j else None
    if step is not None and _title_at(tg, step[0]):
        return None
    if step is not None:
        body = agencies[-1]
        agencies[-1] = replace(body, aliases=body.aliases + (tokens_text(tg, j + 1, k - 1),))
    return step


def _title_at(tg: Tagger, j: int) -> bool:
    """A role or a modifier opens a title at token ``j``."""
    h = tg.at(j, "title") if j < len(tg.norms) else None
    return h is not None and h.info[0] in ("role", "modifier")


def _nisba_closes_field(tg: Tagger, start: int, end: int, last_role_agency: str) -> bool:
    """A nisba closing a portfolio complement, or a minister's fields joined by "and" ("minister of
    trade and industry, the Omani"): the title's country."""
    if _has_portfolio(tg, start, end):
        return True
    return last_role_agency == tg.P.ministry_head and any(
        tg.norms[k] in tg.conjunctions or tg.norms[k].startswith(glued_ands(tg.conjunctions))
        for k in range(start + 1, end - 1)
    )


def _glued_joined_portfolio(
    tg: Tagger, j: int, country: str | None, last_role_agency: str
) -> AgencyMention | None:
    """ "minister of the state and-the-foreign": a minister's post joined by a glued "and" to a
    definite portfolio word is that portfolio's minister (its ministry)."""
    P, n = tg.P, len(tg.norms)
    if last_role_agency != P.ministry_head or j >= n:
        return None
    if tg.norms[j] in tg.conjunctions:  # the conjunction a token of its own
        k, cut = j + 1, 0
    else:
        k = j
        cut = next((len(c) for c in tg.W.conjunction if tg.norms[j].startswith(c)), 0)
    field = tg.norms[k][cut:] if k < n and (cut or k > j) else ""
    if not P.is_definite(field) or tg.kind(k) is not None:
        return None
    if tg.lex.ministry_key(frozenset({P.strip_definite(field)})) is None:
        return None
    text = P.implied_agency.format(head=last_role_agency, field=tg.texts[k][cut:])
    words = frozenset({P.strip_definite(P.fold(last_role_agency)), P.strip_definite(field)})
    return AgencyMention(
        k, k + 1, text, kind="ministry", words=words, base=text, country=country, implied=True
    )


def _region_word(tg: Tagger, k: int) -> bool:
    """Token ``k`` is a word of a region's name, with or without the article."""
    return k < len(tg.norms) and tg.P.strip_definite(tg.norms[k]) in _regions(tg.lex.lang)


@functools.cache
def _regions(lang: str) -> frozenset[str]:
    """The region words of a language without the article."""
    P = load_profile(lang)
    return frozenset(P.strip_definite(w) for w in P.words.region)


def _has_portfolio(tg: Tagger, start: int, end: int) -> bool:
    """A portfolio word ("affairs") in the complement, alone or after a glued preposition."""
    words = _portfolio_table(tg)
    for norm in tg.norms[start:end]:
        found = words.get(norm)
        if found is None:
            if len(words) >= _MAX_WORDS_KEPT:
                words.clear()
            found = words[norm] = _portfolio_word(tg, norm)
        if found:
            return True
    return False


_PORTFOLIO_TABLES: dict[tuple[int, int], tuple[object, object, dict[str, bool]]] = {}
_MAX_WORDS_KEPT = 100_000  # words of a vocabulary; a table starts again past it


def _portfolio_table(tg: Tagger) -> dict[str, bool]:
    """The table NORM → :func:`_portfolio_word` of a lexicon and profile."""
    lex, P = tg.lex, tg.P
    kept = _PORTFOLIO_TABLES.get((id(lex), id(P)))
    if kept is None or kept[0] is not lex or kept[1] is not P:
        kept = _PORTFOLIO_TABLES[(id(lex), id(P))] = (lex, P, {})
    return kept[2]


def _portfolio_word(tg: Tagger, norm: str) -> bool:
    """A portfolio word ("affairs"), alone or after a glued preposition."""
    P = tg.P
    clitics = tuple(sorted({P.contracted_article, *P.proclitics} - {""}, key=len, reverse=True))
    rest = next((norm[len(c) :] for c in clitics if norm.startswith(c)), norm)
    for form in (norm, rest, P.definite_prefix + rest):
        row = tg.lex.titles.get(form)
        if row is not None and row[0] == "portfolio":
            return True
    return False


def _last_nisba(tg: Tagger, start: int, end: int) -> str | None:
    """A country nisba closing a portfolio complement ("minister of state for foreign affairs, the
    Japanese") is the title's country."""
    h = tg.at(end - 1, "country") or next(
        (x for k in range(start, end) if (x := tg.at(k, "country")) and x.end == end), None
    )
    return h.info[0] if h is not None and h.info[1] == "nisba" else None


_Part = tuple[int, "str | None", list[AgencyMention]]


def _complement_part(
    tg: Tagger,
    j: int,
    first: bool,
    head_def: bool,
    country: str | None,
    last_role_agency: str,
    closed: bool = False,
) -> _Part | None:
    """One part of a head-initial title's complement starting at ``j``; None when the title ends
    there."""
    if j >= len(tg.norms):
        return None
    for rule in (_part_nisba, _part_portfolio, _part_prep, _part_glued_prep):
        step = rule(tg, j, country, last_role_agency)
        if step is not None:
            return step
    if not first:
        return None
    ch = tg.at(j, "country")
    if ch and ch.info[1] == "name":
        if closed and not _adjective_shaped(tg, j):
            return None  # "visited the-minister India": a definite head governs no country
        return (
            ch.end,
            country or ch.info[0],
            [],
        )  # "ambassador of Jordan", "minister of foreign of the Emirates"
    # a definite head governs no indefinite noun: "ra'is al-wuzara' [wafdan] …" is the object
    ag = agency_phrase(tg, j) if not (closed and not written_definite(tg, j)) else None
    if ag is not None:
        if ag.anaphor:
            return _title_adjective_end(tg, ag.end), country, []
        end, governed = _governed_agencies(tg, ag)
        return end, country or ag.country, governed
    if head_def:
        return _definite_adjective(tg, j, country)
    if written_definite(tg, j) and tg.kind(j) is None and tg.norms[j] not in tg.P.stop_words:
        return _governed_noun(tg, j, country, last_role_agency)
    return _construct(tg, j, country, last_role_agency)


def _title_adjective_end(tg: Tagger, k: int) -> int:
    """After the bare body a title governs, past the title's own adjective in the masculine
    ("the undersecretary of the ministry [the permanent]"): a feminine body takes no masculine
    adjective, which agrees with the title, and the title's complement goes on after it ("… in
    the foreign ministry")."""
    P = tg.P
    if k >= len(tg.norms) or not P.feminine_suffix:
        return k
    fem, norm = P.fold(P.feminine_suffix), tg.norms[k]
    if not tg.norms[k - 1].endswith(fem) or norm.endswith(fem) or not tg.is_def(k):
        return k
    # a listed one only: a definite nisba-shaped word of no lexicon may be the holder's family
    # name ("the head of the committee Al-…")
    h = tg.at(k, "title")
    return k + 1 if h is not None and h.info[0] == "adjective" and h.end == k + 1 else k


def _adjective_shaped(tg: Tagger, j: int) -> bool:
    """A country's name shaped as its own nisba (al-Saudiyya): after a definite head it may be an
    adjective."""
    P, norm = tg.P, tg.norms[j]
    endings = (P.fold(P.nisba_ending), P.fold(P.nisba_ending + P.feminine_suffix))
    return bool(P.nisba_ending) and P.strip_definite(norm).endswith(endings)


def _part_nisba(tg: Tagger, j: int, country: str | None, _role_agency: str) -> _Part | None:
    h = tg.at(j, "country")
    if h and h.info[1] == "nisba" and not _given_name_nisba(tg, h):
        return h.end, country or h.info[0], []
    return None


def _given_name_nisba(tg: Tagger, h: Hit) -> bool:
    """A nisba without the article before a name particle is a given name ("Prince Turki bin
    Fahd"); so is one right after a word with the article ("the Saudi interior minister [Turki]
    al-…"): an adjective agrees with its noun in definiteness, so it qualifies nothing before it."""
    n = len(tg.norms)
    if written_definite(tg, h.start):
        return False
    if h.end < n and tg.norms[h.end] in tg.name_particles:
        return True
    return h.start > 0 and written_definite(tg, h.start - 1)


def _part_portfolio(tg: Tagger, j: int, country: str | None, _role_agency: str) -> _Part | None:
    """A portfolio word ("affairs"), also after "and" or "of", and the noun phrase or country it
    governs."""
    n, norm = len(tg.norms), tg.norms[j]
    k = j + 1 if (norm in tg.conjunctions or norm in tg.genitives) and j + 1 < n else j
    h = tg.at(k, "title")
    if not (h and h.info[0] == "portfolio"):
        return None
    end = _noun_phrase_end(tg, h.end)
    if end == h.end and end < n and tg.norms[end] in tg.W.region:
        end += 1  # "for the affairs of Asia": a region's own name, no article
    if end <= h.end:
        return None
    return (
        _regions_end(tg, end),
        country,
        _affairs_ministry(tg, j, h.end, end, _role_agency, country),
    )


def _affairs_ministry(
    tg: Tagger, j: int, k: int, end: int, role_agency: str, country: str | None
) -> list[AgencyMention]:
    """The ministry a minister's "for X affairs" right after the role implies, when X is a
    ministry's field ("minister of state for defence affairs" → the defence ministry); none for
    a field no ministry has or further on in the title."""
    P = tg.P
    at = j - 1 if j > 0 and tg.norms[j - 1] in tg.genitives else j  # "for" split off its word
    role = tg.hits.get(at - 1)
    if role_agency != P.ministry_head or role is None or role.kind != "title" or role.end != at:
        return []
    words = frozenset(P.strip_definite(w) for w in tg.norms[k:end])
    if tg.lex.ministry_key(words) is None:
        return []
    name = P.implied_agency.format(head=role_agency, field=tokens_text(tg, k, end))
    words |= {P.strip_definite(P.fold(role_agency))}
    return [
        AgencyMention(
            k, end, name, kind="ministry", words=words, base=name, country=country, implied=True
        )
    ]


def _regions_end(tg: Tagger, k: int) -> int:
    """After a portfolio's region, "and" + more region words ("Middle East and North Africa")."""
    n, W = len(tg.norms), tg.W
    ands = glued_ands(tg.conjunctions)
    j = k
    while j < n:
        norm = tg.norms[j]
        if norm in tg.conjunctions and j + 1 < n and tg.norms[j + 1] in W.region:
            j += 2
        elif (norm.startswith(ands) and norm[1:] in W.region) or (j > k and norm in W.region):
            j += 1
        else:
            break
    return j


def _part_prep(tg: Tagger, j: int, country: str | None, role_agency: str) -> _Part | None:
    """A preposition and an agency, a country, a role or (of/by only) a definite noun phrase."""
    n, W = len(tg.norms), tg.W
    norm = tg.norms[j]
    if not (norm in tg.posted_to or norm in W.parent_prep or norm in tg.genitives) or j + 1 >= n:
        return None
    k = j + 1
    # "minister of defence in (the Republic of) X" is X's minister: a ministry is no post abroad
    minister_in = role_agency == tg.P.ministry_head and norm in W.parent_prep
    ag = agency_phrase(tg, k)
    if (
        ag is not None
        and ag.kind == NEWS_AGENCY
        and (_after_nisba(tg, j) or role_agency == tg.P.ministry_head)
    ):
        # "the Vietnamese minister told [to-the news agency]": whom she spoke to; a minister heads
        # no news agency ("minister of state for foreign affairs [to-the news agency]")
        return None
    if ag is not None and not ag.anaphor:
        end, governed = _governed_agencies(tg, ag)
        return end, country or ag.country, governed
    ch = tg.at(k, "country")
    if ch and ch.info[1] in ("name", "capital"):
        posted = norm in tg.posted_to and norm not in tg.genitives
        posted = posted and not (minister_in and ch.info[1] == "name")
        return ch.end, country if posted else country or ch.info[0], []
    th = tg.at(k, "title")
    if th and th.info[0] in _ROLE_CLASSES and norm not in tg.posted_to:
        if norm in W.object_marker and norm not in tg.genitives and not tg.ws[j]:
            return (
                None  # "iltaqa al-wazir bi-wazirat …": a glued object marker opens another person
            )
        return _roles(tg, th)[1], country, []
    if norm in tg.posted_to and norm not in tg.genitives and norm not in W.parent_prep:
        return None
    if _after_nisba(tg, j):
        return None  # "the Turkish minister in support of …": the title closed at its nisba
    end = _noun_phrase_end(tg, k)
    last = tg.hits.get(_state_form_start(tg, k, end) - 1)
    if (
        end > k
        and (norm in tg.genitives or minister_in)
        and last
        and last.kind == "country"
        and last.info[1] == "name"
    ):
        country = country or last.info[0]  # "attorney general of-the-Republic of Tunisia"
    return (end, country, []) if end > k else None


def _state_form_start(tg: Tagger, k: int, end: int) -> int:
    """Where a state's formal name ends before its form adjectives ("in the Republic of Brazil
    [the-Federative]", "of Vietnam [the-Socialist]"): ``end`` back over definite nisba-shaped
    words of no lexicon to a country's name; ``end`` when none."""
    m = end
    while (
        m - 1 > k
        and written_definite(tg, m - 1)
        and tg.kind(m - 1) is None
        and _adjective_shaped(tg, m - 1)
    ):
        m -= 1
    h = tg.at(m - 1, "country") if m < end else None
    return m if h is not None and h.info[1] == "name" else end


def _part_glued_prep(tg: Tagger, j: int, country: str | None, role_agency: str) -> _Part | None:
    """A word with a glued preposition ("for-force", "of-the-police"), up to the definite word it
    governs."""
    W, norm = tg.W, tg.norms[j]
    if tg.kind(j) is not None or not tg.is_alpha[j] or norm in tg.lex.names or len(norm) < 4:
        return None
    if norm in W.phrase_break and j > 0 and tg.kind(j - 1) == "country":
        return None  # "president of the Republic of X [on-the-occasion-of] …": the title ends
    clitic = next((c for c in W.complement_clitic if norm.startswith(c)), None)
    if _after_nisba(tg, j) and not _field_before_name(tg, j, clitic):
        return None  # "nawwaha al-wazir al-turki bi-l-dawr …": the verb's complement
    if clitic is not None and _stance_object(tg, j):
        return None
    if clitic is not None:
        end = _noun_phrase_end(tg, j + 1, allow_indefinite=False)
        return end, country, _glued_field_ministry(tg, j, end, clitic, role_agency, country)
    if not norm.startswith(_glued_preps(W)):
        return None
    if tg.kind(j - 1) == "agency" and verbal_noun_word(tg, norm[1:]):
        return None  # "the secretary-general of the Arab League [to-coordinate] …": a purpose
    if _hamza_verbal_noun(tg, j) or _praised_with(tg, j):
        return None  # "welcomed the secretary-general [with-the-contribution] of X": the verb's
    end = _noun_phrase_end(tg, j + 1)
    return (end, country, []) if end > j + 1 else None


def _stance_object(tg: Tagger, j: int) -> bool:
    """ "rahhaba ra'is al-wuzara' [bi-l-qarar]": the object marker glued to the article right
    after a title that a verb of stance taking its object so (``marked_object_verb``) opens: the
    verb's object, no field of the post."""
    W = tg.W
    if tg.norms[j][:1] not in W.object_marker or j < 2:
        return False
    k = j - 1
    while k >= 0 and (h := tg.hits.get(k)) is not None and h.kind == "title":
        k = h.start - 1  # back over the title's words ("the secretary | general")
    return 0 <= k < j - 1 and tg.norms[k] in W.marked_object_verb


def _hamza_verbal_noun(tg: Tagger, j: int) -> bool:
    """Token ``j`` is a one-letter preposition other than the genitive glued to a word opening
    with the hamza of a form-IV verbal noun (``verbal_noun_hamza``: "with-the-contribution"):
    the verb's complement, no part of a post ("director of-the-department" keeps the genitive)."""
    text, hamza = tg.texts[j], tg.P.verbal_noun_hamza
    return bool(hamza) and text[1:2] == hamza and text[:1] not in tg.genitives


def _praised_with(tg: Tagger, j: int) -> bool:
    """Token ``j`` is a one-letter preposition other than the genitive glued to an m- verbal noun
    with the feminine ending ("praised the minister [with-the-initiative] of X"): the verb's
    complement, unless an "in charge of" adjective governs it ("the minister charged
    [with-a-mission]").

    Why: a post goes on after its role with the genitive or a locative bi- before a body or a
    place; verbs of praise, pride and welcome take their object with bi- and put the subject's
    title between the verb and that object, and what they govern is a verbal noun (an act, a
    contribution, a ratification). Bodies of this shape ("at-the-organisation") are in the
    lexicon and stop before this test (``tg.kind(j)``); a place noun of the shape ("in-the-
    province X") after a role is the one reading it may cut wrongly. The folded ending also
    takes an m- noun with a pronoun ("in-his-office"), a venue adjunct of the verb, no part of
    the post either."""
    if tg.texts[j][:1] in tg.genitives or not prep_verbal_noun(tg, tg.norms[j]):
        return False
    return j == 0 or tg.norms[j - 1] not in tg.W.concerned


def _field_before_name(tg: Tagger, j: int, clitic: str | None) -> bool:
    """After a country's nisba, "for-the-X" is still the role's field when a name follows it
    ("the Spanish secretary of state for-the-trade NAME", "the American envoy for-the-peace
    NAME"); elsewhere it is the verb's complement ("told the journalists")."""
    if clitic is None or clitic[0] not in tg.genitives:
        return False
    end = _noun_phrase_end(tg, j + 1, allow_indefinite=False)
    return end < len(tg.norms) and tg.kind(end) is None and name_run(tg, end) is not None


def _glued_field_ministry(
    tg: Tagger, j: int, end: int, clitic: str, role_agency: str, country: str | None
) -> list[AgencyMention]:
    """The ministry a minister's field implies when a clitic + article opens it ("minister of
    state for-the-foreign affairs" → the foreign ministry), right after the role; none for a field
    no ministry has."""
    P, norms, text, role = tg.P, tg.norms, tg.texts[j], tg.hits.get(j - 1)
    if role_agency != P.ministry_head or len(text) != len(norms[j]):
        return []
    if not role or role.kind != "title" or role.end != j:
        return []  # a field right after the role, not "… and-the-X" further on
    end = next((k for k in range(j + 1, end) if tg.kind(k) == "country"), end)  # its nisba
    words = frozenset({norms[j][len(clitic) :]}) | {P.strip_definite(w) for w in norms[j + 1 : end]}
    if tg.lex.ministry_key(words) is None:
        return []
    field = P.definite_prefix + text[len(clitic) :]
    if end > j + 1:
        field += " " + tokens_text(tg, j + 1, end)
    name = P.implied_agency.format(head=role_agency, field=field)
    words |= {P.strip_definite(P.fold(role_agency))}
    return [
        AgencyMention(
            j, end, name, kind="ministry", words=words, base=name, country=country, implied=True
        )
    ]


_GLUED_PREPS: dict[int, tuple[WordLists, tuple[str, ...]]] = {}


def _glued_preps(W: WordLists) -> tuple[str, ...]:
    """The one-letter prepositions written glued to their word (genitive, parent), one tuple per
    word lists."""
    got = _GLUED_PREPS.get(id(W))
    if got is None or got[0] is not W:
        preps = tuple(sorted(p for p in W.genitive | W.parent_prep if len(p) == 1))
        got = _GLUED_PREPS[id(W)] = (W, preps)
    return got[1]


def _after_nisba(tg: Tagger, j: int) -> bool:
    """Token ``j`` follows a country's nisba, which closes a head-initial title ("the Turkish
    minister"): only a body, a country or a role may still complete it."""
    h = tg.at(j - 1, "country") if j > 0 else None
    return h is not None and h.info[1] == "nisba" and h.end == j


def _noun_phrase_end(tg: Tagger, k: int, allow_indefinite: bool = True) -> int:
    """End of a noun phrase from ``k``: up to two indefinite nouns closed by a definite word, a
    country or an agency, then definite adjectives and nisbas; ``k`` when there is none (with
    ``allow_indefinite`` off, only the adjectives)."""
    n = len(tg.norms)
    m = k
    while (
        allow_indefinite
        and m < n
        and m - k < 2
        and _plain_word(tg, m)
        and not written_definite(tg, m)
    ):
        m = _hyphened_end(tg, m)
    if not allow_indefinite:
        pass
    elif m < n and (ch := tg.at(m, "country")) is not None:
        m = ch.end
    elif (
        m < n and tg.at(m, "agency") and (ap := agency_phrase(tg, m)) is not None and not ap.anaphor
    ):
        m = ap.end
    elif m < n and _plain_word(tg, m) and written_definite(tg, m):
        m += 1
    else:
        return k
    while m < n and _continues_complement(tg, m):
        m = _past_country(tg, m)
    return m


def _hyphened_end(tg: Tagger, m: int) -> int:
    """After the word at ``m`` and the capitalised words a glued hyphen joins to it ("the
    [Indo-Pacific]", "[Asia-Pacific] Affairs"): one word, though the tokenizer splits it."""
    m += 1
    while glued_hyphen_at(tg, m) and tg.is_alpha[m + 1] and tg.texts[m - 1][:1].isupper():
        m += 2
    return m


def _past_country(tg: Tagger, k: int) -> int:
    """The token after the country hit at ``k``, or after ``k``."""
    h = tg.at(k, "country")
    return h.end if h else k + 1


def _construct_word(tg: Tagger, k: int) -> bool:
    """An indefinite word inside a construct: a plain word or a one-word agency head ("office of the
    …")."""
    h = tg.at(k, "agency")
    return not written_definite(tg, k) and (_plain_word(tg, k) or bool(h and h.end == k + 1))


def _plain_word(tg: Tagger, k: int) -> bool:
    """A word of no lexicon, no stop word, no phrase break, no personal name."""
    norm = tg.norms[k]
    return (
        tg.is_alpha[k]
        and tg.kind(k) is None
        and norm not in tg.P.stop_words
        and norm not in tg.W.phrase_break
        and norm not in tg.lex.names
    )


def _definite_adjective(tg: Tagger, j: int, country: str | None) -> _Part | None:
    """After a definite role ("the special envoy"), a definite word is an adjective when a
    complement follows it."""
    n = len(tg.norms)
    if not (_plain_word(tg, j) and written_definite(tg, j)) or j + 1 >= n:
        return None
    for rule in (_part_nisba, _part_prep, _part_glued_prep):
        if rule(tg, j + 1, country, "") is not None:
            return j + 1, country, []
    return None


def _construct(tg: Tagger, j: int, country: str | None, last_role_agency: str) -> _Part | None:
    """An indefinite role governing a construct ("director of office of the minister", "minister of
    foreign of the Emirates"): a country closing it is the official's; a portfolio implies the
    ministry."""
    n, P = len(tg.norms), tg.P
    if place_after_governor(tg, j):
        # "muhafiz Hawalli [name]", "muhafiz Dumat al-Jandal": the governorate closes the post
        m = j + 1
        if m < n and written_definite(tg, m) and _plain_word(tg, m):
            m += 1
        return m, country, []
    m = j
    while m < n and m - j < 2 and _construct_word(tg, m):
        m += 1
    if m == j or m >= n:
        return None
    ch = tg.at(m, "country")
    th = tg.at(m, "title")
    if ch and ch.info[1] == "name":
        country = country or ch.info[0]
        end = ch.end
    elif th and th.info[0] in _ROLE_CLASSES:
        end = _roles(tg, th)[1]
    else:
        end = _noun_phrase_end(tg, j)
        if end == j:
            return None
    implied: list[AgencyMention] = []
    field_words = frozenset(P.strip_definite(w) for w in tg.norms[j:m])
    if last_role_agency == P.ministry_head and tg.lex.ministry_key(field_words):
        text = P.implied_agency.format(head=last_role_agency, field=_construct_field(tg, j, m))
        words = frozenset({P.strip_definite(P.fold(last_role_agency))}) | field_words
        implied.append(
            AgencyMention(
                j, m, text, kind="ministry", words=words, base=text, country=country, implied=True
            )
        )
    return end, country, implied


def _construct_field(tg: Tagger, j: int, m: int) -> str:
    """The ministry's field read from the construct ``j:m``: a portfolio word alone names it with
    the article ("minister of foreign of the Republic of X" → "the ministry of the foreign"), the
    word after it belonging to the country's name."""
    P = tg.P
    if m - j > 1 and not tg.lex.ministry_key(frozenset({P.strip_definite(tg.norms[j])})):
        return tokens_text(tg, j, m)
    field = tokens_text(tg, j, j + 1)
    if P.definite_prefix and not written_definite(tg, j):
        field = P.definite_prefix + field
    return field


def _served_title(tg: Tagger, j: int) -> TitleMention | None:
    """ "The spokesperson on behalf of [a role's title]": a role's title right after
    "on behalf of" is the post spoken for, part of the spokesperson's title; its holder is another
    person (the name after it is the spokesperson's)."""
    th = tg.at(j, "title") if j < len(tg.norms) else None
    if th is None or th.start != j or th.info[0] != "role":
        return None
    return title_phrase(tg, j)


def _after_on_behalf(tg: Tagger, j: int) -> int:
    """Skip "on behalf of" (and the adjective before it: "the official spokesman on behalf of
    …")."""
    n, on_behalf = len(tg.norms), tg.W.on_behalf
    if (
        j + 1 < n
        and j > 0
        and written_definite(tg, j - 1)  # an indefinite head governs it: "minister of [the oil]"
        and written_definite(tg, j)
        and tg.kind(j) is None
        and tg.norms[j + 1] in on_behalf
    ):
        j += 1
    if j < n and tg.norms[j] in on_behalf:
        j += 1
    return j


def _post_country(tg: Tagger, j: int, country: str | None) -> tuple[int, str | None]:
    """A nisba and a place after the title: "the Egyptian ambassador in Libya"."""
    n = len(tg.norms)
    nisba = tg.at(j, "country") if j < n else None
    if nisba and nisba.info[1] == "nisba" and not _given_name_nisba(tg, nisba):
        country = country or nisba.info[0]
        j = nisba.end
    posted = tg.at(j + 1, "country") if j + 1 < n and tg.norms[j] in tg.posted_to else None
    # "the Yemeni prime minister [in Aden]": a city of the title's own country is where he is
    if posted and not (posted.info[1] in ("capital", "city") and posted.info[0] == country):
        j = posted.end
    return _post_modifiers(tg, j), country


_MAX_MODIFIERS = 4


def _nisba_endings(tg: Tagger) -> tuple[str, ...]:
    """A nisba's endings, masculine and feminine ("-i", "-iyya")."""
    P = tg.P
    return (P.fold(P.nisba_ending), P.fold(P.nisba_ending + P.feminine_suffix))


def _post_modifier(tg: Tagger, k: int) -> int:
    """The end of one modifier after a title at ``k`` (``k`` when none): a title adjective
    ("special"), a definite nisba-shaped adjective outside the lexicons ("the UN", "the regional"),
    or a post ("to Yemen", "to the Kingdom")."""
    n, P = len(tg.norms), tg.P
    th = tg.at(k, "title")
    if th and th.info[0] == "adjective":
        return th.end
    norm = tg.norms[k]
    if (
        tg.kind(k) is None
        and P.is_definite(norm)
        and bool(P.nisba_ending)
        and norm.endswith(_nisba_endings(tg))
        and norm not in tg.lex.names
        and not definite_given_name_closing_post(tg, k)  # "… to the Kingdom [al-Hadi] X."
        and not definite_given_name_before_bin(tg, k)  # "… to the Kingdom [al-Hadi] bin X"
    ):
        return k + 1  # "al-mufawwad al-urubbi", feminine "al-mufawwada al-urubbiyya"
    if norm in tg.posted_to and k + 1 < n:
        place = tg.at(k + 1, "country")
        if place is not None:
            return place.end
        if (
            written_definite(tg, k + 1)
            and tg.kind(k + 1) is None
            and tg.norms[k + 1] not in P.stop_words
        ):
            return k + 2
    return k


def post_end(tg: Tagger, j: int) -> int:
    """Where the modifiers after a title at ``j`` end when they hold a post ("accredited to the
    Sultanate of Oman", "to the State"); ``j`` when they hold none."""
    n = len(tg.norms)
    k, posted = j, False
    for _ in range(_MAX_MODIFIERS):
        nxt = _post_modifier(tg, k) if k < n else k
        if nxt == k:
            break
        posted = posted or tg.norms[k] in tg.posted_to
        k = nxt
    return k if posted else j


def _post_modifiers(tg: Tagger, j: int) -> int:
    """Modifiers after a head-initial title, as far as a name follows them ("the UN special envoy
    to Yemen Hans …", "the ambassador of Japan to the Kingdom Shinsuke …"); none when no name
    follows (a definite word there may be the official's family name)."""
    n = len(tg.norms)
    k = best = j
    for _ in range(_MAX_MODIFIERS):
        nxt = _post_modifier(tg, k) if k < n else k
        if nxt == k:
            break
        k = nxt
        m = skip_commas_and_ranks(tg, k, n)
        if m < n and name_like(tg, m, 0):
            best = k
    return best


def _governed_agencies(tg: Tagger, ag: AgencyMention) -> tuple[int, list[AgencyMention]]:
    """The agency a title governs, and its parent after a preposition ("the council of ministers in
    the government of …")."""
    n = len(tg.norms)
    j = ag.end
    if j + 1 < n and tg.norms[j] in tg.W.parent_prep and tg.at(j + 1, "agency"):
        parent = agency_phrase(tg, j + 1)
        if parent and not parent.anaphor:
            return parent.end, [replace(ag, parent=parent), parent]
    return j, [ag]


def _continues_complement(tg: Tagger, k: int) -> bool:
    """Token ``k`` continues a governed noun: a definite adjective, a nisba, a coordinated or
    prepositional part."""
    n, W = len(tg.norms), tg.W
    norm = tg.norms[k]
    if written_definite(tg, k) and tg.kind(k) is None and norm not in tg.P.stop_words:
        return True
    ch = tg.at(k, "country")
    if ch and ch.info[1] == "nisba":
        return True
    if tg.kind(k) is None and norm.startswith(tuple(W.complement_clitic)) and len(norm) > 4:
        return True
    if _and_verbal_noun(tg, k) or _and_field_head(tg, k):
        return True
    if k > 0 and _and_field_head(tg, k - 1):
        return True  # the field noun after that "and"
    if _and_construct(tg, k) or (
        k > 0 and tg.norms[k - 1] in tg.conjunctions and _and_construct(tg, k - 1)
    ):
        return True
    return (
        norm in tg.conjunctions
        and k + 1 < n
        and (written_definite(tg, k + 1) or tg.kind(k + 1) == "country")
    )


def _and_field_head(tg: Tagger, k: int) -> bool:
    """ "and" (a token of its own after the clitic split) + a ``field_head`` (a body head that is
    also a field's verbal noun) governing a plain definite noun: the next field of a portfolio
    ("minister of transport and [management] of-the-ports"), no second body."""
    n, m = len(tg.norms), k + 1
    if tg.norms[k] not in tg.conjunctions or m + 1 >= n or tg.kind(m) not in (None, "agency"):
        return False
    nxt = m + 1
    return (
        tg.norms[m] in tg.W.field_head
        and written_definite(tg, nxt)
        and tg.kind(nxt) is None
        and tg.norms[nxt] not in tg.P.stop_words
    )


def _and_construct(tg: Tagger, k: int) -> bool:
    """ "and" (glued, or a token of its own after the clitic split) + an indefinite noun of a
    field's shape governing a plain definite noun, then the holder's name: the next field of a
    portfolio in construct ("minister of communications [and-technology] of-the-information
    Salim …"), as a ministry's own name reads it."""
    end = _construct_field_end(tg, k)
    if end is None or not _holder_after(tg, end):
        return False
    noun = end - 2
    norm = tg.norms[noun]
    rest = norm if noun > k else norm[1:]
    return field_shaped(tg, rest)


def _construct_field_end(tg: Tagger, k: int) -> int | None:
    """After "and" at ``k`` (glued, or a token of its own after the clitic split), an indefinite
    noun and the plain definite noun it governs ("and-change of the-climate"), no listed name
    among them: the token after the definite noun; else None."""
    n, norm = len(tg.norms), tg.norms[k]
    if norm in tg.conjunctions:
        noun, rest = k + 1, tg.norms[k + 1] if k + 1 < n else ""
    elif norm.startswith(glued_ands(tg.conjunctions)):
        noun, rest = k, norm[1:]
    else:
        return None
    gov = noun + 1
    if gov >= n or len(rest) < 3 or tg.is_definite(rest) or tg.kind(noun) not in (None, "cue"):
        return None
    if {norm, rest, tg.norms[gov]} & tg.lex.names or tg.norms[gov] in tg.P.stop_words:
        return None
    return gov + 1 if written_definite(tg, gov) and tg.kind(gov) is None else None


def _holder_after(tg: Tagger, m: int) -> bool:
    """A listed given name at ``m``, past the nisbas of a country: the title's holder follows
    (a word after a portfolio that is no name is as often a name's first word outside the
    list: "and-Wasila" + a family name)."""
    n = len(tg.norms)
    while m < n and (h := tg.at(m, "country")) is not None and h.info[1] == "nisba":
        m = h.end
    return m < n and known_name(tg, m)


def _and_verbal_noun(tg: Tagger, k: int) -> bool:
    """ "and" glued to a verbal noun that governs a definite word continues a portfolio ("minister
    of trade, industry [and-promotion] of-the-investment")."""
    n = len(tg.norms)
    if (
        tg.kind(k) is not None
        or k + 1 >= n
        or not written_definite(tg, k + 1)
        or tg.kind(k + 1) is not None
    ):
        return False
    return and_verbal_noun(tg, tg.norms[k])


def _adjectives_end(tg: Tagger, j: int) -> int:
    """How far the governed noun's adjectives reach: as far as a name can still follow
    ("the governor of the central bank Hani …", but not "the head of the government Serraj")."""
    n = len(tg.norms)
    k = best = j
    while k < n and _continues_complement(tg, k):
        k = _past_country(tg, k)
        m = skip_commas_and_ranks(tg, k, n)
        if m < n and _given_name_with_article(tg, m):
            best = k
            break
        if m < n and (name_like(tg, m, 0) or _country_post_at(tg, m) or _body_post_at(tg, m)):
            best = k
    last = tg.at(best - 1, "country") if best > j else None
    if last:
        best = last.start  # the nisba is read by the caller
    return best


def _country_post_at(tg: Tagger, m: int) -> bool:
    """Token ``m`` is "in/at" + a country's name: the post's country closes the title after the
    field's adjectives ("minister of higher education in the Republic of X", "… of national
    economy in X NAME"), the name may follow it."""
    W, n = tg.W, len(tg.norms)
    if m + 1 >= n or tg.norms[m] not in W.parent_prep:
        return False
    ch = tg.at(m + 1, "country")
    if ch is None:
        last = tg.hits.get(_noun_phrase_end(tg, m + 1) - 1)  # "the Republic of X"
        ch = last if last is not None and last.kind == "country" else None
    return ch is not None and ch.info[1] == "name"


def _body_post_at(tg: Tagger, m: int) -> bool:
    """Token ``m`` is "in/at" + a body, a name right after it: the body places the post after
    the field's adjectives ("the official of the affairs the humanitarian in the office NAME"),
    which belong to the title."""
    if m + 1 >= len(tg.norms) or tg.norms[m] not in tg.W.parent_prep:
        return False
    ag = agency_phrase(tg, m + 1)
    return ag is not None and name_like(tg, ag.end, 0)


def _given_name_with_article(tg: Tagger, m: int) -> bool:
    """A given name written with the article after a nisba, a name word after it ("the Libyan
    foreign minister al-Tahir Salim …", "al-Habib", "al-Mukhtar"): the title closed at its
    nisba, the name starts there."""
    h = tg.at(m - 1, "country") if m > 0 else None
    if h is None or h.info[1] != "nisba" or h.end != m or tg.kind(m) is not None:
        return False
    if not written_definite(tg, m) or tg.P.strip_definite(tg.norms[m]) not in tg.lex.names:
        return False
    return m + 1 < len(tg.norms) and name_like(tg, m + 1, 1) and tg.kind(m + 1) is None


def _governed_noun(
    tg: Tagger, j: int, country: str | None, last_role_agency: str
) -> tuple[int, str | None, list[AgencyMention]]:
    """A governed definite noun and its adjectives; a role with an agency head implies "<head>
    <noun>"."""
    n, field_at = len(tg.norms), j
    j = _adjectives_end(tg, j + 1)
    nisba = tg.at(j, "country") if j < n else None
    if nisba and nisba.info[1] == "nisba":
        country = nisba.info[0]
        j = nisba.end
    else:
        nisba = None
        country = country or _inner_nisba(tg, field_at + 1, j)
    if not last_role_agency:
        return j, country, []
    implied = implied_by_role(tg, field_at, last_role_agency, country)
    if (
        nisba is None
        and implied.kind == "ministry"
        and _portfolio_goes_on(tg, field_at, j, implied.end)
    ):
        # the portfolio read further than the adjectives ("minister of the affairs the foreign"),
        # and a nisba after it is the title's country
        j, after = implied.end, tg.at(implied.end, "country") if implied.end < n else None
        if after is not None and after.info[1] == "nisba":
            country, j = after.info[0], after.end
            implied = implied_by_role(tg, field_at, last_role_agency, country)
    if nisba is None and implied.kind == "ministry" and _country_in_after(tg, implied.end, j):
        # "minister of the economy the-national in the Republic of X": the portfolio's adjectives
        # reach the place that gives its country
        j = implied.end
    if implied.kind == "ministry" or implied.end < j:
        return j, country, [implied]
    # "director of the international cooperation in-the general directorate …": a parent body
    # closes the field (no name inside it)
    end, governed = _governed_agencies(tg, implied)
    return (end, country, governed) if end > implied.end else (j, country, [implied])


def _inner_nisba(tg: Tagger, start: int, end: int) -> str | None:
    """A country nisba with the article among a governed noun's adjectives that read on past it
    ("minister of the foreign the-Egyptian [the-former]", "… the-Egyptian for-the-affairs the-
    African"): the title's country, as when it closes them."""
    for k in range(start, end):
        h = tg.at(k, "country")
        if h is not None and h.start == k and h.info[1] == "nisba" and written_definite(tg, k):
            return str(h.info[0])
    return None


def _country_in_after(tg: Tagger, end: int, j: int) -> bool:
    """A portfolio read past ``j`` to ``end`` is followed by "in" and a country's name (its
    formal name's stop word before it: "in the Republic of X")."""
    n = len(tg.norms)
    if end <= j or end + 1 >= n or tg.norms[end] not in tg.W.parent_prep:
        return False
    h = tg.at(end + 1, "country")
    if h is None and end + 2 < n and tg.norms[end + 1] in tg.lex.stopwords:
        h = tg.at(end + 2, "country")
    return h is not None and h.info[1] == "name"


def _portfolio_goes_on(tg: Tagger, start: int, j: int, end: int) -> bool:
    """The words ``start:end`` name a ministry's portfolio and the words ``start:j`` do not yet
    ("the affairs | the foreign"): the portfolio reads on past ``j``."""
    if end <= j:
        return False

    def words(stop: int) -> frozenset[str]:
        return frozenset(tg.P.strip_definite(w) for w in tg.norms[start:stop])

    return tg.lex.ministry_key(words(j)) is None and tg.lex.ministry_key(words(end)) is not None


# ---------------------------------------------------------------- head-final
def _complement_head_final(
    tg: Tagger, j: int, start: int, h: Hit, country: str | None, last_role_agency: str
) -> tuple[int, str | None, list[AgencyMention]]:
    W, P = tg.W, tg.P
    served = _served_post_end(tg, j, h) or _posted_to_host_state(tg, j)
    if served:
        return served, country, []
    joined = _joined_portfolio(tg, j, country, last_role_agency)
    if joined is not None:
        return (*_more_fields(tg, joined[0], joined[1], h), joined[2])
    of = _of_complement_posted(tg, j, country, last_role_agency)
    if of is not None:
        field = frozenset(tg.norms[j : of[0]])
        if (
            of[2]
            or not last_role_agency
            or len(last_role_agency.split()) == 1
            or tg.lex.ministry_key(field)
            or _other_governments_post(tg, j, h)
        ):
            # "Secretary of State for Foreign Affairs": the field names the department; more
            # fields may follow ("Under Secretary for Economic Growth, Energy, and the Environment")
            return (*_more_fields(tg, of[0], of[1], h), of[2])
        # "Foreign Minister of Egypt", "Deputy Foreign Minister for Political Affairs": the role's
        # own agency, of the country the complement names
        j, country = of[0], of[1]
    fields_start = j
    j, country = _more_fields(tg, j, country, h)
    if not last_role_agency or len(last_role_agency.split()) == 1:
        return (
            j,
            country,
            [],
        )  # a head alone ("Minister" → "Ministry") names no agency without its field
    text = _with_more_fields(tg, last_role_agency, fields_start, j)
    demonym = tokens_text(tg, start, h.start) if start < h.start else _demonym(tg.lex.lang, country)
    aliases = (f"{demonym} {text}",) if country and demonym else ()
    words = frozenset(
        w.casefold() for w in text.split() if w.casefold() not in tg.genitives | W.article
    )
    kind = tg.lex.agencies.get(P.fold(text)) or (
        "ministry" if P.ministry_head in text else "agency"
    )
    return (
        j,
        country,
        [
            AgencyMention(
                h.start,
                h.end,
                text,
                kind=kind,
                words=words,
                base=text,
                country=country,
                implied=True,
                aliases=aliases,
            )
        ],
    )


def _other_governments_post(tg: Tagger, j: int, h: Hit) -> bool:
    """ "Secretary of State for Tourism": a post one government styles for its own department
    with a "for" field after it is another government's junior minister, not that department."""
    return h.info[3] == UNIQUE_TITLE and tg.norms[j] in tg.W.served_prep


def _joined_portfolio(
    tg: Tagger, j: int, country: str | None, last_role_agency: str
) -> tuple[int, str | None, list[AgencyMention]] | None:
    """ "Minister of State and Foreign Affairs": a minister's post joined by "and" to a portfolio
    is that portfolio's minister (its ministry, of the country after it)."""
    n = len(tg.norms)
    if last_role_agency != tg.P.ministry_head or j + 1 >= n or tg.norms[j] not in tg.conjunctions:
        return None
    if not tg.texts[j + 1][:1].isupper() or tg.at(j + 1, "title") is not None:
        return None
    end, agencies = _of_field(tg, tg.doc, j + 1, country, last_role_agency)
    return _field_country(tg, end, country, agencies) if agencies else None


def _served_post_end(tg: Tagger, j: int, h: Hit) -> int:
    """ "Spokesperson for the Secretary-General", "Adviser to the President": a role with no agency
    of its own serving a post of one holder: that post is part of the title, its holder is
    another person (the name after it is the spokesperson's); 0 when none follows."""
    n = len(tg.norms)
    if h.info[1] or j + 2 >= n or tg.norms[j] not in tg.W.served_prep:
        return 0
    if tg.norms[j + 1] not in tg.W.article:
        return 0
    th = tg.at(j + 2, "title")
    if th is None or th.start != j + 2 or th.info[0] != "role" or th.info[3] != UNIQUE_TITLE:
        return 0
    return th.end


def _posted_to_host_state(tg: Tagger, j: int) -> int:
    """Cased: "Ambassador to the Kingdom X Y": "to", the article and one capitalised word of no
    lexicon (the host state's form, named by the article's dateline: "the Kingdom", "the
    Sultanate") before a name are the post abroad; the name is the holder's. 0 when none."""
    n, W = len(tg.norms), tg.W
    if not tg.P.cased or j + 3 >= n:
        return 0
    if tg.norms[j] not in tg.posted_to - W.parent_prep - tg.genitives:
        return 0
    if tg.norms[j + 1] not in W.article or not tg.texts[j + 2][:1].isupper():
        return 0
    if not tg.is_alpha[j + 2] or tg.kind(j + 2) is not None or tg.norms[j + 2] in tg.stop_words:
        return 0
    return j + 3 if name_like(tg, j + 3, 0) and tg.kind(j + 3) is None else 0


def _with_more_fields(tg: Tagger, agency: str, k: int, j: int) -> str:
    """ "Minister of Foreign Affairs and Expatriates X": the fields listed after the role's own
    "Ministry of <field>" are the ministry's too ("Ministry of Foreign Affairs and Expatriates")."""
    words = agency.split()
    if j <= k or words[0] != tg.P.ministry_head or not set(words) & tg.genitives:
        return agency
    end = _fields_end(tg, k)
    if end <= k or end > j:
        return agency
    more = tokens_text(tg, k, end)
    return agency + more if more[:1] in COMMAS else f"{agency} {more}"


@functools.cache
def _demonyms(lang: str) -> dict[str, str]:
    """Each country's first demonym (or nisba) form of the language's country table."""
    lex = load_lexicon(lang)
    P = load_profile(lang)
    out: dict[str, str] = {}
    for key, (iso, kind) in lex.countries.items():
        adjective = P.fold(lex.surface[key]) in P.words.country_adjective
        if kind in ("demonym", "nisba") or (kind == "name" and adjective):
            if adjective:  # a name that is its own adjective too ("New Zealand")
                out[iso] = lex.surface[key]  # "Finnish", not the noun "Finn"
            else:
                out.setdefault(iso, lex.surface[key])
    return out


def _demonym(lang: str, iso: str | None) -> str | None:
    """ "Indonesian" for IDN: the constructed name of a ministry whose country the title gives
    after its head ("Minister of Foreign Affairs of Indonesia")."""
    return _demonyms(lang).get(iso) if iso else None


def country_demonym(lang: str, iso: str | None) -> str | None:
    """The language's first demonym of a country ("Jordanian" for JOR), None when none."""
    return _demonym(lang, iso)


def _of_complement(
    tg: Tagger, j: int, country: str | None, last_role_agency: str
) -> tuple[int, str | None, list[AgencyMention]] | None:
    """ "of|for|to [the]" + an agency ("Speaker of the National Assembly"), a country ("Ambassador
    to Egypt": the post, not the nationality) or capitalised words (the field)."""
    doc, n, W = tg.doc, len(tg.norms), tg.W
    # "her counterpart from Mexico": a nationality preposition too
    if j + 1 >= n:
        return None  # the title ends the text: no preposition after it
    prep = _title_prep(tg, j)
    if prep not in tg.genitives | tg.posted_to | W.nationality_prep:
        return None
    k = j + 2 if tg.norms[j + 1] in W.article and j + 2 < n else j + 1
    if not tg.texts[k][:1].isupper():
        return None
    ag = _agency_from(tg, k)
    if ag is not None and ag.end < n and tg.texts[ag.end] in W.possessive_marker:
        return None  # "thanked the Secretary General for the GCC's leadership"
    if ag is not None:
        parent = _of_parent_body(tg, ag)
        if parent is not None:  # "Director of the Asia Department of the Ministry of X"
            return parent.end, country or ag.country, [replace(ag, parent=parent), parent]
        if prep in tg.posted_to and ag.end < n and tg.norms[ag.end] in W.body_end:
            return ag.end + 1, country, []  # "Director for [ASEAN] Affairs": a field, no body
        return ag.end, country or ag.country, [ag]
    ch = tg.at(k, "country")
    if ch and ch.end < n and tg.texts[ch.end] in W.possessive_marker:
        return None  # "thanked the Foreign Minister for Egypt's mediation"
    if ch and _nisba_of_next_title(tg, ch):
        return None  # "a message to the Egyptian President from the Malian President": another's
    if ch and (body_end := _country_modified_body(tg, k, ch)) > ch.end:
        return body_end, country or ch.info[0], []  # "Chairman of the Ruritania Bank for …"
    if ch:
        # "Ambassador of Indonesia" is Indonesian; a post ("Special Representative for Yemen",
        # "Ambassador to Egypt") is no nationality
        mine = ch.info[0] if tg.norms[j] in W.nationality_prep and ch.info[1] == "name" else None
        return ch.end, country or mine, []
    if prep in tg.genitives and not tg.hits.get(k):
        end, agencies = _of_field(tg, doc, k, country, last_role_agency)
        return _field_country(tg, end, country, agencies)
    return None


def _nisba_of_next_title(tg: Tagger, ch: Hit) -> bool:
    """A nisba (a demonym) after the preposition is an adjective of a role right after it ("… from
    the Malian President"): that is another person's title, no complement of this one."""
    if ch.info[1] == "name" or ch.end >= len(tg.norms):
        return False
    h = tg.at(ch.end, "title")
    return h is not None and h.start == ch.end and h.info[0] in ("role", "modifier", "rank")


def _country_modified_body(tg: Tagger, k: int, ch: Hit) -> int:
    """ "Chairman of the Ruritania Bank for …", "of the Ruritania Leather and Footwear Union": in a
    cased language, an article before a one-word country name that takes none (not plural, not an
    abbreviation: "the Philippines", "the UAE" take it) belongs to the noun after the name, the
    country its modifier: the capitalised words after it are the body's name (its field), not a
    holder's; their end, else ``ch.end``."""
    n, W = len(tg.norms), tg.W
    e = ch.end
    if not tg.P.cased or k == 0 or tg.norms[k - 1] not in W.article or e != k + 1:
        return e
    word = tg.texts[k]
    if word.isupper() or word.endswith(tuple(W.plural_ending)) or _takes_article(tg, k):
        return e
    second = tg.at(e + 1, "country") if glued_hyphen_at(tg, e) else None
    if second is not None:  # "the X-Y Friendship Committee", two demonyms: two countries' body
        e = second.end
    if e >= n or not tg.texts[e][:1].isupper() or tg.hits.get(e) or _name_starts(tg, e):
        return e
    m = e
    while m < n and not tg.hits.get(m):
        if tg.texts[m][:1].isupper():
            m += 1
        elif m + 1 < n and tg.norms[m] in tg.conjunctions and _field_word(tg, m + 1):
            m += 1  # "Leather and Footwear Union"
        else:
            break
    return m


def _takes_article(tg: Tagger, k: int) -> bool:
    """The country name at ``k`` takes the article in its usual form: the lexicon has a longer name
    of the country ending with the article and this name ("Republic of the X", "Commonwealth of
    the X")."""
    tail = " the " + tg.norms[k]
    return any(form.endswith(tail) for form in tg.lex.countries)


def _of_complement_posted(
    tg: Tagger, j: int, country: str | None, last_role_agency: str
) -> tuple[int, str | None, list[AgencyMention]] | None:
    """:func:`_of_complement`, and a post abroad after a country it read (:func:`_posted_after`)."""
    of = _of_complement(tg, j, country, last_role_agency)
    if of is None or of[2]:
        return of
    return _posted_after(tg, of[0]), of[1], of[2]


def _posted_after(tg: Tagger, e: int) -> int:
    """ "Ambassador of Japan [to Egypt]": after a complement that named the holder's country, the
    post's preposition and a country's name are the post abroad, part of the title (its country
    stays the first); ``e`` when none follows."""
    n, W = len(tg.norms), tg.W
    if e + 1 >= n or tg.norms[e] not in tg.posted_to - W.parent_prep - tg.genitives:
        return e
    before = tg.hits.get(e - 1)
    if before is None or before.kind != "country" or before.end != e:
        return e  # the complement closes with a country's name, one word or more (of the X of Y)
    k = e + 2 if tg.norms[e + 1] in W.article and e + 2 < n else e + 1
    ch = tg.at(k, "country")
    if ch is None or ch.start != k or ch.info[1] != "name":
        return e
    if ch.end < n and tg.texts[ch.end] in W.possessive_marker:
        return e  # "the Ambassador of Japan to Egypt's mission": another phrase
    return ch.end


def _title_prep(tg: Tagger, j: int) -> str:
    """The preposition at ``j`` after a role as the lists write it: its text, or its lower-case
    form in a title written all in capitals (a transcript's "SECRETARY OF FOREIGN AFFAIRS X:")."""
    text = tg.texts[j]
    if j > 0 and text.isupper() and tg.texts[j - 1].isupper():
        return tg.norms[j]
    return text


def _field_country(
    tg: Tagger, end: int, country: str | None, agencies: list[AgencyMention]
) -> tuple[int, str | None, list[AgencyMention]]:
    """ "Minister for Foreign Affairs [of Egypt]": a country after the field is the title's and
    its ministry's (the nationality preposition before a country's name, not a capital)."""
    n = len(tg.norms)
    # "… of the Republic of Kenya": the article before a country's long name
    k = end + 2 if end + 2 < n and tg.norms[end + 1] in tg.W.article else end + 1
    ch = tg.at(k, "country") if k < n and tg.norms[end] in tg.W.nationality_prep else None
    if country is not None or ch is None or ch.info[1] != "name":
        return end, country, agencies
    if ch.end < n and tg.texts[ch.end] in tg.W.possessive_marker:
        return end, country, agencies  # "thanked the Minister for Trade of Egypt's mission"
    mine = ch.info[0]
    demonym = _demonym(tg.lex.lang, mine)
    return (
        ch.end,
        mine,
        [
            replace(
                a, country=mine, aliases=a.aliases + ((f"{demonym} {a.text}",) if demonym else ())
            )
            for a in agencies
        ],
    )


def _joined_name_word(tg: Tagger, m: int, k: int) -> bool:
    """A conjunction at ``m`` between two capitalised words of a body's name read from ``k`` ("the
    Lakes and Rivers Department"): the name goes on past it (the head must still start no later
    than ``k``)."""
    n = len(tg.norms)
    return (
        k < m < n - 1
        and tg.texts[m] in tg.W.conjunction
        and tg.texts[m - 1][:1].isupper()
        and tg.texts[m + 1][:1].isupper()
    )


def _agency_from(tg: Tagger, k: int) -> AgencyMention | None:
    """The agency phrase that starts at ``k`` (its head a few capitalised words on)."""
    n = len(tg.norms)
    m, words = k, 0
    # a lower-case head after capitalised modifiers ("the Americas department") is the head too
    while (
        m < n
        and words < 5
        and (
            tg.texts[m][:1].isupper()
            or _lower_head_at(tg, m, k)
            or collective_owner(tg, m)
            or _lower_portfolio_at(tg, m, k)
            or _joined_name_word(tg, m, k)
        )
    ):  # "the National People's Congress": its possessive is inside its name
        if tg.at(m, "agency"):
            ag = agency_phrase(tg, m)
            if ag is None or ag.anaphor or ag.start > k:
                return None
            ag = _enclosing_body(tg, k, ag.end) or ag
            # "director of the Department of Commerce's Bureau of X": the sub-body's
            return possessed_body(tg, ag) or ag
        if tg.hits.get(m) and tg.hits[m].kind != "country":
            return None
        # a country's name is one word, however many tokens (a body "X-Y Z" after two countries)
        ch, words = tg.at(m, "country"), words + 1
        m = ch.end if ch is not None else m + 1
        hyphen = m + 1 < n and tg.texts[m] == "-" and tg.texts[m + 1][:1].isupper()
        m += 1 if hyphen else 0  # "Anti-Narcotics Directorate"
    return None


def _enclosing_body(tg: Tagger, k: int, e: int) -> AgencyMention | None:
    """A body whose name opens with the one read from ``k`` to ``e`` ("United Nations Assistance
    Mission for Iraq" after "United Nations"): its head a few capitalised words on."""
    for q in range(e, min(e + 4, len(tg.norms))):
        if tg.at(q, "agency"):
            ag = agency_phrase(tg, q)
            return ag if ag is not None and not ag.anaphor and ag.start <= k else None
        if not tg.texts[q][:1].isupper() or tg.hits.get(q):
            return None
    return None


def _lower_portfolio_at(tg: Tagger, m: int, k: int) -> bool:
    """In a cased language, the possessive after a country read from ``k``, or a lower-case word
    right before a lower-case agency head ("for Egypt's foreign ministry")."""
    if not tg.P.cased or m <= k:
        return False
    if tg.texts[m] in tg.W.possessive_marker:
        return tg.at(m - 1, "country") is not None
    return m + 1 < len(tg.norms) and _lower_head_at(tg, m + 1, k)


def _lower_head_at(tg: Tagger, m: int, k: int) -> bool:
    """An agency head that stands lower-case (``lower_head``) after capitalised words from ``k``."""
    return m > k and tg.at(m, "agency") is not None and tg.norms[m] in tg.W.lower_head


def _field_word(tg: Tagger, m: int, listed: bool = False) -> bool:
    """A capitalised word of a field (a demonym or a body's name too, inside a list of fields:
    "Minister of Trade, African Union and Integration")."""
    h = tg.hits.get(m)
    return (
        m < len(tg.norms)
        and tg.texts[m][:1].isupper()
        and (not h or (listed and h.kind in ("country", "agency")))
    )


def _more_fields(tg: Tagger, j: int, country: str | None, h: Hit) -> tuple[int, str | None]:
    """ ", Emigration and Egyptian Expatriates" after "Minister of Foreign Affairs": more fields of
    the same title, read only when the holder's name follows them, also after the title's country
    and honorifics ("… Expatriates of the Arab Republic of Egypt, H.E. Mr. Karim …"); a plural
    role has a list of countries and names after it, no fields ("the Foreign Ministers of X, Y
    and Z, A, B and C")."""
    n, W = len(tg.norms), tg.W
    if any(tg.norms[q] in tg.plural_titles for q in range(h.start, h.end)):
        return j, country
    m = _fields_end(tg, j)
    mine = None
    if j < m < n - 1 and tg.norms[m] in W.nationality_prep:
        mine = country_named_at(tg, m + 1)
        ch = tg.at(m + 2 if tg.norms[m + 1] in W.article else m + 1, "country")
        if mine is not None and ch is not None:
            m = ch.end
            if m >= n or tg.texts[m] in COMMAS or tg.is_punct[m]:
                return m, country or mine  # "X, Minister of A, B and C of Egypt, and …"
    set_off = j < m < n and tg.texts[m] in COMMAS
    if set_off:
        m = skip_commas_and_ranks(tg, m, n)
    if m > j and m < n and (_holder_at(tg, m) or set_off and _set_off_name(tg, m)):
        return m, country or mine
    if m > j and (k := skip_commas_and_ranks(tg, m, n)) > m and k < n and _name_starts(tg, k):
        return m, country or mine  # "…, Emigration and Egyptian Expatriates Dr. X": an honorific
    return j, country


def _set_off_name(tg: Tagger, m: int) -> bool:
    """A name of two words or more set off by commas after the fields ("…, Cooperation and
    Mauritanians Abroad, Sidi Ould Cheikh, said"), its first word outside the name list too."""
    nm = name_run(tg, m)
    return (
        nm is not None
        and nm.end - nm.start >= 2
        and nm.end < len(tg.texts)
        and (tg.texts[nm.end] in COMMAS or tg.is_punct[nm.end])
    )


def _ends_with_country(tg: Tagger, j: int) -> bool:
    """The title ends with its country ("Ambassador of Vietnam"): a comma after it closes the
    title; what follows is no field of it ("…, and Camila Soto, Minister of …") unless it lists
    more countries ("Director for Egypt, Yemen and Djibouti")."""
    h = tg.hits.get(j - 1) if j > 0 else None
    if h is not None and h.kind == "country" and h.end == j:
        return True
    # "… of the Ruritania Leather and Footwear Union, and X Y, …": a body the country names
    for q in range(j - 2, max(j - 8, 0) - 1, -1):
        c = tg.hits.get(q)
        if c is not None:
            return c.kind == "country" and c.start == q and _country_modified_body(tg, q, c) == j
    return False


def _fields_end(tg: Tagger, j: int) -> int:
    """The end of the fields listed from ``j`` after a title's first field (", Emigration and
    Egyptian Expatriates"); ``j`` when none is."""
    n = len(tg.norms)
    m = j
    while (
        m + 1 < n
        and (tg.texts[m] in COMMAS or tg.norms[m] in tg.conjunctions)
        and _field_word(tg, _list_next(tg, m + 1), listed=True)
        and not (tg.P.cased and _name_starts(tg, _list_next(tg, m + 1)))  # ", and X Y, Minister"
        and (tg.norms[m] in tg.conjunctions or _list_closes(tg, m + 1))
        and not (
            m == j and _ends_with_country(tg, j) and not tg.at(_list_next(tg, m + 1), "country")
        )
    ):
        m = _list_next(tg, m + 1)
        while m < n and _field_word(tg, m, listed=True) and not _holder_at(tg, m):
            m = tg.hits[m].end if m in tg.hits else m + 1
    return m


def _holder_at(tg: Tagger, m: int) -> bool:
    """The holder's name starts at ``m`` inside a list of fields: a listed name, or two name words
    or more of no lexicon after the list's last portfolio word ("…, Fisheries and Parks X Y Z")."""
    return _name_starts(tg, m) or _holder_after_portfolio(tg, m)


def _list_next(tg: Tagger, k: int) -> int:
    """The next field of a list after its comma: past "and" and an article (", and the
    Environment")."""
    n, W = len(tg.norms), tg.W
    if k + 1 < n and tg.norms[k] in tg.conjunctions and tg.norms[k - 1] not in tg.conjunctions:
        k += 1
    if k + 1 < n and tg.norms[k] in W.article:
        k += 1
    return k


def _name_starts(tg: Tagger, m: int) -> bool:
    """A known personal name followed by another name word (an initial between them too: "Daniel
    K. Brandt"), or (cased) any capitalised word followed by a lower-case patronymic particle and a
    name word ("Noura bint Ali"), or a family name written first before a name word ("Zhou
    Wenbo"), or a peer's style before a name word ("Minister for X Lord Y"): the field has
    ended, the holder's name begins."""
    if known_name(tg, m) or _family_first_at(tg, m):
        nxt = m + 2 if m + 2 < len(tg.norms) and initial_at(tg, m + 1) else m + 1
        if name_like(tg, nxt, 1) or _hyphened_given_name(tg, m):
            return True
    if tg.P.cased and tg.norms[m] in tg.W.peerage and tg.texts[m][:1].isupper():
        return name_like(tg, m + 1, 1)
    return _before_particle(tg, m)


def _hyphened_given_name(tg: Tagger, m: int) -> bool:
    """A listed given name glued by a hyphen to a capitalised word of no lexicon, and a name word
    after the pair ("Marie-Claire X", "Jean-Marc X"): a compound given name, the holder's name
    begins (no field of a title is so written)."""
    return (
        glued_hyphen_at(tg, m + 1)
        and m + 3 < len(tg.norms)
        and (m + 2) not in tg.hits
        and name_like(tg, m + 3, 2)
    )


def _family_first_at(tg: Tagger, m: int) -> bool:
    """Cased: a capitalised family name that East Asian names put first ("Zhou", "Park"), of no
    lexicon."""
    return (
        tg.P.cased
        and m not in tg.hits
        and tg.texts[m][:1].isupper()
        and tg.norms[m] in tg.W.family_first
    )


def _before_particle(tg: Tagger, m: int) -> bool:
    """Cased: an unlisted capitalised word, then a name particle written in lower case and a name
    word: a person's name in its chain ("X bin Y", "X ould Y")."""
    return (
        tg.P.cased
        and m + 2 < len(tg.norms)
        and m not in tg.hits
        and tg.texts[m][:1].isupper()
        and lower_particle(tg, m + 1)
        and name_like(tg, m + 2, 2)
    )


def _portfolio_closed(tg: Tagger, doc: Doc, k: int, m: int) -> bool:
    """ "Minister for Foreign Affairs Masataka Okano": the words from ``k`` name a portfolio and the
    word at ``m`` is no portfolio word, so the holder's name starts there (a given name outside the
    name list too)."""
    if not tg.is_alpha[m - 1] or tg.norms[m - 1] in tg.conjunctions:
        return False  # inside a list of fields ("Foreign, Commonwealth and Development Affairs")
    words = frozenset(tg.norms[k:m])
    known = _portfolio_words(tg.lex.lang)
    if tg.norms[m] in known:
        return False
    if tg.lex.ministry_key(words) is not None and words <= known:
        return True
    if not (m + 1 < len(tg.norms) and tg.texts[m + 1][:1].isupper() and tg.kind(m + 1) is None):
        return False  # past a list of fields, a name of two words at least
    if _opens_only(tg, m - 1) and not known_name(tg, m):
        return False  # "Labour and Social [Security]": a word opening a longer portfolio goes on
    if m - 2 >= k and _opens_only(tg, m - 2) and tg.norms[m - 1] not in known:
        return True  # "… and Social Security [X]": one more word ends that portfolio
    for j in range(k, m):  # the portfolio closing the field: "Europe and Foreign Affairs"
        words = frozenset(w for w in tg.norms[j:m] if w not in tg.conjunctions)
        if tg.lex.ministry_key(words) is not None and words <= known:
            return True
    return False


def _head_after_field(tg: Tagger, k: int, m: int) -> tuple[int, list[AgencyMention]] | None:
    """Cased: the capitalised words of a field end at a one-word agency head ("Chairman of the
    Majlis National Security and Foreign Policy [Committee]") with a name of two words or more
    right after it: the field is the body's name, the head ends the title, the holder follows.
    The head's end and the body its reader finds there (its modifiers inside the field), None
    when it is not so."""
    if not tg.P.cased or m <= k or m >= len(tg.norms):
        return None
    ah = tg.at(m, "agency")
    if ah is None or ah.start != m or ah.end != m + 1 or not tg.texts[m][:1].isupper():
        return None
    nm = name_run(tg, ah.end)
    if nm is None or nm.start != ah.end or nm.end - nm.start < 2:
        return None
    ag = agency_phrase(tg, m)
    return ah.end, [ag] if ag is not None and k <= ag.start and ag.end == ah.end else []


def _holder_after_portfolio(tg: Tagger, m: int) -> bool:
    """Cased: after a portfolio word ("… and Rural Affairs", "for the Interior"), two name words
    or more of no lexicon, none a portfolio word, that end the phrase (a lower-case word, a
    punctuation mark): the holder's name, outside the name list too ("… Affairs Giulia Ferraresi
    met"); a field's words go on no further after it than its portfolio word."""
    if not (tg.P.cased and tg.norms[m - 1] in _portfolio_last_words(tg.lex.lang)):
        return False
    if not tg.texts[m - 1][:1].isupper() or (m - 1) in tg.hits and tg.hits[m - 1].kind == "title":
        return False
    nm = name_run(tg, m)
    if nm is None or nm.start != m or nm.end - m < 2:
        return False
    known = _portfolio_words(tg.lex.lang)
    if any(q in tg.hits or tg.norms[q] in known for q in range(m, nm.end)):
        return False
    if any(_name_starts(tg, q) for q in range(m + 1, nm.end)):
        return False  # "… International [Partnerships] Jonas Lindberg": the listed name opens it
    e = nm.end
    return e >= len(tg.texts) or not (tg.is_alpha[e] and tg.texts[e][:1].isupper())


_HOLDER_WORDS = (2, 3)  # the words of a holder's name read after a one-word field
# a word of this many letters or fewer has no stem before an ending ("Gas", "News" end so
# by chance): its ending proves no common noun, so no field noun is read from it
_FIELD_STEM = 4


def _holder_after_field_noun(tg: Tagger, k: int, m: int) -> bool:
    """Cased: a title's field of one capitalised common noun (a plural or a derived noun's ending:
    "… for Logistics", "… for Protection"), then two or three capitalised words of no lexicon,
    none so ended, that close the phrase (a lower-case word, a punctuation mark): the holder's
    name, its given name outside the name list too ("Deputy Director for Logistics Ragnhild Oma
    Sæther, who …"); a field of one common noun goes on with no unlisted proper words. A name
    word with such an ending ("Williams") is refused too: recall only, the field read on as
    before."""
    if not (tg.P.cased and m == k + 1 and tg.texts[k][:1].isupper() and k not in tg.hits):
        return False
    endings = tuple(tg.W.plural_ending | tg.W.noun_ending)
    if not (len(tg.norms[k]) > _FIELD_STEM and tg.norms[k].endswith(endings)):
        return False
    nm = name_run(tg, m)
    if nm is None or nm.start != m:
        return False
    words = [q for q in range(m, nm.end) if tg.is_alpha[q]]
    # a hyphened surname is one name word
    if not _HOLDER_WORDS[0] <= hyphened_words(tg, list(range(m, nm.end))) <= _HOLDER_WORDS[1]:
        return False
    known = _portfolio_words(tg.lex.lang)
    if any(q in tg.hits or tg.norms[q] in known or tg.norms[q].endswith(endings) for q in words):
        return False
    e = nm.end
    return e >= len(tg.texts) or not (tg.is_alpha[e] and tg.texts[e][:1].isupper())


def _holder_after_joined_fields(tg: Tagger, k: int, m: int) -> bool:
    """Cased: after a minister's fields joined by "and" ("Minister of Trade and Integration", "…
    of Foreign Affairs and Foreign Employment"), the last two capitalised words of no lexicon
    before a lower-case word or a punctuation mark are the holder's name ("… and Technology Jan
    Kowal, on …"), a given name outside the name list too; the fields joined by "and" are
    written out before the holder's name, not after it. A run of three is left alone: a field's
    last word before a name of two ("… and Social Welfare Jan Kowal", "… and North Africa Jan
    Kowal") is written as a given name of three words would be."""
    if not (tg.P.cased and tg.texts[m - 1][:1].isupper()):
        return False
    if not any(tg.norms[q] in tg.conjunctions for q in range(k + 1, m - 1)):
        return False
    nm = name_run(tg, m)
    words = hyphened_words(tg, list(range(m, nm.end))) if nm is not None else 0
    if nm is None or nm.start != m or words != 2:
        return False
    known = _portfolio_words(tg.lex.lang)
    if any(q in tg.hits or tg.norms[q] in known for q in range(m, nm.end)):
        return False
    e = nm.end
    return e >= len(tg.texts) or not (tg.is_alpha[e] and tg.texts[e][:1].isupper())


def _common_noun_ending(tg: Tagger, norm: str) -> bool:
    """``norm`` ends with a plural's or a common noun's ending after a stem of two letters or
    more: a derived noun's stem is a word of its own ("train-ing", "manage-ment"), while a
    one-syllable given name only looks so ("Jing", "Ming" are no gerunds)."""
    return any(
        norm.endswith(e) and len(norm) - len(e) >= _STEM_LETTERS
        for e in tg.W.plural_ending | tg.W.noun_ending
    )


_STEM_LETTERS = 2  # the fewest letters of a stem before a derived noun's ending


def _unlisted_given_before(tg: Tagger, k: int, m: int) -> int:
    """Cased: the holder's name starts at ``m`` ("… Coastal Resources [Ingvild] Astrid X"), and
    the word before it is a capitalised word of no list, no portfolio word, no plural and no
    common noun's ending, after the last word of fields naming a portfolio: the holder's given
    name in a spelling the name list lacks; the field ends before it (``m`` otherwise). Why: a
    field is made of common nouns (plurals, derived nouns, portfolio words), while a foreign
    holder's given name often has a spelling no list holds; the known name after it shows where
    the person begins."""
    q, norms = m - 1, tg.norms
    if not (tg.P.cased and k < q - 1 and m < len(norms) and _name_starts(tg, m)):
        return m
    text, norm = tg.texts[q], norms[q]
    if not (tg.is_alpha[q] and text[:1].isupper() and text[1:].islower()) or q in tg.hits:
        return m
    if norm in _portfolio_words(tg.lex.lang) or norm in tg.lex.stopwords:
        return m
    if norm in tg.P.stop_words or _common_noun_ending(tg, norm):
        return m
    if norms[q - 1] in tg.conjunctions or not tg.texts[q - 1][:1].isupper():
        return m  # "… and [Francophonie] X Y": a field of its own after "and"
    fields = frozenset(w for w in norms[k:q] if w not in tg.conjunctions)
    return q if tg.lex.ministry_key(fields) is not None else m


def _opens_only(tg: Tagger, k: int) -> bool:
    """The word at ``k`` opens a longer portfolio form and is none alone ("Social", "Public"; not
    "Foreign", "Investment")."""
    norm = tg.norms[k]
    return (
        norm in _portfolio_opening_words(tg.lex.lang)
        and tg.lex.ministry_key(frozenset({norm})) is None
    )


@functools.cache
def _portfolio_opening_words(lang: str) -> frozenset[str]:
    """The first word of a portfolio form of more words that ends none ("Foreign", "Social"): a
    field goes on past it."""
    fold = load_profile(lang).fold
    forms = [f.split() for written in load_lexicon(lang).ministry_forms.values() for f in written]
    longer = [[fold(w) for w in f] for f in forms if len(f) > 1]
    return frozenset(f[0] for f in longer) - {f[-1] for f in longer}


@functools.cache
def _portfolio_last_words(lang: str) -> frozenset[str]:
    """The last word of each portfolio form as written (lang/<code>/ministries.tsv): "Affairs",
    "Interior", "Development", a field ends there; not a word that opens a longer form and ends
    none ("Foreign", "Youth")."""
    fold = load_profile(lang).fold
    forms = [f.split() for written in load_lexicon(lang).ministry_forms.values() for f in written]
    # "Foreign" opens "Foreign Affairs", no longer form ends with it: it goes on
    return frozenset(fold(f[-1]) for f in forms) - _portfolio_opening_words(lang)


@functools.cache
def _portfolio_words(lang: str) -> frozenset[str]:
    """Every word of the language's portfolio forms (lang/<code>/ministries.tsv)."""
    return frozenset(w for form, _key in load_lexicon(lang).ministries for w in form)


def _list_closes(tg: Tagger, j: int) -> bool:
    """The words from ``j`` (after a comma) end a list of fields with "and" + a field ("…,
    Emigration and Egyptian Expatriates"); a name set off by commas ("…, Grace Odhiambo, said")
    closes none."""
    n = len(tg.norms)
    while j < n:
        if tg.norms[j] in tg.conjunctions:  # ", and the Environment": past its article
            q = _list_next(tg, j)
            if _owner_of_next_title(tg, q):
                return False  # "…, X Y Z, and Indonesia's Minister of …": another person's title
            return j + 1 < n and (_field_word(tg, q, listed=True) or _listed_body(tg, q) > q)
        if not (_field_word(tg, j, listed=True) or tg.texts[j] in COMMAS):
            return False
        j += 1
    return False


def _owner_of_next_title(tg: Tagger, q: int) -> bool:
    """A possessive owner (a country or a body: "Indonesia's") at ``q`` before a role: the next
    person's title, no field of a list."""
    n = len(tg.norms)
    if q + 2 >= n or tg.texts[q + 1] not in tg.W.possessive_marker:
        return False
    h = tg.at(q + 2, "title")
    return h is not None and h.info[0] in ("role", "modifier")


def _of_parent_body(tg: Tagger, ag: AgencyMention) -> AgencyMention | None:
    """A body's name after the title's named body and "of the" ("Vice Chairman of the Standing
    Committee of the National People's Congress"): the parent body, the holder's own being the
    first."""
    n, j = len(tg.norms), ag.end
    # "… Department at the Ministry of X" (a cased language): the body it is part of, too
    preps = tg.genitives | tg.W.parent_prep | tg.W.sub_body_prep if tg.P.cased else tg.genitives
    if not (j + 2 < n and tg.texts[j] in preps and tg.norms[j + 1] in tg.W.article):
        return None
    if ag.end - ag.start < 2:
        return None  # a bare head ("Director of the Cabinet of the Presidency"): the post's body
    parent = _agency_from(tg, j + 2)
    if parent is None or parent.start != j + 2 or parent.parent:
        return None
    if tg.texts[j] not in tg.genitives and parent.end - parent.start < 2:
        return None  # "at the Ministry": the head repeated, read as the last ministry named
    return parent


def _listed_body(tg: Tagger, q: int) -> int:
    """The end of an international body's name at ``q`` closing a list of a title's fields ("… ,
    South Asia and the United Nations": the list is one field, the body an entity of its own), or
    ``q`` when none is there."""
    h = tg.at(q, "agency") if q < len(tg.norms) else None
    return h.end if h is not None and h.start == q and h.info[0] == INTERNATIONAL else q


def _ministry_head(tg: Tagger, head: str) -> bool:
    """A role's agency head that names a ministry: "Ministry", also a department of a government
    styled by departments ("Secretary of Finance" → "Department of Finance")."""
    return head == tg.P.ministry_head or (
        " " not in head and tg.lex.agencies.get(tg.P.fold(head)) == "ministry"
    )


def _of_field(
    tg: Tagger, doc: Doc, k: int, country: str | None, last_role_agency: str
) -> tuple[int, list[AgencyMention]]:
    """ "Minister of|for <Capitalised words>": a minister's field implies that ministry when it is a
    portfolio ("Minister of Oil"; not "Minister for the Middle East and North Africa")."""
    n, P = len(tg.norms), tg.P
    m, minister = k, _ministry_head(tg, last_role_agency)
    while (
        m < n
        and _field_word(tg, m)
        and not (
            m > k
            and (
                _name_starts(tg, m)
                or _portfolio_closed(tg, doc, k, m)
                or _holder_after_portfolio(tg, m)
                or _holder_after_field_noun(tg, k, m)
                or (minister and _holder_after_joined_fields(tg, k, m))
            )
        )
    ):
        m = _hyphened_end(tg, m)
        # a list of fields: "Foreign Affairs, Emigration and Egyptian Expatriates"
        if (
            m + 1 < n
            and (tg.norms[m] in tg.conjunctions or tg.texts[m] in COMMAS)
            and _field_word(tg, m + 1, listed=True)
            and (tg.norms[m] in tg.conjunctions or _list_closes(tg, m + 1))
        ):
            m += 1
    m = _unlisted_given_before(tg, k, m)
    field_words = frozenset(w for w in tg.norms[k:m] if w not in tg.conjunctions)
    body = _head_after_field(tg, k, m)
    if body is not None:
        return body
    if not minister or not tg.lex.ministry_key(field_words):
        return m, []
    name = P.implied_agency.format(head=last_role_agency, field=tokens_text(tg, k, m))
    words = field_words | {P.fold(P.ministry_head)}
    return m, [
        AgencyMention(
            k, m, name, kind="ministry", words=words, base=name, country=country, implied=True
        )
    ]

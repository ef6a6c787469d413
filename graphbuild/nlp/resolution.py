"""In-article resolution, part of the officials-and-agencies stage (it writes only into its
builder).

* :func:`merge_surnames`: a one-word official that is the surname of exactly one
  fuller name is that person (so is a short name of several words that starts or ends one);
* :func:`fold_implied`: a ministry implied without nationality joins the one with
  it when the same person holds both, else takes the minister's country;
* :func:`counterpart_roles`: "his counterpart" holds the roles of the official he is the
  counterpart of;
* :func:`mentions_of_known_officials`: full-name, surname-only and title-only
  mentions of the officials found ("Serraj" → Fayez Al-Serraj, "the Foreign
  Minister" → the only official with that role);
* :func:`parents_by_name`: a body named after a government belongs to it.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Span

from ..text import normalize_key
from .entities import COUNTERPART, MINISTRY, EntityBuilder
from .names import spelled_as_function_word
from .titles import COMMAS
from .spans import tokens_text
from .tagger import Tagger, token_keys
from .values import AGENCY, OFFICIAL, Part, Ref

if TYPE_CHECKING:
    from .officials import TitleBook

__all__ = [
    "is_surname",
    "merge_surnames",
    "fold_implied",
    "mentions_of_known_officials",
    "title_mention",
    "parents_by_name",
]

GOVERNMENT = "government"
_GOVERNING_KINDS = frozenset({"cabinet", GOVERNMENT})


def is_surname(short: str, full: list[str], dp: str) -> bool:
    """``short`` (one word key) is the last word of the name ``full`` (also with the article)."""
    return len(full) >= 2 and full[-1] in (short, dp + short) or dp + full[-1] == short


def family_words(words: list[str], regnal: frozenset[str]) -> list[str]:
    """The name's words without a closing generational or regnal number ("Austin III", "Jr."): the
    surname is the word before it."""
    end = len(words)
    while end > 2 and words[end - 1] in regnal:
        end -= 1
    return words[:end]


def _is_first_names(short: list[str], full: list[str]) -> bool:
    """The short name is the start of the fuller one ("Sheikh Salem" ~ "Salem bin Ali al-X")."""
    return len(full) > len(short) and full[: len(short)] == short


def _fuller_names(b: EntityBuilder, i: int) -> list[int]:
    """The fuller names official ``i`` is a short form of: its surname when it is one word, else
    (none found) its first names."""
    dp, key = b.P.definite_prefix, b.officials[i].key
    words = key.split()
    others = [j for j in range(len(b.officials)) if j != i and j not in b.redirect]
    cands = []
    if len(words) == 1:
        reg = b.tg.W.regnal
        cands = [
            j for j in others if is_surname(key, family_words(b.officials[j].key.split(), reg), dp)
        ]
        if key in b.tg.W.family_first:  # a family name written first: "Zhou Wenbin" … "FM Zhou"
            cands += [j for j in others if b.officials[j].key.split()[0] == key and j not in cands]
        if not cands and not b.P.head_initial:
            cands = [j for j in others if _inner_surname(key, b.officials[j].key.split())]
    elif " " not in b.officials[i].name.strip():
        # one written word of several keys: a hyphened or elided surname ("Kaparo-Naisho",
        # "O'Rourke") ends the fuller name
        cands = [j for j in others if _is_particle_tail(words, b.officials[j].key.split())]
    if not cands:
        cands = [j for j in others if _is_first_names(words, b.officials[j].key.split())]
    if not cands and len(words) == 2:
        cands = [j for j in others if _initial_and_surname(words, b.officials[j].key.split())]
    if not cands and len(words) > 1:
        # a name of several words ending a fuller one is its family part: one opening with a
        # particle ("walad X Y", "bin X"), a double surname ("Garcia Pedraza"), a surname with its
        # particles ("Teixeira de Vasconcelos", "Benkirane El Idrissi")
        written = len(b.officials[i].name.split())
        cands = [j for j in others if _family_tail(b, words, b.officials[j].key.split(), written)]
    return cands


def _family_tail(b: EntityBuilder, words: list[str], other: list[str], written: int) -> bool:
    """``words`` end ``other`` as its family part: it opens with a particle ("walad X Y"), or it
    follows no particle in the fuller name and has two words at most besides its particles (a
    double surname, a surname with its particles). A name after "bin" is the father's ("Hamad Al
    X" of "Nasser bin Hamad Al X"), and three plain words are a name of their own (the father
    "Omar Y Z" of the son's chain "Karim Omar Y Z"); a hyphened surname is one word (``written``:
    the words as written, "Maria Lindqvist-Hoeg")."""
    if not _is_particle_tail(words, other):
        return False
    particles = b.tg.W.name_particle
    if words[0] in particles:
        return True
    plain = len([w for w in words if w not in particles]) - max(0, len(words) - written)
    return plain <= 2 and other[-len(words) - 1] not in particles


def _initial_and_surname(words: list[str], other: list[str]) -> bool:
    """ "N. Surname" (the first name cut to its initial, the dot apart or not) of a fuller name
    that opens with that letter and ends with that surname ("N. Petrov" of "Nikolai Ivanovich
    Petrov")."""
    initial = words[0].rstrip(".")
    return (
        len(initial) == 1
        and len(other) >= 2
        and len(other[0].rstrip(".")) > 1
        and other[-1] == words[-1]
        and other[0][:1] == initial
    )


def _inner_surname(short: str, full: list[str]) -> bool:
    """A one-word name inside a name of three words or more, neither its first nor its last: the
    first of two surnames ("Secretary Beltran" of "Alicia Beltran Ochoa", "Minister Samayoa" of
    "Lucia Samayoa de Leon") or a surname after the given name ("Minister Koh" of "Daniel Koh Boon
    Hwee"), when no name ends with it (head-final languages' names)."""
    return len(full) >= 3 and short in full[1:-1]


def _is_particle_tail(words: list[str], other: list[str]) -> bool:
    """A name opening with a particle ("walad X Y", "bin X") ends a longer name: its family part."""
    return len(other) > len(words) and other[-len(words) :] == words


def merge_surnames(b: EntityBuilder) -> None:
    """A one-word official that is the surname of exactly one fuller name is that person; so is a
    short name that starts exactly one fuller name (a given name after an honorific, a "X bin Y"
    chain), and a name of several words that ends exactly one (walad X Y, a double surname, a
    surname with its particles)."""
    for i, o in enumerate(b.officials):
        if i in b.redirect:
            continue
        cands = _fuller_names(b, i)
        if len(cands) != 1:
            continue
        full = b.officials[cands[0]]
        b.redirect[i] = cands[0]
        full.aliases.add(o.name)
        full.aliases.update(o.aliases)
        full.aliases.update(f"{t} {o.name}" for t in o.titles)
        full.roles.update(o.roles)
        if not full.titles:  # a full name read with no title: the short form's titles are its
            full.titles.extend(o.titles)
        full.country = full.country or o.country
        full.agencies.extend(o.agencies)
        full.merges.append(
            f"{o.name!r} is a short form of {full.name!r}, "
            "the only official with that surname or first name in the article"
        )


def _twin_with_country(b: EntityBuilder, i: int, holders: set[int]) -> int | None:
    """The same implied agency with a country, held by the same people."""
    a = b.agencies[i]
    for j, other in enumerate(b.agencies):
        if j == i or j in b.agency_redirect or not other.implied or not other.country:
            continue
        if other.kind == a.kind and other.words == a.words and _same_holders(b, holders, other):
            return j
    return None


def _same_holders(b: EntityBuilder, holders: set[int], other) -> bool:
    """The holders of a ministry implied without nationality are those of its twin with one; in a
    head-initial language (where a headline's title gives the twin) also when they share one and
    the others are of no country or the twin's and hold no minister's post ("the Kuwaiti foreign
    minister" of the headline, "the foreign minister X" and "the assistant foreign minister Y" of
    the body)."""
    theirs = {b.canon(h) for h in other.holders}
    if holders <= theirs:
        return True
    if not (b.P.head_initial and holders & theirs):
        return False
    heads = _ministry_roles(b.tg.lex, b.P.ministry_head)
    return all(
        b.officials[h].country in (None, other.country)
        and not _held_plain(b, heads, b.officials[h].titles)  # a second minister: two ministries
        for h in holders - theirs
    )


def _ministry_roles(lex, head: str) -> set[str]:
    """The role words of the titles that imply a ministry ("minister")."""
    return {
        w
        for row in lex.titles.values()
        if isinstance(row, tuple) and row[0] == "role" and row[1] == head
        for w in row[2].split()
    }


def fold_implied(b: EntityBuilder) -> None:
    """A ministry implied without nationality joins the one with it when the same person holds
    both."""
    for i, a in enumerate(b.agencies):
        if not a.implied or a.country or not a.holders or i in b.agency_redirect:
            continue
        j = _twin_with_country(b, i, {b.canon(h) for h in a.holders})
        if j is not None:
            b.agency_redirect[i] = j
            b.agencies[j].aliases.update(a.aliases | {a.name})
            continue
        mine = _without_own_twins(b, i)
        if not mine:
            continue
        mine = _one_ministry_a_minister(b, i, mine)
        # a minister's ministry is in the minister's country
        # ("Qatari Prime Minister and Foreign Minister X")
        countries = {b.officials[h].country for h in mine}
        if len(countries) == 1 and None not in countries:
            country = countries.pop()
            assert country is not None
            a.country = country
            b.member_of_country(i, country, a.sent if a.sent is not None else b.doc[:])


_PORTFOLIO_ROLES: dict[int, tuple[object, frozenset[str]]] = {}


def _portfolio_roles(b: EntityBuilder) -> frozenset[str]:
    """The roles of the titles that name a minister of one portfolio ("foreign minister"): a
    minister's word, no modifier, a ministry of its own (not the generic one of "minister" or
    "minister of state") and more than one holder in the world (not "foreign secretary")."""
    lex = b.tg.lex
    cached = _PORTFOLIO_ROLES.get(id(lex))
    if cached is not None and cached[0] is lex:
        return cached[1]
    heads = _ministry_roles(lex, b.P.ministry_head)
    mods = _modifier_words(lex)
    roles = frozenset(
        row[2]
        for row in lex.titles.values()
        if isinstance(row, tuple)
        and row[0] == "role"
        and row[1] not in ("", b.P.ministry_head)
        and row[3] != "yes"
        and heads & set(row[2].split())
        and not mods & set(row[2].split())
    )
    _PORTFOLIO_ROLES[id(lex)] = (lex, roles)
    return roles


def _portfolio_minister(b: EntityBuilder, h: int, roles: frozenset[str]) -> str | None:
    """The portfolio role official ``h`` holds in full (no modifier held alone beside it: the
    "assistant" of "Assistant Foreign Minister"), if any."""
    o = b.officials[h]
    mods = _modifier_words(b.tg.lex)
    if any(set(r.split()) <= mods for r in o.roles):
        return None
    held = sorted(o.roles & roles)
    return held[0] if len(held) == 1 else None


def _one_ministry_a_minister(b: EntityBuilder, i: int, mine: set[int]) -> set[int]:
    """A ministry has one minister: two officials who each hold the same portfolio minister's
    title in full ("Foreign Minister X" and "Minister of Foreign Affairs Y" of two governments)
    of an implied ministry with no country (the caller passes no other), hold two ministries.
    Each minister after the first takes a ministry of their own, of their own country when the
    text gives it; the other holders stay. Returns the holders left in ``i``."""
    roles = _portfolio_roles(b)
    held = {h: _portfolio_minister(b, h, roles) for h in sorted(mine)}
    heads = [h for h, r in held.items() if r is not None]
    if len(heads) < 2 or len({held[h] for h in heads}) != 1:
        return mine
    for h in heads[1:]:
        _own_ministry(b, i, h)
    return mine - set(heads[1:])


def _own_ministry(b: EntityBuilder, i: int, h: int) -> None:
    """Official ``h`` leaves the implied ministry ``i`` for a copy of it of their own."""
    a, o = b.agencies[i], b.officials[h]
    j = len(b.agencies)
    # of no country, it is told from the first by its own name (one id a portfolio and country)
    b.agencies.append(
        replace(a, holders={h}, aliases=set(a.aliases), country=o.country, own_name=not o.country)
    )
    a.holders = {x for x in a.holders if b.canon(x) != h}
    o.agencies = [j if b.acanon(ai) == i else ai for ai in o.agencies]
    moved = [
        r
        for r in b.memberships
        if r.source.kind == OFFICIAL
        and b.canon(int(r.source.key)) == h
        and r.target is not None
        and r.target.kind == AGENCY
        and b.acanon(int(r.target.key)) == i
    ]
    b.memberships = [r for r in b.memberships if r not in moved]
    for r in moved:
        b.member(r.source, Ref(AGENCY, j), r.evidence, r.rule)
    if o.country:
        b.member_of_country(j, o.country, a.sent if a.sent is not None else b.doc[:])


def _own_twin(b: EntityBuilder, oi: int, i: int) -> int | None:
    """The ministry of the same portfolio with a country that official ``oi`` holds besides the
    country-less one ``i`` ("Japanese Foreign Minister X" … "FOREIGN MINISTER X:")."""
    a = b.agencies[i]
    if a.kind != MINISTRY or a.field is None:
        return None
    for ai in b.officials[oi].agencies:
        j = b.acanon(ai)
        other = b.agencies[j]
        same = other.kind == MINISTRY and other.field == a.field
        if j != i and same and other.implied and other.country:
            return j
    return None


def _without_own_twins(b: EntityBuilder, i: int) -> set[int]:
    """The holders of the country-less implied ministry ``i`` left once each holder who also
    holds the ministry of that portfolio with a country keeps only that one (a person holds one
    ministry of a portfolio; the other holders may be of other countries: "the Japanese and the
    Australian foreign ministers" each named "Foreign Minister" again). A ministry no one holds
    any more is the first of those."""
    a = b.agencies[i]
    twins = {h: _own_twin(b, h, i) for h in sorted({b.canon(h) for h in a.holders})}
    mine = {h for h, j in twins.items() if j is None}
    if len(mine) == len(twins):
        return mine
    own = {h for h, j in twins.items() if j is not None}
    b.memberships = [
        r
        for r in b.memberships
        if not (
            r.source.kind == OFFICIAL
            and b.canon(int(r.source.key)) in own
            and r.target is not None
            and r.target.kind == AGENCY
            and b.acanon(int(r.target.key)) == i
        )
    ]
    for h in own:
        b.officials[h].agencies = [ai for ai in b.officials[h].agencies if b.acanon(ai) != i]
    a.holders = {h for h in a.holders if b.canon(h) in mine}
    if not mine:
        j = next(j for _h, j in sorted(twins.items()) if j is not None)
        b.agency_redirect[i] = j
        # its forms are forms of the twin ("the ministry of communications and information
        # technology" of the body, "the Omani communications ministry" of the headline)
        twin = b.agencies[j]
        twin.aliases.update(a.aliases | {a.name})
        if a.words > twin.words:  # the fullest form names it
            twin.aliases.add(twin.name)
            twin.name, twin.words = a.name, a.words
    return mine


def parents_by_name(b: EntityBuilder) -> None:
    """ "The interior ministry of the accord" belongs to "the accord government"."""
    govs = [(i, a) for i, a in enumerate(b.agencies) if a.kind == GOVERNMENT]
    for i, a in enumerate(b.agencies):
        if a.kind == GOVERNMENT:
            continue
        for gi, g in govs:
            distinct = g.words - b.W.government_head
            if distinct and distinct <= a.words and gi != i:
                b.member(
                    Ref(AGENCY, i),
                    Ref(AGENCY, gi),
                    a.sent if a.sent is not None else b.doc[:],
                    "member.parent",
                )
                a.words = a.words - distinct


# ---------------------------------------------------------------- mentions of known officials
def _name_indexes(b: EntityBuilder) -> tuple[dict[str, int], dict[str, list[int]]]:
    """Officials by full NORM key, and by last name (also without the glued article); first names
    of fuller names are keyed ``FIRST + name``."""
    dp = b.P.definite_prefix
    by_full = {o.key: i for i, o in enumerate(b.officials)}
    by_last: dict[str, list[int]] = {}
    openers = _opener_keys(b)
    for i, o in enumerate(b.officials):
        words = family_words(o.key.split(), b.tg.W.regnal)
        if len(words) >= 2 and i not in b.redirect:
            by_last.setdefault(words[-1], []).append(i)
            if words[0] in b.tg.W.family_first and words[-1] != words[0]:
                by_last.setdefault(words[0], []).append(i)  # "Zhou Wenbin" … "Zhou said"
            by_last.setdefault(FIRST + words[0], []).append(i)
            if len(words) >= 3:
                by_last.setdefault(TAIL + " ".join(words[-2:]), []).append(i)
            if dp and words[-1].startswith(dp) and len(words[-1]) > len(dp) + 1:
                by_last.setdefault(words[-1][len(dp) :], []).append(i)
            if len(words) >= 3 and words[-2] in openers:
                by_last.setdefault(" ".join(words[-2:]), []).append(i)  # "Abd al-Ghani said"
            elif len(words) >= 4 and words[-3] in openers:
                by_last.setdefault(" ".join(words[-3:]), []).append(i)  # "van der Berg said"
            elif len(words) >= 3 and _double_barrelled(o.name):
                by_last.setdefault(" ".join(words[-2:]), []).append(i)  # "Owusu-Mensah said"
            elif len(words) >= 3 and dp and words[-2].startswith(dp) and words[-1].startswith(dp):
                # two definite family words closing the name (the Maghreb "al-Fasi al-Fihri"): the
                # later mention names both ("Mr al-Fasi al-Fihri stressed")
                by_last.setdefault(" ".join(words[-2:]), []).append(i)
    return by_full, by_last


def _double_barrelled(name: str) -> bool:
    """The name ends in two capitalised words glued by a hyphen ("Abena Owusu-Mensah"): one
    family name, never its second half alone; in a script without case, any two words (the
    Arabic spelling of "Larsen-Becker")."""
    first, _, second = name.rpartition(" ")[2].partition("-")
    return (
        not first[:1].islower()
        and not second[:1].islower()
        and first.isalpha()
        and second.isalpha()
    )


def _opener_keys(b: EntityBuilder) -> frozenset[str]:
    """The keys of the particles that join a compound name (``name_particle``: Abd, Abu, Ben): a
    later mention may give the family name as the particle and the word after it ("Abd al-Ghani",
    the Maghreb "Ben Yahia")."""
    return frozenset(normalize_key(w) for w in b.tg.W.name_particle)


FIRST = "\x00"  # key prefix of first names in the last-name index
TAIL = "\x01"  # key prefix of the last two words of a name of three or more in that index


def after_title(b: EntityBuilder, i: int, titles: "TitleBook") -> bool:
    """Token ``i`` comes right after a title or an honorific ("Sheikh Salem", "the minister X")."""
    prev = b.tg.at(i - 1, "title") if i > 0 else None
    return bool(prev) or any(t.end == i for t in titles.at.values())


def _surname_mention(
    b: EntityBuilder, si: int, i: int, oi: int, titles: "TitleBook", end: int | None = None
) -> None:
    """A surname alone: an alias, with a title right before it ("Secretary Rubio") or an
    honorific; a first name with the next words of the name up to ``end`` ("Sheikh Sultan bin
    Saeed" of "Sultan bin Saeed bin Hamdan Al Nahyan")."""
    tg = b.tg
    o = b.officials[oi]
    end = i + 1 if end is None else end
    o.aliases.add(tokens_text(tg, i, end))
    start = i
    for k, t in titles.at.items():
        if t.end == i or (t.end == i - 1 and tg.texts[i - 1] in COMMAS):
            start = k
            o.aliases.add(tokens_text(tg, k, i + 1))
            o.roles.update(t.roles)
            titles.bound.add(k)
    prev = tg.at(i - 1, "title") if i > 0 else None
    if prev and prev.info[0] == "honorific":
        o.aliases.add(tokens_text(tg, i - 1, end))
    b.add_part(si, Part(OFFICIAL, oi, start, end))


def _name_start_end(b: EntityBuilder, i: int, oi: int, hi: int) -> int:
    """Where the words of official ``oi``'s name, read from its first word at ``i``, stop
    matching the text (not past ``hi``): "Sultan bin Saeed" of "Sultan bin Saeed bin Hamdan …"."""
    keys, words = token_keys(b.tg.doc), b.officials[oi].key.split()
    k = i + 1
    while k < hi and k - i < len(words) - 1 and keys[k] == words[k - i]:
        k += 1
    while k - 1 > i and keys[k - 1] in b.tg.W.name_particle:
        k -= 1  # a name ends with a name word
    return k


def _index_words(by_full: dict[str, int], by_last: dict[str, list[int]]) -> frozenset[str]:
    """Every word a token's key must be for :func:`_name_mentions` to find a name at it: the words
    of the full names and the last-name index's keys (first names without their prefix)."""
    words = {w for key in by_full for w in key.split()}
    words.update(key[1:] if key[:1] in (FIRST, TAIL) else key for key in by_last)
    return frozenset(words)


def _name_starts(b: EntityBuilder, words: frozenset[str]) -> list[int]:
    """The tokens where :func:`_name_mentions` may find a name, in order: not a token whose key is
    empty (punctuation) or one word that is none of the ``words`` of :func:`_index_words` with a
    space after it (its pair key is its key and the next one's)."""
    keys = token_keys(b.tg.doc)
    return [
        i
        for i, (key, w) in enumerate(zip(keys, b.tg.ws, strict=True))
        if key and (key in words or w != " " or " " in key)
    ]


def _name_mentions(
    b: EntityBuilder,
    si: int,
    s: Span,
    used: set[int],
    titles: "TitleBook",
    by_full: dict[str, int],
    by_last: dict[str, list[int]],
    at: list[int],
) -> None:
    """Names of known officials in sentence ``s``, at the tokens ``at`` of :func:`_name_starts`
    (those of the sentence)."""
    tg = b.tg
    texts, keys, cased = tg.texts, token_keys(tg.doc), b.P.cased
    for i in at:
        if i in used:
            continue
        key = keys[i]
        if spelled_as_function_word(tg, i):
            continue  # the preposition, not the given name it folds onto
        text = texts[i]
        two = tg.pair_key(i) if i + 1 < s.end else ""
        name_case = not cased or text[:1].isupper()
        three, stop = _three_key(tg, keys, i, s.end, by_last) if name_case else ("", i)
        if three and len(set(by_last.get(three, ()))) == 1:
            _surname_mention(b, si, i, by_last[three][0], titles, stop)  # "Owusu-Mensah"
            used.update(range(i, stop))
        elif two in by_full:
            b.add_part(si, Part(OFFICIAL, by_full[two], i, i + 2))
            used.update((i, i + 1))
        elif " " in two and two in by_last and len(set(by_last[two])) == 1 and name_case:
            _surname_mention(b, si, i, by_last[two][0], titles, i + 2)  # a compound family name
            used.update((i, i + 1))
        elif name_case and _tail_after_title(b, i, two, by_last, titles):
            _surname_mention(b, si, i, by_last[TAIL + two][0], titles, i + 2)  # "Mr Ait Amara"
            used.update((i, i + 1))
        elif key in by_full and len(key.split()) == 1 and name_case:
            b.add_part(si, Part(OFFICIAL, b.canon(by_full[key]), i, i + 1))
            used.add(i)
        elif key in by_last and len(set(by_last[key])) == 1 and name_case:
            _surname_mention(b, si, i, by_last[key][0], titles)
            used.add(i)
        elif (
            len(set(by_last.get(FIRST + key, ()))) == 1
            and name_case
            and (after_title(b, i, titles) or _styled_given_name(b, by_last[FIRST + key][0]))
        ):
            oi = by_last[FIRST + key][0]
            end = _name_start_end(b, i, oi, s.end)
            _surname_mention(b, si, i, oi, titles, end)  # "Sheikh Salem (bin Ali)"
            used.update(range(i, end))


def _styled_given_name(b: EntityBuilder, oi: int) -> bool:
    """A style of the given-name kind (``given_name_style``: "Datuk Seri", "Tan Sri") inside a
    mention of official ``oi`` (its title and style before the name): the name is given names and
    a patronymic, no family name, so the first name alone names the official later ("Jamaludin
    said" of "Tan Sri Jamaludin Osman Rafie")."""
    styles, hits = b.tg.W.given_name_style, b.tg.hits
    if not styles:
        return False
    spans = [
        (p.start, p.end)
        for parts in b.parts.values()
        for p in parts
        if p.kind == OFFICIAL and b.canon(p.ref) == oi
    ]
    return any(
        (h := hits.get(k)) is not None
        and h.kind == "title"
        and h.info[0] == "honorific"
        and h.info[2] in styles
        for start, end in spans
        for k in range(start, end)
    )


def _tail_after_title(
    b: EntityBuilder, i: int, two: str, by_last: dict[str, list[int]], titles: "TitleBook"
) -> bool:
    """The two words at ``i`` (pair key ``two``) are the last two of exactly one known name of
    three words or more, and a title or an honorific comes right before them: a later mention by
    a two-word family name ("Mr Ait Amara" of "Lakhdar Ait Amara")."""
    return " " in two and len(set(by_last.get(TAIL + two, ()))) == 1 and after_title(b, i, titles)


def _three_key(tg: Tagger, keys: list[str], i: int, end: int, by_last: dict) -> tuple[str, int]:
    """The key of the words at ``i`` and the token after them: a hyphened family name
    ("Owusu-Mensah"), or a family name of three words opening with a particle ("van der Berg")
    in the last-name index (a word split into glued tokens, a prefix and the rest, is one); or
    ("", ``i``)."""
    hyphened = _hyphened_key(tg, keys, i, end)
    if hyphened:
        return hyphened, i + 3
    words: list[str] = []
    k = i
    while k < end and len(words) < 3:
        glued = k + 1 < end and not tg.ws[k] and tg.texts[k].isalpha() and tg.texts[k + 1].isalpha()
        words.append(tg.pair_key(k) if glued else keys[k])
        k += 2 if glued else 1
    key = " ".join(words)
    return (key, k) if len(words) == 3 and key in by_last else ("", i)


def _hyphened_key(tg: Tagger, keys: list[str], i: int, end: int) -> str:
    """The key of the word ``i``, a glued hyphen and the word after it ("Owusu-Mensah"), or ""."""
    if i + 2 >= end or tg.texts[i + 1] != "-" or tg.ws[i] or tg.ws[i + 1]:
        return ""
    return f"{keys[i]} {keys[i + 2]}"


def _role_match(role: str, roles: set[str], words: set[str] | None = None) -> bool:
    """``role`` is one of ``roles``, or its ``words`` (``role.split()``) are all in one."""
    words = set(role.split()) if words is None else words
    return any(role == r or words <= set(r.split()) for r in roles)


def _same_title(full: str, mention: str) -> bool:
    """A mention of a title: its end ("the minister of X" ~ "deputy minister of X"), or its start
    without the nisba or place that followed it ("the foreign minister" ~ "the British foreign
    minister")."""
    return full.endswith(mention) or mention.endswith(full) or full.startswith(mention + " ")


_MODIFIER_WORDS: dict[int, tuple[object, frozenset[str]]] = {}


def _modifier_words(lex) -> frozenset[str]:
    """The role words of the title lexicon's modifiers (deputy, assistant…), one set per lexicon."""
    cached = _MODIFIER_WORDS.get(id(lex))
    if cached is not None and cached[0] is lex:
        return cached[1]
    words = frozenset(
        w
        for row in lex.titles.values()
        if isinstance(row, tuple) and row[0] == "modifier"
        for w in row[2].split()
    )
    _MODIFIER_WORDS[id(lex)] = (lex, words)
    return words


def _lower_rank(mods: frozenset[str], said: set[str], held: set[str]) -> bool:
    """The official holds the title with a modifier the mention lacks: the deputy foreign minister
    is not "the foreign minister" (``mods``: the modifier words, ``said``: the mention's words).
    A role named in full beside the modified one ("Energy Minister" held beside "Deputy Prime
    Minister", no modifier held alone) is the post mentioned: "the Lithuanian minister" is
    theirs; a holder of two posts is named by either."""
    if not {w for r in held for w in r.split() if w in mods} - said:
        return False
    plain = [r for r in held if not set(r.split()) & mods]
    return not plain or any(set(r.split()) <= mods for r in held)


def _holders(b: EntityBuilder, t) -> list[int]:
    """The officials that may hold title mention ``t``: its last role, its country (when both are
    known), no modifier it lacks."""
    if not t.roles:
        return []
    role, words = t.roles[-1], set(t.roles[-1].split())
    mods = _modifier_words(b.tg.lex)
    said = {w for r in t.roles for w in r.split()}
    return [
        i
        for i, o in enumerate(b.officials)
        if i not in b.redirect
        and (
            _role_match(role, o.roles, words)
            or _styled_in_full(words, o.titles)
            or (role == _PRIME_MINISTER and _heads_government(b, o))
        )
        and (not t.country or not o.country or t.country == o.country)
        and not (
            _lower_rank(mods, said, _held_as(role, words, o.roles, mods))
            and not _held_plain(b, words, o.titles)
        )
        and not _higher_rank(mods, said, o.roles)
        and not styled_masculine_only(b, t.text, o.titles, o.aliases)
    ]


def _title_gender(b: EntityBuilder, title: str) -> str:
    """The gender the first title word of ``title`` is written in, where the lexicon lists both
    forms of it for one role: "f" (the feminine ending: "the chairwoman"), "m" (its feminine form
    is another title word), "" (no such word, or no feminine form)."""
    P, lex = b.P, b.tg.lex.titles
    fem = P.fold(P.feminine_suffix) if P.feminine_suffix else ""
    if not fem:
        return ""
    for w in normalize_key(title).split():
        row = lex.get(w)
        if row is None:
            continue
        if row[0] not in ("role", "modifier"):
            return ""
        stem = w[: -len(fem)] if w.endswith(fem) else ""
        other = lex.get(stem) if stem else lex.get(w + fem)
        if other is None or other[2] != row[2]:
            return ""
        return "f" if stem else "m"
    return ""


def _styled_mister(b: EntityBuilder, aliases, feminine: bool = False) -> bool:
    """Some alias opens with an honorific in the masculine whose feminine form is listed too
    ("Mr X", "Dr X" beside "Mrs", "Dr" in the feminine): the official is a man; ``feminine``:
    one in the feminine form instead, the official is a woman."""
    P, lex = b.P, b.tg.lex.titles
    fem = P.fold(P.feminine_suffix) if P.feminine_suffix else ""
    for a in aliases:
        first = next(iter(normalize_key(a).split()), "")
        row = lex.get(first)
        if not fem or row is None or row[0] != "honorific":
            continue
        if feminine and first.endswith(fem) and first[: -len(fem)] in lex:
            return True
        if not feminine and first + fem in lex:
            return True
    return False


def styled_masculine_only(
    b: EntityBuilder, mention: str, titles: list[str], aliases, styled: bool = True
) -> bool:
    """A title in the feminine ("the chairwoman") names a woman: not an official every title of
    whom is written in the masculine ("chairman of X") and who is styled as a man ("Mr X"; with
    ``styled`` False: who is at least not styled as a woman, "Mrs X"). Masculine titles alone do
    not make a man: a woman is often given the masculine form of her title ("the ambassador",
    "the minister")."""
    if _title_gender(b, mention) != "f":
        return False
    if {_title_gender(b, x) for x in titles} - {""} != {"m"}:
        return False
    if styled:
        return _styled_mister(b, aliases)
    return not _styled_mister(b, aliases, feminine=True)


def _higher_rank(mods: frozenset[str], said: set[str], roles: set[str]) -> bool:
    """The mention names a modifier none of the official's roles has: "the deputy minister" is
    not the minister of state, nor the minister (``said``: the mention's role words)."""
    return bool(mods & said - {w for r in roles for w in r.split()})


_PRIME_MINISTER, _PRESIDENT = "prime minister", "president"  # roles of titles.tsv


def _heads_government(b: EntityBuilder, o) -> bool:
    """Head-initial languages style the prime minister "head of the council of ministers" or "head
    of the government": the official heads (no modifier) a cabinet or government, so "the prime
    minister" of a headline is theirs."""
    if not b.P.head_initial or _PRESIDENT not in o.roles:
        return False
    heads = {_PRESIDENT}
    if any(b.agencies[b.acanon(a)].kind in _GOVERNING_KINDS for a in o.agencies):
        return _held_plain(b, heads, o.titles)
    gov = {b.P.strip_definite(w) for w in b.W.government_head}
    return any(
        _held_plain(b, heads, [x])
        and gov & {b.P.strip_definite(w) for w in normalize_key(x).split()}
        for x in o.titles
    )


def _held_plain(b: EntityBuilder, words: set[str], titles: list[str]) -> bool:
    """Head-initial languages: a modifier governs the role word right after it, so a role word of
    the mention after no modifier is a second post held in full ("na'ib ra'is majlis al-wuzara'
    wazir al-dakhiliyya" is the interior minister; "na'ib wazir al-dakhiliyya" is not)."""
    if not b.P.head_initial:
        return False
    lex, conj = b.tg.lex.titles, b.tg.W.conjunction
    for x in titles:
        after_mod = False
        for w in normalize_key(x).split():
            row = lex.get(w) or (lex.get(w[1:]) if w[:1] in conj else None)
            if row is None:
                after_mod = False
                continue
            if row[0] == "role" and not after_mod and set(row[2].split()) & words:
                return True
            after_mod = row[0] == "modifier"
    return False


def _held_as(role: str, words: set[str], roles: set[str], mods: frozenset[str]) -> set[str]:
    """The official's roles the mention's role names, and the modifiers held alone ("deputy"):
    those count, not the words of another post or rank ("the director general" of a lieutenant
    general); all of them when none is named."""
    # "the minister" of "Deputy Prime Minister and Minister for X": the plain role held as such
    # is the post named, not the deputy premiership that also contains the word
    named = {r for r in roles if r == role} or {r for r in roles if _role_match(role, {r}, words)}
    # "the commerce minister" of "Deputy Prime Minister and Minister of Commerce": the plain
    # "minister" is the post named, not the deputy premiership beside it
    named = named or {r for r in roles if set(r.split()) <= words - mods}
    return named | {r for r in roles if set(r.split()) <= mods} if named else roles


def _styled_in_full(words: set[str], titles: list[str]) -> bool:
    """A short style of a title held in full: every word of the mention's role is a word of one
    of the official's titles ("the foreign secretary" ~ "secretary of state for foreign affairs",
    "the foreign minister" ~ "minister of foreign affairs")."""
    return len(words) > 1 and any(words <= set(normalize_key(x).split()) for x in titles)


def held_title(b: EntityBuilder, t) -> bool:
    """Some official of the article holds title mention ``t``."""
    return _title_holder(b, t) is not None


def _title_holder(b: EntityBuilder, t, headline: bool = False) -> int | None:
    """The only official (or the first-named one) holding a title mentioned alone (``headline``:
    the mention is a head-initial headline's, which announces the body's protagonist)."""
    cands = _plain_role_holders(b, t, _holders(b, t))
    if not cands and t.country:
        return _same_portfolio_holder(b, t)
    same_country = [i for i in cands if t.country and b.officials[i].country == t.country]
    if len(same_country) == 1:
        return same_country[0]  # "the Tanzanian president": the one Tanzanian holder, not the host
    key = normalize_key(t.text)
    # prefer those whose title text matches exactly
    exact = [
        i
        for i in cands
        if any(_same_title(normalize_key(x), key) for x in b.officials[i].titles)
        or (t.country and b.officials[i].country == t.country)
    ]  # "the Chinese ambassador" ~ "ambassador of China"
    if not exact:
        exact = _same_body_holder(b, t, cands)
    if not exact:
        exact = _title_with_anaphor(b, t, cands)
    if not exact and t.country:
        exact = _title_of_country(b, t, cands)
    if not exact:
        exact = _government_post_holder(b, t, cands)
    if not exact and t.country:
        exact = _same_title_other_country_form(b, t, cands)
    if (
        not exact
        and t.country
        and len(cands) == 1
        and b.officials[cands[0]].country is None
        and not _names_other_post(b, t, b.officials[cands[0]].titles)
        and not any(
            o.country == t.country and (not headline or _role_match(t.roles[-1], o.roles))
            for o in b.officials
        )
    ):
        # "the Kuwaiti minister": the one minister of no known country, no Kuwaiti named (in a
        # headline, no Kuwaiti of that role, deputy or not: "the Kuwaiti foreign minister holds
        # talks" over a body naming "the foreign minister X" and "the ambassador of Kuwait Y")
        exact = cands
    if not t.bare and not _closed_by_definite_role(b, t):
        # "head of the intelligence" is not any "the president": a governed noun must match
        cands = exact
    pick = exact if len(exact) == 1 else cands
    # a bare title most often refers back to the article's first-named holder of it
    return pick[0] if pick else None


_MINISTER_ROLES: dict[int, tuple[object, frozenset[str]]] = {}


def _role_fields(b: EntityBuilder, roles: set[str]) -> set[str]:
    """The portfolios of the roles that imply a ministry ("foreign secretary", "foreign minister":
    foreign), one set of such roles per lexicon."""
    lex = b.tg.lex
    cached = _MINISTER_ROLES.get(id(lex))
    if cached is None or cached[0] is not lex:
        implied = frozenset(
            row[2]
            for row in lex.titles.values()
            if isinstance(row, tuple) and row[0] == "role" and row[1]
        )
        cached = _MINISTER_ROLES[id(lex)] = (lex, implied)
    return {f for r in roles if r in cached[1] and (f := lex.ministry_key(frozenset(r.split())))}


def _same_portfolio_holder(b: EntityBuilder, t) -> int | None:
    """No official holds the mention's role, but one of its country, holding no modifier (no
    deputy), heads the same portfolio under another style: "the British foreign secretary"
    after "his British counterpart X", the counterpart of a foreign minister."""
    fields = _role_fields(b, set(t.roles[-1:]))
    if not fields:
        return None
    mods = _modifier_words(b.tg.lex)
    found = [
        i
        for i, o in enumerate(b.officials)
        if i not in b.redirect
        and o.country == t.country
        and fields & _role_fields(b, o.roles)
        and not any(set(r.split()) & mods for r in o.roles)
    ]
    return found[0] if len(found) == 1 else None


def _governed(b: EntityBuilder, keys: list[str]) -> set[str]:
    """The words of a title that are no title word (role, modifier) nor a function word: what the
    role governs ("majlis al-wuzara'" of "ra'is majlis al-wuzara'"), without the article."""
    lex, stop = b.tg.lex.titles, b.tg.stop_words
    return {b.P.strip_definite(w) for w in keys if w not in lex and w not in stop and w.isalpha()}


def _mention_governs(b: EntityBuilder, t) -> set[str]:
    """What title mention ``t`` governs: its words of no title ("prime minister" is one) and of no
    country, less the title and function words (:func:`_governed`)."""
    tg = b.tg
    tagged = {
        k for k in range(t.start, t.end) if (h := tg.hits.get(k)) and h.kind in ("country", "title")
    }
    return _governed(b, [tg.norms[k] for k in range(t.start, t.end) if k not in tagged])


def _names_other_post(b: EntityBuilder, t, titles: list[str]) -> bool:
    """Title mention ``t`` governs a noun of its own besides its country, naming no body ("the
    president of the Republic of Finland"), and every title of the official governs other nouns
    ("the head of the Council of Ministers", "the head of the Amiri Diwan"): another post, so
    not that official's even when the mention's country is the only one unknown."""
    if t.agencies:
        return False
    said = _mention_governs(b, t)
    return bool(said) and all(
        (held := _governed(b, normalize_key(x).split())) and not held & said for x in titles
    )


def _plain_role_holders(b: EntityBuilder, t, cands: list[int]) -> list[int]:
    """ "The minister" is a minister, not the prime minister: an official holding the role only as
    part of "prime minister" gives way to another candidate."""
    role = t.roles[-1] if t.roles else None
    if (
        role is None
        or role == _PRIME_MINISTER
        or not set(role.split()) < set(_PRIME_MINISTER.split())
    ):
        return cands
    words = set(role.split())
    plain = [
        i
        for i in cands
        if any(_role_match(role, {r}, words) for r in b.officials[i].roles - {_PRIME_MINISTER})
    ]
    return plain or cands


def _closed_by_definite_role(b: EntityBuilder, t) -> bool:
    """A head-initial title whose last role word is definite ("the deputy the-minister") governs
    nothing after it: the words the mention runs on with ("… in-the-role the-Qatari") are no
    field of the post, the mention is the bare post."""
    tg = b.tg
    if not b.P.head_initial or t.end - t.start < 3:
        return False
    k = next(
        (i for i in range(t.start + 1, t.end) if (h := tg.at(i, "title")) and h.end < t.end), None
    )
    h = tg.at(k, "title") if k is not None else None
    if h is None or h.info[0] != "role" or not tg.is_def(h.end - 1):
        return False
    return all(tg.kind(i) in (None, "country") for i in range(h.end, t.end))


def _same_body_holder(b: EntityBuilder, t, cands: list[int]) -> list[int]:
    """The only candidate belonging to the well-known body the mention's title names in another
    form ("assistant secretary-general of the Arab League" ~ "… of the League of Arab States")."""
    keys = {b.body_key(m) for m in t.agencies} - {None}
    texts = {normalize_key(m.text) for m in t.agencies if not m.implied}
    if not keys and not texts:
        return []
    found = [
        i
        for i in cands
        if any(_names_body(b, b.acanon(a), keys, texts) for a in b.officials[i].agencies)
    ]
    return found if len(found) == 1 else []


def _title_with_anaphor(b: EntityBuilder, t, cands: list[int]) -> list[int]:
    """The only candidate whose title is the mention's once its last word, definite, is read as
    the same noun governing a name: "the governor of the-province" ~ "governor of province X"
    (the noun drops its article before the name it governs)."""
    said = normalize_key(t.text).split()
    if len(said) < 2 or not b.P.is_definite(said[-1]):
        return []
    head = said[:-1] + _bare_words(b, said[-1:])
    found = [
        i
        for i in cands
        if any(
            len(words := normalize_key(x).split()) > len(head) and words[: len(head)] == head
            for x in b.officials[i].titles
        )
    ]
    return found if len(found) == 1 else []


def _title_of_country(b: EntityBuilder, t, cands: list[int]) -> list[int]:
    """The only candidate one of whose titles names the mention's country and no other, by a word
    of its own (a nisba, the country's name, that name after a glued preposition), and holds the
    nouns the mention governs, its holder's country being still unread there: "the Croatian
    minister" ~ "minister of the economy, <a union's name> and trade, the-Croatian"; not the head
    of a friendship group of two countries."""
    said = _mention_governs(b, t)
    found = [
        i
        for i in cands
        if any(
            _countries_named(b, x) == {t.country} and said <= _governed(b, normalize_key(x).split())
            for x in b.officials[i].titles
        )
    ]
    return found if len(found) == 1 else []


def _countries_named(b: EntityBuilder, title: str) -> set[str]:
    """The countries whose name or nisba is a word of ``title`` (or that word without a glued
    one-letter proclitic: any first letter cut off could leave another country's name)."""
    countries, found = b.tg.lex.countries, set()
    glued = tuple(p for p in b.P.proclitics if len(p) == 1)
    for word in title.split():
        norm = b.P.fold(word)
        for form in (norm, norm[1:]) if norm.startswith(glued) else (norm,):
            hit = countries.get(form)
            if hit is not None and hit[1] in ("name", "nisba"):
                found.add(hit[0])
    return found


def _government_post_holder(b: EntityBuilder, t, cands: list[int]) -> list[int]:
    """The only candidate belonging to a government or a cabinet when the mention's post governs
    nothing but one of them: "the deputy head of the government" ~ "deputy head of the council of
    ministers X", two styles of one post."""
    tg = b.tg
    rest = [
        k
        for k in range(t.start, t.end)
        if not ((h := tg.hits.get(k)) is not None and h.kind in ("title", "country"))
    ]
    if not rest or not all(
        (h := tg.hits.get(k)) is not None and h.kind == "agency" and h.info[0] in _GOVERNING_KINDS
        for k in rest
    ):
        return []
    found = [
        i
        for i in cands
        if any(b.agencies[b.acanon(a)].kind in _GOVERNING_KINDS for a in b.officials[i].agencies)
    ]
    return found if len(found) == 1 else []


def _names_body(b: EntityBuilder, ai: int, keys: set, texts: set[str]) -> bool:
    """Agency ``ai`` is the well-known body of one of ``keys``, or one of ``texts`` (of two words
    or more) is words of its name or an alias ("the president of the X bank" ~ "the president of
    the X bank group")."""
    a = b.agencies[ai]
    if a.body is not None and a.body in keys:
        return True
    names = [f" {normalize_key(n)} " for n in (a.name, *a.aliases)]
    return any(f" {x} " in n for x in texts if " " in x for n in names)


def _bare_words(b: EntityBuilder, words: list[str]) -> list[str]:
    dp = b.P.definite_prefix
    return [w[len(dp) :] if dp and w.startswith(dp) and len(w) > len(dp) + 1 else w for w in words]


def _same_title_other_country_form(b: EntityBuilder, t, cands: list[int]) -> list[int]:
    """The only candidate whose title starts with the mention's words once its country word is
    left out ("the Chinese deputy trade minister" ~ "deputy trade minister in China", "the Chinese
    deputy minister" ~ the same), its country agreeing or unknown; else none."""
    tg = b.tg
    core = [
        tg.norms[j]
        for j in range(t.start, t.end)
        if not (tg.hits.get(j) and tg.hits[j].kind == "country") and tg.norms[j] not in b.W.article
    ]
    if len(core) < 2:
        return []
    head = _bare_words(b, [normalize_key(w) for w in core])
    found = [
        i
        for i in cands
        if any(
            _title_in_country(b, head, x, b.officials[i].country, t.country)
            for x in b.officials[i].titles
        )
    ]
    return found if len(found) == 1 else []


def _title_in_country(
    b: EntityBuilder, head: list[str], title: str, held: str | None, said: str | None
) -> bool:
    """The title starts with the mention's words and is in its country: the same country, or an
    unknown one with more words after them (its place: "deputy trade minister in X")."""
    words = _bare_words(b, normalize_key(title).split())
    if words[: len(head)] != head:
        return False
    return held == said or (held is None and len(words) > len(head))


def _sentence_of(sents: list[Span], starts: list[int], k: int) -> int | None:
    """The index of the sentence holding token ``k`` (``starts``: the sentences' starts)."""
    n = bisect_right(starts, k) - 1
    return n if n >= 0 and k < sents[n].end else None


def _title_mentions(b: EntityBuilder, sents: list[Span], titles: "TitleBook") -> None:
    starts = [s.start for s in sents]
    others: set[str] = set()  # bare titles that named someone other than a holder named after
    for k in list(titles.at):
        if k in titles.bound:
            continue
        t = titles.at[k]
        if t.bare and normalize_key(t.text) in others:
            continue  # "The Prime Minister welcomed Prime Minister X … the Prime Minister said"
        if not title_mention(b, sents, starts, k, titles) and t.bare:
            si, oi = _sentence_of(sents, starts, k), _title_holder(b, t)
            if si is not None and oi is not None and _named_in(b, si, oi, k):
                others.add(normalize_key(t.text))


def title_mention(
    b: EntityBuilder, sents: list[Span], starts: list[int], k: int, titles: "TitleBook"
) -> bool:
    """The title at ``k`` mentions an official found before (``starts``: the sentences'
    starts): that official gets it as an alias and a mention there. False when none holds it."""
    norms, t = b.tg.norms, titles.at[k]
    si = _sentence_of(sents, starts, k)
    if si is None:
        return False
    # a headline's post (not "his counterpart", which names no post) announces the body's holder
    lead = b.P.head_initial and k < sents[0].end and COUNTERPART not in t.roles
    oi = _title_holder(b, t, headline=lead)
    if oi is not None and t.bare:
        oi = _earlier_holder(b, t, oi, si, k)
    if oi is not None and k > sents[si].start and norms[k - 1] in b.W.visiting:
        oi = _visiting_holder(b, t, oi)
    if oi is None or _named_without_country(b, si, oi, t):
        return False
    if _named_in(b, si, oi, k) and not _known_of_country(b, si, oi, t):
        return False
    start = k - 1 if k > 0 and norms[k - 1] in b.W.article else k
    surface = tokens_text(b.tg, start, t.end)
    b.officials[oi].aliases.add(surface)
    b.officials[oi].country = b.officials[oi].country or t.country  # "the Chinese minister"
    b.add_part(si, Part(OFFICIAL, oi, k, t.end, b.after_marker(k)))
    if t.country:  # "the Chinese deputy trade minister": the Chinese trade ministry is theirs
        b.bind_title(oi, t, sents[si])
    titles.bound.add(k)
    return True


def _visiting_holder(b: EntityBuilder, t, oi: int) -> int:
    """ "the visiting minister": of the post's holders, the one holder of a known country other
    than the dispatch's (the dateline's: the host's), else ``oi``. A guest is by definition away
    from home, and a dispatch is filed where the visit takes place; without a dateline the host's
    country is unknown, so no guest can be told from the host and ``oi`` stands."""
    home = b.dateline
    if home is None:
        return oi
    abroad = [
        i
        for i in _holders(b, t)
        if i not in b.redirect and b.officials[i].country not in (None, home)
    ]
    return abroad[0] if len(abroad) == 1 else oi


def _body_possessed(b: EntityBuilder, start: int) -> bool:
    """The official's mention at ``start`` opens with a body's possessive and a title (a body
    named, then "its <title>, <name>"): the post is held in the body just named, another than
    any the article spoke of before by the bare title."""
    own = b.W.body_possessive
    return b.tg.norms[start] in own or (start > 0 and b.tg.norms[start - 1] in own)


def _earlier_holder(b: EntityBuilder, t, oi: int, si: int, k: int) -> int | None:
    """A bare title refers back ("The Secretary thanked the Foreign Minister"): a holder first
    named only after it gives way to the one other official named before it who holds the role
    or heads a ministry of the same portfolio ("Minister of Foreign and Expatriates Affairs").
    None: the holder named after is a body's own titled by its possessive, not the one meant."""

    def first(i: int) -> tuple[int, int] | None:
        return min(
            (
                (s, p.start)
                for s, ps in b.parts.items()
                for p in ps
                if p.kind == OFFICIAL and b.canon(p.ref) == i
            ),
            default=None,
        )

    def fields(i: int) -> set[str]:
        return {
            f for a in b.officials[i].agencies if (f := b.agencies[b.acanon(a)].field) is not None
        }

    mine = first(oi)
    if mine is None or mine < (si, k):
        return oi
    if _body_possessed(b, mine[1]):
        return None
    holders = set(_holders(b, t))
    same = holders | {
        i for i, o in enumerate(b.officials) if i not in b.redirect and fields(oi) & fields(i)
    }
    named = [
        i
        for i in sorted(same)
        if i != oi
        and (f := first(i)) is not None
        and f < (si, k)
        and (not t.country or b.officials[i].country == t.country)
    ]
    # of several named before, the one holding the role itself (not a head of a body of the same
    # portfolio: "the minister" is not a ministry's permanent secretary)
    held = [i for i in named if i in holders]
    return named[0] if len(named) == 1 else held[0] if len(held) == 1 else oi


def _named_in(b: EntityBuilder, si: int, oi: int, k: int) -> bool:
    """Official ``oi`` is named later in sentence ``si`` than token ``k``: a bare title before the
    name is someone else ("the Prime Minister met Libyan Prime Minister X": not X; after the name
    it may be X again)."""
    return any(
        p.kind == OFFICIAL and b.canon(p.ref) == oi and p.start > k for p in b.parts.get(si, [])
    )


def _known_of_country(b: EntityBuilder, si: int, oi: int, t) -> bool:
    """Official ``oi`` was named in a sentence before ``si`` and is of the country title mention
    ``t`` gives: the country's post said again before the holder's name later in the same sentence
    is that holder, once named in full ("the host took the Ruritanian minister to a factory, where
    Y praised …"), not another person of the post (two holders of one country's post do not
    meet)."""
    if t.country is None or b.officials[oi].country != t.country:
        return False
    return any(
        p.kind == OFFICIAL and b.canon(p.ref) == oi for s in range(si) for p in b.parts.get(s, [])
    )


def _named_without_country(b: EntityBuilder, si: int, oi: int, t) -> bool:
    """Official ``oi``, of no known country, is named in sentence ``si`` and the title mention
    there gives a country: another person ("Foreign Minister X received the French foreign
    minister")."""
    return (
        t.country is not None
        and b.officials[oi].country is None
        and any(p.kind == OFFICIAL and b.canon(p.ref) == oi for p in b.parts.get(si, []))
    )


def counterpart_roles(b: EntityBuilder) -> None:
    """ "X received his Omani counterpart Y": Y holds X's roles (the nearest official before Y in
    the sentence, of another country), so "the Omani minister" later is Y."""
    for parts in b.parts.values():
        for n, p in enumerate(parts):
            if p.kind != OFFICIAL:
                continue
            o = b.officials[b.canon(p.ref)]
            if COUNTERPART not in o.roles:
                continue
            for q in reversed(parts[:n]):
                other = b.officials[b.canon(q.ref)] if q.kind == OFFICIAL else None
                if other is not None and other is not o and other.country != o.country:
                    o.roles.update(other.roles - {COUNTERPART})
                    break


def mentions_of_known_officials(
    b: EntityBuilder, sents: list[Span], used: set[int], titles: "TitleBook"
) -> None:
    """Full-name, surname-only and title-only mentions of the officials found."""
    by_full, by_last = _name_indexes(b)
    at = _name_starts(b, _index_words(by_full, by_last))
    for si, s in enumerate(sents):
        lo, hi = bisect_left(at, s.start), bisect_left(at, s.end)
        if lo < hi:
            _name_mentions(b, si, s, used, titles, by_full, by_last, at[lo:hi])
    _title_mentions(b, sents, titles)

"""Stage 5 of extraction: ids, de-duplication and the :class:`~graphbuild.model.Extraction`.

Ids are deterministic and label-aware (:func:`entity_id`). A ministry gets one
canonical name and id per portfolio and country (``lang/ministries.tsv``). Each
entity and relation keeps the ``rule`` that produced it and a ``confidence``
derived from it. Relations are keyed as their type says (one MET_WITH per
unordered pair, one SAID per speaker and quote, one MEMBER_OF per pair) and come
in the order of their type's phase, then in text order.
Whether a type is symmetric or quoted is read from :mod:`graphbuild.schema`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import cache

from spacy.tokens import Span

from .. import schema
from ..lang import (
    load_bodies,
    load_countries,
    load_lexicon,
    load_ministries,
    load_profile,
    norm_form,
)
from ..model import Article, Entity, Extraction, Relation
from ..text import normalize_key
from .entities import DELEGATION as _DELEGATION
from .entities import INTERNATIONAL as _INTERNATIONAL
from .entities import MEMBER_OF as _MEMBER_OF
from .entities import MINISTRY as _MINISTRY
from .entities import Agency, Entities
from .relations import Registry
from .relations.member_of import topic_country
from .tagger import span_text
from .values import AGENCY, COUNTRY, OFFICIAL, PendingRelation, Ref

__all__ = ["assemble", "entity_id", "ENTITY_RULES"]

ENTITY_RULES = {
    "official.title+name": 0.95,
    "official.name+title": 0.9,
    "official.coordinated": 0.7,
    "agency.head": 0.9,
    "agency.implied_by_title": 0.85,
    "agency.anaphor": 0.7,
    "country.lexicon": 0.95,
}
_TYPE_ORDER = (OFFICIAL, AGENCY, COUNTRY)
_BARE_HEAD = "member.title_head"  # relations/member_of.py: a title's bare head resolved
# kinds of body that are no part of another (lang/<code>/agencies.tsv): "the Director of the
# Cabinet of the Presidency" holds an office of the presidency's
_WHOLE = frozenset({"government", "cabinet"})


def entity_id(type_: str, key: str, country: str | None = None) -> str:
    """Label-aware deterministic id.

    ``Official:<key>``, ``Agency:<key>[@ISO3]``, ``Country:<ISO3>``.
    """
    if type_ == COUNTRY:
        return f"Country:{key}"
    nk = normalize_key(key)
    if type_ == AGENCY and country:
        return f"Agency:{nk}@{country}"
    return f"{type_}:{nk}"


def _agency_key(a: Agency) -> str:
    return " ".join(sorted(a.words)) if a.words else a.name


def _without_shared_aliases(ents: list[Entity], lang: str) -> list[Entity]:
    """A generic alias that two agencies of different countries both carry ("Ministry of Foreign
    Affairs" of the Saudi and the Japanese ministries) names neither of them: it is dropped; an
    agency of no known country counts as one more country (the host's "the ministry" and a
    guest's ministry named from a title are two bodies), and keeps it."""
    owners: dict[str, set[str | None]] = {}
    names: dict[str, set[str | None]] = {}
    for e in ents:
        if e.type == AGENCY:
            for a in e.aliases:
                owners.setdefault(normalize_key(a), set()).add(e.country)
            names.setdefault(normalize_key(e.name), set()).add(e.country)
    for e in ents:  # a name one body of no known country bears: that body's too
        if e.type == AGENCY and not e.country:
            owners.setdefault(normalize_key(e.name), set()).add(None)
    # a name another known country's body bears as an alias ("Ministry of Foreign Affairs and
    # International Cooperation" of two governments, one named so, one by its nisba): neither's
    crossed = {k for k, cs in names.items() if (owners.get(k, set()) - cs) - {None}}
    shared = {k for k, cs in owners.items() if len(cs) > 1} | crossed
    shared_names = {k for k, cs in names.items() if len(cs) > 1} | crossed
    stateless = _stateless_shared(ents) | _shared_bare_heads(ents, lang)
    if not shared and not shared_names and not stateless:
        return ents
    out = []
    for e in ents:
        if e.type == AGENCY and e.country:
            e = replace(e, aliases=tuple(a for a in e.aliases if normalize_key(a) not in shared))
            if normalize_key(e.name) in shared_names:
                e = _named_by_country(e, lang)
        if e.type == AGENCY and stateless:
            e = replace(e, aliases=tuple(a for a in e.aliases if normalize_key(a) not in stateless))
        out.append(e)
    return out


def _bare_word(key: str, lang: str) -> str:
    """A keyed one-word name without its article ("al-lajna", "the Committee" → its noun)."""
    P = load_profile(lang)
    words = key.split()
    if len(words) == 2 and words[0] in P.words.article:
        words = words[1:]
    return P.strip_definite(words[0]) if len(words) == 1 else ""


def _shared_bare_heads(ents: list[Entity], lang: str) -> set[str]:
    """A bare head alias ("al-lajna", the committee) when two agencies of no known country have
    names that open with that noun (the house's foreign affairs committee and the visitors'): it
    names neither (a body of a known country leaves it to the host's, as for shared aliases).
    Head-initial languages (a head-final name may open with its head too: "Ministry of X")."""
    if not load_profile(lang).head_initial:
        return set()
    heads: dict[str, int] = {}
    for e in ents:
        if e.type == AGENCY and not e.country and len(words := normalize_key(e.name).split()) > 1:
            head = _bare_word(words[0], lang)
            heads[head] = heads.get(head, 0) + 1
    return {
        k
        for e in ents
        if e.type == AGENCY
        for k in map(normalize_key, e.aliases)
        if (w := _bare_word(k, lang)) and heads.get(w, 0) > 1
    }


def _stateless_shared(ents: list[Entity]) -> set[str]:
    """A bare alias ("the council") that two agencies of no known country both carry, and
    neither bears as its name (the State Council and the municipal council of one article):
    it names neither."""
    count: dict[str, int] = {}
    names = {normalize_key(e.name) for e in ents if e.type == AGENCY}
    for e in ents:
        if e.type == AGENCY and not e.country:
            for k in {normalize_key(a) for a in e.aliases}:
                count[k] = count.get(k, 0) + 1
    return {k for k, n in count.items() if n > 1 and k not in names}


def _named_by_country(e: Entity, lang: str) -> Entity:
    """Two agencies of different countries with one generic name ("Foreign Ministry"): each is
    named by its shortest alias that is the name with a qualifier before it ("Egyptian Foreign
    Ministry"), or with its country's nisba after it ("wizarat al-kharijiyya al-misriyya"),
    where there is one."""
    key = normalize_key(e.name)
    countries = load_lexicon(lang).countries
    longer = sorted(
        (
            a
            for a in e.aliases
            if normalize_key(a).endswith(f" {key}")
            or (
                normalize_key(a).startswith(f"{key} ")
                and (countries.get(norm_form(a[len(key) + 1 :], lang)) or ("",))[0] == e.country
            )
        ),
        # the adjective's form before the name's ("Spanish Foreign Ministry", not "Spain …")
        key=lambda a: (
            (countries.get(norm_form(a[: -len(key) - 1], lang)) or ("", ""))[1] == "name",
            len(a),
            a,
        ),
    )
    if not longer:
        return e
    return replace(e, name=longer[0], aliases=tuple(a for a in e.aliases if a != longer[0]))


class _Ids:
    """Entity ids of one article, and its entities in the making."""

    def __init__(self, entities: Entities, lang: str, separator: str) -> None:
        self.e, self.lang, self.sep = entities, lang, separator
        self.countries = load_countries()
        self.officials: dict[int, str] = {}
        self.agencies: dict[int, str] = {}
        self.out: list[Entity] = []
        self.have_countries: set[str] = set()
        self.side_ids: set[str] = set()

    def add_officials(self) -> None:
        e = self.e
        for i, o in enumerate(e.officials):
            if i in e.redirect:
                continue
            # inherit a country from their agencies when the title had none
            country = o.country or next(
                (
                    e.agencies[e.acanon(a)].country
                    for a in o.agencies
                    if e.agencies[e.acanon(a)].country
                ),
                None,
            )
            eid = entity_id(OFFICIAL, o.name)
            self.officials[i] = eid
            aliases = sorted(a for a in o.aliases if normalize_key(a) != o.key)
            self.out.append(
                Entity(
                    id=eid,
                    type=OFFICIAL,
                    name=o.name,
                    aliases=tuple(aliases),
                    country=country,
                    title=self.sep.join(o.titles) or None,
                    confidence=ENTITY_RULES.get(o.rule, 0.8),
                    rule=o.rule,
                    merges=o.merges,
                )
            )

    def add_agencies(self) -> None:
        used: set[str] = set()
        for i, a in enumerate(self.e.agencies):
            name, name_en, eid, canon = self._agency_name(a)
            if i in self.e.agency_redirect:
                self.agencies[i] = eid
                continue
            if eid in used and a.parent:
                # one name, two bodies: parts of two others ("the foreign affairs committee" of
                # two chambers)
                eid = f"{eid}~{' '.join(sorted(a.parent))}"
            elif eid in used and a.compound:
                # two ministries of one portfolio under their own names (two governments')
                eid = f"{eid}~{normalize_key(a.name)}"
            used.add(eid)
            self.agencies[i] = eid
            key = normalize_key(name)
            aliases = sorted(
                {x for x in a.aliases | {a.name} | canon if x and normalize_key(x) != key}
            )
            self.out.append(
                Entity(
                    id=eid,
                    type=AGENCY,
                    name=name,
                    aliases=tuple(aliases),
                    country=a.country,
                    name_en=name_en,
                    kind=a.kind,
                    confidence=ENTITY_RULES.get(a.rule, 0.8),
                    rule=a.rule,
                )
            )

    def _agency_name(self, a: Agency) -> tuple[str, str | None, str, set[str]]:
        """(name, English name, id, canonical names as aliases).

        One per portfolio and country, or per well-known body.
        """
        if a.body:
            # named by its fullest form in the text, its canonical names as aliases
            names = load_bodies()[a.body]
            return (
                a.name,
                names.get("en"),
                entity_id(AGENCY, f"body {a.body}", a.country),
                set(names.values()),
            )
        if a.field:
            names = load_ministries()[a.field]
            eid = entity_id(AGENCY, f"ministry {a.field}", a.country)
            # "Ministry of Foreign Affairs and International Cooperation": its own name
            if a.compound:
                return a.name, None, eid, set(names.values())
            return names.get(self.lang) or names["en"], names.get("en"), eid, set()
        return a.name, None, entity_id(AGENCY, _agency_key(a), a.country), set()

    def add_countries(self) -> None:
        for iso, forms in sorted(self.e.countries.items()):
            c = self.countries.get(iso)
            name = c.name(self.lang) if c else iso
            aliases = set(forms)
            if c:
                aliases.update(c.names.values())
            aliases.discard(name)
            self.out.append(
                Entity(
                    id=entity_id(COUNTRY, iso),
                    type=COUNTRY,
                    name=name,
                    aliases=tuple(sorted(aliases)),
                    country=iso,
                    name_en=c.name_en if c else None,
                    confidence=ENTITY_RULES["country.lexicon"],
                    rule="country.lexicon",
                )
            )
        self.have_countries = {x.id for x in self.out if x.type == COUNTRY}

    def side_ministry(self, ai: int, iso: str) -> str:
        """The id of ministry ``ai``'s namesake of country ``iso`` (made the first time)."""
        a = self.e.agencies[ai]
        eid = entity_id(AGENCY, f"ministry {a.field}", iso)
        if eid not in self.side_ids:
            self.side_ids.add(eid)
            if all(x.id != eid for x in self.out):
                base = next(x for x in self.out if x.id == self.agencies[ai])
                self.out.append(replace(base, id=eid, country=iso, aliases=()))
        return eid

    def indexed(self, kind: str, index: int) -> str:
        """The id of the official (kind Official) or agency at ``index`` of the entity table."""
        if kind == OFFICIAL:
            return self.officials[self.e.canon(index)]
        return self.agencies[self.e.acanon(index)]

    def of(self, ref: Ref) -> str | None:
        """The id of an endpoint (None when unknown).

        A country only named by a membership is added.
        """
        if ref.kind in (OFFICIAL, AGENCY):
            assert isinstance(ref.key, int), ref  # officials and agencies are table indices
            return self.indexed(ref.kind, ref.key)
        eid = entity_id(COUNTRY, str(ref.key))
        if eid not in self.have_countries:
            c = self.countries.get(str(ref.key))
            if c is None:
                return None
            name = c.name(self.lang)
            self.out.append(
                Entity(
                    id=eid,
                    type=COUNTRY,
                    name=name,
                    aliases=tuple(sorted(set(c.names.values()) - {name})),
                    country=c.iso3,
                    name_en=c.name_en,
                    confidence=0.8,
                    rule="country.lexicon",
                )
            )
            self.have_countries.add(eid)
        return eid


def _relation(
    typ: str,
    src: str,
    tgt: str | None,
    ev: Span,
    rule: str,
    quote: str | None,
    confidence: float,
    mentions: tuple[str, ...] = (),
) -> Relation:
    raw = span_text(ev)
    text = raw.strip()
    start = ev.start_char + (len(raw) - len(raw.lstrip()))
    return Relation(
        type=typ,
        source=src,
        target=tgt,
        evidence=text,
        quote=quote,
        start=start,
        end=start + len(text),
        confidence=confidence,
        rule=rule,
        mentions=tuple(mentions),
    )


def _key(r: PendingRelation, src: str, tgt: str | None) -> tuple:
    rt = schema.relation_type(r.type)
    if rt.symmetric:
        return (r.type, *sorted((src, tgt or "")))
    if rt.quoted:
        return (r.type, src, normalize_key(r.quote or ""))
    return (r.type, src, tgt)


def _mentions(
    ids: _Ids, entities: Entities, sent_index: dict[int, int], ev: Span, src: str
) -> tuple[str, ...]:
    """Entities named in the evidence sentence (other than the source)."""
    parts = [p for p in entities.parts.get(sent_index.get(ev.start, -1), ()) if p.start >= ev.start]
    return tuple(sorted({ids.indexed(p.kind, p.ref) for p in parts} - {src}))


def _member_to_agency(r: PendingRelation) -> bool:
    return (
        r.type == _MEMBER_OF
        and r.source.kind == OFFICIAL
        and r.target is not None
        and r.target.kind == AGENCY
    )


def _bodys_delegation_country(
    entities: Entities, r: PendingRelation, bodies_own: frozenset[int]
) -> bool:
    """A body's delegation linked to a country (:func:`_delegations_of_bodies`)."""
    return (
        r.type == _MEMBER_OF
        and r.source.kind == AGENCY
        and r.target is not None
        and r.target.kind == COUNTRY
        and entities.acanon(int(r.source.key)) in bodies_own
    )


def _delegations_of_bodies(
    entities: Entities, pending: tuple[PendingRelation, ...], lang: str
) -> frozenset[int]:
    """Delegations that are members of a body ("the Jordanian Senate delegation", "a delegation
    from the House of Lords"): the body's, linked to it; the body, not the delegation, is the
    country's (FORMAT.md). Head-final names put the body before the head, its demonym the
    body's; a nisba after a head-initial delegation is the delegation's own: none there."""
    if load_profile(lang).head_initial:
        return frozenset()
    out = set()
    for r in pending:
        if r.type != _MEMBER_OF or r.source.kind != AGENCY or r.target is None:
            continue
        if r.target.kind != AGENCY:
            continue
        i = entities.acanon(int(r.source.key))
        if entities.agencies[i].kind == _DELEGATION:
            out.add(i)
    return frozenset(out)


def _split_by_side(
    entities: Entities, pending: tuple[PendingRelation, ...]
) -> dict[tuple[int, int], str]:
    """(official, ministry) → country, for a ministry implied by the titles of officials of two
    sides ("the Uzbek delegation was headed by First Deputy Minister of Foreign Affairs X",
    "Foreign Secretary Y led the Pakistan delegation"): each side's minister is of their own
    country's ministry. An official's side is their title's country, else the one country of
    the delegations they belong to; the side of the first official named keeps the ministry."""
    sides: dict[int, set[str]] = {}
    holders: dict[int, set[int]] = {}
    for r in pending:
        if not _member_to_agency(r):
            continue
        assert r.target is not None
        oi, ai = entities.canon(int(r.source.key)), entities.acanon(int(r.target.key))
        a = entities.agencies[ai]
        if a.kind == _DELEGATION and a.country:
            sides.setdefault(oi, set()).add(a.country)
        elif a.implied and a.kind == _MINISTRY and a.field and not a.country and not a.body:
            holders.setdefault(ai, set()).add(oi)
    out: dict[tuple[int, int], str] = {}
    if not sides:
        return out
    for ai, ois in holders.items():
        by: dict[str, list[int]] = {}
        for oi in sorted(ois):
            side = sides.get(oi, set())
            c = entities.officials[oi].country or (min(side) if len(side) == 1 else None)
            if c:
                by.setdefault(c, []).append(oi)
        if len(by) < 2:
            continue
        first = min(by, key=lambda c: by[c][0])
        for c, group in by.items():
            if c != first:
                out.update({(oi, ai): c for oi in group})
    return out


def _titles_of_others(
    entities: Entities, pending: tuple[PendingRelation, ...]
) -> frozenset[tuple[int, int]]:
    """(official, agency) memberships read from a title that lies in another official's mention:
    "X, assistant minister, and the director of the Europe department at the ministry Y": the
    title that gives X the department is Y's, who holds it too."""
    titled = {
        (entities.canon(int(r.source.key)), entities.acanon(int(r.target.key))): r
        for r in pending
        if r.rule == "member.title" and _member_to_agency(r) and r.target is not None
    }
    mentions = [p for ps in entities.parts.values() for p in ps if p.kind == OFFICIAL]
    out = set()
    for (oi, ai), r in titled.items():
        ev = r.evidence
        holders = {
            entities.canon(p.ref) for p in mentions if p.start <= ev.start and ev.end <= p.end
        }
        if holders and oi not in holders and any((o, ai) in titled for o in holders):
            out.add((oi, ai))
    return frozenset(out) | _bare_heads_elsewhere(entities, pending, titled)


def _bare_heads_elsewhere(
    entities: Entities,
    pending: tuple[PendingRelation, ...],
    titled: dict[tuple[int, int], PendingRelation],
) -> frozenset[tuple[int, int]]:
    """(official, agency) memberships from a title's bare head ("undersecretary of the
    ministry") that the sentence itself resolves to another body of that kind ("a delegation
    from the Iraqi trade ministry headed by the ministry's undersecretary"): the body the
    sentence names is the one meant, not one named elsewhere in the article."""
    named: dict[int, set[int]] = {}
    for r in pending:
        if r.rule == _BARE_HEAD and _member_to_agency(r) and r.target is not None:
            named.setdefault(entities.canon(int(r.source.key)), set()).add(
                entities.acanon(int(r.target.key))
            )
    return frozenset(
        (oi, ai)
        for (oi, ai) in titled
        if ai not in named.get(oi, {ai})
        and any(entities.agencies[b].kind == entities.agencies[ai].kind for b in named[oi])
    )


def _titled_elsewhere(
    entities: Entities, r: PendingRelation, others: frozenset[tuple[int, int]]
) -> bool:
    """A membership from a title that another official's title holds, or whose bare head the
    sentence resolves to another body (:func:`_titles_of_others`)."""
    if not others or r.rule != "member.title" or not _member_to_agency(r) or r.target is None:
        return False
    return (entities.canon(int(r.source.key)), entities.acanon(int(r.target.key))) in others


def _titled_parts(
    entities: Entities, pending: tuple[PendingRelation, ...], lang: str
) -> tuple[frozenset[tuple[int, int]], tuple[PendingRelation, ...]]:
    """ "Chairman of the Foreign Affairs, Defence and Security Committee at the Council of
    Representatives": a title that names a body and, joined to it by a preposition of place or
    "of" (and the article), another body (a house of parliament, a ministry) places its holder
    in the first body and the first body in the other, not the holder in the other, as the
    entity stage does for most titles (a name that holds a list is left to this). A bare head
    ("the X Department at the Ministry") keeps the holder in the body it resolves to as well.
    (official, body) memberships to leave out and the first bodies' memberships in the others."""
    w = load_profile(lang).words
    joins = {normalize_key(x) for x in w.parent_prep | w.genitive | w.article}
    titled: dict[int, list[PendingRelation]] = {}
    for r in pending:
        if r.rule == "member.title" and _member_to_agency(r):
            titled.setdefault(entities.canon(int(r.source.key)), []).append(r)
    drop: set[tuple[int, int]] = set()
    extra: list[PendingRelation] = []
    for oi, rs in titled.items():
        titles = [f" {normalize_key(t)} " for t in entities.officials[oi].titles]
        bodies = {entities.acanon(int(r.target.key)): r for r in rs if r.target is not None}
        for hi, r in bodies.items():
            for bi in bodies:
                name = normalize_key(entities.agencies[bi].name)
                if bi == hi or entities.agencies[bi].kind in _WHOLE:
                    continue
                found = [
                    h
                    for h in _keys(entities.agencies[hi])
                    if any(_joined(t, name, h, joins) for t in titles)
                ]
                if found:
                    extra.append(replace(r, source=Ref(AGENCY, bi), rule="member.parent"))
                if any(" " in h for h in found):  # a bare head ("at the Ministry") keeps both
                    drop.add((oi, hi))
    return frozenset(drop), tuple(extra)


def _runs_over_names(
    entities: Entities, pending: tuple[PendingRelation, ...], lang: str
) -> tuple[frozenset[tuple[int, int]], tuple[PendingRelation, ...]]:
    """ "attended by the secretary of the assembly MP X and the chairman of the committee MP
    Y": a title that holds another official's full name followed by "and" ran over that
    official's name into the next one's; a body it names only before that name is the named
    official's, not its holder's. (official, body) memberships to leave out and the named
    officials' memberships in those bodies."""
    conj = _and_word(lang)
    # the canonical officials' names (a merged alias, shorter or not, is no official's name)
    names = {i: normalize_key(o.name) for i, o in enumerate(entities.officials)}
    names = {i: n for i, n in names.items() if " " in n and entities.canon(i) == i}
    drop: set[tuple[int, int]] = set()
    extra: list[PendingRelation] = []
    for r in pending:
        if r.rule != "member.title" or not _member_to_agency(r) or r.target is None:
            continue
        oi, ai = entities.canon(int(r.source.key)), entities.acanon(int(r.target.key))
        keys = _keys(entities.agencies[ai])
        for t in entities.officials[oi].titles:
            o = _named_before_and(f" {normalize_key(t)} ", names, oi, keys, conj)
            if o is not None:
                drop.add((oi, ai))
                extra.append(replace(r, source=Ref(OFFICIAL, o), rule="member.title_run"))
                break
    return frozenset(drop), tuple(extra)


@cache
def _and_word(lang: str) -> Callable[[str], bool]:
    """Whether a keyed word is "and": a conjunction of its own, or a glued one that the tokenizer
    would split off (:func:`split_clitic`: the rest a lexicon word): not any word that merely
    starts with its letter (wa- + "wazir" is not "wazir", "and" + "orra" is no "Andorra")."""
    from .pipeline import split_clitic

    profile, lex = load_profile(lang), load_lexicon(lang)
    conj = {normalize_key(x) for x in profile.words.conjunction}
    known = {f.split()[0] for f in lex.all_forms() | lex.stopwords | profile.words.phrase_break}

    def is_and(word: str) -> bool:
        if word in conj:
            return True
        hit = split_clitic(word, known, profile) if profile.proclitics else None
        return hit is not None and normalize_key(hit[0]) in conj

    return is_and


def _named_before_and(
    title: str, names: dict[int, str], oi: int, keys: set[str], conj: Callable[[str], bool]
) -> int | None:
    """The official (other than ``oi``) whose name ``title`` (keyed, spaced) holds right before
    a conjunction (a word of its own or its proclitic), with one of ``keys`` before the name
    and none after it."""
    for o, n in names.items():
        at = title.find(f" {n} ")
        if o == oi or at < 0:
            continue
        before, after = title[: at + 1], title[at + len(n) + 1 :]
        nxt = after.split()[:1]
        if not nxt or not conj(nxt[0]):
            continue
        if any(f" {k} " in before for k in keys) and not any(f" {k} " in after for k in keys):
            return o
    return None


def _keys(a: Agency) -> set[str]:
    """The keyed name and aliases of agency ``a``."""
    return {normalize_key(x) for x in (a.name, *a.aliases)}


def _parents_of_held_sub_bodies(
    entities: Entities, pending: tuple[PendingRelation, ...]
) -> frozenset[tuple[int, int]]:
    """(official, parent) memberships of a title that names a parent body right before the
    sub-body it holds ("Chair of the Senate X Committee", member_of's
    "member.title_sub"): the holder is in the committee, not in the house (FORMAT.md: the
    committee is the house's; its officers are the committee's)."""
    held = {
        (entities.canon(int(r.source.key)), entities.acanon(int(r.target.key)))
        for r in pending
        if r.rule == "member.title_sub" and _member_to_agency(r) and r.target is not None
    }
    if not held:
        return frozenset()
    parents = {
        (entities.acanon(int(r.source.key)), entities.acanon(int(r.target.key)))
        for r in pending
        if r.type == _MEMBER_OF
        and r.source.kind == AGENCY
        and r.target is not None
        and r.target.kind == AGENCY
    }
    return frozenset((oi, hi) for oi, bi in held for ci, hi in parents if ci == bi)


def _in_pair(entities: Entities, r: PendingRelation, pairs: frozenset[tuple[int, int]]) -> bool:
    """Membership ``r`` of an official in an agency is one of ``pairs`` (canonical)."""
    if not pairs or not _member_to_agency(r) or r.target is None:
        return False
    return (entities.canon(int(r.source.key)), entities.acanon(int(r.target.key))) in pairs


def _joined(title: str, body: str, house: str, joins: set[str]) -> bool:
    """``title`` (keyed, spaced) names ``body`` and then ``house`` with only ``joins`` words
    between them."""
    at = title.find(f" {body} ")
    if at < 0:
        return False
    rest = title[at + len(body) + 2 :]
    end = rest.find(f" {house} ")
    if end < 0:
        return False
    between = rest[:end].split()
    return bool(between) and all(x in joins for x in between)


_PLACE_FORMS = ("city", "capital")  # lang/countries: forms that name a place in a country


def _placed_body(entities: Entities, r: PendingRelation, lang: str) -> bool:
    """A body's link to a country its names carry only as a city's or capital's ("the Abu
    Dhabi Chamber", "Suez Canal Economic Zone"): a body of that place, named so, not the
    country's by its name (FORMAT.md: the name or title carries the country)."""
    if r.rule != "member.agency_country" or r.source.kind != AGENCY or r.target is None:
        return False
    a = entities.agencies[entities.acanon(int(r.source.key))]
    countries = load_lexicon(lang).countries
    placed = False
    # the name as written (aliases made from the country carry it); a country's possessive
    # ("Egypt's Suez Canal Authority") is its name
    marks = load_profile(lang).words.possessive_marker
    words = [_unpossessed(w, marks) for w in a.name.split()]
    for n in (3, 2, 1):
        for i in range(len(words) - n + 1):
            hit = countries.get(norm_form(" ".join(words[i : i + n]), lang))
            if hit is None or hit[0] != r.target.key:
                continue
            if hit[1] not in _PLACE_FORMS:
                return False
            placed = True
    return placed


def _unpossessed(word: str, marks: frozenset[str]) -> str:
    """``word`` without a possessive marker glued at its end ("Egypt's" → "Egypt")."""
    mark = next((m for m in marks if word.endswith(m) and len(word) > len(m)), "")
    return word[: len(word) - len(mark)] if mark else word


def _hosted_body(entities: Entities, r: PendingRelation, lang: str) -> bool:
    """An international body's office or mission named with the country it sits in after a
    preposition of place ("the International Organization for Migration in Tunisia"): the
    country is its seat, not its owner (none named before the preposition)."""
    if r.rule != "member.agency_country" or r.source.kind != AGENCY or r.target is None:
        return False
    P = load_profile(lang)
    a = entities.agencies[entities.acanon(int(r.source.key))]
    words = [P.fold(w) for w in a.name.split()]
    at = next((k for k, w in enumerate(words) if w in P.words.venue_prep), None)
    if at is None or not any(w in P.words.international_adjective for w in words[:at]):
        return False
    countries = load_lexicon(lang).countries
    hits = [(k, countries.get(norm_form(w, lang))) for k, w in enumerate(a.name.split())]
    owned = [k for k, h in hits if h is not None and h[0] == r.target.key]
    return bool(owned) and min(owned) > at


def _topic_of_body(entities: Entities, r: PendingRelation, lang: str) -> bool:
    """A committee's link to the country it is named after, its subject (:func:`topic_country`)."""
    return (
        r.rule == "member.agency_country"
        and r.source.kind == AGENCY
        and topic_country(entities.agencies[entities.acanon(int(r.source.key))], lang)
    )


def _country_left_out(entities: Entities, r: PendingRelation, lang: str) -> bool:
    """A body's link to a country that is its subject, its place or its seat only."""
    return (
        _topic_of_body(entities, r, lang)
        or _placed_body(entities, r, lang)
        or _hosted_body(entities, r, lang)
    )


def _left_out(
    entities: Entities,
    r: PendingRelation,
    bodies_own: frozenset[int],
    others: frozenset[tuple[int, int]],
    housed: frozenset[tuple[int, int]],
    run_over: frozenset[tuple[int, int]] = frozenset(),
    lang: str = "",
) -> bool:
    """The body's delegation (the body is the country's), a title's body held by another, the
    other body of a title that names a body in it (:func:`_titled_parts`), or a body's link to
    a country that is its subject or its place only."""
    return (
        _bodys_delegation_country(entities, r, bodies_own)
        or (bool(lang) and _country_left_out(entities, r, lang))
        or _titled_elsewhere(entities, r, others)
        or _in_pair(entities, r, housed)
        or (r.rule == "member.title" and _in_pair(entities, r, run_over))
    )


def _without_shortcuts(
    rels: list[Relation], agencies: frozenset[str], bodies: dict[str, tuple[str, bool]]
) -> list[Relation]:
    """A body's membership in a body one of its other parents is in already: "a delegation from
    the European Parliament" in the headline, "a delegation from the X committee in the European
    Parliament" below: the delegation is the committee's, the committee the parliament's
    (FORMAT.md: agency -> agency for a named sub-body of its parent; the gold sets never link a
    body past its nearest parent). So for an official's membership in an international
    organisation through a body of it that is no delegation ("Chief of the UN Observer Office in
    X": the office's, the office the UN's)."""
    links = {(r.source, r.target) for r in rels if r.type == _MEMBER_OF and r.target in agencies}
    parents: dict[str, set[str]] = {}
    for s, t in links:
        parents.setdefault(s, set()).add(t)
    shortcuts = {
        (s, t)
        for s, t in links
        if any(
            t in parents.get(c, ())
            for c in parents[s]
            if c != t and (s in agencies or _through_organ(c, t, bodies))
        )
    }
    if not shortcuts:
        return rels
    return [r for r in rels if r.type != _MEMBER_OF or (r.source, r.target) not in shortcuts]


def _issuers(ids: _Ids, entities: Entities) -> set[str]:
    """The ids of the issuing bodies: first among agencies (a bare name, "the Ministry", is
    theirs)."""
    return {ids.agencies[i] for i in entities.letterheads if i in ids.agencies}


def _nearest_bodies(rels: list[Relation], ids: _Ids, entities: Entities) -> list[Relation]:
    """:func:`_without_shortcuts` over the article's agencies (ids) and their kinds."""
    agencies = frozenset(e.id for e in ids.out if e.type == AGENCY)
    bodies = {
        ids.agencies[i]: (a.kind, a.country is None)
        for i, a in enumerate(entities.agencies)
        if i in ids.agencies and entities.acanon(i) == i
    }
    return _without_shortcuts(rels, agencies, bodies)


def _through_organ(body: str, parent: str, kinds: dict[str, tuple[str, bool]]) -> bool:
    """An official's membership in ``parent`` goes through its ``body``: ``parent`` is an
    international organisation (no country), ``body`` no delegation (a delegation's members are
    also in the body it is from). ``kinds``: id -> (agency kind, of no country)."""
    return (
        kinds.get(parent) == (_INTERNATIONAL, True)
        and kinds.get(body, (_DELEGATION,))[0] != _DELEGATION
    )


def assemble(
    art: Article,
    entities: Entities,
    pending: tuple[PendingRelation, ...],
    sents: list[Span],
    registry: Registry,
    lang: str,
    separator: str,
) -> Extraction:
    """Entities with ids, relations de-duplicated, in a stable order."""
    ids = _Ids(entities, lang, separator)
    ids.add_officials()
    ids.add_agencies()
    ids.add_countries()
    sent_index = {s.start: n for n, s in enumerate(sents)}
    rels: list[Relation] = []
    seen: set[tuple] = set()
    splits = _split_by_side(entities, pending)
    bodies_own = _delegations_of_bodies(entities, pending, lang)
    others = _titles_of_others(entities, pending)
    housed, lifted = _titled_parts(entities, pending, lang)
    run_over, named = _runs_over_names(entities, pending, lang)
    run_over |= _parents_of_held_sub_bodies(entities, pending)
    for r in sorted(pending + lifted + named, key=lambda r: registry.relations[r.type].phase):
        src = ids.of(r.source)
        tgt = ids.of(r.target) if r.target is not None else None
        if src is None or (r.target is not None and tgt is None):
            continue
        if _left_out(entities, r, bodies_own, others, housed, run_over, lang):
            continue
        side = (
            splits.get((entities.canon(int(r.source.key)), entities.acanon(int(r.target.key))))
            if splits and r.target is not None and _member_to_agency(r)
            else None
        )
        if side is not None and r.target is not None:
            # the other side's own ministry of that portfolio (its country from the side, not
            # from its name: no link to the country, FORMAT.md)
            tgt = ids.side_ministry(entities.acanon(int(r.target.key)), side)
        k = _key(r, src, tgt)
        if k in seen or src == tgt:
            continue
        seen.add(k)
        mentions = (
            _mentions(ids, entities, sent_index, r.evidence, src)
            if registry.relations[r.type].mentions
            else ()
        )
        rels.append(
            _relation(
                r.type, src, tgt, r.evidence, r.rule, r.quote, registry.confidence(r.rule), mentions
            )
        )
    rels = _nearest_bodies(rels, ids, entities)
    issuers = _issuers(ids, entities)
    ents = sorted(
        _without_shared_aliases(ids.out, lang),
        key=lambda e: (_TYPE_ORDER.index(e.type), e.id not in issuers, e.id),
    )
    return Extraction(article=art, entities=tuple(ents), relations=tuple(rels))

"""The entity table of one article: officials, agencies and countries, built by one stage.

:class:`EntityBuilder` is owned by the officials-and-agencies stage
(:mod:`.officials`, :mod:`.resolution`): it registers officials and agencies
(merging compatible agency mentions), the participant mentions of each sentence
and the memberships found on the way. :meth:`EntityBuilder.freeze` hands the
later stages a read-only :class:`Entities`.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from types import MappingProxyType

from spacy.tokens import Doc, Span

from ..lang import LICENCE_NAMED, UNIQUE_TITLE, load_ministries
from ..text import normalize_key
from .agencies import (
    agency_phrase,
    head_first_forms,
    INTERNATIONAL,
    NEWS_AGENCY,
    PLACED_PART_KINDS,
    compound_ministry,
    country_qualified,
    led_bare_delegation,
    nationals_country,
    owner_post,
    relation_keys,
    split_coordinated,
    standing_name,
)
from .mentions import AgencyMention, TitleMention
from .spans import sentence_of, span, tokens_text
from .tagger import Tagger
from .values import AGENCY, COUNTRY, OFFICIAL, Part, PendingRelation, Ref

__all__ = ["Official", "Agency", "Entities", "EntityBuilder", "MEMBER_OF"]

MEMBER_OF = "MEMBER_OF"
MINISTRY = "ministry"
DELEGATION = "delegation"
COUNTERPART = "counterpart"  # the role of "his counterpart" (titles.tsv)
_COUNTERPART = COUNTERPART
SEAT = "seat"  # a place that speaks for the body seated in it (the Kremlin)
GOVERNMENT = "government"
# roles of titles.tsv whose holder heads the body after them: before a bare government, the
# style of a prime minister's post ("Head of Government")
_HEAD_ROLES = frozenset({"head", "president"})
_ARMED_FORCE = "armed force"
PARLIAMENT = "parliament"
# kinds of a body that is part of another named after it ("the Board of Governors of the Fund")
_PART_OF_KINDS = (
    "committee",
    "board",
    "commission",
    "council",
    "office",
    "directorate",
    "secretariat",
)
# kinds of a body that is a part of the one after "at"/"in" ("the X Directorate at the Ministry")
_SUB_KINDS = frozenset({*_PART_OF_KINDS, *PLACED_PART_KINDS})
# bodies of a country's government: one named in a title that carries a country is that country's
_GOVERNING_KINDS = frozenset({"cabinet", GOVERNMENT})
# bodies whose bare head in a title is a service's rank or branch ("commissioner of the police",
# "commander of the forces"), no anaphor of a body named before
_SERVICE_KINDS = ("police", "armed force", "command", "service")
_LETTERHEAD_LINES = 4  # the issuing body, or the dateline, is in one of the first lines
# after a dateline's place: comma, Arabic comma, dashes, bracket
_DATELINE_MARKS = (",", "\u060c", "-", "--", "\u2013", "\u2014", "(")
_SAY_CUE = "say"  # the cue class of a verb of saying


@dataclass(frozen=True)
class Official:
    name: str
    key: str
    titles: tuple[str, ...]
    country: str | None
    agencies: tuple[int, ...]  # indexes into the agencies
    aliases: frozenset[str]
    roles: frozenset[str]
    rule: str
    merges: tuple[str, ...]


@dataclass(frozen=True)
class Agency:
    name: str
    kind: str
    words: frozenset[str]
    country: str | None
    aliases: frozenset[str]
    rule: str
    implied: bool
    sent: Span | None  # the sentence of its first mention
    holders: frozenset[int]  # officials whose title implied it
    field: str | None  # ministry portfolio key (lang/ministries.tsv)
    body: str | None = None  # key of a well-known body (lang/bodies.tsv)
    compound: bool = False  # a ministry named by more than its portfolio keeps its own name
    parent: frozenset[str] | None = None  # the words of the body it is a named part of


@dataclass
class OfficialDraft:
    name: str
    key: str
    titles: list[str] = field(default_factory=list)
    country: str | None = None
    agencies: list[int] = field(default_factory=list)
    aliases: set[str] = field(default_factory=set)
    roles: set[str] = field(default_factory=set)
    rule: str = "official.title+name"
    merges: list[str] = field(default_factory=list)

    def freeze(self) -> Official:
        return Official(
            self.name,
            self.key,
            tuple(self.titles),
            self.country,
            tuple(self.agencies),
            frozenset(self.aliases),
            frozenset(self.roles),
            self.rule,
            tuple(self.merges),
        )


@dataclass
class AgencyDraft:
    name: str
    kind: str
    words: frozenset[str]
    country: str | None
    aliases: set[str] = field(default_factory=set)
    rule: str = "agency.head"
    implied: bool = False
    sent: Span | None = None
    holders: set[int] = field(default_factory=set)
    field: str | None = None
    body: str | None = None
    # the words and country of the body it was first named a part of ("the committee in the
    # Italian chamber"): a part of another body is another body
    parent: tuple[frozenset[str], str | None] | None = None
    # a second minister's ministry of no country, split from the first's: named by its own name
    # (as a compound one is), so that the two stay two bodies
    own_name: bool = False

    def freeze(self, compound: bool = False) -> Agency:
        return Agency(
            self.name,
            self.kind,
            self.words,
            self.country,
            frozenset(self.aliases),
            self.rule,
            self.implied,
            self.sent,
            frozenset(self.holders),
            self.field,
            self.body,
            compound,
            self.parent[0] if self.parent else None,
        )


@dataclass(frozen=True)
class Entities:
    """What the officials-and-agencies stage found in one article (read-only)."""

    officials: tuple[Official, ...]
    agencies: tuple[Agency, ...]
    redirect: Mapping[int, int]  # official merged into another (surname → full name)
    agency_redirect: Mapping[int, int]  # agency folded into another
    countries: Mapping[str, frozenset[str]]  # ISO3 → surface forms
    parts: Mapping[int, tuple[Part, ...]]  # sentence index → participant mentions, in text order
    memberships: tuple[PendingRelation, ...]
    letterheads: frozenset[int] = frozenset()  # agencies that issued the text

    def canon(self, oi: int) -> int:
        while oi in self.redirect:
            oi = self.redirect[oi]
        return oi

    def acanon(self, ai: int) -> int:
        while ai in self.agency_redirect:
            ai = self.agency_redirect[ai]
        return ai

    def country_of(self, p: Part, canonical_agencies: bool = True) -> str | None:
        """An official's country (or its agencies' country), or an agency's."""
        ag = self.acanon if canonical_agencies else (lambda a: a)
        if p.kind == OFFICIAL:
            o = self.officials[self.canon(p.ref)]
            return o.country or next(
                (self.agencies[ag(a)].country for a in o.agencies if self.agencies[ag(a)].country),
                None,
            )
        return self.agencies[ag(p.ref)].country


_NAMES_A_COUNTRY: dict[int, tuple[object, Callable[[str], str], dict[str, bool]]] = {}
_MAX_TEXTS_KEPT = 1 << 14
_TITLE_REACH = 16  # tokens of an official's title between the name and "and his delegation"
_CLAUSE_ENDS = frozenset({":", ";", "\u061b"})


def _parent_key(m: AgencyMention) -> tuple[frozenset[str], str | None] | None:
    """The named parent of a mention (not an anaphor: "in the ministry" names no other body):
    its words, and its country or its own parent's ("the committee in the Dutch parliament")."""
    p = m.parent
    if p is None or p.anaphor:
        return None
    return p.words, p.country or (p.parent.country if p.parent is not None else None)


@functools.lru_cache(maxsize=1 << 14)
def _folded(fold: Callable[[str], str], text: str) -> str:
    """``text`` with its whitespace made single spaces, folded (agency names repeat)."""
    return fold(" ".join(text.split()))


class EntityBuilder:
    """The mutable entity table of the officials-and-agencies stage."""

    def __init__(self, doc: Doc, tg: Tagger) -> None:
        self.doc = doc
        self.tg = tg
        self.P, self.W, self.lex = tg.P, tg.W, tg.lex
        self._fold = tg.P.fold
        self._heads: dict[str, str] = {}  # text → _head_word(text)
        self.officials: list[OfficialDraft] = []
        self.agencies: list[AgencyDraft] = []
        self.countries: dict[str, set[str]] = {}
        self.parts: dict[int, list[Part]] = {}
        self.memberships: list[PendingRelation] = []
        self._member_keys: set[tuple] = set()
        self.name_tokens: set[int] = set()  # token positions inside persons' names
        self.redirect: dict[int, int] = {}
        self.agency_redirect: dict[int, int] = {}
        # accompanying delegation → the delegation its official heads ("a delegation of X headed
        # by Y and the delegation accompanying him")
        self._led_accompany: dict[int, int] = {}
        self.recent_agencies: list[int] = []
        self._former: set[int] = set()  # officials named as a former holder of their title
        self.positions: list[tuple[int, int]] = []  # (first token, agency) of every agency mention
        self.titled_at: set[int] = set()  # bodies named after a title's "at" ("Minister at the X")
        self.indefinite: set[int] = set()  # bodies first named with an indefinite article
        self._body_start: int | None = None  # the first token after the headline
        self.letterheads: set[int] = (
            set()
        )  # agencies that issued the text (a line of their own at its top)
        self._letterhead_lines: dict[int, int] = {}  # sentence index → its letterhead agency
        # (sub-body, its anaphoric parent, evidence): resolved once the article is read
        self._anaphor_parents: list[tuple[int, AgencyMention, Span]] = []
        # (sub-body, its capitalised bare parent "the Ministry's", evidence): resolved likewise
        self._capitalised_parents: list[tuple[int, AgencyMention, Span]] = []

    def freeze(self) -> Entities:
        self.anaphor_parents()
        self.governments_of_their_members()
        self.counterpart_ministries()
        self.fold_variants()
        return Entities(
            officials=tuple(o.freeze() for o in self.officials),
            agencies=tuple(self._frozen_agency(a) for a in self.agencies),
            redirect=MappingProxyType(dict(self.redirect)),
            agency_redirect=MappingProxyType(dict(self.agency_redirect)),
            countries=MappingProxyType({k: frozenset(v) for k, v in self.countries.items()}),
            parts=MappingProxyType({k: tuple(v) for k, v in self.parts.items()}),
            memberships=tuple(self.memberships),
            letterheads=frozenset(self.letterheads),
        )

    def canon(self, oi: int) -> int:
        while oi in self.redirect:
            oi = self.redirect[oi]
        return oi

    def _frozen_agency(self, a: AgencyDraft) -> Agency:
        """The agency with its names qualified by its country ("Egyptian Foreign Ministry"), a
        ministry's
        canonical name among them; a ministry named by more than its portfolio keeps its own
        name."""
        compound = a.own_name or (
            a.field is not None and compound_ministry(self.lex, self.P, a.words, a.field)
        )
        if a.country and not a.body:
            forms = {f for f in (a.name, *a.aliases) if self._qualifiable(f)}
            if a.field:
                forms.add(load_ministries()[a.field].get(self.lex.lang, ""))
                if not compound:  # "Polish Ministry of Foreign Affairs" beside "… Foreign Ministry"
                    forms.update(head_first_forms(self.lex, self.P, sorted(forms), a.field))
            seen = self.countries.get(a.country, ())
            for form in sorted(f for f in forms if f and not self._names_a_country(f)):
                a.aliases.update(
                    country_qualified(self.lex, self.P, form, a.country, seen, bool(a.field))
                )
        elif a.field and not a.body and not compound:
            # a ministry of no known country is named head first too, as governments style it
            # ("<portfolio> Ministry" → "Ministry of <portfolio>")
            forms = {f for f in (a.name, *a.aliases) if f and not self._names_a_country(f)}
            a.aliases.update(head_first_forms(self.lex, self.P, sorted(forms), a.field))
        return a.freeze(compound)

    def _qualifiable(self, text: str) -> bool:
        """A name a country word can qualify: two words or more, no article before it, no
        accompanying participle."""
        words = self._norm(text).split()
        return (
            len(words) > 1
            and words[0] not in self.W.article | self.W.indefinite_article
            and not set(words) & self.W.accompany
        )

    def _names_a_country(self, text: str) -> bool:
        """One, two or three words of ``text`` name a country, also with the possessive marker
        glued ("Egypt's Foreign Ministry"; read once per text and lexicon: agency names repeat)."""
        lex = self.lex
        kept = _NAMES_A_COUNTRY.get(id(lex))
        if kept is None or kept[0] is not lex or kept[1] is not self._fold:
            kept = _NAMES_A_COUNTRY[id(lex)] = (lex, self._fold, {})
        table = kept[2]
        found = table.get(text)
        if found is None:
            if len(table) >= _MAX_TEXTS_KEPT:
                table.clear()
            marks = tuple(self._norm(m) for m in self.W.possessive_marker)
            words = [_without_mark(w, marks) for w in self._norm(text).split()]
            found = table[text] = any(
                " ".join(words[i : i + n]) in lex.countries
                for n in (1, 2, 3)
                for i in range(len(words))
            )
        return found

    # ---- officials ------------------------------------------------------
    def official(self, name: str, title: TitleMention | None, rule: str) -> int:
        """Register an official (one per normalised name), with the title it was named with."""
        key = normalize_key(name)
        idx = next((i for i, o in enumerate(self.officials) if o.key == key), None)
        if idx is None:
            self.officials.append(OfficialDraft(name=name, key=key, rule=rule))
            idx = len(self.officials) - 1
        if title is not None:
            self.add_title(idx, title)
        return idx

    def add_title(self, oi: int, title: TitleMention) -> None:
        o = self.officials[oi]
        if title.text not in o.titles:
            o.titles.append(title.text)
        o.roles.update(title.roles)
        o.country = o.country or title.country
        if self._marked_former(title):
            self._former.add(oi)

    def _marked_former(self, title: TitleMention) -> bool:
        """A ``former`` word right before the title or right after it ("the former foreign
        minister X"; in Arabic after the title): its holder holds the office no more."""
        norms = self.tg.norms
        return any(
            0 <= k < len(norms) and norms[k] in self.W.former for k in (title.start - 1, title.end)
        )

    # ---- agencies -------------------------------------------------------
    @staticmethod
    def _compatible(a: AgencyDraft, m: AgencyMention, field_key: str | None) -> bool:
        """Same kind, no two different countries or portfolios, not two implied ones with and
        without a country."""
        if a.kind != m.kind or (a.country and m.country and a.country != m.country):
            return False
        if m.implied and a.implied and bool(a.country) != bool(m.country):
            return False
        return not (a.field and field_key and a.field != field_key)

    def _merges_with(
        self, a: AgencyDraft, m: AgencyMention, field_key: str | None, body: str | None
    ) -> bool:
        if a.body or body:
            # one node per well-known body, whatever its form; also its name cut short ("the
            # Monetary Fund" ~ "the International Monetary Fund" in Arabic word order)
            return a.body == body or ((a.body is None) != (body is None) and self._cut_short(a, m))
        if not self._compatible(a, m, field_key) or a.country != m.country:
            # with and without a country: decided once the article is read (fold_variants)
            return False
        if self._other_parent(a.parent, _parent_key(m)):
            return False  # "the delegation of the committee" ~ "the delegation of the authority"

        if a.words == m.words:
            return True
        if a.field and a.field == field_key:
            return not self._two_own_names(a, m)
        if a.country and self._shortened(a, m):
            return True  # "the Malaysian authority" ~ "the Malaysian authority for investment"
        if self._nisba_ministry_of(a, m):
            return True
        # a head with its nisba only ("the Palestinian authority") is not every longer name holding
        # it ("the Palestinian monetary authority"), except a government's
        shorter = min(len(a.words), len(m.words))
        contained = (a.words <= m.words or m.words <= a.words) and (
            shorter > 1 or a.kind == GOVERNMENT
        )
        return contained and bool(a.country or m.implied or a.implied)

    def _nisba_ministry_of(self, a: AgencyDraft, m: AgencyMention) -> bool:
        """In a cased language, a lower-case ministry head after its country's nisba alone ("the
        Ruritanian ministry") is the one ministry of that country the text names (by its
        portfolio, or implied by its minister's title), whichever was read first; none when
        there are two."""
        if not (self.P.cased and m.kind == MINISTRY == a.kind and m.country == a.country):
            return False
        bare = self._bare_nisba_head(m.text, m.words) or self._bare_nisba_head(a.name, a.words)
        mine = sum(1 for x in self.agencies if x.kind == MINISTRY and x.country == m.country)
        return bool(m.country) and bare and mine == 1

    @staticmethod
    def _bare_nisba_head(text: str, words: frozenset[str]) -> bool:
        """The name is one lower-case head after the country's word ("Ruritanian ministry")."""
        last = text.split()[-1:]
        return len(words) == 1 and len(text.split()) == 2 and bool(last) and last[0].islower()

    def _two_own_names(self, a: AgencyDraft, m: AgencyMention) -> bool:
        """Two ministries of one portfolio, one named by more than it, neither name inside the
        other ("Ministry of Investments, Trade and Industry", "Ministry of Commerce, Industry and
        Investment Promotion"; "Ministry of External Affairs", "Ministry of Foreign Affairs and
        Regional Cooperation"): a government names each of its ministries once, so two such
        names are two governments' ministries. It is enough that a title names one by more than
        its portfolio (a title words its holder's ministry as its government does: "Minister for
        Foreign Affairs and Regional Cooperation" is not the "Minister of State for External
        Affairs"'s)."""
        if a.field is None:
            return False
        if a.words <= m.words or m.words <= a.words:
            return self._not_begun(a, m)
        one = compound_ministry(self.lex, self.P, a.words, a.field)
        other = compound_ministry(self.lex, self.P, m.words, a.field)
        return (one and other) or (one and a.implied) or (other and m.implied)

    def _not_begun(self, a: AgencyDraft, m: AgencyMention) -> bool:
        """A ministry named head first by its portfolio alone ("the Ministry of Health") and one
        named by more that its portfolio does not begin ("Ministry of National Health Services,
        Regulations and Coordination"): the fuller name is no longer form of the shorter (as
        "Ministry of Foreign Affairs and Expatriates" is of "Ministry of Foreign Affairs")."""
        short = {self._norm(f) for f in (a.name, *a.aliases) if f}
        long = {self._norm(f) for f in (m.text, m.base, *m.aliases) if f}
        implied, longer = a.implied, m.words
        if len(a.words) > len(m.words):
            short, long, implied, longer = long, short, m.implied, a.words
        head = self._norm(self.P.ministry_head) + " "
        # a title's bare portfolio ("minister of energy") names no ministry's own style
        if implied or not compound_ministry(self.lex, self.P, longer, a.field or ""):
            return False
        if not short or not all(f.startswith(head) for f in short):
            return False
        return not any(y.startswith(x + " ") or y == x for x in short for y in long)

    def _cut_short(self, a: AgencyDraft, m: AgencyMention) -> bool:
        """One name is the other's first two words or more, the head first (a head-final
        language names a part by its whole first: "African Union Commission")."""
        if not self.P.head_initial:
            return False
        x = self._begins_other(a, m)
        return x is not None and len(x.split()) > 1

    def _shortened(self, a: AgencyDraft, m: AgencyMention) -> bool:
        """One is the other's head and nisba, the first words of its name ("the Kuwaiti fund" ~
        "the Kuwaiti fund for Arab economic development"): its purpose dropped."""
        return min(len(a.words), len(m.words)) == 1 and self._begins_other(a, m) is not None

    def _begins_other(self, a: AgencyDraft, m: AgencyMention) -> str | None:
        """The shorter of the two names (normalised) when the longer one starts with it and
        goes on by a word; else None."""
        x, y = sorted((self._norm(a.name), self._norm(m.text)), key=len)
        return x if y.startswith(x + " ") else None

    def counterpart_ministries(self) -> None:
        """ "the foreign minister of A received his B counterpart X": X is a minister of the same
        portfolio, of the country his title gives, and a member of that country's ministry (the
        portfolio of the nearest official before him in the sentence holding a ministry of another
        country, implied by his title or named outright)."""
        for parts in self.parts.values():
            for n, p in enumerate(parts):
                o = self.officials[self.canon(p.ref)] if p.kind == OFFICIAL else None
                if o is None or _COUNTERPART not in o.roles or not o.country or o.agencies:
                    continue
                other = self._portfolio_before(parts[:n], o.country)
                field = self.agencies[other].field if other is not None else None
                form = load_ministries().get(field or "", {}).get(self.lex.lang)
                if other is None or not form:
                    continue
                words = frozenset(self.P.strip_definite(self.P.fold(w)) for w in form.split())
                m = AgencyMention(
                    p.start,
                    p.end,
                    form,
                    kind=MINISTRY,
                    words=words,
                    base=form,
                    country=o.country,
                    implied=True,
                    aliases=self._plain_forms(self.agencies[other]),
                )
                oi = self.canon(p.ref)
                ai = self.agency(m, "agency.counterpart", holder=oi)
                ev = span(self.doc, p.start, p.end)
                self.officials[oi].agencies.append(ai)
                self.member(Ref(OFFICIAL, oi), Ref(AGENCY, ai), ev, "member.counterpart")
                self.member_of_country(ai, o.country, ev)

    def _portfolio_before(self, parts: list[Part], country: str) -> int | None:
        """The ministry (with its portfolio) of a country other than ``country`` held by the nearest
        official among ``parts`` (backwards)."""
        for p in reversed(parts):
            if p.kind != OFFICIAL:
                continue
            for ai in self.officials[self.canon(p.ref)].agencies:
                a = self.agencies[self.acanon(ai)]
                if a.field and a.kind == MINISTRY and a.country != country:
                    return self.acanon(ai)
        return None

    def _plain_forms(self, a: AgencyDraft) -> tuple[str, ...]:
        """The names of ministry ``a`` that name its portfolio alone, no country in them ("the
        ministry of the foreign affairs", not "… and the expatriates"): its counterpart's
        government styles its own ministry so too ("his Mauritanian counterpart")."""
        out = []
        for f in sorted(x for x in {a.name, *a.aliases} if x):
            words = frozenset(self.P.strip_definite(self.P.fold(w)) for w in f.split())
            if a.field is None or self.lex.ministry_key(words) != a.field:
                continue
            if not compound_ministry(
                self.lex, self.P, words, a.field
            ) and not self._names_a_country(f):
                out.append(f)
        return tuple(out)

    def fold_variants(self) -> None:
        """One node per body whatever the variant: a body named without its country (and held by no
        one) is the article's only body of that kind and portfolio named with one ("the foreign
        ministry" ~ "the Egyptian foreign ministry"), or the only longer name containing it; two of
        one portfolio and country are one."""
        # a variant is of the same kind and no well-known body (_variant_of): neither changes here
        same_kind: dict[str, list[int]] = {}
        for j, b in enumerate(self.agencies):
            if not b.body:
                same_kind.setdefault(b.kind, []).append(j)
        for _round in range(3):  # a fold may make two others variants (their parents become one)
            folded = False
            for i, a in enumerate(self.agencies):
                if i in self.agency_redirect or a.body or len(same_kind[a.kind]) < 2:
                    continue
                cands = [
                    j
                    for j in same_kind[a.kind]
                    if j != i
                    and j not in self.agency_redirect
                    and (
                        self._chamber_of(a, self.agencies[j])
                        or self._variant_of(a, self.agencies[j], i, j)
                    )
                ]
                home = [
                    j
                    for j in cands
                    if self.agencies[j].country and self.agencies[j].country == self.dateline
                ]
                if len(cands) > 1 and len(home) == 1 and not a.country:
                    cands = home  # of several, the one of the dispatch's own country
                if len(cands) == 1:
                    self.fold_agency(i, cands[0])
                    folded = True
            if not folded:
                return

    def _variant_of(self, a: AgencyDraft, b: AgencyDraft, i: int, j: int) -> bool:
        if b.body or a.kind != b.kind or (a.field and b.field and a.field != b.field):
            return False
        if i in self.indefinite and self._body_first_at(j) < self._body_first_at(i):
            # "he heads a military delegation" after "the Italian military delegation": an
            # indefinite noun phrase brings in a body not named before (in the body: the
            # headline announces what the text introduces)
            return False
        if a.field and a.field == b.field and a.country and a.country == b.country:
            return i > j  # the same portfolio and country: the later joins the first
        if a.kind == DELEGATION and self._one_country(a, b):
            # one delegation per country: "a delegation from the Egyptian prosecution" ~ "the
            # Egyptian delegation"
            return i > j
        if a.kind == DELEGATION and self._accompanying_of(i, j):
            return True  # "X of the bank and his accompanying delegation" ~ "the bank's delegation"
        if a.kind == DELEGATION and self._nisba_of_accompanied(a, j):
            # "X, the Malaysian speaker, and his delegation" ~ "the Malaysian delegation"
            return True
        if not a.country and a.field and a.field == b.field and j in self.letterheads and b.country:
            return True  # "the foreign minister" of a statement issued by "the US foreign ministry"
        if (verdict := self._held_or_named(a, b, i, j)) is not None:
            return verdict
        if (
            not a.country
            and a.field
            and a.field == b.field
            and b.country
            and b.country == self.dateline
        ):
            # "KUWAIT (KUNA) -- … the Ministry of Foreign Affairs said": the dispatch's own
            # government, unless another person heads each (:meth:`_two_heads`)
            return all(
                self.officials[self.canon(h)].country in (None, b.country) for h in a.holders
            ) and not self._two_heads(a, b)
        if a.kind == DELEGATION and (
            self._one_delegation(a, b) or self._one_delegation(b, a) or self._same_parent(a, b)
        ):
            # one visiting delegation: "the delegation of the European Parliament" ~ "a delegation
            # from the European Parliament" ~ "the European delegation"
            return i > j
        if a.country or a.holders or a.implied or self._other_parents(i, j):
            return False
        if i in self.titled_at:
            return False  # "Minister of State at the Ministry of X": the body of its own holder
        # the same name with its country: "the foreign ministry" ~ "the Egyptian foreign ministry",
        # "the Federation Council" ~ "the Russian Federation Council"
        if self._home_before_foreign(a, b, i, j):
            return False
        if b.country:
            return self._named_with_country(a, b, b.country)
        # "the general secretariat" ~ "the general secretariat of the council"
        return a.words < b.words

    def _named_with_country(self, a: AgencyDraft, b: AgencyDraft, iso: str) -> bool:
        """``a`` of no country is ``b`` named with its country's word ("the foreign ministry" ~
        "the Egyptian foreign ministry"); not when that word stands inside ``b``'s capitalised
        name, between words of its own (:meth:`_country_inside`)."""
        if self._country_inside(b.name, iso):
            return False
        extra = b.words - a.words
        return (
            a.words == b.words
            or bool(a.field and a.field == b.field)
            or (a.words < b.words and all(self._country_word(w, iso) for w in extra))
        )

    def _country_inside(self, name: str, iso: str) -> bool:
        """In a cased language, the country's word stands inside a name between two capitalised
        words of its own ("the Royal Ruritanian Air Force", "the National Ruritanian News
        Agency"): the name without it is another body's own name (another country's force, news
        agency), no shorter form of this one."""
        words = name.split()
        return self.P.cased and any(
            self._country_word(self.P.fold(w), iso)
            and words[k - 1][:1].isupper()
            and words[k + 1][:1].isupper()
            and not self._country_word(self.P.fold(words[k - 1]), iso)
            for k, w in enumerate(words)
            if 0 < k < len(words) - 1
        )

    def _chamber_of(self, a: AgencyDraft, b: AgencyDraft) -> bool:
        """ "the Iraqi parliament" ~ "the Iraqi Council of Representatives": a country's
        parliament by its common noun is the one chamber of that country the text names."""
        return (
            a.kind == b.kind
            and not b.body
            and self._generic_parliament(a)
            and a.country == b.country
            and not self._generic_parliament(b)
        )

    def _generic_parliament(self, a: AgencyDraft) -> bool:
        """A parliament of a country named by the common noun alone ("the Kenyan parliament"),
        not by a chamber's own name: its words other than the country's are one parliament head
        that is a common noun (one written lower-case, or one with an indefinite form beside its
        definite one)."""
        if a.kind != PARLIAMENT or not a.country or a.body:
            return False
        rest = [w for w in a.words if not self._country_word(w, a.country)]
        return len(rest) == 1 and rest[0] in self._parliament_nouns

    @functools.cached_property
    def _parliament_nouns(self) -> frozenset[str]:
        """The parliament heads that are common nouns, as an agency's words hold them."""
        P, forms = self.P, self.lex.agencies
        heads = [f for f, kind in forms.items() if kind == PARLIAMENT and " " not in f]
        dp = P.definite_prefix
        lower = {P.fold(w) for w in self.W.lower_head}
        return frozenset(
            P.strip_definite(f)
            for f in heads
            if f in lower or (dp and not f.startswith(dp) and dp + f in forms)
        )

    def _home_before_foreign(self, a: AgencyDraft, b: AgencyDraft, i: int, j: int) -> bool:
        """A ministry only a title implied ("the Kenyan foreign minister"), its bare name written
        before that title: the bare name refers back to nothing of it, it is the home
        government's ("the spokesman of the foreign ministry said that the minister met the
        Kenyan foreign minister"), another body; so is any body's bare name written before its
        name with another country than the dispatch's ("BAGHDAD - the speaker of the house of
        representatives received a delegation of the American house of representatives"), but
        a visiting delegation, named bare first."""
        if not b.country or self._body_first_at(i) >= self._body_first_at(j):
            return False
        if b.implied and a.field:
            return True
        return (
            self.dateline not in (None, b.country)
            and a.kind != DELEGATION
            and self._body_first_at(j) < len(self.doc)
        )

    def _two_heads(self, a: AgencyDraft, b: AgencyDraft) -> bool:
        """Two people hold ministries ``a`` and ``b`` of one portfolio by the same role, with no
        modifier (no deputy, no assistant): a ministry has one head, so they are two ministries,
        whatever the dateline says (it tells where the dispatch was filed: "ADDIS ABABA (SUNA) -
        the foreign minister X met the Ethiopian foreign minister Y")."""
        theirs = self._head_holders(b)
        return any(
            h != k and self.officials[h].roles & self.officials[k].roles
            for h in self._head_holders(a)
            for k in theirs
        )

    def _held_or_named(self, a: AgencyDraft, b: AgencyDraft, i: int, j: int) -> bool | None:
        """``a`` (of no country) is ``b``: its holders hold ``b`` ("Foreign Minister X … X, the
        Turkish foreign minister": X's one ministry), or ``b`` is the one body named in full by
        ``a``'s name (:meth:`_named_in_full`); not ``b``: another one is; None: neither."""
        if not a.country and b.country and self._held_by(i, a, b):
            return True
        named = self._named_in_full(a)
        return None if named is None else named == j

    # a head and a joined portfolio at least ("ministry of X and Y"): shorter names ("ministry of
    # foreign affairs") are generic, shared by every country's body of that field
    _FULL_NAME_WORDS = 4

    def _named_in_full(self, a: AgencyDraft) -> int | None:
        """Head-initial: a body named without its country by a name of three words or more that one
        body of a country was named with in full, a place after it (a ministry of two joined
        portfolios, then "in the Republic of X"): a name that long is that government's own
        style, so it is that body, not the dispatch's dateline's nor another of that field; None
        when no body, or several, was."""
        words = a.name.split()
        if a.country or a.body or len(words) < self._FULL_NAME_WORDS or not self.P.head_initial:
            return None
        key = normalize_key(a.name)
        found = {
            j
            for j, b in enumerate(self.agencies)
            if b.country
            and b is not a
            and j not in self.agency_redirect
            and any(normalize_key(x).startswith(key + " ") for x in (b.name, *b.aliases))
        }
        return next(iter(found)) if len(found) == 1 else None

    def _held_by(self, i: int, a: AgencyDraft, b: AgencyDraft) -> bool:
        """Every holder of ministry ``a`` (of no country) also holds ``b`` of its portfolio (of a
        country) ("Foreign Minister X" and, later or in the headline, "X, the Turkish foreign
        minister"): one person holds one ministry of a portfolio, so ``a`` is ``b``. Not a body
        named after "at" (a Minister of State's, :attr:`titled_at`), nor two names of several
        portfolios that differ (two ministries, or two people taken for one)."""
        mine = {self.canon(h) for h in a.holders}
        if not a.field or a.field != b.field or i in self.titled_at:
            return False
        if not mine or not mine <= {self.canon(h) for h in b.holders}:
            return False
        return a.words == b.words or not any(
            compound_ministry(self.lex, self.P, x.words, a.field or "") for x in (a, b)
        )

    def _head_holders(self, a: AgencyDraft) -> set[int]:
        """The holders of ``a`` whose roles have no modifier word, named as no former holder
        (a former minister heads no ministry now)."""
        heads = {self.canon(h) for h in a.holders}
        former = {self.canon(f) for f in self._former}
        return {
            h
            for h in heads
            if not self.officials[h].roles & self._modifier_words and h not in former
        }

    @functools.cached_property
    def _modifier_words(self) -> frozenset[str]:
        """The role words of the title lexicon's modifiers (deputy, assistant…)."""
        return frozenset(
            w
            for row in self.lex.titles.values()
            if isinstance(row, tuple) and row[0] == "modifier"
            for w in row[2].split()
        )

    def _same_parent(self, a: AgencyDraft, b: AgencyDraft) -> bool:
        """Two visiting delegations of one parent body and country, the delegation's own country
        said of one only ("the X-ian group's delegation" ~ "a delegation from the group in the
        X-ian house"; a standing delegation, named by its relations, is another body)."""
        return (
            a.parent is not None
            and a.parent == b.parent
            and (a.country == b.country or not a.country or not b.country)
            and not self._standing(a)
            and not self._standing(b)
        )

    def _standing(self, d: AgencyDraft) -> bool:
        """A standing delegation, named by its relations beyond its parent: not the visiting
        delegation of that parent."""
        parent = d.parent[0] if d.parent is not None else frozenset()
        return d.kind == DELEGATION and standing_name(self._relation_keys, d.words, parent)

    @functools.cached_property
    def _relation_keys(self) -> frozenset[str]:
        return relation_keys(self.P, self.W)

    def _one_delegation(self, d: AgencyDraft, o: AgencyDraft) -> bool:
        """One visiting delegation told twice: ``o`` named by the body it comes from, ``d`` by a
        nisba alone: the origin's country ("a delegation from the foreign affairs committee of the
        Kenyan parliament" ~ "the Kenyan delegation") or a word of the origin's name where it has
        no country ("a delegation from the European Parliament" ~ "the European delegation")."""
        if d.parent is not None or o.parent is None:
            return False
        extra = {w for w in d.words if self.lex.agencies.get(w) != DELEGATION}
        if d.country:
            return not extra and o.parent[1] == d.country and o.country in (None, d.country)
        return bool(extra) and extra <= o.parent[0] and not o.country and not o.parent[1]

    def _accompanying_of(self, i: int, j: int) -> bool:
        """Delegation ``i``, of no country or body of its own, accompanies an official of the body
        delegation ``j`` is a part of ("a vice-president of the bank and the delegation accompanying
        him" ~ "the bank's delegation"): one delegation; so is a bare accompanying delegation
        named again (:meth:`_accompanying_again`)."""
        if self._accompanying_again(self.agencies[i], self.agencies[j], i, j):
            return True
        led = self._led_accompany.get(i)
        if led is not None and self.acanon(led) == self.acanon(j):
            return True  # "a delegation of X headed by Y and the delegation accompanying him"
        if self.agencies[i].country or self._parents(i):
            return False
        parents = self._parents(j)
        if not parents:
            return False
        bodies = {
            self.acanon(a)
            for r in self.memberships
            if r.rule == "member.accompany"
            and r.target is not None
            and self.acanon(int(r.target.key)) == i
            and isinstance(r.source.key, int)
            for a in self.officials[self.canon(r.source.key)].agencies
        }
        # "a delegation of the committee headed by X and his accompanying delegation": X's
        # delegation is the one he heads
        return bool(bodies & parents)

    def _accompany_word(self, w: str) -> bool:
        """A delegation's word ``w`` (its article dropped) is the accompanying participle."""
        return w in self.W.accompany or (self.P.definite_prefix or "") + w in self.W.accompany

    def _bare_accompanying(self, a: AgencyDraft) -> bool:
        """Delegation ``a`` is named only by its head and the accompanying participle ("the
        accompanying delegation", "the delegation accompanying [to-]him": the pronoun is the
        addressee list's "to him"), of no country, body or head of its own."""
        if a.country or a.parent is not None or a.holders:
            return False
        accompany = {w for w in a.words if self._accompany_word(w)}
        return bool(accompany) and all(
            w in accompany or w in self.W.addressee or self.lex.agencies.get(w) == DELEGATION
            for w in a.words
        )

    def _accompanying_again(self, a: AgencyDraft, b: AgencyDraft, i: int, j: int) -> bool:
        """A bare accompanying delegation ``a`` named again after the accompanying delegation
        ``b`` ("the prime minister and the official delegation accompanying him … a lunch for the
        guest and the accompanying delegation"): a visit has one; two bare ones join the first."""
        if not self._bare_accompanying(a):
            return False
        if not any(self._accompany_word(w) for w in b.words):
            return False
        return not self._bare_accompanying(b) or self._body_first_at(j) < self._body_first_at(i)

    def _nisba_of_accompanied(self, a: AgencyDraft, j: int) -> bool:
        """Delegation ``a`` named by a country alone ("the Malaysian delegation") is the
        delegation ``j`` accompanying an official of that country, of no country or body of its
        own ("the Malaysian speaker and the delegation accompanying him"): a delegation
        accompanies its official, so it is of his country (two such delegations are two
        candidates and stay apart)."""
        b = self.agencies[j]
        if not a.country or a.parent is not None or a.holders or b.country or b.parent:
            return False
        if any(self.lex.agencies.get(w) != DELEGATION for w in a.words):
            return False  # "the Malaysian military delegation": a delegation of its own kind
        if not any(self._accompany_word(w) for w in b.words):
            return False
        led = {
            self.officials[self.canon(r.source.key)].country
            for r in self.memberships
            if r.rule == "member.accompany"
            and r.target is not None
            and self.acanon(int(r.target.key)) == j
            and isinstance(r.source.key, int)
        }
        return led == {a.country}

    def _body_first_at(self, ai: int) -> int:
        """The first token of the first mention of agency ``ai`` after the headline (the
        text's length when there is none)."""
        n = len(self.doc)
        if self._body_start is None:
            self._body_start = sentence_of(self.doc, 0).end if n else 0
        return min((s for s, k in self.positions if k == ai and s >= self._body_start), default=n)

    def _one_country(self, a: AgencyDraft, b: AgencyDraft) -> bool:
        """Delegations ``a`` and ``b`` are of one country: said of each, or of one and of the body
        the other is from ("a delegation from a committee of the X-ian parliament" ~ "the X-ian
        delegation")."""
        if a.country and a.country == b.country:
            return True
        return self._from_body_of_its_country(a, b) or self._from_body_of_its_country(b, a)

    def _from_body_of_its_country(self, a: AgencyDraft, b: AgencyDraft) -> bool:
        """Delegation ``a`` of a country (no body of its own), ``b`` one of no country from a body
        of that country."""
        return (
            b.kind == DELEGATION
            and bool(a.country)
            and a.parent is None
            and not b.country
            and b.parent is not None
            and b.parent[1] == a.country
            and not self._standing(b)
        )

    def _country_word(self, word: str, iso: str) -> bool:
        """``word`` (as an agency's words hold it) names the country ``iso``: its name or nisba."""
        forms = (word, self.P.definite_prefix + word) if self.P.definite_prefix else (word,)
        return any(self.lex.countries.get(f, (None, None))[0] == iso for f in forms)

    def _other_parents(self, i: int, j: int) -> bool:
        pi, pj = self._parents(i), self._parents(j)
        return bool(pi and pj and pi != pj)

    def acanon(self, ai: int) -> int:
        while ai in self.agency_redirect:
            ai = self.agency_redirect[ai]
        return ai

    def _parents(self, i: int) -> set[int]:
        return {
            self.acanon(int(r.target.key))
            for r in self.memberships
            if r.rule == "member.parent"
            and r.target is not None
            and r.source.kind == AGENCY
            and self.acanon(int(r.source.key)) == i
        }

    def fold_agency(self, i: int, j: int) -> None:
        a, b = self.agencies[i], self.agencies[j]
        self.agency_redirect[i] = j
        b.aliases.update(a.aliases | {a.name})
        b.holders.update(a.holders)
        b.country = b.country or a.country

    def agency(self, m: AgencyMention, rule: str = "agency.head", holder: int | None = None) -> int:
        """Register an agency mention, merging it with a compatible one of the article.

        Same kind, compatible countries, and either the same words or one's words
        inside the other's when both name the same country or one was implied by
        a title (the interior minister of Libya ~ the interior ministry of the
        accord government). Two ministries implied by two titles, one with a
        nationality and one without, stay apart here (usually two countries);
        :func:`~.resolution.fold_implied` joins them later if one person holds both.
        """
        idx = self._register(m, rule, holder)
        self.positions.append((m.start, idx))
        return idx

    def _register(self, m: AgencyMention, rule: str, holder: int | None) -> int:
        m = self._with_title_prep(self._with_owner_pronoun(m))
        words = m.words
        field_key = self.ministry_field(m)
        body = self.body_key(m)
        for idx, a in enumerate(self.agencies):
            if not self._merges_with(a, m, field_key, body):
                continue
            if len(words) > len(a.words) and not m.implied:
                a.aliases.add(a.name)
                a.name = m.text
                a.words = words
            a.aliases.update({m.text, m.base, *m.aliases})
            a.country = a.country or m.country
            a.body = a.body or body
            if holder is not None:
                a.holders.add(holder)
            return idx
        aliases = {m.base, *m.aliases}
        if m.start > 0 and self.tg.norms[m.start - 1] in self.W.indefinite_article:
            self.indefinite.add(len(self.agencies))  # "a military delegation": a new one
            if m.kind == DELEGATION:  # its article is a part of the surface form of a delegation
                aliases.add(tokens_text(self.tg, m.start - 1, m.end))
        self.agencies.append(
            AgencyDraft(
                name=m.text,
                kind=m.kind,
                words=words,
                country=m.country,
                implied=m.implied,
                field=field_key,
                sent=sentence_of(self.doc, m.start) if m.start < len(self.tg.norms) else None,
                aliases=aliases,
                rule="agency.implied_by_title" if m.implied else rule,
                holders={holder} if holder is not None else set(),
                body=body,
                parent=_parent_key(m),
            )
        )
        return len(self.agencies) - 1

    def _with_title_prep(self, m: AgencyMention) -> AgencyMention:
        """ "Minister for Foreign Affairs": a ministry a title implies through another genitive
        than its name's connective is also named with the title's ("Ministry for Foreign Affairs",
        as governments that style the minister so style the ministry)."""
        P, k = self.P, m.start - 1
        prep = P.implied_agency.partition("{head}")[2].partition("{field}")[0].strip()
        if not (m.implied and m.kind == MINISTRY and prep and P.ministry_head and k > 0):
            return m
        written = self.tg.norms[k]
        if written not in self.W.genitive or written == P.fold(prep):
            return m
        head = f"{P.ministry_head} {prep} "
        if not m.text.startswith(head):
            return m
        name = f"{P.ministry_head} {self.tg.texts[k]} {m.text[len(head) :]}"
        return replace(m, aliases=(*m.aliases, name))

    def _with_owner_pronoun(self, m: AgencyMention) -> AgencyMention:
        """ "his accompanying delegation": a delegation named after a possessive pronoun is also
        named with it (the form the text gives it), besides the bare noun phrase."""
        k = m.start - 1
        if m.kind != DELEGATION or k < 0 or m.implied or self.tg.norms[k] not in self.W.possessive:
            return m
        return replace(m, aliases=(*m.aliases, tokens_text(self.tg, k, m.end)))

    @staticmethod
    def _other_parent(
        a: tuple[frozenset[str], str | None] | None, b: tuple[frozenset[str], str | None] | None
    ) -> bool:
        """Two named parents of two countries (a headline may name the parent loosely: "a
        delegation of the parliament" ~ "a delegation of its foreign affairs committee")."""
        if a is None or b is None:
            return False
        return bool(a[1] and b[1] and a[1] != b[1])

    def body_key(self, m: AgencyMention) -> str | None:
        """The well-known body a mention names ("UN", "United Nations" → ``un``), from
        ``agencies.tsv``."""
        bodies = self.lex.bodies
        if not bodies:
            return None
        forms = (self._norm(m.base), self._norm(m.text))
        # a glued hyphen is a token of its own in the lexicon's keys ("Co-operation")
        keys = (*forms, *(f.replace("-", " - ") for f in forms if "-" in f))
        return next((bodies[k] for k in keys if k in bodies), None)

    def _norm(self, text: str) -> str:
        return _folded(self._fold, text)

    def ministry_field(self, m: AgencyMention) -> str | None:
        """The portfolio key of a ministry ("foreign", "interior"…), whatever its phrasing."""
        first = m.base.split(maxsplit=1)[0] if m.base else ""
        if m.kind != MINISTRY or (self.P.cased and self.P.fold(first) in self.W.name_adjective):
            # "the Coordinating Ministry for Economic Affairs": a ministry of its own name, not
            # the portfolio's ministry
            return None
        words = frozenset(w.casefold() for w in m.words) | {
            self.P.strip_definite(w) for w in m.words
        }
        key = self.lex.ministry_key(words)
        last = m.base.split()[-1:] if m.base else []
        if key is not None and last and self._ministry_head_norm not in words:
            # "the Department of Trade Negotiations": a department whose name ends past its
            # portfolio is a ministry's unit, not the ministry ("Department of Trade", "Federal
            # Foreign Office" are)
            end = frozenset({self.P.fold(last[0])})
            return None if compound_ministry(self.lex, self.P, end, key) else key
        return key

    @functools.cached_property
    def _ministry_head_norm(self) -> str:
        return self.P.strip_definite(self.P.fold(self.P.ministry_head)).casefold()

    def resolve_anaphor(self, m: AgencyMention) -> int | None:
        """ "the ministry" → the most recent agency of that kind, or named by that head word
        ("al-majlis" → "majlis al-nuwwab", a parliament by kind)."""
        if m.words or self.tg.norms[m.start] in self.W.possessive:
            return self._portfolio_anaphor(m)  # "the foreign ministry", "her ministry"
        head = self._head_word(m.text)
        before = [
            (start, idx)
            for start, idx in self.positions
            if start < m.start
            and (
                self.agencies[idx].kind == m.kind
                or self._head_word(self.agencies[idx].name) == head
            )
        ]
        place = self._capital_after(m.end)
        if place is not None:
            # "at the ministry's seat in Riyadh": a body of that capital's country, or of none
            there = [(s, i) for s, i in before if self.agencies[i].country in (None, place)]
            before = there or before
        if m.kind == DELEGATION:
            # "the delegation" is the visiting one, not a standing delegation its head chairs
            visiting = [(s, i) for s, i in before if not self._standing(self.agencies[i])]
            before = visiting or before
        publisher = self._publisher(m, before) if self._released_by(m) else None
        if publisher is not None:
            return publisher
        if before:
            return max(before)[1]  # the nearest before it in the text
        for idx in reversed(self.recent_agencies):
            if self.agencies[idx].kind == m.kind:
                return idx
        return None

    def _publisher(self, m: AgencyMention, before: list[tuple[int, int]]) -> int | None:
        """The body, among ``before``, of the lead's first official (the first official named
        after the headline): the publisher of the release; None when it has not one of them."""
        lead = next(
            (
                p
                for i in sorted(self.parts)
                if i >= 1
                for p in self.parts[i]
                if p.kind == OFFICIAL and p.start < m.start
            ),
            None,
        )
        if lead is None:
            return None
        own = {a for _s, a in before} & set(self.officials[self.canon(lead.ref)].agencies)
        return own.pop() if len(own) == 1 else None

    def _released_by(self, m: AgencyMention) -> bool:
        """ "a statement of the ministry" (a statement noun right before a bare definite head, or
        before the genitive clitic and it): the body that issued the release, the one the
        dispatch opened with, not the last of its kind named (a visiting minister's ministry
        named after the host's)."""
        k, norms = m.start, self.tg.norms
        if k > 1 and norms[k - 1] in self.W.genitive:
            k -= 1  # the genitive clitic split off: "a statement of- the-ministry"
        if self.tg.is_def(m.start):
            return m.end - m.start == 1 and k > 0 and norms[k - 1] in self.W.statement_noun
        return norms[m.start] in self.W.article and self._reports_release(m)

    def _reports_release(self, m: AgencyMention) -> bool:
        """ "the ministry said (in a statement)" (SVO): the bare head with its article is the
        subject of a saying verb right after it; a dispatch's ministry that speaks unnamed is the
        release's issuer, not the last ministry of its kind named (a guest's)."""
        tg = self.tg
        h = tg.at(m.end, "cue") if m.end < len(tg.norms) else None
        return tg.P.word_order == "SVO" and h is not None and h.info[0] == _SAY_CUE

    def _capital_after(self, k: int) -> str | None:
        """The country of a capital at token ``k`` (or one preposition later), else None."""
        n = len(self.tg.norms)
        for j in (k, k + 1):
            hit = self.tg.at(j, "country") if j < n else None
            if hit is not None and hit.info[1] == "capital":
                return hit.info[0]
        return None

    def _portfolio_anaphor(self, m: AgencyMention) -> int | None:
        """ "the foreign ministry" in lower case, "her ministry": the one ministry (of that
        portfolio) named before it; None when there is none or more than one (which one it is the
        text does not say)."""
        key = self.lex.ministry_key(m.words) if m.words else None
        found = {
            idx
            for start, idx in self.positions
            if start < m.start
            and self.agencies[idx].kind == m.kind
            and (key is None or self.lex.ministry_key(self.agencies[idx].words) == key)
        }
        return min(found) if len(found) == 1 else None

    def _head_word(self, text: str) -> str:
        """The last word of an anaphor or the first of a name, folded, without the article: the
        head noun in a head-initial language ("al-majlis" ~ "majlis al-nuwwab"); each text read
        once per article (an anaphor compares it with every agency before it)."""
        head = self._heads.get(text)
        if head is None:
            words = text.split()
            word = (words[0] if self.P.head_initial else words[-1]) if words else ""
            head = self._heads[text] = (
                self.P.strip_definite(self.P.fold(word)).casefold() if words else ""
            )
        return head

    # ---- parts and memberships -------------------------------------------
    def after_marker(self, i: int) -> bool:
        """Token ``i`` follows a glued object marker."""
        tg = self.tg
        return i > 0 and tg.norms[i - 1] in self.W.object_marker and not tg.ws[i - 1]

    def add_part(self, si: int, p: Part) -> None:
        """A participant mention of sentence ``si`` (not twice for overlapping mentions of one
        entity)."""
        lst = self.parts.setdefault(si, [])
        if p.kind == OFFICIAL and self.after_marker(p.start):
            p = replace(p, after_bi=True)
        for q in lst:
            if q.kind == p.kind and q.ref == p.ref and not (p.end <= q.start or p.start >= q.end):
                return
        if p.kind == AGENCY:
            lst[:] = [q for q in lst if not self._owner_post_in(q, p)]
        elif any(self._owner_post_in(p, q) for q in lst):
            return
        lst.append(p)
        lst.sort(key=lambda q: q.start)

    def _owner_post_in(self, o: Part, a: Part) -> bool:
        """Official part ``o`` is the post whose possessive opens agency part ``a`` ("the Prime
        Minister's Office said"): the office takes part, not the post's holder."""
        return (
            o.kind == OFFICIAL
            and a.kind == AGENCY
            and a.start <= o.start
            and o.end < a.end
            and owner_post(self.tg, o.end + 1) is not None
        )

    def move_part_start(self, si: int, oi: int, old_start: int, new_start: int) -> None:
        """An official's mention grows left over coordinated titles before it."""
        lst = self.parts.get(si, [])
        for n, p in enumerate(lst):
            if p.kind == OFFICIAL and p.ref == oi and p.start == old_start:
                lst[n] = replace(p, start=new_start)

    def member(self, source: Ref, target: Ref, evidence: Span, rule: str) -> None:
        """A MEMBER_OF found by this stage (once per pair)."""
        key = (source, target)
        if key in self._member_keys:
            return
        self._member_keys.add(key)
        self.memberships.append(PendingRelation(MEMBER_OF, source, target, evidence, rule))

    def member_of_country(
        self, ai: int, iso: str, evidence: Span, rule: str = "member.agency_country"
    ) -> None:
        self.member(Ref(AGENCY, ai), Ref(COUNTRY, iso), evidence, rule)

    # ---- agencies of a title ---------------------------------------------
    def _country_first(self, t: TitleMention) -> bool:
        """The title opens with its country ("Norway's …", "Egyptian …")."""
        h = self.tg.hits.get(t.start)
        return h is not None and h.kind == "country" and h.start == t.start

    def bind_title(self, oi: int, t: TitleMention, ev: Span) -> None:
        """The agencies a title names or implies: the official's, and their countries and parents.

        A ministry implied by a title without its own nisba is of the title's country (the
        official's, never a posting's). A body named in the title only as the parent of another
        ("head of the staff in the defence force") is not the official's, unless it is a
        government; a government after a ministerial role is the implied ministry's parent
        ("minister of energy in the caretaker government")."""
        ms = self._junior_bodies(t)
        closing = None if t.country else self._closing_side(t)
        side = closing or (None if t.country else self._side_country(t.start))
        if side is not None:
            # "attended from the Mauritanian side the secretary general of the foreign ministry":
            # a ministry of no country named in the title is that side's one of its portfolio, when
            # the text named it with its country before (else it is the host's, named without)
            ms = [
                replace(m, country=side) if self._sides_ministry(m, side, closing) else m
                for m in ms
            ]
        # a country only a side gives is no part of the ministry's name: no membership of it
        sides = {m.start for m in ms if side is not None and m.country == side and not t.country}
        spans = {(p.start, p.end) for m in ms if m.parent is not None for p in [m.parent]}
        ms, implied = self._named_implied(
            t, ms, next((m for m in ms if m.implied and m.kind == MINISTRY), None)
        )
        sided = None
        listed = side if side is not None and (closing or self._listed_side(t.start)) else None
        listed = listed or (None if t.country else self._led_country(t) or self._styled_owner(t))
        if implied is not None and not implied.country and (t.country or listed):
            ms, implied, sided = self._implied_country(oi, ms, implied, t.country, listed)
        elif implied is None and t.country:
            # "Norway's State Secretary at the Ministry of Foreign Affairs": Norway's ministry
            named = next((m for m in ms if m.kind == MINISTRY and not m.country), None)
            named = named if self._country_first(t) or self._placed_in(named, t) else None
            ms = [replace(m, country=t.country) if m is named else m for m in ms]
        for m in ms:
            ai = self._title_body(m, oi)
            self.recent_agencies.append(ai)
            self._title_agency_country(ai, m, (side, sided), sides, ev)
            if implied is not None and m.kind == GOVERNMENT and not m.implied:
                self.member(Ref(AGENCY, self.agency(implied)), Ref(AGENCY, ai), ev, "member.parent")
                continue
            if self._posted_to(m) or self._addressee(m, implied):
                # "Japan's representative to the Palestinian Authority": a post, not a membership
                continue
            if (m.start, m.end) in spans and not m.implied and m.kind != GOVERNMENT:
                # a government is also its ministers' ("deputy head of the council in the GNA")
                continue
            self.officials[oi].agencies.append(ai)
            if not m.implied and not m.country and self._after_parent_prep(m.start):
                self.titled_at.add(ai)  # "Minister of State at the Ministry of X"
            self.member(Ref(OFFICIAL, oi), Ref(AGENCY, ai), ev, "member.title")
        for m in ms:
            if m.parent is not None:
                self.add_parent(self.agency(m), m.parent, ev)
        if not ms:
            self._title_anaphor(oi, t, ev)
        else:
            self._apposed_ministry(oi, t, ms[-1], ev)

    def _headed_bare_government(self, m: AgencyMention) -> bool:
        """ "Head of Government", "President of the Government": the government a head role
        governs, bare (no country, no name but the word), is the style of a prime minister's post,
        a title that implies no body; a government with its country stays ("head of the Moroccan
        government")."""
        tg = self.tg
        if m.kind != GOVERNMENT or m.implied or m.country or m.parent is not None:
            return False
        gov = {self.P.strip_definite(w) for w in self.W.government_head}
        if not {self.P.strip_definite(w) for w in m.words} <= gov:
            return False
        k = m.start - 1
        if k >= 0 and tg.norms[k] in self.W.article:
            k -= 1
        if k < 1 or tg.norms[k] not in self.W.genitive:
            return False
        h = tg.at(k - 1, "title")
        return h is not None and h.end == k and h.info[0] == "role" and h.info[2] in _HEAD_ROLES

    def _junior_bodies(self, t: TitleMention) -> list[AgencyMention]:
        """The title's agencies, a junior minister's post styled as one government's own
        (:meth:`_junior_styled_body`) implying none; with a portfolio after "for" ("Spanish
        Secretary of State for Foreign and Global Affairs") and a country it implies that
        portfolio's ministry, of that country."""
        ms = [
            m
            for m in t.agencies
            if not self._junior_styled_body(m) and not self._headed_bare_government(m)
        ]
        if not t.country or any(m.kind == MINISTRY for m in ms):
            return ms  # the country names the government whose junior post it is
        tg, n = self.tg, len(self.tg.norms)
        for k in range(t.start, t.end):
            h = tg.at(k, "title")
            if h is None or h.info[3] != UNIQUE_TITLE or not h.info[1] or h.end + 1 >= t.end:
                continue
            if tg.norms[h.end] not in self.W.served_prep or tg.at(h.end + 1, "title"):
                continue
            stop = next((i for i in range(h.end + 1, t.end) if tg.kind(i) == "country"), t.end)
            key = self.lex.ministry_key(
                frozenset(tg.norms[i] for i in range(h.end + 1, min(stop, n)) if tg.is_alpha[i])
            )
            name = load_ministries()[key].get(self.lex.lang, "") if key else ""
            if name:
                words = frozenset(self._fold(w) for w in name.split())
                found = AgencyMention(
                    h.start, h.end, name, MINISTRY, words, name, t.country, implied=True
                )
                return [*ms, found]
        return ms

    def _junior_styled_body(self, m: AgencyMention) -> bool:
        """The department a post one government styles for its own implies ("Secretary of State"
        → "State Department"), in a text that writes that post with a served field ("Secretary
        of State to the Minister of Foreign Affairs", "Secretary of State for Tourism"): there
        the post is another government's junior minister, also where written bare ("Secretary of
        State X"), and implies no such department."""
        h = self.tg.at(m.start, "title") if m.implied else None
        if h is None or h.info[3] != UNIQUE_TITLE or not h.info[1]:
            return False
        return self.P.fold(m.text) == self.P.fold(h.info[1]) and h.info[2] in self._junior_styles

    @functools.cached_property
    def _junior_styles(self) -> frozenset[str]:
        """The roles of the posts one government styles for its own department that the text
        writes with a served field after them (:meth:`_junior_styled_body`)."""
        tg, n = self.tg, len(self.tg.norms)
        return frozenset(
            h.info[2]
            for k in tg.starts(("title",), 0, n)
            if (h := tg.at(k, "title")) is not None
            and h.info[3] == UNIQUE_TITLE
            and h.info[1]
            and h.end < n
            and tg.norms[h.end] in self.W.served_prep
        )

    def _placed_in(self, m: AgencyMention | None, t: TitleMention) -> bool:
        """The title's own country closes the ministry it names, after a parent preposition and
        at most one word of the state's style ("minister of state at-the-ministry of the foreign
        in the Republic of X"): that country's ministry."""
        tg, k = self.tg, m.end if m is not None else len(self.tg.norms)
        if k + 1 >= t.end or tg.norms[k] not in self.W.parent_prep:
            return False
        for j in (k + 1, k + 2):
            h = tg.at(j, "country")
            if h is not None:
                return h.info[0] == t.country and h.end <= t.end
            if j in tg.hits or not tg.is_alpha[j]:
                return False
        return False

    def _title_body(self, m: AgencyMention, oi: int) -> int:
        """The agency a title of official ``oi`` names or implies; a bare capitalised "the
        Ministry" in it ("the Ministry's Secretary-General X", "Director of the Y Department at
        the Ministry") takes up the one ministry named before that is of no other country than
        the dispatch's (:meth:`_capitalised_anaphor`'s anaphor), not a body of its own."""
        if m.implied or self._capitalised_anaphor(m) is None:
            return self.agency(m, "agency.head", holder=oi if m.implied else None)
        head = self._head_word(m.text)
        home = {
            i
            for s, i in self.positions
            if s < m.start
            and self.agencies[i].kind == m.kind
            and self.agencies[i].country in (None, self.dateline)
            and self._holds_head(self.agencies[i], head)
        }
        if len(home) != 1:
            return self.agency(m, "agency.head")
        ref = home.pop()
        self.agencies[ref].aliases.add(m.text)
        return ref

    def _apposed_ministry(self, oi: int, t: TitleMention, sub: AgencyMention, ev: Span) -> None:
        """A sub-body closing a title and, after a comma, the ministry it is part of, set off by
        commas ("Director-General of the European Affairs Bureau, Ministry of Foreign Affairs,
        attended"): the ministry is the sub-body's parent and the holder's body too (of the side
        the sentence gives, if any)."""
        tg, k = self.tg, t.end
        n = len(tg.norms)
        if sub.end != k or sub.kind == MINISTRY or sub.implied or k + 1 >= n or tg.texts[k] != ",":
            return
        h = tg.hits.get(k + 1)
        if h is None or h.kind != "agency" or h.start != k + 1:
            return
        m = agency_phrase(tg, k + 1)
        if m is None or m.anaphor or m.kind != MINISTRY or m.end >= n or tg.texts[m.end] != ",":
            return
        side = self._side_country(t.start)
        if side is not None and not m.country:
            m = replace(m, country=side)
        ai = self.agency(m)
        self.member(Ref(AGENCY, self.agency(sub)), Ref(AGENCY, ai), ev, "member.parent")
        if ai not in self.officials[oi].agencies:
            self.officials[oi].agencies.append(ai)
        self.member(Ref(OFFICIAL, oi), Ref(AGENCY, ai), ev, "member.title")

    def _title_agency_country(
        self,
        ai: int,
        m: AgencyMention,
        sided: tuple[str | None, int | None],
        sides: set[int],
        ev: Span,
    ) -> None:
        """The country of a title's agency and its membership of it: none of a country only a
        side gives ("attended on the Tunisian side by the Minister of Foreign Affairs"), unless the
        ministry's own name closes on that country's nationals abroad ("… and the Tunisians
        abroad"): then its name says it too."""
        side, start = sided
        if m.implied and m.start == start:
            self.agencies[ai].country = side
        elif m.country and m.start not in sides:
            self.member_of_country(ai, m.country, ev)
            return
        country = self.agencies[ai].country
        if country and m.kind == MINISTRY and nationals_country(self.tg, m.start, m.end) == country:
            self.member_of_country(ai, country, ev)

    def _named_implied(
        self, t: TitleMention, ms: list[AgencyMention], implied: AgencyMention | None
    ) -> tuple[list[AgencyMention], AgencyMention | None]:
        """The title's agencies and its implied ministry, named by an adjective before the role
        when there is one (:meth:`_adjective_before_role`)."""
        if implied is None:
            return ms, None
        named = self._adjective_before_role(t, implied)
        if named is implied:
            named = self._portfolios_before_role(t, implied)
        if named is implied:
            return ms, implied
        return [named if m is implied else m for m in ms], named

    def _adjective_before_role(self, t: TitleMention, m: AgencyMention) -> AgencyMention:
        """A capitalised adjective of a body's name right before a minister's role ("Coordinating
        Minister for Economic Affairs") names the ministry the title implies with it
        ("Coordinating Ministry for Economic Affairs"), a ministry of its own."""
        tg, k = self.tg, t.start - 1
        if (
            not self.P.cased
            or k < 0
            or tg.norms[k] not in self.W.name_adjective
            or not tg.texts[k][:1].isupper()
            or m.end <= t.start + 1
        ):
            return m
        name = " ".join((tg.texts[k], self.P.ministry_head, tokens_text(tg, t.start + 1, m.end)))
        words = m.words | {tg.norms[k]}
        return replace(m, text=name, base=name, words=words, aliases=())

    def _portfolios_before_role(self, t: TitleMention, m: AgencyMention) -> AgencyMention:
        """Capitalised portfolios coordinated before a head-final minister's title ("Investment,
        Trade and Industry Minister", "Chilean Mines and Energy Minister"): the fields of the
        ministry the title implies, named by all of them ("Ministry of Investment, Trade and
        Industry"), of the country a nisba before them gives."""
        tg, P = self.tg, self.P
        if not P.cased or m.start != t.start or t.end - t.start < 2 or t.start < 2:
            return m
        if tg.norms[t.start - 1] not in self.W.conjunction:
            return m
        k, words = t.start - 1, set(m.words)
        while k > 0 and (tg.texts[k - 1] == "," or tg.norms[k] in self.W.conjunction):
            item = self._portfolio_item(k - 1 if tg.texts[k - 1] != "," else k - 2)
            if item is None:
                break
            k, words = item, words | {tg.norms[i] for i in range(item, t.start) if tg.is_alpha[i]}
        if k == t.start - 1:
            return m
        field = tokens_text(tg, k, t.end - 1)
        name = P.implied_agency.format(head=P.ministry_head, field=field)
        nisba = tg.at(k - 1, "country") if k > 0 else None
        country = t.country or (nisba.info[0] if nisba is not None and nisba.end == k else None)
        return replace(
            m,
            start=k,
            text=name,
            base=name,
            words=frozenset(words),
            aliases=(),
            country=m.country or country,
        )

    def _portfolio_item(self, j: int) -> int | None:
        """The start of the capitalised portfolio ending at token ``j`` ("Trade", "International
        Trade"), None when the words there name no ministry's field."""
        tg, k = self.tg, j
        while k >= 0 and tg.is_alpha[k] and tg.texts[k][:1].isupper() and tg.kind(k) is None:
            k -= 1
        if k == j:
            return None
        key = self.lex.ministry_key(frozenset(tg.norms[i] for i in range(k + 1, j + 1)))
        return k + 1 if key is not None else None

    def _title_anaphor(self, oi: int, t: TitleMention, ev: Span) -> None:
        """A title naming its body only by the bare definite head ("undersecretary of the
        ministry for political affairs", "director general of cooperation at-the ministry"):
        the official is of the body that anaphor resolves to."""
        tg = self.tg
        for k in range(t.start + 1, min(t.end, len(tg.norms))):
            h = tg.hits.get(k)
            if h is None or h.kind != "agency" or h.start != k:
                continue
            m = agency_phrase(tg, k)
            if m is None or not m.anaphor or m.end > t.end or m.kind in _SERVICE_KINDS:
                return
            ai = self._title_anaphor_body(oi, t, m)
            if ai is not None and ai not in self.officials[oi].agencies:
                self.agencies[ai].aliases.add(m.text)
                self.officials[oi].agencies.append(ai)
                self.member(Ref(OFFICIAL, oi), Ref(AGENCY, ai), ev, "member.title")
            return

    def _title_anaphor_body(self, oi: int, t: TitleMention, m: AgencyMention) -> int | None:
        """The body of that kind named before a title's anaphor: the one of the official's
        country (its side's, its title's), else of the dateline's; the only one when no country
        tells; None when several could be meant."""
        before = sorted(
            {i for s, i in self.positions if s < m.start and self.agencies[i].kind == m.kind}
        )
        country = self._side_country(t.start) or t.country or self.officials[oi].country
        for iso in (country, self.dateline):
            home = [i for i in before if iso and self.agencies[i].country == iso]
            if home:
                return home[0]
        return before[0] if len(before) == 1 else None

    def _implied_country(
        self,
        oi: int,
        ms: list[AgencyMention],
        implied: AgencyMention,
        country: str | None,
        side: str | None,
    ) -> tuple[list[AgencyMention], AgencyMention, int | None]:
        """The implied ministry given the title's country, else the side's: "attended on the
        Indonesian side by Foreign Minister X": X is that side's, and so is the ministry (the title
        names no country: no membership of it; its start is returned); the article's ministry of
        that portfolio named bare before is that side's too."""
        sided = None
        if not country:
            sided = implied.start
            if not self.officials[oi].country:
                self.officials[oi].country = side
            if self._bare_ministry(implied) and self.dateline in (None, side):
                return ms, implied, sided
            # a side other than the dispatch's country is a guest's: its ministry is not the
            # host's named bare before (which would then take the guest's country)
            country = side
        ms = [replace(m, country=country) if m is implied else m for m in ms]
        return ms, replace(implied, country=country), sided

    def _bare_ministry(self, m: AgencyMention) -> bool:
        """A ministry of the portfolio of ``m`` named before without a country ("the spokesman of
        the foreign ministry"): the host's, who lists its side; one only a title implied may be
        a guest's ("X was accompanied by Foreign Minister Y")."""
        field_key = self.ministry_field(m)
        return field_key is not None and any(
            not a.country
            and not a.implied
            and a.field == field_key
            and i not in self.agency_redirect
            for i, a in enumerate(self.agencies)
        )

    def _sides_ministry(self, m: AgencyMention, side: str, closing: str | None = None) -> bool:
        """A ministry named bare in a title of a side's holder is that side's: when a side
        phrase closes the title (it says whose the holder is), or when the text named that side's
        ministry of its portfolio before."""
        if m.kind != MINISTRY or m.country or m.implied:
            return False
        if closing is not None:
            return True
        field_key = self.ministry_field(m)
        return field_key is not None and any(
            a.country == side and a.field == field_key for a in self.agencies
        )

    def _styled_owner(self, t: TitleMention) -> str | None:
        """The country owning a title through one capitalised word of its government's style
        between them ("Kenya's National Defense Minister", "Ghana's Federal Minister of Energy"):
        the title is that country's, as one it opens with."""
        tg, k = self.tg, t.start - 1
        if not self.P.cased or k < 2 or not tg.is_alpha[k] or not tg.texts[k][:1].isupper():
            return None
        if tg.kind(k) is not None or tg.norms[k - 1] not in self.W.possessive_marker:
            return None
        h = tg.hits.get(k - 2)
        return h.info[0] if h is not None and h.kind == "country" and h.end == k - 1 else None

    def _led_country(self, t: TitleMention) -> str | None:
        """The country of the delegation a title's holder leads, the title right after the cue
        of leading or after the holder's name ("a Kenyan delegation led by Trade Minister X", "a
        delegation from Peru headed by X, Minister of Energy"): that country's, as a side's."""
        tg = self.tg
        sent = sentence_of(self.doc, t.start)
        k = t.start
        while k > sent.start and (
            k - 1 in self.name_tokens or tg.is_punct[k - 1] or tg.norms[k - 1] in self.W.article
        ):
            k -= 1
        cue = tg.hits.get(k - 1) if k > sent.start else None
        if cue is None or cue.kind != "cue" or cue.info[0] != "lead" or cue.end != k:
            return None
        for j in tg.starts(("agency",), sent.start, cue.start):
            h = tg.at(j, "agency")
            if h is None or h.info[0] != DELEGATION:
                continue
            m = agency_phrase(tg, j)
            if m is not None and m.country and self._origin_between(m.end, cue.start):
                return m.country
        return None

    def _origin_between(self, lo: int, hi: int) -> bool:
        """Tokens ``lo:hi`` are nothing or the delegation's origin ("from the Republic of X")."""
        tg, W = self.tg, self.W
        return lo <= hi and all(
            tg.norms[i] in W.origin or tg.norms[i] in W.article or tg.kind(i) == "country"
            for i in range(lo, hi)
        )

    def _listed_side(self, k: int) -> bool:
        """The side before token ``k`` lists who attended for it ("from the Omani side X", "on the
        Indonesian side by X"), not the side a verb says X chaired ("X headed the Omani side")."""
        tg = self.tg
        sent = sentence_of(self.doc, k)
        i = next((i for i in range(k - 1, sent.start - 1, -1) if tg.norms[i] in self.W.side), None)
        if i is None:
            return False
        start = i if self.P.head_initial else i - 1  # the nisba before the noun in English
        if start - 1 >= sent.start and tg.norms[start - 1] in self.W.article:
            start -= 1
        verb = tg.hits.get(start - 1) if start - 1 >= sent.start else None
        return verb is None or verb.kind != "cue" or verb.end != start

    def _closing_side(self, t: TitleMention) -> str | None:
        """The country of a side phrase right after a title, or after the holder's name that
        follows it, a comma between or none ("X, Deputy Minister of Trade, for the Ruritanian side,
        and Y, …"; "Trade Minister X on the Ruritanian side and …"): the side the holder stands
        for, whatever side the sentence named before (another holder's)."""
        tg, W = self.tg, self.W
        end = sentence_of(self.doc, t.start).end
        k = t.end
        while k < end and k in self.name_tokens:  # the holder's name after his title
            k += 1
        k += int(k < end and tg.texts[k] in ",،")
        if k + 2 >= end or tg.norms[k] not in W.side_prep:
            return None
        k += 1 + int(tg.norms[k + 1] in W.article)
        side, at = (k, k + 1) if self.P.head_initial else (k + 1, k)
        if side >= end or tg.norms[side] not in W.side:
            return None
        hit = tg.at(at, "country")
        return hit.info[0] if hit is not None and hit.info[1] in ("nisba", "demonym") else None

    def _side_country(self, k: int) -> str | None:
        """The country of the nearest "the <nisba> side" before token ``k`` in its sentence ("from
        the Mauritanian side X, Y"), None when there is none."""
        tg = self.tg
        sent = sentence_of(self.doc, k)
        for i in range(k - 1, sent.start - 1, -1):
            if tg.norms[i] in self.W.side:
                # the nisba after the noun, or before it in a head-final language
                at = i + 1 if self.P.head_initial else i - 1
                hit = tg.at(at, "country") if sent.start <= at < k else None
                kinds = ("nisba", "demonym")
                return hit.info[0] if hit is not None and hit.info[1] in kinds else None
        return None

    @staticmethod
    def _addressee(m: AgencyMention, implied: AgencyMention | None) -> bool:
        """A news agency in a title that implies a ministry ("[stated] the minister of state for
        foreign affairs to-the Qatar News Agency"): whom the minister spoke to; a minister heads
        no news agency."""
        return implied is not None and m.kind == NEWS_AGENCY and not m.implied

    def _posted_to(self, m: AgencyMention) -> bool:
        """The agency follows a preposition of posting only ("to"), not of belonging."""
        W = self.W
        k = m.start - 1
        if k >= 0 and self.tg.norms[k] in W.article:
            k -= 1
        return k >= 0 and self.tg.norms[k] in W.posted_to - W.parent_prep - W.genitive

    # ---- agency mentions outside titles ------------------------------------
    def add_mention(self, si: int, m: AgencyMention) -> int | None:
        """An agency mention of sentence ``si`` outside a title: "the ministry" resolved, or a body
        with its
        country, its parent body and, for an accompanying delegation, the official it
        accompanies."""
        if m.kind == SEAT and self._venue(m):
            return None  # "at the White House": a place, not the body that speaks from it
        if not m.anaphor and self._own_office_venue(m):
            return None  # "received him in his office at-the-academy": the place only
        if self._headed_bare_government(m):
            return None  # "X was hosted by the Head of Government": a prime minister's style
        if m.end - m.start <= 3 and self.tg.lex.licensed_heads.get(
            " ".join(self.tg.norms[m.start : m.end])
        ) == (LICENCE_NAMED):
            # "the Administration's commitment": a government in office, no body; "the Economic
            # Zone": a place
            return None
        pieces = split_coordinated(self.tg, m) if not m.anaphor else [m]
        if pieces != [m]:  # "the ministries of foreign affairs and defence": one mention of each
            return next(iter([self.add_mention(si, piece) for piece in pieces]), None)
        ref = self._capitalised_anaphor(m) if not m.anaphor else self._placing_anaphor(si, m)
        if ref is not None:
            self.agencies[ref].aliases.add(m.text)  # "the Ministry said": the one already named
            self._title_at(si, ref, m)  # "Director of the X Department at the Ministry"
        elif m.anaphor:
            ref = self.resolve_anaphor(m)
            if ref is None:
                return None
            self.agencies[ref].aliases.add(m.text)
        else:
            ev = span(self.doc, m.start, m.end)
            m = self._of_its_leader(si, m)
            ref = self.agency(m)
            self.add_parent(ref, m.parent, ev)
            if m.kind == DELEGATION and m.parent is not None and m.parent.country:
                # the delegation of a country's body is of that country (its name does not carry it:
                # no membership)
                self.agencies[ref].country = self.agencies[ref].country or m.parent.country
            self.recent_agencies.append(ref)
            if m.country:
                self.member_of_country(ref, m.country, ev)
            self._accompanied(si, ref, m)
            if not self.P.head_initial:
                self._title_at(si, ref, m)
                self._of_parent(si, ref, m)
            if si < _LETTERHEAD_LINES and self._whole_line(m):
                self.letterheads.add(ref)
                self._letterhead_office(si, ref, ev)
        self.add_part(si, Part(AGENCY, ref, m.start, m.end, self.after_marker(m.start)))
        return ref

    def _of_its_leader(self, si: int, m: AgencyMention) -> AgencyMention:
        """ "Y, who is visiting Kuwait at the head of a delegation": the bare delegation a clause's
        subject heads is of the leader's country (the nearest official of the sentence before it
        with a country), named with that country's nisba ("the Chilean delegation")."""
        tg = self.tg
        if m.kind != DELEGATION or m.country:
            return m
        # "at the head of a large ministerial delegation": its modifiers after the article
        bare = led_bare_delegation(tg, m.start)
        if not (bare or (m.start > 0 and led_bare_delegation(tg, m.start - 1))):
            return m
        before = [p for p in self.parts.get(si, []) if p.kind == OFFICIAL and p.end <= m.start]
        if not before:
            return m
        iso = self.officials[self.canon(before[-1].ref)].country
        if not iso:
            return m
        head = tokens_text(tg, m.start + 1, m.end) if bare else m.text
        named = country_qualified(self.lex, self.P, head, iso, self.countries.get(iso, ()))
        if not named:
            return m
        whole = m.text if bare else tokens_text(tg, m.start - 1, m.end)
        return replace(m, text=named[0], base=head, country=iso, aliases=(*m.aliases, whole))

    def governments_of_their_members(self) -> None:
        """ "Deputy head of the council of ministers and Kuwaiti interior minister X": a cabinet or
        government of no country is the one of its members' country, when every member named with
        it has that one country."""
        for i, a in enumerate(self.agencies):
            if a.country or a.kind not in _GOVERNING_KINDS or i in self.agency_redirect:
                continue
            countries = {
                self.officials[oi].country
                for oi in range(len(self.officials))
                if oi not in self.redirect and i in self.officials[oi].agencies
            }
            iso = countries.pop() if len(countries) == 1 else None
            if iso is not None:
                a.country = iso
                ev = a.sent if a.sent is not None else self.doc[0:0]
                self.member_of_country(i, iso, ev)

    def anaphor_parents(self) -> None:
        """Each sub-body's anaphoric parent: the nearest body named before it of the anaphor's
        kind or head noun."""
        for child, pm, ev in self._capitalised_parents:
            named = self._capitalised_anaphor(pm)
            if named is not None and named != child:
                self.agencies[named].aliases.add(pm.text)
                self.member(Ref(AGENCY, child), Ref(AGENCY, named), ev, "member.parent")
        for child, pm, ev in self._anaphor_parents:
            head = self._head_word(pm.text)
            before = [
                (s, i)
                for s, i in self.positions
                if s < pm.start
                and i != child
                and (
                    self.agencies[i].kind == pm.kind
                    or self._head_word(self.agencies[i].name) == head
                )
            ]
            if before:
                self.member(
                    Ref(AGENCY, child),
                    Ref(AGENCY, self._named_parent(pm, before)),
                    ev,
                    "member.parent",
                )

    def _named_parent(self, pm: AgencyMention, before: list[tuple[int, int]]) -> int:
        """The body a sub-body's anaphoric parent ("the department at the ministry") names: the
        nearest before it; but one only a minister's title implied ("the Vietnamese deputy foreign
        minister") gives way to the dispatch's own body named in the text: the bare head takes up
        a body the text has named, the dateline's by default."""
        near = max(before)[1]
        if not self.agencies[near].implied:
            return near
        home = [
            (s, i)
            for s, i in before
            if self.agencies[i].country in (None, self.dateline) and not self.agencies[i].implied
        ]
        if not home:
            # all implied ("the department at the ministry" after a host minister and his guest,
            # both named only by their titles): the body of the dispatch's lead official. A
            # dispatch is told from its lead official's side, and a department "at the ministry"
            # is named by that side's writer as its own (as a release's bare "the ministry" is
            # the publisher's: :meth:`_released_by`), not the guest's named last
            lead = self._publisher(pm, before)
            return near if lead is None else lead
        return max(home)[1]

    def _letterhead_office(self, si: int, ref: int, ev: Span) -> None:
        """A letterhead's second line under its first ("Department of State / Office of the
        Spokesperson"): an office of no country of its own is the issuing body's."""
        self._letterhead_lines[si] = ref
        up = self._letterhead_lines.get(si - 1)
        if up is None or up == ref or self.agencies[ref].country:
            return
        if self.agencies[up].country:
            self.member(Ref(AGENCY, ref), Ref(AGENCY, up), ev, "member.parent")

    def _capitalised_anaphor(self, m: AgencyMention) -> int | None:
        """ "the Ministry said" (a cased language capitalises a bare head after the article too):
        an agency of that kind named before, the dateline country's first (a dispatch's ministry is
        its own country's), else the nearest; None when there is none (then it is a body of its
        own)."""
        tg = self.tg
        if not self._bare_ministry_head(m) or not tg.texts[m.start][:1].isupper():
            return None
        return self._named_of_kind(m)

    def _bare_ministry_head(self, m: AgencyMention, head: int | None = None) -> bool:
        """``m`` is a ministry's bare head (at ``head``, its first token by default) after the
        article, in a cased language ("the ministry", "the Ministry")."""
        tg = self.tg
        h = m.start if head is None else head
        return not (
            not tg.P.cased
            or m.end - h != 1
            or m.parent is not None
            or m.country
            or m.kind != "ministry"
            or h < 1
            or tg.norms[h - 1] not in self.W.article
        )

    def _placing_anaphor(self, si: int, m: AgencyMention) -> int | None:
        """A bare lower-case head after a sub-body's title and a parent preposition ("<title> of
        the <sub-body> at the ministry") places that sub-body in the body of its kind named
        before; it is not
        the sub-body itself (which the nearest-before reading would take), and it reads as the
        capitalised "at the Ministry" does. None when the mention is not in that place."""
        k = m.end - 3
        if k < 1 or not self._bare_ministry_head(m, m.end - 1):
            return None
        if self.tg.norms[k] not in self.W.parent_prep:
            return None
        before = next((p for p in self.parts.get(si, []) if p.end == k), None)
        if before is None:
            return None
        if before.kind == AGENCY:
            subs = {before.ref}
        elif before.kind == OFFICIAL:
            subs = set(self.officials[self.canon(before.ref)].agencies)
        else:
            return None
        subs = {
            s for s in subs if self.agencies[s].kind in _SUB_KINDS or not self.agencies[s].implied
        }
        if not subs or self._two_sides_of_kind(m, subs):
            return None
        return self._named_of_kind(m, exclude=subs)

    def _two_sides_of_kind(self, m: AgencyMention, exclude: set[int]) -> bool:
        """Bodies of ``m``'s kind of two countries were named before it (the host's ministry and
        the guest delegation's): a bare "at the ministry" may be either side's, and nothing in the
        phrase tells which, so it places nothing."""
        countries = {
            self.agencies[i].country
            for s, i in self.positions
            if s < m.start and self.agencies[i].kind == m.kind and i not in exclude
        }
        return len(countries) > 1

    def _named_of_kind(
        self, m: AgencyMention, exclude: frozenset[int] | set[int] = frozenset()
    ) -> int | None:
        """The body of ``m``'s kind named before it that a bare head takes up (see
        ``_capitalised_anaphor``); never ``exclude``."""
        before = [
            (s, i)
            for s, i in self.positions
            if s < m.start and self.agencies[i].kind == m.kind and i not in exclude
        ]
        # the anaphor repeats its body's head noun: "the Ministry" is no "X Department" before it
        head = self._head_word(m.text)
        same_head = [(s, i) for s, i in before if self._holds_head(self.agencies[i], head)]
        before = same_head or before
        home = [(s, i) for s, i in before if self.agencies[i].country == self.dateline]
        if self.dateline and home:
            return min(home)[1]
        if self.dateline:
            # none is the dateline country's by name: one of no country may be, a foreign one not
            before = [(s, i) for s, i in before if not self.agencies[i].country] or before
        return max(before)[1] if before else None

    def _holds_head(self, a: AgencyDraft, head: str) -> bool:
        """A word of the agency's names is ``head`` ("Ministry of Foreign Affairs" ~ "Ministry")."""
        return any(
            self._head_word(w) == head
            for text in (a.name, *sorted(a.aliases))
            for w in text.split()
        )

    def _own_office_venue(self, m: AgencyMention) -> bool:
        """A body named right after "in his office" and a preposition of place ("received the
        envoy in her office at-the academy of diplomats"): the building the host received his
        guest in, no body of the text's own (named elsewhere, that mention makes it one)."""
        tg, k = self.tg, m.start - 1
        return k >= 1 and tg.norms[k] in self.W.venue_prep and tg.norms[k - 1] in self.W.own_office

    def _venue(self, m: AgencyMention) -> bool:
        """A seat named after a preposition of place or a street number ("at 10 Downing Street")."""
        tg, W = self.tg, self.W
        k = m.start - 1
        if k >= 0 and tg.norms[k] in W.article:
            k -= 1
        if k < 0:
            return False
        places = (W.circumstance | W.posted_to | W.parent_prep) - W.genitive
        return tg.like_num[k] or tg.norms[k] in places

    @property
    def dateline(self) -> str | None:
        """The country of a dispatch's dateline ("KUWAIT, Nov 12 (KUNA) --"): a capital or
        country opening one of the first lines, a comma, dash or bracket right after it."""
        if not hasattr(self, "_dateline"):
            self._dateline = self._find_dateline()
        return self._dateline

    def _find_dateline(self) -> str | None:
        doc, tg = self.doc, self.tg
        for n, sent in enumerate(doc.sents):
            if n >= _LETTERHEAD_LINES:
                break
            k = next((t.i for t in sent if not t.is_space), sent.end)
            hit = tg.at(k, "country") if k < sent.end else None
            if hit is None or hit.info[1] not in ("capital", "name"):
                continue
            after = doc[hit.end : min(hit.end + 2, sent.end)]
            if any(t.text in _DATELINE_MARKS for t in after):
                return hit.info[0]
        return None

    def _whole_line(self, m: AgencyMention) -> bool:
        """The mention starts its line, alone or before a dash ("US Department of State - Remarks -
        …")."""
        doc, tg = self.doc, self.tg
        sent = sentence_of(doc, m.start)
        if any(not (tg.is_punct[k] or tg.is_space[k]) for k in range(sent.start, m.start)):
            return False
        return m.end >= sent.end or tg.is_punct[m.end] or tg.is_space[m.end]

    def _of_parent(self, si: int, ref: int, m: AgencyMention) -> None:
        """ "the Foreign Affairs Committee of the House of Representatives", "the Board of Governors
        of the Arab Fund": a sub-body named right before "of the" belongs to this body."""
        tg, k = self.tg, m.start - 1
        if k >= 1 and tg.norms[k] in self.W.article:
            k -= 1
        if k < 1 or tg.norms[k] not in self.W.genitive:
            return
        before = next((p for p in self.parts.get(si, []) if p.end == k), None)
        if before is None:
            return
        if before.kind == AGENCY:
            child = before.ref
        elif before.kind == OFFICIAL:
            # "Chair of the Foreign Affairs Committee of the House": the last body of the title
            named = [
                a
                for a in self.officials[self.canon(before.ref)].agencies
                if not self.agencies[a].implied
            ]
            if not named:
                return
            child = named[-1]
        else:
            return
        # any body "of" an international organisation is its organ ("the General Court of the
        # European Union"); of another body, only a part's kind
        organ = self.agencies[ref].kind == INTERNATIONAL and not self.agencies[child].country
        # a command of a force ("the General Staff of the Kuwait Army") is that force's
        organ = organ or self.agencies[ref].kind == self.agencies[child].kind == _ARMED_FORCE
        if child == ref or (self.agencies[child].kind not in _PART_OF_KINDS and not organ):
            return
        ev = span(self.doc, before.start, m.end)
        self.member(Ref(AGENCY, child), Ref(AGENCY, ref), ev, "member.parent")

    def _after_parent_prep(self, k: int) -> bool:
        """The word before ``k`` (an article skipped) places a post in a body ("at the")."""
        k -= 1
        if k >= 0 and self.tg.norms[k] in self.W.article:
            k -= 1
        return k >= 0 and self.tg.norms[k] in self.W.parent_prep

    def _title_at(self, si: int, ref: int, m: AgencyMention) -> None:
        """ "X, Director of the Directorate at the Ministry": the body after the title is the parent
        of the body the title names, or the official's own when it names none. After the name
        ("hosted Minister X at the Ministry") it is only where they met."""
        tg, k = self.tg, m.start - 1
        if k >= 1 and tg.norms[k] in self.W.article:
            k -= 1
        if k < 1 or tg.norms[k] not in self.W.parent_prep:
            return
        o = next((p for p in self.parts.get(si, []) if p.kind == OFFICIAL and p.end == k), None)
        if o is None:
            # "Director of the X Directorate at the Ministry": a sub-body right before "at"
            sub = next((p for p in self.parts.get(si, []) if p.kind == AGENCY and p.end == k), None)
            if sub is not None and sub.ref != ref and self.agencies[sub.ref].kind in _SUB_KINDS:
                ev = span(self.doc, sub.start, m.end)
                self.member(Ref(AGENCY, sub.ref), Ref(AGENCY, ref), ev, "member.parent")
            return
        if (k - 1) in self.name_tokens:
            return  # "hosted Minister X at the Department": after a name, the body is a venue
        oi = self.canon(o.ref)
        named = [
            a for a in self.officials[oi].agencies if not self.agencies[a].implied and a != ref
        ]
        ev = span(self.doc, o.start, m.end)
        if named and self.acanon(named[-1]) not in self._parents(self.acanon(ref)):
            self.member(Ref(AGENCY, named[-1]), Ref(AGENCY, ref), ev, "member.parent")
        else:
            # "Assistant Secretary-General of the GCC … at the GCC Secretariat General": a part
            # of the body the title names is the official's own, not that body's parent
            self._brief_in(oi, ref)
            self.officials[oi].agencies.append(ref)
            self.titled_at.add(ref)
            self.member(Ref(OFFICIAL, oi), Ref(AGENCY, ref), ev, "member.title")

    def _brief_in(self, oi: int, ref: int) -> None:
        """ "Assistant Minister for Economic and Trade Affairs at the Ministry of Foreign Affairs":
        the ministry the post is placed in is the holder's; the portfolio the title named is a
        brief within it, not a ministry of its own (when no one else holds it)."""
        b = self.agencies[ref]
        if b.kind != MINISTRY:
            return
        for ai in list(self.officials[oi].agencies):
            a = self.agencies[self.acanon(ai)]
            if not (a.implied and a.kind == MINISTRY and a.field != b.field):
                continue
            if {self.canon(h) for h in a.holders} - {oi}:
                continue
            self.officials[oi].agencies.remove(ai)
            self.memberships = [
                r
                for r in self.memberships
                if not (
                    r.target is not None
                    and r.target.kind == AGENCY
                    and self.acanon(int(r.target.key)) == self.acanon(ai)
                )
            ]
            self.agency_redirect[self.acanon(ai)] = ref

    def add_parent(self, child: int, pm: AgencyMention | None, evidence: Span) -> None:
        """A named sub-body belongs to the body named in it ("the media office of the bank")."""
        if pm is None:
            return
        if pm.anaphor:
            # "the mission of the Fund", "the department in the ministry": the body named before
            # it, once every mention is read (a title's bodies are read before the others)
            self._anaphor_parents.append((child, pm, evidence))
            return
        if self._capitalised_anaphor(pm) is not None:
            # "the Ministry's Department of X": the ministry named before owns it (which one,
            # once every mention is read and the bodies have their countries)
            self._capitalised_parents.append((child, pm, evidence))
            return
        parent = self.agency(pm)
        if parent == child:
            return
        if not pm.anaphor:
            self.recent_agencies.append(parent)
            if pm.country:
                self.member_of_country(parent, pm.country, evidence)
            self.add_parent(
                parent, pm.parent, evidence
            )  # "the council in the federal assembly of Russia"
        self.member(Ref(AGENCY, child), Ref(AGENCY, parent), evidence, "member.parent")

    def _accompanied(self, si: int, ref: int, m: AgencyMention) -> None:
        """ "X and the delegation accompanying him": X belongs to the delegation (the participle
        inside the mention or right after it)."""
        tg = self.tg
        if not any(
            tg.norms[k] in self.W.accompany for k in range(m.start, min(m.end + 1, len(tg.norms)))
        ):
            return
        gap = {
            *self.W.conjunction,
            *self.W.possessive,
            *self.W.article,
            ",",
            self.P.list_separator.strip(),
        }
        before = [
            p
            for p in self.parts.get(si, [])
            if p.kind == OFFICIAL
            and p.end <= m.start
            and all(tg.norms[k] in gap for k in range(p.end, m.start))
        ]
        if not before:
            before = self._titled_before(si, m, gap)
        if not before:
            return
        oi = self.canon(before[-1].ref)
        led = self._delegation_led_by(si, before[-1])
        if led is not None:
            self._led_accompany[ref] = led
        self.member(
            Ref(OFFICIAL, oi), Ref(AGENCY, ref), sentence_of(self.doc, m.start), "member.accompany"
        )
        a = self.agencies[ref]
        a.country = (
            a.country or self.officials[oi].country
        )  # the delegation of a Japanese minister is Japanese

    def _delegation_led_by(self, si: int, p: Part) -> int | None:
        """The delegation named right before the lead cue ("headed by") that introduces official
        ``p``, if any."""
        tg = self.tg
        cue = next(
            (
                k
                for k in range(max(p.start - 3, 0), p.start)
                if (h := tg.at(k, "cue")) is not None and h.info[0] == "lead" and h.end <= p.start
            ),
            None,
        )
        if cue is None:
            return None
        # the body right before the cue, or the delegation whose parent bodies lead up to it ("a
        # delegation of the friendship committee in the Finnish parliament headed by Y")
        before = [q for q in self.parts.get(si, []) if q.end <= cue]
        if not before or before[-1].end < cue - 2:
            return None
        for q in reversed(before):
            if q.kind != AGENCY:
                return None
            ai = self.acanon(q.ref)
            if self.agencies[ai].kind == DELEGATION:
                return ai
        return None

    def _titled_before(self, si: int, m: AgencyMention, gap: set[str]) -> list[Part]:
        """ "X, <title of any length>, and the delegation accompanying him": "and" right before the
        delegation, the last official before it, and between them only X's title (no cue word,
        no other official)."""
        tg = self.tg
        k = m.start - 1
        while k >= 0 and tg.norms[k] in self.W.possessive | self.W.article:
            k -= 1  # "and his accompanying delegation"
        if k < 0 or tg.norms[k] not in self.W.conjunction:
            return []
        officials = [p for p in self.parts.get(si, []) if p.kind == OFFICIAL and p.end <= m.start]
        if not officials:
            return []
        o = officials[-1]
        between = range(o.end, k)
        first = next((j for j in between if not tg.is_punct[j]), None)
        places = self.W.circumstance | self.W.posted_to | self.W.parent_prep
        titled = first is not None and tg.kind(first) in ("title", "agency")
        if not titled and any(tg.is_punct[j] or tg.norms[j] in places for j in between):
            return []  # "met X in Cairo and the delegation": no title behind the name
        if any(tg.kind(j) == "cue" or tg.texts[j] in _CLAUSE_ENDS for j in between):
            return []
        if self._guest_title(o, k):
            return []
        return [o] if len(between) <= _TITLE_REACH else []

    def _guest_title(self, o: Part, k: int) -> bool:
        """ "[the host] X, foreign minister, [received] the Vietnamese deputy minister and the
        delegation accompanying him": the last title after a comma before "and", behind a first
        title after X's name and naming a country that X and his title do not, is the guest's (a
        person named by a title only), whose delegation it is."""
        tg = self.tg
        last = next(
            (
                j
                for j in range(k - 1, o.end, -1)
                if tg.is_punct[j - 1] and tg.at(j, "title") is not None
            ),
            None,
        )
        if last is None:
            return False
        name = o.start
        while name < last and (tg.kind(name) == "title" or tg.is_punct[name]):
            name += 1  # the titles before the name ("Major General X") are not a first title after
        if not any(tg.at(j, "title") is not None for j in range(name, last)):
            return False  # "X, commander of the Kenya Navy, and …": X's own title, no second one
        own = {h.info[0] for j in range(o.start, last) if (h := tg.at(j, "country")) is not None}
        return any(
            (h := tg.at(j, "country")) is not None and h.info[0] not in own for j in range(last, k)
        )


def _without_mark(word: str, marks: tuple[str, ...]) -> str:
    """``word`` without a possessive marker glued at its end ("egypt's" → "egypt")."""
    for m in marks:
        if m and word.endswith(m) and len(word) > len(m):
            return word[: -len(m)]
    return word

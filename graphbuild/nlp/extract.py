"""Article → :class:`~graphbuild.model.Extraction`, by rules over mentions.

Per article:

1. tokenise (``get_pipeline``) and tag lexicon hits (:class:`Tagger`);
2. find officials (a name next to a title), agencies and countries;
3. a second pass finds surname-only and title-only mentions of the officials
   found ("باشاغا" → "فتحي باشاغا", "the Foreign Minister" → the only official
   with that role);
4. relation rules per sentence, in order, with a running topic (the last
   subject or speaker) for pro-drop and "وأضاف" / "he added";
5. in-article merging of agencies (same kind, compatible country, one's words
   contained in the other's) and deterministic, label-aware ids.

Each entity and relation records the ``rule`` that produced it and a
``confidence`` derived from it (see ``RULE_CONFIDENCE``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Iterable

from spacy.tokens import Doc, Span

from ..lang import load_countries, load_lexicon, load_ministries
from ..model import Article, Entity, Extraction, Relation
from .mentions import AgencyM, NameM, Tagger, TitleM, agency_phrase, name_run, strip_al, title_phrase
from .normalize import normalize_key
from .pipeline import get_pipeline

__all__ = ["extract_article", "entity_id", "RULE_CONFIDENCE"]

RULE_CONFIDENCE = {
    "official.title+name": 0.95,
    "official.name+title": 0.9,
    "official.coordinated": 0.7,
    "agency.head": 0.9,
    "agency.implied_by_title": 0.85,
    "agency.anaphor": 0.7,
    "country.lexicon": 0.95,
    "member.title": 0.9,
    "member.agency_country": 0.9,
    "member.parent": 0.8,
    "member.compose": 0.85,
    "met.verb": 0.85,
    "met.noun_with": 0.8,
    "met.attend": 0.7,
    "met.coordinated": 0.7,
    "met.call": 0.6,
    "said.cue": 0.85,
    "said.carried": 0.75,
    "said.according": 0.7,
    "said.colon": 0.8,
}

_COMMAS = (",", "،")
QUOTE_OPEN = "«“\"„‟"
QUOTE_CLOSE = "»”\""
MEETING_AGENCIES = {"delegation", "mission"}
VERB_CUES = {"meet", "meet_with", "say", "say_colon", "according", "compose"}  # agencies that can be a side of a meeting


def entity_id(type_: str, key: str, country: str | None = None) -> str:
    """Label-aware deterministic id: ``Official:<key>``, ``Agency:<key>[@ISO3]``, ``Country:<ISO3>``."""
    if type_ == "Country":
        return f"Country:{key}"
    nk = normalize_key(key)
    if type_ == "Agency" and country:
        return f"Agency:{nk}@{country}"
    return f"{type_}:{nk}"


@dataclass
class Official:
    name: str
    key: str
    titles: list[str] = field(default_factory=list)
    country: str | None = None
    agencies: list[int] = field(default_factory=list)  # indexes into Article state agencies
    aliases: set[str] = field(default_factory=set)
    roles: set[str] = field(default_factory=set)
    rule: str = "official.title+name"
    merges: list[str] = field(default_factory=list)


@dataclass
class Agency:
    name: str
    kind: str
    words: frozenset[str]
    country: str | None
    aliases: set[str] = field(default_factory=set)
    rule: str = "agency.head"
    parent: int | None = None
    implied: bool = False
    sent: Span | None = None  # the sentence of its first mention
    holders: set[int] = field(default_factory=set)  # officials whose title implied it
    field: str | None = None  # ministry portfolio key (lang/ministries.tsv)


@dataclass
class Part:
    """A participant mention in a sentence: an official or agency, by token position."""

    kind: str  # Official | Agency
    ref: int  # index into officials / agencies
    start: int
    end: int
    after_bi: bool = False  # preceded by the clitic ب (Arabic object marker)


class ArticleState:
    def __init__(self, art: Article, doc: Doc, tg: Tagger) -> None:
        self.art = art
        self.doc = doc
        self.tg = tg
        self.lang = tg.lang
        self.W = tg.W
        self.P = tg.P
        self.officials: list[Official] = []
        self.agencies: list[Agency] = []
        self.countries: dict[str, set[str]] = {}
        self.parts: dict[int, list[Part]] = {}  # sentence index → parts
        self.relations: list[Relation] = []
        self.member_pairs: set[tuple[str, int, str, int]] = set()
        self.member_ev: list[tuple[tuple[str, int, str, int], Span, str]] = []
        self.name_tokens: set[int] = set()  # token positions inside persons' names
        self.redirect: dict[int, int] = {}  # official merged into another (surname → full name)
        self.agency_redirect: dict[int, int] = {}  # agency folded into another (_fold_implied)

    def canon(self, oi: int) -> int:
        while oi in self.redirect:
            oi = self.redirect[oi]
        return oi

    # ---- registries ------------------------------------------------------
    def official(self, name: str, title: TitleM | None, rule: str) -> int:
        key = normalize_key(name)
        for idx, o in enumerate(self.officials):
            if o.key == key:
                break
        else:
            self.officials.append(Official(name=name, key=key, rule=rule))
            idx = len(self.officials) - 1
        o = self.officials[idx]
        if title is not None:
            if title.text not in o.titles:
                o.titles.append(title.text)
            o.roles.update(title.roles)
            o.country = o.country or title.country
        return idx

    def agency(self, m: AgencyM, rule: str = "agency.head", holder: int | None = None) -> int:
        """Register an agency mention, merging it with a compatible one of the article.

        Same kind, compatible countries, and either the same words or one's words
        inside the other's when both name the same country or one was implied by
        a title ("وزير الداخلية الليبي" ~ "وزارة داخلية الوفاق"). Two ministries
        implied by two titles, one with a nationality and one without, stay apart
        here ("وزير الخارجية الأمريكي …" and "وزير الخارجية …" are usually two
        countries); :func:`_fold_implied` joins them later if one person holds both.
        """
        words = m.words
        field_key = self.ministry_field(m)
        for idx, a in enumerate(self.agencies):
            if a.kind != m.kind or (a.country and m.country and a.country != m.country):
                continue
            if m.implied and a.implied and bool(a.country) != bool(m.country):
                continue
            if a.field and field_key and a.field != field_key:
                continue
            contained = a.words <= words or words <= a.words or bool(a.field and a.field == field_key)
            if a.words == words or (contained and ((a.country and a.country == m.country) or m.implied or a.implied)):
                if len(words) > len(a.words) and not m.implied:
                    a.aliases.add(a.name)
                    a.name = m.text
                    a.words = words
                a.aliases.update({m.text, m.base, *m.aliases})
                a.country = a.country or m.country
                if holder is not None:
                    a.holders.add(holder)
                return idx
        self.agencies.append(Agency(name=m.text, kind=m.kind, words=words, country=m.country, implied=m.implied, field=field_key,
                                    sent=self.doc[m.start].sent if m.start < len(self.doc) else None,
                                    aliases={m.base, *m.aliases}, rule="agency.implied_by_title" if m.implied else rule,
                                    holders={holder} if holder is not None else set()))
        return len(self.agencies) - 1

    def ministry_field(self, m: AgencyM) -> str | None:
        """The portfolio key of a ministry ("foreign", "interior"…), whatever its phrasing."""
        if m.kind != "ministry":
            return None
        words = frozenset(w.casefold() for w in m.words) | {strip_al(w) for w in m.words}
        return self.tg.lex.ministry_key(words)

    def acanon(self, ai: int) -> int:
        while ai in self.agency_redirect:
            ai = self.agency_redirect[ai]
        return ai

    def resolve_anaphor(self, m: AgencyM) -> int | None:
        """"الوزارة" / "the ministry" → the most recent agency of that kind."""
        for idx in reversed(self._recent_agencies):
            if self.agencies[idx].kind == m.kind:
                return idx
        return None

    _recent_agencies: list[int]


def _clause_text(doc: Doc, start: int, end: int) -> str:
    return doc[start:end].text.strip(" \n،,؛;:.")


def extract_article(art: Article) -> Extraction:
    """Extract entities and relations from one article."""
    lang = art.lang or "ar"
    nlp = get_pipeline(lang)
    lex = load_lexicon(lang)
    doc = nlp(art.full_text)
    tg = Tagger(doc, lex)
    st = ArticleState(art, doc, tg)
    st._recent_agencies = []
    sents = _sentences(doc)
    sent_of: dict[int, int] = {}
    for si, s in enumerate(sents):
        for t in s:
            sent_of[t.i] = si
    headline_end = sents[0].end if sents and art.title else 0

    # pass 1: countries, titles+names, agencies
    used: set[int] = set()
    country_hits = sorted({id(h): h for h in tg.hits.values() if h.kind == "country"}.values(), key=lambda h: h.start)
    title_at: dict[int, TitleM] = {}
    for si, s in enumerate(sents):
        i = s.start
        while i < s.end:
            h = tg.hits.get(i)
            t = title_phrase(tg, i) if h and h.start == i and h.kind in ("title", "country") else None
            if t:
                title_at[i] = t
                i = max(t.end, i + 1)
                continue
            i += 1

    # bind titles to names
    bound_titles: set[int] = set()
    name_spans: list[tuple[NameM, int, str]] = []
    for si, s in enumerate(sents):
        starts = sorted(k for k in title_at if s.start <= k < s.end)
        for k in starts:
            t = title_at[k]
            j = t.end
            while j < s.end and (doc[j].text in (",", "،") or (tg.at(j, "title") and tg.at(j, "title").info[0] in ("rank", "honorific"))):
                j = tg.at(j, "title").end if tg.at(j, "title") else j + 1
            nm = name_run(tg, j) if j < s.end else None
            if nm and nm.end <= s.end:
                oi = st.official(nm.text, t, "official.title+name")
                _add_part(st, si, Part("Official", oi, min(t.start, nm.start), nm.end))
                _bind_title_agencies(st, oi, t, doc[t.start:nm.end])
                bound_titles.add(k)
                # coordinated titles before it: "Qatari Prime Minister and Foreign Minister X"
                prev_k = k
                while prev_k - 1 > s.start:
                    # "… and Foreign Minister X", or two titles in a row: "المتحدث باسم الوزارة السفير X"
                    gap = 1 if doc[prev_k - 1].norm_ in st.W.conjunction else 0
                    t0 = next((title_at[q] for q in starts if q not in bound_titles and title_at[q].end == prev_k - gap), None)
                    if t0 is None:
                        break
                    st.official(nm.text, t0, "official.title+name")
                    _bind_title_agencies(st, oi, t0, doc[t0.start:nm.end])
                    bound_titles.add(t0.start)
                    used.update(range(t0.start, t.start))
                    prev_k = t0.start
                if prev_k < k:
                    for p in st.parts.get(si, []):
                        if p.kind == "Official" and p.ref == oi and p.start == min(t.start, nm.start):
                            p.start = prev_k
                name_spans.append((nm, oi, "after"))
                st.name_tokens.update(range(nm.start, nm.end))
                used.update(range(t.start, nm.end))
                # a title right after the name also belongs to it ("… محمد أبوبكر مساعد وزير الخارجية")
                _bind_following_titles(st, si, s, nm.end, oi, title_at, bound_titles)
        for k in starts:
            if k in bound_titles:
                continue
            t = title_at[k]
            # name before the title: "أحمد معيتيق نائب رئيس …", "عبد الرحمن السويحلي، رئيس …"
            j = t.start - 1
            while j >= s.start and doc[j].text in (",", "،"):
                j -= 1
            nm = name_run(tg, j, -1) if j >= s.start else None
            if nm and nm.end - nm.start >= 2 and nm.start >= s.start and not (used & set(range(nm.start, nm.end))):
                oi = st.official(nm.text, t, "official.name+title")
                st.name_tokens.update(range(nm.start, nm.end))
                st.officials[oi].rule = st.officials[oi].rule or "official.name+title"
                _add_part(st, si, Part("Official", oi, nm.start, t.end))
                _bind_title_agencies(st, oi, t, doc[nm.start:t.end])
                bound_titles.add(k)
                used.update(range(nm.start, t.end))
                _bind_following_titles(st, si, s, t.end, oi, title_at, bound_titles)

    _merge_surnames(st)
    _fold_implied(st)
    city_forms: dict[str, set[str]] = {}
    for h in country_hits:  # a nisba inside a person's name ("هاني المصري") names no country
        if st.name_tokens & set(range(h.start, h.end)):
            continue
        if h.info[1] == "city":
            city_forms.setdefault(h.info[0], set()).add(doc[h.start:h.end].text)
        else:
            st.countries.setdefault(h.info[0], set()).add(doc[h.start:h.end].text)
    # a city other than the capital is an alias of a country named otherwise, never the only
    # evidence of it (the annotation rules allow capitals and nisbas only)
    for iso, forms in city_forms.items():
        if iso in st.countries:
            st.countries[iso].update(forms)
    tg.name_norms = {t for o in st.officials for t in o.key.split()}
    for k in list(title_at):
        if k not in bound_titles:
            t = title_phrase(tg, k)
            if t:
                title_at[k] = t
    if st.lang == "en":
        _coordinated_names(st, sents, used)

    # agencies outside titles
    for si, s in enumerate(sents):
        i = s.start
        while i < s.end:
            if i in used:
                i += 1
                continue
            m = agency_phrase(tg, i) if tg.at(i, "agency") else None
            if m:
                if m.anaphor:
                    ref = st.resolve_anaphor(m)
                    if ref is not None:
                        st.agencies[ref].aliases.add(m.text)
                        _add_part(st, si, Part("Agency", ref, m.start, m.end, _after_bi(doc, m.start, st.W)))
                else:
                    ref = st.agency(m)
                    st._recent_agencies.append(ref)
                    _add_part(st, si, Part("Agency", ref, m.start, m.end, _after_bi(doc, m.start, st.W)))
                    if m.country:
                        _member(st, ("Agency", ref, "Country", 0), doc[m.start:m.end], "member.agency_country", iso=m.country)
                i = max(m.end, i + 1)
                continue
            i += 1

    # English: "Libyan Government of National Accord Prime Minister X" – the agency before the title
    if st.lang == "en":
        for si, plist in st.parts.items():
            for p in plist:
                if p.kind != "Official":
                    continue
                for q in plist:
                    if q.kind == "Agency" and q.end == p.start:
                        _member(st, ("Official", p.ref, "Agency", q.ref), sents[si], "member.title")
                        st.officials[p.ref].agencies.append(q.ref)

    # pass 2: surname-only, full-name-only and title-only mentions of known officials
    _second_pass(st, sents, used, title_at, bound_titles)

    # parent agencies by name: "وزارة داخلية الوفاق" belongs to "حكومة الوفاق"
    _parents_by_name(st)

    # relations, sentence by sentence
    _relations(st, sents, headline_end)

    return _finish(st)


def _sentences(doc: Doc) -> list[Span]:
    """Sentences with at least one letter or digit (a lone quote mark is no sentence)."""
    return [s for s in doc.sents if any(t.is_alpha or t.like_num for t in s)]


def _after_bi(doc: Doc, i: int, words) -> bool:
    return i > 0 and doc[i - 1].norm_ in words.object_marker and not doc[i - 1].whitespace_


def _add_part(st: ArticleState, si: int, p: Part) -> None:
    lst = st.parts.setdefault(si, [])
    if p.kind == "Official" and _after_bi(st.doc, p.start, st.W):
        p.after_bi = True
    for q in lst:
        if q.kind == p.kind and q.ref == p.ref and not (p.end <= q.start or p.start >= q.end):
            return
    lst.append(p)
    lst.sort(key=lambda q: q.start)


def _bind_following_titles(st, si, s, pos, oi, title_at, bound_titles) -> None:
    doc = st.doc
    j = pos
    while j < s.end:
        while j < s.end and doc[j].text in _COMMAS or (j < s.end and doc[j].norm_ in st.W.title_joiner):
            j += 1
        t = title_at.get(j)
        if not t or j in bound_titles:
            return
        # a following title that is itself followed by a name belongs to that name
        k = t.end
        while k < s.end and (doc[k].text in (",", "،") or (st.tg.at(k, "title") and st.tg.at(k, "title").info[0] in ("rank", "honorific"))):
            k = st.tg.at(k, "title").end if st.tg.at(k, "title") else k + 1
        if name_run(st.tg, k) is not None:
            return
        if t.text not in st.officials[oi].titles:
            st.officials[oi].titles.append(t.text)
        st.officials[oi].roles.update(t.roles)
        st.officials[oi].country = st.officials[oi].country or t.country
        _bind_title_agencies(st, oi, t, doc[t.start:t.end])
        bound_titles.add(j)
        j = t.end


def _bind_title_agencies(st: ArticleState, oi: int, t: TitleM, ev: Span) -> None:
    for m in t.agencies:
        ai = st.agency(m, "agency.head", holder=oi if m.implied else None)
        st._recent_agencies.append(ai)
        st.officials[oi].agencies.append(ai)
        _member(st, ("Official", oi, "Agency", ai), ev, "member.title")
        if m.country:
            _member(st, ("Agency", ai, "Country", 0), ev, "member.agency_country", iso=m.country)
    for m in t.agencies:
        if m.parent is not None:
            child = st.agency(m)
            parent = st.agency(m.parent)
            if child != parent:
                _member(st, ("Agency", child, "Agency", parent), ev, "member.parent")


def _member(st: ArticleState, key: tuple, ev: Span, rule: str, iso: str | None = None) -> None:
    if iso is not None:
        key = (key[0], key[1], "Country", iso)
    if key in st.member_pairs:
        return
    st.member_pairs.add(key)
    st.member_ev.append((key, ev, rule))


def _merge_surnames(st: ArticleState) -> None:
    """A one-word official that is the surname of exactly one fuller name is that person."""
    dp = st.P.definite_prefix
    for i, o in enumerate(st.officials):
        if i in st.redirect or len(o.key.split()) != 1:
            continue
        cands = [j for j, b in enumerate(st.officials) if j != i and j not in st.redirect and len(b.key.split()) >= 2
                 and (b.key.split()[-1] == o.key or b.key.split()[-1] == dp + o.key or dp + b.key.split()[-1] == o.key)]
        if len(cands) == 1:
            j = cands[0]
            b = st.officials[j]
            st.redirect[i] = j
            b.aliases.add(o.name)
            b.aliases.update(o.aliases)
            for t in o.titles:
                b.aliases.add(f"{t} {o.name}")
            b.roles.update(o.roles)
            b.country = b.country or o.country
            b.agencies.extend(o.agencies)
            b.merges.append(f"{o.name!r} is the surname of {b.name!r}, the only official with that surname in the article")


def _fold_implied(st: ArticleState) -> None:
    """A ministry implied without nationality joins the one with it when the same person holds both."""
    for i, a in enumerate(st.agencies):
        if not a.implied or a.country or not a.holders:
            continue
        mine = {st.canon(h) for h in a.holders}
        for j, b in enumerate(st.agencies):
            if j == i or j in st.agency_redirect or not b.implied or not b.country or b.kind != a.kind or b.words != a.words:
                continue
            if mine <= {st.canon(h) for h in b.holders}:
                st.agency_redirect[i] = j
                b.aliases.update(a.aliases | {a.name})
                break
        else:
            # a minister's ministry is in the minister's country ("Qatari Prime Minister and Foreign Minister X")
            countries = {st.officials[h].country for h in mine}
            if len(countries) == 1 and None not in countries:
                a.country = countries.pop()
                _member(st, ("Agency", i, "Country", 0), a.sent if a.sent is not None else st.doc[:], "member.agency_country",
                        iso=a.country)


def _coordinated_names(st: ArticleState, sents, used: set[int]) -> None:
    """English: "Theresa May, Jeremy Hunt and Prime Minister X …": a capitalised full name listed with officials."""
    for si, s in enumerate(sents):
        for _round in range(3):  # a name listed next to a name found in the previous round
            if not _coordinated_round(st, si, s, used):
                break


def _coordinated_round(st: ArticleState, si: int, s: Span, used: set[int]) -> bool:
    doc, tg = st.doc, st.tg
    found = False
    parts = [p for p in st.parts.get(si, []) if p.kind == "Official"]
    if not parts:
        return False
    i = s.start
    while i < s.end:
        if i in used or not doc[i].text[:1].isupper():
            i += 1
            continue
        nm = name_run(tg, i)
        if not nm or nm.end - nm.start < 2 or used & set(range(nm.start, nm.end)):
            i += 1
            continue
        nxt = doc[nm.end].text if nm.end < s.end else ""
        prv = doc[nm.start - 1].text if nm.start > s.start else ""
        sep = {","} | st.W.conjunction
        listed = any((p.start - nm.end <= 2 and nxt in sep) or (nm.start - p.end <= 2 and prv in sep) for p in parts)
        if listed:
            oi = st.official(nm.text, None, "official.coordinated")
            st.officials[oi].rule = "official.coordinated"
            _add_part(st, si, Part("Official", oi, nm.start, nm.end))
            used.update(range(nm.start, nm.end))
            st.name_tokens.update(range(nm.start, nm.end))
            parts = [p for p in st.parts.get(si, []) if p.kind == "Official"]
            found = True
        i = nm.end
    return found


def _second_pass(st: ArticleState, sents, used: set[int], title_at, bound_titles) -> None:
    doc, tg = st.doc, st.tg
    by_full: dict[str, int] = {o.key: i for i, o in enumerate(st.officials)}
    by_last: dict[str, list[int]] = {}
    for i, o in enumerate(st.officials):
        parts = o.key.split()
        if len(parts) >= 2 and i not in st.redirect:
            by_last.setdefault(parts[-1], []).append(i)
            if st.lang == "ar" and parts[-1].startswith(st.P.definite_prefix):
                by_last.setdefault(parts[-1][len(st.P.definite_prefix):], []).append(i)
    for si, s in enumerate(sents):
        for i in range(s.start, s.end):
            if i in used:
                continue
            tok = doc[i]
            key = normalize_key(tok.text)
            two = normalize_key(doc[i:i + 2].text) if i + 1 < s.end else ""
            if two in by_full:
                oi = by_full[two]
                _add_part(st, si, Part("Official", oi, i, i + 2))
                used.update((i, i + 1))
                continue
            if key in by_full and len(key.split()) == 1 and (st.lang == "ar" or tok.text[:1].isupper()):
                _add_part(st, si, Part("Official", st.canon(by_full[key]), i, i + 1))
                used.add(i)
                continue
            if key in by_last and len(set(by_last[key])) == 1 and (st.lang == "ar" or tok.text[:1].isupper()):
                oi = by_last[key][0]
                st.officials[oi].aliases.add(tok.text)
                # a title right before the surname: "وزير الخارجية جونسون", "Secretary Rubio"
                start = i
                for k, t in title_at.items():
                    if t.end == i or (t.end == i - 1 and doc[i - 1].text in (",", "،")):
                        start = k
                        st.officials[oi].aliases.add(doc[k:i + 1].text)
                        st.officials[oi].roles.update(t.roles)
                        bound_titles.add(k)
                # honorific before it: "السيد جونسون"
                if i > 0 and tg.at(i - 1, "title") and tg.at(i - 1, "title").info[0] == "honorific":
                    st.officials[oi].aliases.add(doc[i - 1:i + 1].text)
                _add_part(st, si, Part("Official", oi, start, i + 1))
                used.add(i)
    # title-only mentions: the only official in the article with that role
    for k, t in title_at.items():
        if k in bound_titles:
            continue
        si = next((n for n, s in enumerate(sents) if s.start <= k < s.end), None)
        if si is None:
            continue
        cands = [i for i, o in enumerate(st.officials) if i not in st.redirect and t.roles and _role_match(t.roles[-1], o.roles)
                 and (not t.country or not o.country or t.country == o.country)]
        # prefer those whose title text matches exactly
        exact = [i for i in cands if any(normalize_key(x).endswith(normalize_key(t.text)) or normalize_key(t.text).endswith(normalize_key(x)) for x in st.officials[i].titles)]
        if not t.bare:
            cands = exact  # "رئيس المخابرات" is not any "الرئيس": a governed noun must match
        pick = exact if len(exact) == 1 else cands
        if len(pick) > 1:
            # a bare title most often refers back to the article's first-named holder of it
            pick = pick[:1]
        if len(pick) == 1:
            oi = pick[0]
            surface = doc[k:t.end].text
            if st.lang == "en" and k > 0 and doc[k - 1].norm_ in st.W.article:
                surface = doc[k - 1:t.end].text
            st.officials[oi].aliases.add(surface)
            _add_part(st, si, Part("Official", oi, k, t.end, _after_bi(doc, k, st.W)))


def _role_match(role: str, roles: set[str]) -> bool:
    words = set(role.split())
    return any(role == r or words <= set(r.split()) for r in roles)


def _parents_by_name(st: ArticleState) -> None:
    govs = [(i, a) for i, a in enumerate(st.agencies) if a.kind == "government"]
    for i, a in enumerate(st.agencies):
        if a.kind == "government":
            continue
        for gi, g in govs:
            distinct = g.words - st.W.government_head
            if distinct and distinct <= a.words and gi != i:
                _member(st, ("Agency", i, "Agency", gi), a.sent if a.sent is not None else st.doc[:], "member.parent")
                a.words = a.words - distinct


# ---------------------------------------------------------------- relations
def _relations(st: ArticleState, sents: list[Span], headline_end: int) -> None:
    doc, tg = st.doc, st.tg
    topic: Part | None = None
    speaker: Part | None = None
    frame: tuple[list[Part], list[Part]] | None = None
    pending_colon: tuple[Part, Span] | None = None
    for si, s in enumerate(sents):
        parts = st.parts.get(si, [])
        in_headline = s.start < headline_end
        inside_q = _quote_regions(doc, s)
        cues = [(k, h) for k, h in ((k, tg.at(k, "cue")) for k in range(s.start, s.end)) if h and k not in inside_q]
        if pending_colon is not None:
            sp, ev = pending_colon
            pending_colon = None
            if not cues or all(h.info[0] not in ("say", "according") for _, h in cues):
                quote = _quoted(doc, s.start, s.end) or _clause_text(doc, s.start, s.end)
                _said(st, sp, quote, s, "said.colon")
                continue
        subject_here: Part | None = None
        said_here = False
        reported_from = s.end  # where a reported clause ("قالت … إن …") starts: cues after it belong to it
        for ci, (k, h) in enumerate(cues):
            cue = h.info[0]
            if cue in ("say", "according") and k > reported_from:
                continue
            next_cue = cues[ci + 1][0] if ci + 1 < len(cues) else s.end
            prev_verb = next((ch.end for c, ch in reversed(cues[:ci]) if ch.info[0] in VERB_CUES), s.start)
            before = [p for p in parts if p.end <= k and p.start >= prev_verb]
            after = [p for p in parts if p.start >= h.end and p.start < next_cue]
            if cue in ("say", "say_colon") and not in_headline:
                comp = next((j for j in range(h.end, min(s.end, h.end + 12)) if doc[j].norm_ in st.W.reporting_complementiser), None)
                if st.lang == "ar" and comp is not None:
                    reported_from = comp
                next_cue = next((c for c, ch in cues[ci + 1:] if ch.info[0] in ("say", "according") and c - h.end > 2
                                 and not (comp is not None and c > comp)), s.end)
                after = [p for p in parts if p.start >= h.end and p.start < next_cue]
                sp_list = _speakers(st, before, after, k, h, speaker, topic)
                if not sp_list:
                    continue
                q_start = h.end
                for p in after:
                    if p in sp_list:
                        q_start = max(q_start, p.end)
                quote = _quote_after(doc, q_start, next_cue if next_cue < s.end else s.end, s.end, st.W)
                pre = _quoted(doc, s.start, min([k] + [p.start for p in sp_list if p.start < k])) if ci == 0 else None
                if pre and not _quoted(doc, q_start, s.end):
                    # the quotation comes first: '"We are ready," the minister told reporters.' / «…»، قال الوزير
                    quote = pre
                if not quote or (s.end - q_start <= 2 and doc[s.end - 1].text == ":") or cue == "say_colon":
                    if _ends_with_colon(doc, s):
                        pending_colon = (sp_list[0], s)
                        speaker = sp_list[0]
                        said_here = True
                        continue
                if (not quote or quote.split()[0] in st.W.circumstance) and st.lang == "en" and sp_list[0].start - s.start > 4:
                    # "The leaders stressed X, the statement said." — the clause before the speaker
                    lead = doc[s.start:sp_list[0].start]
                    if lead[-1:].text in (",",) or lead[-2:-1].text == ",":
                        quote = _clause_text(doc, s.start, sp_list[0].start).rstrip(" ,") or quote
                if not quote:
                    continue
                rule = "said.cue" if (before or after) and any(p in before + after for p in sp_list) else "said.carried"
                for sp in sp_list:
                    _said(st, sp, quote, s, rule)
                speaker = sp_list[0]
                if sp_list[0].kind == "Official":
                    topic = sp_list[0]
                said_here = True
            elif cue == "according" and not in_headline:
                if k - s.start > 2 or said_here:
                    continue  # trailing "بحسب تعبيره" belongs to the statement already taken
                comma = next((j for j in range(h.end, s.end) if doc[j].text in ("،", ",")), None)
                if comma is None:
                    continue
                inside = [p for p in parts if h.end <= p.start < comma]
                possessive = any(t.norm_ in st.W.possessive or (t.text.endswith(tuple(st.W.possessive_suffix)) and len(t.text) > 3)
                                 for t in doc[h.end:comma])
                sp = inside[0] if inside else ((speaker or topic) if possessive else None)
                if sp is None:
                    continue
                quote = _clause_text(doc, comma + 1, s.end)
                if quote:
                    _said(st, sp, quote, s, "said.according")
                    speaker = sp
                    said_here = True
            elif cue in ("meet", "meet_with"):
                stop = next((c for c, ch in cues[ci + 1:] if ch.info[0] in VERB_CUES), s.end)
                after = [p for p in parts if h.end <= p.start < stop]
                pair = _meeting_sides(st, before, after, topic, cue)
                if pair:
                    a_side, b_side = pair
                    if not b_side:  # "X, Y and Z discussed …": pairs across the sides of the group
                        for x, y in _group_pairs(st, a_side):
                            _met(st, [x], [y], s, "met.coordinated")
                        b_side = a_side[1:]
                        a_side = a_side[:1]
                    else:
                        _met(st, a_side, b_side, s, "met.verb")
                    frame = (a_side, b_side)
                    if a_side and a_side[0].kind == "Official":
                        subject_here = a_side[0]
            elif cue == "meet_noun":
                w = next((j for j in range(h.end, min(s.end, h.end + 8)) if doc[j].norm_ in st.W.comitative), None)
                if w is None:
                    continue
                b_side = [p for p in parts if p.start > w and p.start < next_cue]
                b_side = _first_group(st, b_side)
                a_side = [p for p in parts if h.end <= p.start < w] or [p for p in before if p.kind == "Official"][-1:]
                if not a_side:
                    sp = speaker if said_here else None
                    a_side = [sp] if sp else ([topic] if topic else [])
                if a_side and b_side:
                    _met(st, a_side, b_side, s, "met.noun_with")
                    frame = (a_side, b_side)
                    if a_side[0].kind == "Official":
                        subject_here = a_side[0]
            elif cue in ("attend", "attend_subject") and frame is not None:
                # "بحضور X" / "X, who attended the meeting" / "حضر X اللقاء": X joins the meeting
                if cue == "attend_subject" and st.lang == "en":
                    attendees = [p for p in before if p.kind == "Official"][-1:]
                else:
                    attendees = [p for p in after if p.kind == "Official"][:2]
                for p in attendees:
                    _met(st, [p], _other_side(st, p, frame), s, "met.attend")
            elif cue == "compose":
                dele = [p for p in parts if p.kind == "Agency" and st.agencies[p.ref].kind == "delegation" and p.start < next_cue + 4]
                if not dele:
                    continue
                d = dele[-1] if dele[-1].start < h.end + 4 else dele[0]
                for p in parts:
                    if p.kind == "Official" and p.start >= h.end:
                        _member(st, ("Official", p.ref, "Agency", d.ref), s, "member.compose")
        # English coordinated subjects with "discussed" and no object: handled by _meeting_sides
        officials_here = [p for p in parts if p.kind == "Official"]
        if subject_here is not None:
            topic = subject_here
        elif officials_here and not in_headline and (topic is None or not said_here):
            first = officials_here[0]
            if not first.after_bi:
                topic = first


def _speakers(st, before, after, k, h, speaker, topic) -> list[Part]:
    doc = st.doc
    if st.lang == "ar":
        # VSO: "قال أحمد معيتيق", "وقالت الوزارة"; allow an honorific between
        if after and after[0].start - h.end <= 1:
            return [after[0]]
        if after and after[0].start - h.end <= 3 and any(t.norm_ in st.W.statement_noun for t in doc[h.end:after[0].start]):
            return [after[0]]  # "وذكر بيان للوزارة", "قال بيان صادر عن الرئاسة"
        if before and k - before[-1].end <= 2:
            return [before[-1]]
        # the clause subject before a participle cue: "زار الوزير X لبنان … مؤكدا …"
        subj = [p for p in before if p.kind == "Official" and not p.after_bi]
        if subj:
            return [subj[0]]
        if speaker is not None:
            return [speaker]
        return [topic] if topic else []
    # English SVO: "Jeremy Hunt said", "The Secretary and Foreign Minister affirmed",
    # "X, who attended the meeting, told …"
    if before and (k - before[-1].end <= 3 or _relative_clause(doc, before[-1].end, k, st.W)):
        group = [before[-1]]
        for p in reversed(before[:-1]):
            between = doc[p.end:group[0].start].text.strip().strip(",")
            if between in st.W.conjunction or (between == "" and p.kind == group[0].kind == "Official"):
                group.insert(0, p)
            else:
                break
        return group
    if after and after[0].start - h.end <= 1 and h.key in st.W.inverted_say:
        return [after[0]]
    # "he added", "she said"
    prev = doc[k - 1] if k > 0 else None
    if prev is not None and prev.norm_ in st.W.pronoun and (speaker or topic):
        return [speaker or topic]
    if prev is not None and prev.norm_ in st.W.conjunction and (speaker or topic):
        return [speaker or topic]
    return []


def _relative_clause(doc: Doc, start: int, end: int, words) -> bool:
    """Tokens start..end are ", who/which … ," (a relative clause between subject and verb)."""
    toks = [t.text for t in doc[start:end]]
    return len(toks) >= 3 and toks[0] == "," and toks[1].lower() in words.relative and toks[-1] == ","


def _first_group(st, parts: list[Part]) -> list[Part]:
    """Parts joined by commas / و / and from the first one."""
    if not parts:
        return []
    doc = st.doc
    out = [parts[0]]
    for p in parts[1:]:
        between = doc[out[-1].end:p.start]
        words = [t for t in between if not t.is_punct and t.norm_ not in st.W.conjunction]
        if len(words) <= 0:
            out.append(p)
        else:
            break
    return out


def _meeting_sides(st, before: list[Part], after: list[Part], topic: Part | None, cue: str):
    doc = st.doc
    if st.lang == "en":
        subj = []
        if before:
            subj = [before[-1]]
            for p in reversed(before[:-1]):
                between = doc[p.end:subj[0].start].text.strip().strip(",").strip()
                if between in st.W.conjunction or between == "":
                    subj.insert(0, p)
                else:
                    break
        objs = _first_group(st, after)
        if subj and objs:
            return subj, objs
        if len(subj) >= 2 and cue == "meet_with":
            return subj, []  # coordinated: "X, Y and Z discussed"
        return None
    # Arabic VSO
    if before and not after:
        return None
    if after:
        first = after[0]
        rest = after[1:]
        if first.after_bi and topic is not None:
            return [topic], _first_group(st, after)
        if rest:
            bi = [n for n, p in enumerate(rest) if p.after_bi]
            objs = rest[bi[0]:] if bi else rest
            objs = [p for p in objs if not (p.kind == "Agency" and p.ref == first.ref and first.kind == "Agency")]
            grp = _first_group(st, objs)
            if grp:
                for p in objs[len(grp):]:
                    if not _joined(st, grp[-1], p):
                        break
                    grp.append(p)
                return [first], grp
        if topic is not None and not (topic.kind == first.kind and topic.ref == first.ref):
            return [topic], [first]
    return None


def _group_pairs(st: ArticleState, group: list[Part]) -> list[tuple[Part, Part]]:
    """Who met whom in "X, Y and Z discussed …".

    People whose nationality the text gives, when it differs from the others',
    are the visiting side; the rest (nationality unstated or shared) are one
    side. Without that signal, everyone met everyone.
    """
    def country(p: Part) -> str | None:
        if p.kind == "Official":
            o = st.officials[st.canon(p.ref)]
            return o.country or next((st.agencies[a].country for a in o.agencies if st.agencies[a].country), None)
        return st.agencies[p.ref].country

    known = {id(p): country(p) for p in group}
    distinct = {c for c in known.values() if c}
    if distinct and (len(distinct) > 1 or any(c is None for c in known.values())):
        return [(a, b) for n, a in enumerate(group) for b in group[n + 1:] if known[id(a)] != known[id(b)]]
    return [(a, b) for n, a in enumerate(group) for b in group[n + 1:]]


def _other_side(st: ArticleState, p: Part, frame: tuple[list[Part], list[Part]]) -> list[Part]:
    """The side of a meeting an attendee meets: the one not of the attendee's country."""
    def country(q: Part) -> str | None:
        if q.kind == "Official":
            o = st.officials[st.canon(q.ref)]
            return o.country or next((st.agencies[st.acanon(a)].country for a in o.agencies if st.agencies[st.acanon(a)].country), None)
        return st.agencies[st.acanon(q.ref)].country

    mine = country(p)
    a_side, b_side = frame
    if mine and any(country(q) == mine for q in b_side) and not any(country(q) == mine for q in a_side):
        return [q for q in a_side if not (q.kind == p.kind and st.canon(q.ref) == st.canon(p.ref))]
    return [q for q in b_side if not (q.kind == p.kind and q.ref == p.ref)]


def _joined(st, a: Part, b: Part) -> bool:
    between = st.doc[a.end:b.start]
    conj = st.W.conjunction
    return all(t.is_punct or t.norm_ in conj for t in between) or (len(between) <= 2 and any(t.norm_ in conj for t in between))


def _met(st: ArticleState, a_side: list[Part], b_side: list[Part], s: Span, rule: str) -> None:
    for a in a_side:
        for b in b_side:
            if a.kind == b.kind and a.ref == b.ref:
                continue
            if a.kind == "Agency" and b.kind == "Agency":
                continue
            if any(p.kind == "Agency" and st.agencies[p.ref].kind not in MEETING_AGENCIES for p in (a, b)):
                continue
            st.relations.append(("MET_WITH", a, b, s, rule, None))  # type: ignore[arg-type]


def _said(st: ArticleState, sp: Part, quote: str, s: Span, rule: str) -> None:
    st.relations.append(("SAID", sp, None, s, rule, quote))  # type: ignore[arg-type]


def _quote_regions(doc: Doc, s: Span) -> set[int]:
    """Token positions inside quotation marks (cues there belong to the quote)."""
    inside: set[int] = set()
    open_at = None
    for t in s:
        if t.text in ("“", "«", "„") or (t.text == '"' and open_at is None) or (t.text == "”" and open_at is None and t.i + 1 < s.end and not t.whitespace_ and doc[t.i + 1].is_alpha):
            open_at = t.i
            continue
        if t.text in ("”", "»", '"') and open_at is not None:
            inside.update(range(open_at + 1, t.i))
            open_at = None
    if open_at is not None:
        inside.update(range(open_at + 1, s.end))
    return inside


def _ends_with_colon(doc: Doc, s: Span) -> bool:
    toks = [t for t in s if not t.is_space and t.text not in ('"', "“", "«")]
    return bool(toks) and toks[-1].text == ":"


def _quoted(doc: Doc, start: int, end: int) -> str | None:
    text = doc[start:end].text
    m = re.search(r"[«“\"„”]([^«»“”\"]{3,})[»”\"]?", text)
    return m.group(1).strip(" ،,.:؛") if m else None


def _quote_after(doc: Doc, start: int, stop: int, sent_end: int, words) -> str | None:
    """The statement after a cue: a quotation, or the clause after إن/أن/على/that."""
    seg = doc[start:stop].text
    q = re.search(r"[«“\"„”]([^«»“”\"]{8,})", seg)
    if q:
        text = q.group(1)
        return text.strip(" ،,.:؛")
    toks = [t for t in doc[start:stop]]
    # skip to the complementiser ("إن/أن/على/that"), else to an early comma or colon
    comp = [n for n, t in enumerate(toks[:12]) if t.norm_ in words.complementiser and t.text not in words.unfolded_name]
    early = [n for n, t in enumerate(toks[:6]) if t.text in ("،", ",", ":")]
    for n in comp[:1] + early[:1]:
        t = toks[n]
        # "إن …" keeps its complementiser (as annotators quote it); the others are dropped
        rest = doc[t.i:stop].text if t.norm_ in words.reporting_complementiser else doc[t.i + 1:stop].text
        rest = rest.strip(" ،,.:؛")
        if len(rest.split()) >= 3:
            return rest
    rest = seg.strip(" ،,.:؛")
    if rest.split()[:1] and rest.split()[0] in words.circumstance and len(rest.split()) <= 6:
        return None  # "… said in a statement": nothing said after the verb
    if stop < sent_end:
        rest = re.sub(r"\s+(" + "|".join(sorted(map(re.escape, words.conjunction))) + ")$", "", rest)
    return rest if len(rest.split()) >= 3 else None


# ---------------------------------------------------------------- finishing
def _finish(st: ArticleState) -> Extraction:
    art = st.art
    countries = load_countries()
    ents: list[Entity] = []
    off_ids: dict[int, str] = {}
    ag_ids: dict[int, str] = {}
    # officials: inherit a country from their agencies when the title had none
    for i, o in enumerate(st.officials):
        if i in st.redirect:
            continue
        country = o.country or next((st.agencies[st.acanon(a)].country for a in o.agencies if st.agencies[st.acanon(a)].country), None)
        eid = entity_id("Official", o.name)
        off_ids[i] = eid
        aliases = sorted(a for a in o.aliases if normalize_key(a) != o.key)
        ents.append(Entity(id=eid, type="Official", name=o.name, aliases=tuple(aliases), country=country,
                           title=st.P.list_separator.join(o.titles) or None,
                           confidence=RULE_CONFIDENCE.get(o.rule, 0.8), rule=o.rule,
                           merges=tuple(o.merges)))
    ministries = load_ministries()
    for i, a in enumerate(st.agencies):
        name, name_en = a.name, None
        if a.field:
            # one canonical name (and id) per portfolio and country, whatever the phrasing
            names = ministries[a.field]
            name, name_en = names.get(st.lang) or names["en"], names.get("en")
            eid = entity_id("Agency", f"ministry {a.field}", a.country)
        else:
            eid = entity_id("Agency", _agency_key(a), a.country)
        ag_ids[i] = eid
        if i in st.agency_redirect:
            continue
        aliases = sorted({x for x in a.aliases | {a.name} if x and normalize_key(x) != normalize_key(name)})
        ents.append(Entity(id=eid, type="Agency", name=name, aliases=tuple(aliases), country=a.country, name_en=name_en,
                           kind=a.kind, confidence=RULE_CONFIDENCE.get(a.rule, 0.8), rule=a.rule))
    for iso, forms in sorted(st.countries.items()):
        c = countries.get(iso)
        name = c.name(st.lang) if c else iso
        aliases = set(forms)
        if c:
            aliases.update(c.names.values())
        aliases.discard(name)
        ents.append(Entity(id=entity_id("Country", iso), type="Country", name=name, aliases=tuple(sorted(aliases)),
                           country=iso, name_en=c.name_en if c else None, confidence=RULE_CONFIDENCE["country.lexicon"],
                           rule="country.lexicon"))
    # make sure countries referenced by MEMBER_OF exist
    have_c = {e.id for e in ents if e.type == "Country"}

    def pid(p: Part) -> str:
        return off_ids[st.canon(p.ref)] if p.kind == "Official" else ag_ids[st.acanon(p.ref)]

    rels: list[Relation] = []
    seen: set[tuple] = set()
    for key, ev, rule in st.member_ev:
        sk, si, tk, ti = key
        src = off_ids[st.canon(si)] if sk == "Official" else ag_ids[st.acanon(si)]
        if tk == "Country":
            tgt = entity_id("Country", ti)
            if tgt not in have_c:
                c = countries.get(ti)
                if c is None:
                    continue
                ents.append(Entity(id=tgt, type="Country", name=c.name(st.lang),
                                   aliases=tuple(sorted(set(c.names.values()) - {c.name(st.lang)})),
                                   country=ti, name_en=c.name_en, confidence=0.8, rule="country.lexicon"))
                have_c.add(tgt)
        else:
            tgt = ag_ids[st.acanon(ti)]
        if src == tgt or ("MEMBER_OF", src, tgt) in seen:
            continue
        seen.add(("MEMBER_OF", src, tgt))
        rels.append(_rel("MEMBER_OF", src, tgt, ev, rule, None, st))
    for typ, a, b, ev, rule, quote in st.relations:  # type: ignore[misc]
        src = pid(a)
        tgt = pid(b) if b is not None else None
        if typ == "MET_WITH":
            k = ("MET_WITH", *sorted((src, tgt)))
        else:
            k = ("SAID", src, normalize_key(quote or ""))
        if k in seen or src == tgt:
            continue
        seen.add(k)
        mentions: tuple[str, ...] = ()
        if typ == "SAID":
            parts = [p for p in st.parts.get(_sent_index(st, ev), []) if p.start >= ev.start]
            mentions = tuple(sorted({pid(p) for p in parts} - {src}))
        rels.append(_rel(typ, src, tgt, ev, rule, quote, st, mentions))
    ents.sort(key=lambda e: (("Official", "Agency", "Country").index(e.type), e.id))
    return Extraction(article=art, entities=tuple(ents), relations=tuple(rels))


def _sent_index(st: ArticleState, ev: Span) -> int:
    for n, s in enumerate(_sentences(st.doc)):
        if s.start == ev.start:
            return n
    return -1


def _agency_key(a: Agency) -> str:
    return " ".join(sorted(a.words)) if a.words else a.name


def _rel(typ, src, tgt, ev: Span, rule, quote, st, mentions=()) -> Relation:
    text = ev.text.strip()
    start = ev.start_char + (len(ev.text) - len(ev.text.lstrip()))
    return Relation(type=typ, source=src, target=tgt, evidence=text, quote=quote, start=start,
                    end=start + len(text), confidence=RULE_CONFIDENCE.get(rule, 0.7), rule=rule, mentions=tuple(mentions))


def extract_all(articles: Iterable[Article]) -> list[Extraction]:
    return [extract_article(a) for a in articles]

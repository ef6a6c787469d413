"""Mentions in a tokenised article: countries, agencies, titles, names and cues.

Everything here is rules over lexicon hits on token NORMs (see ``graphbuild/lang``):

1. :func:`tag_tokens` finds lexicon phrases (longest match; agency heads,
   titles, countries, cues) at every token.
2. :func:`agency_phrase` grows an agency mention from its head noun over its
   complement (idafa chain, definite adjectives, nisba, "في <capital>" for
   embassies, "المعنية بـ…").
3. :func:`title_phrase` grows a title from its role words over the agency or
   noun it governs ("وزير الخارجية المصري" → implied "وزارة الخارجية", Egypt).
4. :func:`name_run` takes the person's name next to a title: up to three
   name-like tokens (not in any lexicon or stop list).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from functools import lru_cache

from spacy.matcher import Matcher
from spacy.tokens import Doc

from ..lang import Lexicon, load_profile

_AR, _EN = load_profile("ar").words, load_profile("en").words
AR_STOP_NORM = load_profile("ar").stop_words
EN_STOP_NORM = load_profile("en").stop_words
# kept for old imports; the lists live in lang/<code>/words.tsv
AR_BREAK = _AR.phrase_break
CONCERNED = _AR.concerned
NAME_COMPOUND_AR = _AR.name_particle
EN_LOWER_HEADS = _EN.lower_head
EN_NAME_PARTICLES = _EN.name_particle


@dataclass
class Hit:
    kind: str  # agency | title | country | cue
    start: int
    end: int
    key: str  # norm key
    info: tuple  # lexicon payload


@dataclass
class AgencyM:
    start: int
    end: int
    text: str
    kind: str
    head_key: str
    words: frozenset[str]  # norm words without ال and without nisba, for merging
    base: str  # surface text without nisba words
    country: str | None = None
    anaphor: bool = False
    implied: bool = False
    aliases: list[str] = field(default_factory=list)
    parent: "AgencyM | None" = None


@dataclass
class TitleM:
    start: int
    end: int
    text: str
    roles: list[str]
    country: str | None
    agencies: list[AgencyM]
    bare: bool = False  # role words only, nothing they govern ("الرئيس", "the Secretary")


@dataclass
class NameM:
    start: int
    end: int
    text: str


_ARP = load_profile("ar")
is_def = _ARP.is_definite
strip_al = _ARP.strip_definite


@lru_cache(maxsize=None)
def _month_matcher(lang: str, vocab) -> Matcher:
    matcher = Matcher(vocab)
    for label, _id, pattern in load_profile(lang).patterns:
        if label == "MONTH":
            matcher.add(label, [list(pattern)])
    return matcher


def month_and_date_tokens(doc: Doc, profile) -> tuple[frozenset[int], frozenset[int]]:
    """Tokens of month names, and of dates: a month name next to a number (a day or a year)."""
    months: set[int] = set()
    dates: set[int] = set()
    for _label, start, end in _month_matcher(profile.code, doc.vocab)(doc):
        months.update(range(start, end))
        if end < len(doc) and doc[end].like_num:
            dates.update(range(start, end + 1))
        if start > 0 and doc[start - 1].like_num:
            dates.update(range(start - 1, end))
    return frozenset(months), frozenset(dates)


class Tagger:
    """Lexicon hits for one doc, indexed by token position."""

    def __init__(self, doc: Doc, lex: Lexicon) -> None:
        self.doc = doc
        self.lex = lex
        self.lang = lex.lang
        self.P = load_profile(lex.lang)
        self.W = self.P.words
        self.maxlen = min(lex.max_len(), 6)
        self.hits: dict[int, Hit] = {}
        self.name_norms: set[str] = set()  # tokens of officials' names: never part of an agency
        self.months, self.dates = month_and_date_tokens(doc, self.P)
        self._tag()

    def _tag(self) -> None:
        """Longest lexicon match at each position (agency > title > country > cue on ties)."""
        doc, lex = self.doc, self.lex
        norms = [t.norm_ for t in doc]
        blocked = [t.is_space or (t.is_punct and t.text not in (".", "-")) for t in doc]
        caps = [self.lang != "en" or t.text[:1].isupper() or not t.text[:1].isalpha() for t in doc]
        tables = (("agency", lex.agencies), ("title", lex.titles), ("country", lex.countries), ("cue", lex.cues))
        firsts = lex.first_words()
        n = len(doc)
        i = 0
        while i < n:
            best: Hit | None = None
            if not blocked[i] and norms[i] in firsts:
                top = min(self.maxlen, n - i)
                for length in range(top, 0, -1):
                    if any(blocked[i:i + length]):
                        continue
                    key = " ".join(norms[i:i + length])
                    for kind, table in tables:
                        if key not in table:
                            continue
                        if kind != "cue" and not caps[i] and not (kind == "agency" and key in EN_LOWER_HEADS):
                            # "the prime minister", "Qatari prime minister", "State Department spokesman"
                            if not (kind == "title" and i > 0 and (norms[i - 1] in self.W.article or (i - 1) in self.hits
                                                                   or (caps[i - 1] and doc[i - 1].is_alpha))):
                                continue
                        val = table[key]
                        best = Hit(kind, i, i + length, key, val if isinstance(val, tuple) else (val,))
                        break
                    if best:
                        break
            if best:
                for j in range(best.start, best.end):
                    self.hits[j] = best
                i = best.end
            else:
                i += 1

    def at(self, i: int, kind: str | None = None) -> Hit | None:
        h = self.hits.get(i)
        if h and h.start == i and (kind is None or h.kind == kind):
            return h
        return None

    def kind(self, i: int) -> str | None:
        h = self.hits.get(i)
        return h.kind if h else None

    # ---- name-likeness -------------------------------------------------
    def name_like(self, i: int, position: int) -> bool:
        if i >= len(self.doc):
            return False
        tok = self.doc[i]
        if tok.is_space or tok.is_punct or tok.like_num or not tok.is_alpha and "-" not in tok.text and "'" not in tok.text:
            return False
        norm = tok.norm_
        if i in self.dates:
            return False
        if i in self.hits:
            # a definite masculine nisba after a first name is a family name ("هاني المصري")
            h = self.hits[i]
            return (self.lang == "ar" and position >= 1 and h.kind == "country" and h.info[1] == "nisba"
                    and h.end - h.start == 1 and is_def(norm) and norm.endswith(self.P.nisba_ending))
        if self.lang == "ar":
            if norm in self.W.unfolded_name and tok.text.endswith(norm[-1:]):
                return True  # a name written unfolded, not the function word it folds onto
            if norm in AR_STOP_NORM or norm in self.lex.stopwords or norm in AR_BREAK or len(norm) < 2:
                return False
            if is_def(norm) and position == 0:
                return False
            if norm.startswith(tuple(self.W.article_clitic)) and len(norm) > 4:
                return False  # clitic + article: "بالملف", "والنائب"
            # pronoun-suffixed verbal nouns are not names
            if norm.endswith(tuple(self.W.pronoun_suffix)) and len(norm) > 4:
                return False
            return True
        if not tok.text[:1].isupper():
            return norm in EN_NAME_PARTICLES and position > 0
        if position == 0 and (tok.text in self.lex.stopwords or norm in EN_STOP_NORM):
            return False
        if position > 0 and norm in EN_STOP_NORM and i not in self.months:
            return False  # a stop word ends a name, but a month name not in a date may be one (Theresa May)
        return True


def agency_phrase(tg: Tagger, i: int) -> AgencyM | None:
    """An agency mention whose head starts at token ``i``."""
    h = tg.at(i, "agency")
    if not h:
        return None
    doc, lang = tg.doc, tg.lang
    P, W = tg.P, tg.W
    kind = h.info[0]
    if lang == "en":
        return _agency_en(tg, h)
    j = h.end
    country = None
    nisba_idx: set[int] = set()
    head_def = is_def(doc[h.start].norm_) or kind == "international" or h.end - h.start > 1
    last_def = head_def
    n = len(doc)
    while j < n:
        tok = doc[j]
        norm = tok.norm_
        hit = tg.hits.get(j)
        if tok.is_space:
            break
        if hit and hit.kind == "country" and hit.start == j:
            iso, ckind = hit.info
            if ckind == "nisba":
                country = country or iso
                nisba_idx.update(range(hit.start, hit.end))
                j = hit.end
                last_def = True
                continue
            if not last_def and j == h.end and ckind == "name":  # حكومة ليبيا, سفارة مصر
                country = iso
                j = hit.end
                last_def = True
                continue
            break
        if hit and hit.kind == "agency" and hit.start == j == h.end and not is_def(doc[h.start].norm_) and is_def(norm):
            j = hit.end  # idafa with a head noun: "جهاز المخابرات", "هيئة الأركان"
            last_def = True
            continue
        if hit or norm in tg.name_norms:
            break
        if tok.like_num or (tok.text in ("+", "-", "/") and j > h.end and doc[j - 1].like_num):
            if j == h.end or doc[j - 1].like_num or doc[j - 1].text in ("+", "-", "/"):
                j += 1
                last_def = True
                continue
            break
        if norm in W.concerned and j + 1 < n and (doc[j + 1].norm_ in W.concerned_prep
                                                   or doc[j + 1].norm_.startswith(tuple(p + P.definite_prefix for p in W.concerned_prep))):
            # "المعنية بالملف الليبي"
            k = j + 2 if doc[j + 1].norm_ in W.concerned_prep else j + 1
            if k == j + 1:
                k_end = j + 2
                while k_end < n and k_end - k < 3 and (is_def(doc[k_end].norm_) or tg.kind(k_end) == "country") and tg.kind(k_end) in (None, "country"):
                    k_end += 1
                j = k_end
                continue
            k_end = k
            while k_end < n and (is_def(doc[k_end].norm_) or (tg.kind(k_end) == "country" and tg.hits[k_end].info[1] == "nisba")) and not tok.is_space:
                k_end += 1
                if k_end - k >= 3:
                    break
            if k_end > k:
                j = k_end
                continue
            break
        if head_def and P.contracted_article and norm.startswith(P.contracted_article) and len(norm) > 4 and tg.kind(j) is None and j > h.start:
            j += 1  # "الهيئة العامة للاستثمار" (ل + ال glued)
            break
        if norm in W.genitive and head_def and j + 1 < n and is_def(doc[j + 1].norm_) and tg.kind(j + 1) is None and doc[j + 1].norm_ not in AR_STOP_NORM:
            j += 2  # "المجلس الأعلى للدولة"
            break
        if norm in W.posted_to and kind in ("embassy", "consulate", "mission") and j + 1 < n and tg.kind(j + 1) == "country":
            ch = tg.hits[j + 1]
            if ch.info[1] in ("name", "capital", "city"):
                j = ch.end
                break
        if norm in AR_BREAK or norm in AR_STOP_NORM or not tok.is_alpha:
            break
        if is_def(norm):
            j += 1
            last_def = True
            continue
        # idafa: an indefinite noun right after an indefinite head, followed by a definite one
        if not last_def and j == h.end and j + 1 < n and is_def(doc[j + 1].norm_) and tg.kind(j + 1) in (None, "country"):
            j += 1
            continue
        break
    if j == h.end and is_def(doc[h.start].norm_) and kind != "international" and h.end - h.start == 1:
        text = surface(doc[h.start:h.end].text, doc[h.start].norm_)
        return AgencyM(h.start, h.end, text, kind, h.key, frozenset(), text, anaphor=True)
    if j == h.end and not head_def:
        return None  # a bare indefinite head ("وزارة") names nothing
    span = doc[h.start:j]
    words = frozenset(strip_al(t.norm_) for k, t in enumerate(span, start=h.start) if k not in nisba_idx and t.is_alpha or t.like_num)
    base_tokens = [t for k, t in enumerate(span, start=h.start) if k not in nisba_idx]
    base = _join(base_tokens)
    text = surface(span.text, doc[h.start].norm_)
    base = surface(base, doc[h.start].norm_)
    return AgencyM(h.start, j, text, kind, strip_al(h.key.split()[0]), words, base, country=country,
                   aliases=[base] if base != text else [])


def surface(text: str, first_norm: str) -> str:
    """Undo the لل split in display text: a head written "للأمم" is split "ل" + "لأمم"; show "الأمم"."""
    dp = _ARP.definite_prefix
    if first_norm.startswith(dp) and text.startswith(dp[1:]) and not text.startswith(dp):
        return dp[:1] + text
    return text


def _join(tokens) -> str:
    out = ""
    for t in tokens:
        out += t.text + t.whitespace_
    return out.strip()


def _agency_en(tg: Tagger, h: Hit) -> AgencyM | None:
    doc = tg.doc
    kind = h.info[0]
    start, end = h.start, h.end
    country = None
    # left: capitalised modifiers and a demonym/country ("Libyan Government", "U.S. Department", "Foreign Office")
    k = start - 1
    while k >= 0:
        tok = doc[k]
        hit = tg.hits.get(k)
        if hit and hit.kind == "country":
            country = hit.info[0]
            k = hit.start - 1
            start = hit.start
            break
        if hit or not tok.text[:1].isupper() or tok.norm_ in EN_STOP_NORM or tok.text in tg.lex.stopwords:
            if tok.text in tg.W.conjunction and k - 1 >= 0 and doc[k - 1].text[:1].isupper() and not tg.hits.get(k - 1):
                start = k - 1
                k -= 2
                continue
            break
        start = k
        k -= 1
    # right: "of|for" + capitalised words ("Government of National Accord", "Ministry of Foreign Affairs")
    j = end
    n = len(doc)
    while j < n:
        tok = doc[j]
        if tok.text in tg.W.genitive and j + 1 < n and doc[j + 1].text[:1].isupper():
            k = j + 1
            if doc[k].text in tg.W.article:
                k += 1
            hit = tg.hits.get(k)
            if hit and hit.kind == "country":
                country = country or hit.info[0]
                j = hit.end
                continue
            if hit and hit.kind in ("title", "cue"):
                break
            m = k
            while m < n and doc[m].text[:1].isupper() and not tg.hits.get(m) and not doc[m].is_punct:
                m += 1
            if m == k:
                break
            j = m
            continue
        break
    if start == h.start and end == h.end and j == h.end and kind not in ("international",) and doc[h.start].text[:1].islower():
        if h.start > 0 and doc[h.start - 1].norm_ in tg.W.article:
            # "the ministry said": an anaphor for the last agency of that kind
            return AgencyM(h.start - 1, h.end, doc[h.start - 1:h.end].text, kind, h.key, frozenset(), doc[h.start - 1:h.end].text, anaphor=True)
        return None
    span = doc[start:j]
    text = span.text
    base = text
    words = frozenset(t.norm_ for t in span if t.is_alpha and t.norm_ not in tg.W.article | tg.W.genitive | tg.W.conjunction and not (tg.hits.get(t.i) and tg.hits[t.i].kind == "country"))
    if country and tg.hits.get(start) and tg.hits[start].kind == "country":
        base = doc[tg.hits[start].end:j].text
    return AgencyM(start, j, text, kind, h.key, words, base, country=country)


def name_run(tg: Tagger, i: int, direction: int = 1) -> NameM | None:
    """Up to three name-like tokens starting at ``i`` (or ending at ``i`` when direction=-1)."""
    doc = tg.doc
    n = len(doc)
    if direction == -1:
        # walk left to find the start, then reuse the forward rule
        k = i
        count = 0
        while k >= 0 and count < 4 and (tg.name_like(k, 1) or _en_hyphen(doc, k)):
            k -= 1
            count += 1
        for s in range(k + 1, i + 1):
            m = name_run(tg, s, 1)
            if m and m.end == i + 1:
                return m
        return None
    toks: list[int] = []
    j = i
    limit = 3
    if tg.lang == "en" and any(doc[k].norm_ in EN_NAME_PARTICLES for k in range(i + 1, min(i + 4, n))):
        limit = 5  # "Mohammed bin Abdulrahman Al Thani"
    while j < n and len(toks) < limit:
        if (tg.lang == "ar" and toks and doc[toks[-1]].norm_ in NAME_COMPOUND_AR and doc[j].is_alpha
                and doc[j].norm_ not in AR_BREAK and j not in tg.hits or tg.lang == "ar" and toks
                and doc[toks[-1]].norm_ in NAME_COMPOUND_AR and tg.hits.get(j) and tg.hits[j].kind == "title"
                and tg.hits[j].end == j + 1):
            # the second half of a compound: "عبد الأمير", "عبد الله", "أبو بكر"
            toks.append(j)
            j += 1
            continue
        if tg.name_like(j, len(toks)):
            if tg.lang == "ar" and doc[j].norm_ in NAME_COMPOUND_AR:
                limit = 4
            toks.append(j)
            j += 1
            if tg.lang == "en" and j + 1 < n and _en_hyphen(doc, j):
                toks.extend([j, j + 1])
                j += 2
            continue
        if tg.lang == "ar" and toks and doc[j].norm_ in NAME_COMPOUND_AR:
            toks.append(j)
            j += 1
            limit = 4
            continue
        break
    if not toks:
        return None
    if tg.lang == "ar" and len(toks) == 1 and doc[toks[0]].norm_ in NAME_COMPOUND_AR:
        return None
    span = doc[toks[0]:toks[-1] + 1]
    return NameM(span.start, span.end, span.text)


def _en_hyphen(doc: Doc, j: int) -> bool:
    """A hyphen glued between two name parts ("Al-Serraj")."""
    if j <= 0 or j + 1 >= len(doc):
        return False
    t = doc[j]
    return t.text == "-" and not doc[j - 1].whitespace_ and not t.whitespace_ and doc[j + 1].text[:1].isupper()


def title_phrase(tg: Tagger, i: int) -> TitleM | None:
    """A title starting at ``i``: role words and what they govern."""
    doc, lang = tg.doc, tg.lang
    n = len(doc)
    h = tg.at(i, "title")
    country = None
    start = i
    if lang == "en" and not h:
        # demonym/country before a title: "Egyptian Foreign Minister", "U.S. Secretary"
        ch = tg.at(i, "country")
        after = ch.end + 1 if ch and ch.end < n and doc[ch.end].text in tg.W.possessive_marker else (ch.end if ch else 0)
        if ch and after < n and tg.at(after, "title") and tg.at(after, "title").info[0] in ("role", "modifier"):
            country = ch.info[0]  # "Egyptian Foreign Minister", "Egypt's Foreign Minister"
            h = tg.at(after, "title")
        else:
            return None
    if not h or h.info[0] == "honorific":
        return None
    roles: list[str] = []
    agencies: list[AgencyM] = []
    j = h.start
    last_role_agency = ""
    while j < n:
        th = tg.at(j, "title")
        if th and th.info[0] in ("role", "modifier", "rank") and (th.info[0] != "rank" or not roles):
            roles.append(th.info[2])
            if th.info[0] == "role":
                last_role_agency = th.info[1]
            j = th.end
            if th.info[0] == "rank":
                break
            continue
        if lang == "ar" and doc[j].norm_ in tg.W.genitive and roles and j + 1 < n and tg.at(j + 1, "title"):
            j += 1
            continue
        break
    if not roles:
        return None
    roles_end = j
    # complement
    if lang == "ar":
        if j + 1 < n and is_def(doc[j].norm_) and tg.kind(j) is None and doc[j + 1].norm_ in tg.W.on_behalf:
            j += 1  # "the official spokesman on behalf of …"
        if j < n and doc[j].norm_ in tg.W.on_behalf:
            j += 1
        ag = agency_phrase(tg, j) if j < n else None
        if ag and not ag.anaphor:
            agencies.append(ag)
            j = ag.end
            country = country or ag.country
            # "مجلس الوزراء بحكومة الوفاق": a parent agency after ب / في
            if j + 1 < n and doc[j].norm_ in tg.W.parent_prep and tg.at(j + 1, "agency"):
                parent = agency_phrase(tg, j + 1)
                if parent and not parent.anaphor:
                    ag.parent = parent
                    agencies.append(parent)
                    j = parent.end
        elif ag and ag.anaphor:
            j = ag.end
        elif j < n and is_def(doc[j].norm_) and tg.kind(j) is None and doc[j].norm_ not in AR_STOP_NORM:
            field_tok = doc[j]
            j += 1
            # adjectives of the governed noun, as long as a name can still follow
            # ("محافظ البنك المركزي هاني …", "رئيس المخابرات العامة المصرية اللواء عباس …",
            # but not "رئيس الحكومة السراج")
            k = j
            best = j
            while k < n and ((is_def(doc[k].norm_) and tg.kind(k) is None and doc[k].norm_ not in AR_STOP_NORM)
                             or (tg.at(k, "country") and tg.at(k, "country").info[1] == "nisba")
                             or (tg.kind(k) is None and doc[k].norm_.startswith(tuple(tg.W.complement_clitic)) and len(doc[k].norm_) > 4)
                             or (doc[k].norm_ in tg.W.conjunction and k + 1 < n and (is_def(doc[k + 1].norm_) or tg.kind(k + 1) == "country"))):
                # also coordinated and prepositional parts: "الشؤون الخارجية والهجرة والتونسيين بالخارج"
                k = tg.at(k, "country").end if tg.at(k, "country") else k + 1
                m = k
                while m < n and (doc[m].text in ("،", ",") or (tg.at(m, "title") and tg.at(m, "title").info[0] in ("rank", "honorific"))):
                    m = tg.at(m, "title").end if tg.at(m, "title") else m + 1
                if m < n and tg.name_like(m, 0):
                    best = k
            if best > j and tg.at(best - 1, "country"):
                best = tg.at(best - 1, "country").start  # the nisba is read below
            j = best
            nisba = None
            if j < n and tg.at(j, "country") and tg.at(j, "country").info[1] == "nisba":
                nisba = tg.at(j, "country")
                country = nisba.info[0]
                j = nisba.end
            if last_role_agency:
                head = last_role_agency
                text = f"{head} {field_tok.text}"
                words = frozenset({strip_al(tg.P.fold(head)), strip_al(field_tok.norm_)})
                aliases = []
                if nisba is not None:
                    fem = doc[nisba.start:nisba.end].text
                    if not tg.P.fold(fem).endswith(tg.P.fold(tg.P.feminine_suffix)):
                        fem = fem + tg.P.feminine_suffix
                    aliases.append(f"{text} {fem}")
                agencies.append(AgencyM(field_tok.i, field_tok.i + 1, text, "ministry" if head == tg.P.ministry_head else "agency",
                                        strip_al(tg.P.fold(head)), words, text, country=country, implied=True, aliases=aliases))
        # nisba and place after the title: "السفير المصري في ليبيا"
        if j < n and tg.at(j, "country") and tg.at(j, "country").info[1] == "nisba":
            country = country or tg.at(j, "country").info[0]
            j = tg.at(j, "country").end
        if j + 1 < n and doc[j].norm_ in tg.W.posted_to and tg.at(j + 1, "country"):
            j = tg.at(j + 1, "country").end
    else:
        # English: "Minister of Foreign Affairs", "Secretary of State" handled by the lexicon;
        # "Minister of X" / "Minister for X"
        if j + 1 < n and doc[j].text in tg.W.genitive and doc[j + 1].text[:1].isupper() and not tg.hits.get(j + 1):
            k = j + 1
            while k < n and doc[k].text[:1].isupper() and not tg.hits.get(k):
                k += 1
            field_text = doc[j + 1:k].text
            if last_role_agency == tg.P.ministry_head:
                name = tg.P.implied_agency.format(head=last_role_agency, field=field_text)
                agencies.append(AgencyM(j + 1, k, name, "ministry", "ministry",
                                        frozenset(t.norm_ for t in doc[j + 1:k]) | {tg.P.fold(tg.P.ministry_head)}, name, country=country, implied=True))
            j = k
        elif j + 1 < n and doc[j].text in tg.W.posted_to and tg.at(j + 1, "country"):
            j = tg.at(j + 1, "country").end  # "Special Representative for Libya", "Ambassador to Egypt"
        elif last_role_agency:
            text = last_role_agency
            aliases = []
            if country:
                dem = doc[start:h.start].text
                aliases.append(f"{dem} {text}")
            words = frozenset(w.casefold() for w in text.split() if w.casefold() not in tg.W.genitive | tg.W.article)
            kind = tg.lex.agencies.get(tg.P.fold(text)) or ("ministry" if tg.P.ministry_head in text else "agency")
            agencies.append(AgencyM(h.start, h.end, text, kind, text.casefold(),
                                    words, text, country=country, implied=True, aliases=aliases))
    return TitleM(start, j, doc[start:j].text, roles, country, agencies, bare=(j == roles_end))

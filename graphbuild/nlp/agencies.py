"""Agency phrases: an agency mention grown from its head noun (a lexicon hit).

The grammar is the language's head direction (``head_initial`` in its profile):

* head-initial (Arabic): the head governs what follows — an idafa chain of
  definite nouns and adjectives, a nisba giving the country, a country name right
  after an indefinite head ("government of Libya"), numbers, the "in charge of
  <file>" complement, "of the <noun>" written with the genitive clitic, "in
  <capital>" after an embassy. The bare definite head alone ("the ministry") is
  an anaphor; a bare indefinite head names nothing.
* head-final (English): capitalised modifiers and a demonym or country before the
  head ("Libyan Government", "U.S. Department"), "of|for" + capitalised words after
  it ("Government of National Accord"). A bare lower-case head after the article
  is an anaphor ("the ministry said").
"""

from __future__ import annotations

from spacy.tokens import Doc

from .mentions import AgencyMention
from .tagger import Hit, Tagger

__all__ = ["agency_phrase", "surface", "EMBASSY_KINDS", "INTERNATIONAL"]

INTERNATIONAL = "international"
EMBASSY_KINDS = ("embassy", "consulate", "mission")  # agencies "in <capital>"
_PLACE_KINDS = ("name", "capital", "city")
_NUMBER_JOINERS = ("+", "-", "/")


def agency_phrase(tg: Tagger, i: int) -> AgencyMention | None:
    """The agency mention whose head starts at token ``i``."""
    h = tg.at(i, "agency")
    if not h:
        return None
    return _head_initial(tg, h) if tg.P.head_initial else _head_final(tg, h)


def surface(tg: Tagger, text: str, first_norm: str) -> str:
    """Undo the contracted-article split in display text: the head keeps its article's first letter."""
    dp = tg.P.definite_prefix
    if dp and first_norm.startswith(dp) and text.startswith(dp[1:]) and not text.startswith(dp):
        return dp[:1] + text
    return text


def _join(tokens) -> str:
    out = ""
    for t in tokens:
        out += t.text + t.whitespace_
    return out.strip()


# ---------------------------------------------------------------- head-initial
class _Idafa:
    """Walks right from an agency head over its complement (one rule a method, tried in order).

    A rule returns None when it does not apply, True to go on at ``j`` and False to stop there.
    """

    def __init__(self, tg: Tagger, h: Hit) -> None:
        self.tg, self.h, self.doc, self.n = tg, h, tg.doc, len(tg.doc)
        self.kind = h.info[0]
        self.j = h.end
        self.country: str | None = None
        self.nisba_idx: set[int] = set()
        self.head_def = tg.is_def(h.start) or self.kind == INTERNATIONAL or h.end - h.start > 1
        self.last_def = self.head_def

    def run(self) -> None:
        rules = (self._country, self._head_noun, self._other_hit, self._number, self._concerned, self._contracted,
                 self._genitive, self._posted_in, self._break_word, self._definite, self._indefinite_idafa)
        while self.j < self.n and not self.doc[self.j].is_space:
            for rule in rules:
                go_on = rule()
                if go_on is not None:
                    break
            if not go_on:
                return

    def _advance(self, to: int, definite: bool = True) -> bool:
        self.j = to
        if definite:
            self.last_def = True
        return True

    def _country(self) -> bool | None:
        hit = self.tg.hits.get(self.j)
        if not (hit and hit.kind == "country" and hit.start == self.j):
            return None
        iso, ckind = hit.info
        if ckind == "nisba":
            self.country = self.country or iso
            self.nisba_idx.update(range(hit.start, hit.end))
            return self._advance(hit.end)
        if not self.last_def and self.j == self.h.end and ckind == "name":  # "government of Libya"
            self.country = iso
            return self._advance(hit.end)
        return False

    def _head_noun(self) -> bool | None:
        # idafa with a head noun: "apparatus of the intelligence"
        hit, h = self.tg.hits.get(self.j), self.h
        if hit and hit.kind == "agency" and hit.start == self.j == h.end and not self.tg.is_def(h.start) and self.tg.is_def(self.j):
            return self._advance(hit.end)
        return None

    def _other_hit(self) -> bool | None:
        return False if self.j in self.tg.hits or self.doc[self.j].norm_ in self.tg.name_norms else None

    def _number(self) -> bool | None:
        doc, j = self.doc, self.j
        if not (doc[j].like_num or (doc[j].text in _NUMBER_JOINERS and j > self.h.end and doc[j - 1].like_num)):
            return None
        if j == self.h.end or doc[j - 1].like_num or doc[j - 1].text in _NUMBER_JOINERS:
            return self._advance(j + 1)
        return False

    def _concerned(self) -> bool | None:
        """"in charge of the <file>" after the head."""
        doc, j, tg = self.doc, self.j, self.tg
        preps = tg.W.concerned_prep
        if doc[j].norm_ not in tg.W.concerned or j + 1 >= self.n:
            return None
        nxt = doc[j + 1].norm_
        if nxt in preps:
            return self._concerned_apart(j + 2)
        if nxt.startswith(tuple(p + tg.P.definite_prefix for p in preps)):
            return self._concerned_glued(j + 1)
        return None

    def _concerned_apart(self, k: int) -> bool:
        """The preposition apart: up to three definite words (or a nisba) follow it."""
        tg, k_end = self.tg, k
        while k_end < self.n and (tg.is_def(k_end) or (tg.kind(k_end) == "country" and tg.hits[k_end].info[1] == "nisba")):
            k_end += 1
            if k_end - k >= 3:
                break
        return self._advance(k_end, definite=False) if k_end > k else False

    def _concerned_glued(self, k: int) -> bool:
        """The preposition glued to the article: its word and up to two definite words or a country."""
        tg, k_end = self.tg, k + 1
        while (k_end < self.n and k_end - k < 3 and (tg.is_def(k_end) or tg.kind(k_end) == "country")
               and tg.kind(k_end) in (None, "country")):
            k_end += 1
        return self._advance(k_end, definite=False)

    def _contracted(self) -> bool | None:
        # "the general authority for-the-investment" (l + the article glued): its last word
        tg, j, norm = self.tg, self.j, self.doc[self.j].norm_
        ca = tg.P.contracted_article
        if self.head_def and ca and norm.startswith(ca) and len(norm) > 4 and tg.kind(j) is None and j > self.h.start:
            self.j += 1
            return False
        return None

    def _genitive(self) -> bool | None:
        # "the supreme council of the state"
        tg, doc, j = self.tg, self.doc, self.j
        if (doc[j].norm_ in tg.W.genitive and self.head_def and j + 1 < self.n and tg.is_def(j + 1) and tg.kind(j + 1) is None
                and doc[j + 1].norm_ not in tg.P.stop_words):
            self.j += 2
            return False
        return None

    def _posted_in(self) -> bool | None:
        # an embassy "in <capital>"
        tg, j = self.tg, self.j
        if self.doc[j].norm_ in tg.W.posted_to and self.kind in EMBASSY_KINDS and j + 1 < self.n and tg.kind(j + 1) == "country":
            ch = tg.hits[j + 1]
            if ch.info[1] in _PLACE_KINDS:
                self.j = ch.end
                return False
        return None

    def _break_word(self) -> bool | None:
        tok = self.doc[self.j]
        return False if tok.norm_ in self.tg.W.phrase_break or tok.norm_ in self.tg.P.stop_words or not tok.is_alpha else None

    def _definite(self) -> bool | None:
        return self._advance(self.j + 1) if self.tg.is_def(self.j) else None

    def _indefinite_idafa(self) -> bool | None:
        # an indefinite noun right after an indefinite head, followed by a definite one
        tg, j = self.tg, self.j
        if not self.last_def and j == self.h.end and j + 1 < self.n and tg.is_def(j + 1) and tg.kind(j + 1) in (None, "country"):
            self.j += 1
            return True
        return False


def _head_initial(tg: Tagger, h: Hit) -> AgencyMention | None:
    walk = _Idafa(tg, h)
    walk.run()
    doc, j, kind = tg.doc, walk.j, walk.kind
    first_norm = doc[h.start].norm_
    if j == h.end and tg.is_def(h.start) and kind != INTERNATIONAL and h.end - h.start == 1:
        text = surface(tg, doc[h.start:h.end].text, first_norm)
        return AgencyMention(h.start, h.end, text, kind=kind, base=text, anaphor=True)
    if j == h.end and not walk.head_def:
        return None  # a bare indefinite head names nothing
    span = doc[h.start:j]
    strip = tg.P.strip_definite
    words = frozenset(strip(t.norm_) for k, t in enumerate(span, start=h.start) if k not in walk.nisba_idx and t.is_alpha or t.like_num)
    base = surface(tg, _join(t for k, t in enumerate(span, start=h.start) if k not in walk.nisba_idx), first_norm)
    text = surface(tg, span.text, first_norm)
    return AgencyMention(h.start, j, text, kind=kind, words=words, base=base, country=walk.country,
                         aliases=(base,) if base != text else ())


# ---------------------------------------------------------------- head-final
def _left_modifiers(tg: Tagger, h: Hit) -> tuple[int, str | None]:
    """Capitalised modifiers and a demonym or country before the head: (start, country)."""
    doc, W = tg.doc, tg.W
    start = h.start
    k = start - 1
    while k >= 0:
        tok = doc[k]
        hit = tg.hits.get(k)
        if hit and hit.kind == "country":
            return hit.start, hit.info[0]
        if hit or not tok.text[:1].isupper() or tok.norm_ in tg.P.stop_words or tok.text in tg.lex.stopwords:
            if tok.text in W.conjunction and k - 1 >= 0 and doc[k - 1].text[:1].isupper() and not tg.hits.get(k - 1):
                start = k - 1
                k -= 2
                continue
            break
        start = k
        k -= 1
    return start, None


def _of_phrase(tg: Tagger, doc: Doc, j: int) -> tuple[int, str | None] | None:
    """"of|for" + capitalised words (or a country) at ``j``: (its end, country); None when there is none."""
    n = len(doc)
    if not (doc[j].text in tg.W.genitive and j + 1 < n and doc[j + 1].text[:1].isupper()):
        return None
    k = j + 1
    if doc[k].text in tg.W.article:
        k += 1
    hit = tg.hits.get(k)
    if hit and hit.kind == "country":
        return hit.end, hit.info[0]
    if hit and hit.kind in ("title", "cue"):
        return None
    m = k
    while m < n and doc[m].text[:1].isupper() and not tg.hits.get(m) and not doc[m].is_punct:
        m += 1
    return (m, None) if m > k else None


def _lower_case_anaphor(tg: Tagger, h: Hit) -> AgencyMention | None:
    """"the ministry said": a bare lower-case head after the article is an anaphor for the last agency of that kind."""
    doc = tg.doc
    if h.start > 0 and doc[h.start - 1].norm_ in tg.W.article:
        text = doc[h.start - 1:h.end].text
        return AgencyMention(h.start - 1, h.end, text, kind=h.info[0], base=text, anaphor=True)
    return None


def _head_final(tg: Tagger, h: Hit) -> AgencyMention | None:
    doc, W = tg.doc, tg.W
    kind = h.info[0]
    start, country = _left_modifiers(tg, h)
    j = h.end
    while j < len(doc):
        of = _of_phrase(tg, doc, j)
        if of is None:
            break
        j, of_country = of
        country = country or of_country
    if start == h.start and j == h.end and kind != INTERNATIONAL and doc[h.start].text[:1].islower():
        return _lower_case_anaphor(tg, h)
    span = doc[start:j]
    skip = W.article | W.genitive | W.conjunction
    words = frozenset(t.norm_ for t in span if t.is_alpha and t.norm_ not in skip and tg.kind(t.i) != "country")
    base = span.text
    if country and tg.hits.get(start) and tg.hits[start].kind == "country":
        base = doc[tg.hits[start].end:j].text
    return AgencyMention(start, j, span.text, kind=kind, words=words, base=base, country=country)

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

from dataclasses import replace

from spacy.tokens import Doc

from .agencies import agency_phrase
from .mentions import AgencyMention, TitleMention
from .names import name_like
from .tagger import Hit, Tagger

__all__ = ["title_phrase", "COMMAS", "skip_commas_and_ranks"]

COMMAS = (",", "،")
_ROLE_CLASSES = ("role", "modifier", "rank")
_NAME_PREFIX_CLASSES = ("rank", "honorific")  # may stand between a title and the name


def skip_commas_and_ranks(tg: Tagger, j: int, end: int) -> int:
    """The first token from ``j`` that is not a comma, a rank or an honorific."""
    while j < end and (tg.doc[j].text in COMMAS or (tg.at(j, "title") and tg.at(j, "title").info[0] in _NAME_PREFIX_CLASSES)):
        j = tg.at(j, "title").end if tg.at(j, "title") else j + 1
    return j


def title_phrase(tg: Tagger, i: int) -> TitleMention | None:
    """The title starting at token ``i``: role words and what they govern."""
    start, country, h = _title_head(tg, i)
    if not h or h.info[0] == "honorific":
        return None
    roles, j, last_role_agency = _roles(tg, h)
    if not roles:
        return None
    roles_end = j
    if tg.P.head_initial:
        j, country, agencies = _complement_head_initial(tg, j, country, last_role_agency)
    else:
        j, agencies = _complement_head_final(tg, j, start, h, country, last_role_agency)
    return TitleMention(start, j, tg.doc[start:j].text, tuple(roles), country, tuple(agencies), bare=(j == roles_end))


def _title_head(tg: Tagger, i: int) -> tuple[int, str | None, Hit | None]:
    """(start, country, first title hit); in a head-final language a demonym or country may come first."""
    h = tg.at(i, "title")
    if h or tg.P.head_initial:
        return i, None, h
    doc, n = tg.doc, len(tg.doc)
    ch = tg.at(i, "country")
    if not ch:
        return i, None, None
    after = ch.end + 1 if ch.end < n and doc[ch.end].text in tg.W.possessive_marker else ch.end
    th = tg.at(after, "title") if after < n else None
    if th and th.info[0] in ("role", "modifier"):
        return i, ch.info[0], th  # "Egyptian Foreign Minister", "Egypt's Foreign Minister"
    return i, None, None


def _roles(tg: Tagger, h: Hit) -> tuple[list[str], int, str]:
    """Role words from the head: (roles, end, agency of the last role)."""
    doc, n = tg.doc, len(tg.doc)
    roles: list[str] = []
    j = h.start
    last_role_agency = ""
    while j < n:
        th = tg.at(j, "title")
        if th and th.info[0] in _ROLE_CLASSES and (th.info[0] != "rank" or not roles):
            roles.append(th.info[2])
            if th.info[0] == "role":
                last_role_agency = th.info[1]
            j = th.end
            if th.info[0] == "rank":
                break
            continue
        # head-initial: two roles joined by the genitive clitic ("deputy to-the-president")
        if tg.P.head_initial and doc[j].norm_ in tg.W.genitive and roles and j + 1 < n and tg.at(j + 1, "title"):
            j += 1
            continue
        break
    return roles, j, last_role_agency


# ---------------------------------------------------------------- head-initial
def _complement_head_initial(tg: Tagger, j: int, country: str | None, last_role_agency: str
                             ) -> tuple[int, str | None, list[AgencyMention]]:
    doc, n = tg.doc, len(tg.doc)
    agencies: list[AgencyMention] = []
    j = _after_on_behalf(tg, j)
    ag = agency_phrase(tg, j) if j < n else None
    if ag and not ag.anaphor:
        j, governed = _governed_agencies(tg, ag)
        agencies += governed
        country = country or ag.country
    elif ag and ag.anaphor:
        j = ag.end
    elif j < n and tg.is_def(j) and tg.kind(j) is None and doc[j].norm_ not in tg.P.stop_words:
        j, country, implied = _governed_noun(tg, j, country, last_role_agency)
        agencies += implied
    j, country = _post_country(tg, j, country)
    return j, country, agencies


def _after_on_behalf(tg: Tagger, j: int) -> int:
    """Skip "on behalf of" (and the adjective before it: "the official spokesman on behalf of …")."""
    doc, n, on_behalf = tg.doc, len(tg.doc), tg.W.on_behalf
    if j + 1 < n and tg.is_def(j) and tg.kind(j) is None and doc[j + 1].norm_ in on_behalf:
        j += 1
    if j < n and doc[j].norm_ in on_behalf:
        j += 1
    return j


def _post_country(tg: Tagger, j: int, country: str | None) -> tuple[int, str | None]:
    """A nisba and a place after the title: "the Egyptian ambassador in Libya"."""
    doc, n = tg.doc, len(tg.doc)
    nisba = tg.at(j, "country") if j < n else None
    if nisba and nisba.info[1] == "nisba":
        country = country or nisba.info[0]
        j = nisba.end
    if j + 1 < n and doc[j].norm_ in tg.W.posted_to and tg.at(j + 1, "country"):
        j = tg.at(j + 1, "country").end
    return j, country


def _governed_agencies(tg: Tagger, ag: AgencyMention) -> tuple[int, list[AgencyMention]]:
    """The agency a title governs, and its parent after a preposition ("the council of ministers in the government of …")."""
    doc, n = tg.doc, len(tg.doc)
    j = ag.end
    if j + 1 < n and doc[j].norm_ in tg.W.parent_prep and tg.at(j + 1, "agency"):
        parent = agency_phrase(tg, j + 1)
        if parent and not parent.anaphor:
            return parent.end, [replace(ag, parent=parent), parent]
    return j, [ag]


def _continues_complement(tg: Tagger, k: int) -> bool:
    """Token ``k`` continues a governed noun: a definite adjective, a nisba, a coordinated or prepositional part."""
    doc, n, W = tg.doc, len(tg.doc), tg.W
    norm = doc[k].norm_
    if tg.is_def(k) and tg.kind(k) is None and norm not in tg.P.stop_words:
        return True
    if tg.at(k, "country") and tg.at(k, "country").info[1] == "nisba":
        return True
    if tg.kind(k) is None and norm.startswith(tuple(W.complement_clitic)) and len(norm) > 4:
        return True
    return norm in W.conjunction and k + 1 < n and (tg.is_def(k + 1) or tg.kind(k + 1) == "country")


def _adjectives_end(tg: Tagger, j: int) -> int:
    """How far the governed noun's adjectives reach: as far as a name can still follow
    ("the governor of the central bank Hani …", but not "the head of the government Serraj")."""
    n = len(tg.doc)
    k = best = j
    while k < n and _continues_complement(tg, k):
        k = tg.at(k, "country").end if tg.at(k, "country") else k + 1
        m = skip_commas_and_ranks(tg, k, n)
        if m < n and name_like(tg, m, 0):
            best = k
    if best > j and tg.at(best - 1, "country"):
        best = tg.at(best - 1, "country").start  # the nisba is read by the caller
    return best


def _governed_noun(tg: Tagger, j: int, country: str | None, last_role_agency: str
                   ) -> tuple[int, str | None, list[AgencyMention]]:
    """A governed definite noun and its adjectives; a role with an agency head implies "<head> <noun>"."""
    doc, n, P = tg.doc, len(tg.doc), tg.P
    field_tok = doc[j]
    j = _adjectives_end(tg, j + 1)
    nisba = tg.at(j, "country") if j < n else None
    if nisba and nisba.info[1] == "nisba":
        country = nisba.info[0]
        j = nisba.end
    else:
        nisba = None
    if not last_role_agency:
        return j, country, []
    head = last_role_agency
    text = P.implied_agency.format(head=head, field=field_tok.text)
    head_norm = P.strip_definite(P.fold(head))
    aliases: tuple[str, ...] = ()
    if nisba is not None:
        fem = doc[nisba.start:nisba.end].text
        if not P.fold(fem).endswith(P.fold(P.feminine_suffix)):
            fem = fem + P.feminine_suffix
        aliases = (f"{text} {fem}",)
    implied = AgencyMention(field_tok.i, field_tok.i + 1, text, kind="ministry" if head == P.ministry_head else "agency",
                            words=frozenset({head_norm, P.strip_definite(field_tok.norm_)}), base=text, country=country,
                            implied=True, aliases=aliases)
    return j, country, [implied]


# ---------------------------------------------------------------- head-final
def _complement_head_final(tg: Tagger, j: int, start: int, h: Hit, country: str | None, last_role_agency: str
                           ) -> tuple[int, list[AgencyMention]]:
    doc, n, W, P = tg.doc, len(tg.doc), tg.W, tg.P
    if j + 1 < n and doc[j].text in W.genitive and doc[j + 1].text[:1].isupper() and not tg.hits.get(j + 1):
        return _of_field(tg, doc, j, country, last_role_agency)
    if j + 1 < n and doc[j].text in W.posted_to and tg.at(j + 1, "country"):
        return tg.at(j + 1, "country").end, []  # "Special Representative for Libya", "Ambassador to Egypt"
    if not last_role_agency:
        return j, []
    text = last_role_agency
    aliases = (f"{doc[start:h.start].text} {text}",) if country else ()
    words = frozenset(w.casefold() for w in text.split() if w.casefold() not in W.genitive | W.article)
    kind = tg.lex.agencies.get(P.fold(text)) or ("ministry" if P.ministry_head in text else "agency")
    return j, [AgencyMention(h.start, h.end, text, kind=kind, words=words, base=text, country=country, implied=True, aliases=aliases)]


def _of_field(tg: Tagger, doc: Doc, j: int, country: str | None, last_role_agency: str) -> tuple[int, list[AgencyMention]]:
    """"Minister of|for <Capitalised words>": a minister's field implies that ministry."""
    n, P = len(doc), tg.P
    k = j + 1
    while k < n and doc[k].text[:1].isupper() and not tg.hits.get(k):
        k += 1
    if last_role_agency != P.ministry_head:
        return k, []
    name = P.implied_agency.format(head=last_role_agency, field=doc[j + 1:k].text)
    words = frozenset(t.norm_ for t in doc[j + 1:k]) | {P.fold(P.ministry_head)}
    return k, [AgencyMention(j + 1, k, name, kind="ministry", words=words, base=name, country=country, implied=True)]

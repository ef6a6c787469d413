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

import functools
import re

from collections.abc import Callable, Iterable


from ..lang import LICENCE_CLAUSE, LICENCE_NAMED, LICENCE_ROLE, Lexicon, Profile, WordLists
from .memo import probe, remembered
from .mentions import AgencyMention
from .spans import is_sent_start, tokens_text
from .names import verbal_noun_word
from .tagger import Hit, Tagger

__all__ = [
    "agency_phrase",
    "surface",
    "EMBASSY_KINDS",
    "INTERNATIONAL",
    "NEWS_AGENCY",
    "country_qualified",
    "led_bare_delegation",
    "compound_ministry",
    "implied_by_role",
    "split_coordinated",
    "field_shaped",
    "possessed_body",
    "collective_owner",
]

INTERNATIONAL = "international"
MINISTRY = "ministry"
SEAT = "seat"  # a place that speaks for the body seated in it: never an anaphor
EMBASSY_KINDS = ("embassy", "consulate", "mission")  # agencies "in <capital>"
# a body's post abroad, named with the place it serves after the body it belongs to ("the
# mission of the AU in Chad", "the office of the OSCE in Vienna")
_POST_KINDS = (*EMBASSY_KINDS, "office")
_PLACE_KINDS = ("name", "capital", "city")
# local units of a body, named with the place they serve when no country names them ("the
# branch of the ministry in-the-province of X", "the chamber of commerce in-<town>")
_LOCAL_KINDS = ("department", "directorate", "chamber")
# kinds of a body that is only a part of another: "in the ministry" after one names its parent
PLACED_PART_KINDS = ("department", "directorate", "committee", "office", "secretariat")
DELEGATION = "delegation"
NEWS_AGENCY = "news agency"  # the kind of agencies.tsv's news agencies
_DASHES = frozenset(("-", "\u2013", "\u2014"))  # a dash between two countries' nisbas
_COMPANY = "company"
_COUNCIL = "council"
_OFFICE = "office"
NAMED_KINDS = ("movement", "party", _COMPANY)  # called by a name of their own ("movement of X")
# heads named after a role: "the office of the spokesman"; "the presidency of the House" is its
# leadership, not a body of its own
_ROLE_OFFICE_KINDS = ("office", "court")
_PRESIDENCY = "presidency"
_COMMITTEE = "committee"
_SERVICE = "service"  # an intelligence or security service ("Intelligence", "Service")
# a government's council of ministers: named by no field of its own, so a contracted-article field
# after it is the remit of the title that governs it ("deputy chairman of the council of ministers
# for-the-development")
_CABINET = "cabinet"
_PARLIAMENT = "parliament"
# keys of the titles' honorifics that name a sovereign by themselves ("His Majesty")
_SOVEREIGN_STYLES = ("majesty", "highness")
# bodies of a country's business ("Confederation of Indian Industry"): a demonym before a field
# names the country whose sector they are, unlike a department's ("Department of Syrian Affairs")
_SECTOR_KINDS = ("chamber",)
_JOINT_KINDS = (_COMMITTEE, "commission")
# kinds that a joint word before the head makes two sides' standing meeting, no body ("the
# Laos-Fiji Joint Commission", "a binational cabinet", "a partnership council"); a named joint
# committee is a standing body with members ("the X-Y Joint Economic Committee", a parliament's
# "Joint Standing Committee on ..."), kept
_MEETING_FORMAT_KINDS = ("commission", _COUNCIL, _CABINET)
# heads whose name may go on with "on" and its subject ("Committee on Foreign Relations", "Office
# on Drugs and Crime", "Council on Foreign Relations")
_TOPIC_KINDS = ("committee", "commission", "council", "office")
# heads naming a sub-body when an international body comes right before ("EU Mission")
_SUB_BODY_KINDS = (
    "commission",
    "mission",
    "council",
    "committee",
    "office",
    "agency",
    "secretariat",
)
# kinds whose names do not coordinate two fields: "the government and-the-people" are two things
_SEPARATE_KINDS = (
    DELEGATION,
    "government",
    "armed force",
    "embassy",
    "consulate",
    "mission",
    "party",
    "movement",
)
# kinds whose name a country's nisba closes: no purpose follows it ("the Japanese government
# [for-the-kingdom]", "the Jordanian parliament [for-the-time the-first]", "the Egyptian
# government [for-the-people]"): the "for" phrase is the object of the noun before the body
_CLOSED_BY_NISBA = ("government", _PARLIAMENT, _PRESIDENCY, "armed force", "police", *EMBASSY_KINDS)

_NUMBER_JOINERS = ("+", "-", "/")


def agency_phrase(tg: Tagger, i: int) -> AgencyMention | None:
    """The agency mention whose head starts at token ``i``."""
    h = tg.at(i, "agency")
    if not h:
        return None
    if tg.P.head_initial:
        if (
            _object_of_action(tg, h)
            or _management_noun(tg, h)
            or _field_of_work(tg, h, h.end)
            or _ceremonial_guard(tg, h, h.end)
            or _invited_delegation(tg, h, h.start)
        ):
            return None
        return remembered(tg, "agency_phrase", i, lambda: _head_initial(tg, h))
    if _name_syllable(tg, h):
        return None
    if h.key in tg.lex.plural_heads:
        return remembered(tg, "agency_phrase", i, lambda: _plural_head_final(tg, h))
    return remembered(tg, "agency_phrase", i, lambda: _head_final(tg, h))


def _name_syllable(tg: Tagger, h: Hit) -> bool:
    """In a cased language a two-letter acronym is written in capitals ("UN", "EU", "AU"); the
    same letters capitalised only ("Un") are a syllable of a name ("Kim Jong Un"), no body."""
    text = tg.texts[h.start]
    return tg.P.cased and h.end - h.start == 1 and len(text) == 2 and text[1:].islower()


def surface(tg: Tagger, text: str, first_norm: str) -> str:
    """Undo the contracted-article split in display text: the head keeps its article's first
    letter."""
    dp = tg.P.definite_prefix
    if dp and first_norm.startswith(dp) and text.startswith(dp[1:]) and not text.startswith(dp):
        words = text.split(maxsplit=1)
        if words and tg.P.fold(words[0]) == first_norm[len(dp) :]:
            return dp + text  # the whole article dropped before its own letter ("l-lajna")
        return dp[:1] + text
    return text


# ---------------------------------------------------------------- head-initial
class _Idafa:
    """Walks right from an agency head over its complement (one rule a method, tried in order).

    A rule returns None when it does not apply, True to go on at ``j`` and False to stop there.
    """

    def __init__(self, tg: Tagger, h: Hit) -> None:
        self.tg, self.h, self.doc, self.n = tg, h, tg.doc, len(tg.norms)
        self.kind = h.info[0]
        self.j = h.end
        self.country: str | None = None
        self.parent: AgencyMention | None = None
        self.contracted = False
        self.accompany_at: int | None = None
        self.placed_end: int | None = None  # the end of "<part> in <its parent>" (an alias)
        self.posted_end: int | None = None  # the end before "in <the place it serves>" (an alias)
        self.served_end: int | None = None  # the end of "<its post> in <the place>" (an alias)
        self.affiliated_end: int | None = (
            None  # the parent after "affiliated to" is read but is not the name
        )
        self.origin_at: int | None = None  # "from" + the body a delegation comes from
        self.nisba_idx: set[int] = set()
        self.complement_adjectives: set[int] = set()  # adjectives of a complement after the nisba
        self.purpose_close: int | None = None  # the definite word that closed a glued purpose
        self.bilateral = False  # two countries' nisbas: a body of both, of neither alone
        self.head_def = tg.is_def(h.start) or self.kind == INTERNATIONAL or h.end - h.start > 1
        # "force of defence" + a country name: a head whose last word is indefinite still governs
        self.last_def = tg.is_def(h.end - 1) or self.kind == INTERNATIONAL

    def run(self) -> None:
        """Try the rules in order at each token until one applies; only the rules that can apply
        there (:func:`_rules_of`): the others would return None."""
        tg = self.tg
        hits, norms, is_space = tg.hits, tg.norms, tg.is_space
        at_hit, at_word, plain, gate = _rules_of(tg.W, self.kind)
        go_on: bool | None = None
        while self.j < self.n and not is_space[self.j]:
            j = self.j
            rules = at_hit if j in hits else at_word if norms[j] in gate else plain
            for rule in rules:
                go_on = rule(self)
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
        if ckind == "nisba" and self.last_def and _given_name_nisba(self.tg, hit):
            return False  # "the royal commission [Turki] al-…": the holder's given name
        if ckind == "nisba" or (
            ckind == "name"
            and self.last_def
            and self.tg.is_def(self.j)
            and _adjective_like(self.tg, self.tg.norms[self.j])
        ):  # a country named by its own nisba ("the Saudi [one]") is one after a definite word
            if self.country and iso != self.country and ckind == "nisba":
                self.bilateral = True  # "the Bahraini Russian friendship committee": of both
            self.country = self.country or iso
            self.nisba_idx.update(range(hit.start, hit.end))
            return self._advance(self._dashed_nisba(hit))
        if not self.last_def and self.j == self.h.end and ckind == "name":  # "government of Libya"
            self.country = iso
            return self._advance(self._region_before_field(hit.end))
        if not self.last_def and self.j == self.h.end and self._place_before_field(hit):
            self._closing_place(hit)  # "the Abu Dhabi fund for-the-development"
            return self._advance(hit.end)
        return False

    def _region_before_field(self, k: int) -> int:
        """After an indefinite head and a country's name, a region's word glued to the field that
        follows with the contracted article ("agency of <country> <region> for-the-news"): one
        name of the country and its region; where the walk goes on (``k`` when none is there).
        Bodies are named so to say the region they serve besides their country (a national news
        agency, a bank, a fund); the field glued to the article after the region's word is what
        tells such a name from a country and a region coordinated or set side by side. The field
        word must be longer than the contracted article and two letters, so that a short word
        that merely starts with its letters is not read as one."""
        tg, ca = self.tg, self.tg.P.contracted_article
        if not ca or k + 1 >= self.n or tg.norms[k] not in tg.W.region or k in tg.hits:
            return k
        nxt = tg.norms[k + 1]
        if tg.kind(k + 1) is None and nxt.startswith(ca) and len(nxt) > len(ca) + 2:
            return k + 1
        return k

    def _nationals(self) -> bool | None:
        """ "the ministry of foreign affairs and-migration and-the-Tunisians abroad": the nationals
        of a ministry's coordinated field, with "abroad", close its name (their nisba alone gives
        no country here: the gold reads it as the field's, not the ministry's country); so do
        they a committee's ("the committee of foreign affairs … and-the-Tunisians abroad")."""
        tg, j = self.tg, self.j
        if self.kind not in (MINISTRY, _COMMITTEE) or j == self.h.end:
            return None
        end = _nationals_abroad(tg, j)
        if end == j:
            return None
        return self._advance(end)

    def _dashed_nisba(self, hit: Hit) -> int:
        """After a nisba, a dash and another country's nisba ("the friendship committee the-
        Japanese - the-Kuwaiti"): a body of both, named with both; where the walk goes on."""
        tg, k = self.tg, hit.end
        region = self._regional_partner(k)
        if region is not None:
            return region
        if k + 1 >= self.n or tg.texts[k] not in _DASHES:
            return k
        other = tg.at(k + 1, "country")
        if other is None or other.info[1] != "nisba" or other.info[0] == hit.info[0]:
            return k
        self.bilateral = True
        self.nisba_idx.update(range(k, other.end))
        return other.end

    def _regional_partner(self, k: int) -> int | None:
        """After a country's nisba in the name of a body of relations ("the friendship society
        the-Chilean the-African", "the friendship league the-Thai - the-Arab"), a dash or not, a
        region's nisba (a listed ``region_nisba``) is the other side: a part of the name (the body
        stays the first country's); where the walk goes on, None when there is none. Any other
        adjective ("the-current") is no part of the name. A chamber of commerce needs no relation
        noun: joint chambers of a country and a region (the chamber of commerce the-Norwegian
        the-African) are a common kind of body, named by the two sides' nisbas."""
        tg = self.tg
        m = k + 1 if k + 1 < self.n and tg.texts[k] in _DASHES else k
        if not (
            m < self.n
            and tg.is_def(m)
            and tg.kind(m) is None
            and tg.norms[m] in tg.W.region_nisba
            and (
                self.kind in _SECTOR_KINDS  # a joint chamber of commerce of the two sides
                or any(tg.norms[i] in tg.W.relation_noun for i in range(self.h.start, k))
            )
        ):
            return None
        self.nisba_idx.update(range(k, m))  # the dash, like the one between two nisbas
        return m + 1

    def _place_before_field(self, hit: Hit) -> bool:
        """A capital or city right after an indefinite head and before the field it serves, glued
        to the contracted article ("fund of Abu Dhabi for-the-development")."""
        tg, ca, k = self.tg, self.tg.P.contracted_article, hit.end
        return (
            hit.info[1] in _PLACE_KINDS
            and bool(ca)
            and k < self.n
            and tg.kind(k) is None
            and tg.norms[k].startswith(ca)
            and len(tg.norms[k]) > len(ca) + 2
        )

    def _inner_body(self) -> bool | None:
        """ "mission of the International Monetary Fund", "delegation of the House of
        Representatives": a body named
        whole after an indefinite head is its parent (a single head word of the same kind is only a
        field:
        "apparatus of the intelligence")."""
        tg, h, j = self.tg, self.h, self.j
        hit = tg.at(j, "agency")
        if not (
            hit
            and j == h.end
            and not self.last_def
            and hit.info[0] != self.kind
            and self.kind != _PRESIDENCY
        ):
            return None
        if not (
            hit.info[0] == INTERNATIONAL
            or hit.end - hit.start > 1
            # a common noun a role governs ("director of the branch of the ministry of X")
            or tg.lex.licensed_heads.get(h.key) == LICENCE_ROLE
            # "the bureau of the presidency of the republic": a court or office of a presidency,
            # not its seat after a preposition of place ("received him at-the-bureau of …")
            or (
                hit.info[0] == _PRESIDENCY
                and self.kind in _ROLE_OFFICE_KINDS
                and not (h.start > 0 and tg.norms[h.start - 1] in tg.W.venue_prep)
            )
            or self._named_body_of_delegation(j)
        ):
            # "the mission of the Fund": a body's bare head in construct names it as the
            # parent (the one named before it), and stays in the name
            if hit.end - hit.start == 1 and tg.is_def(j) and self.kind not in PLACED_PART_KINDS:
                inner = agency_phrase(tg, j)
                if inner is not None and (
                    (inner.anaphor and inner.end == j + 1)
                    # "the delegation of the European Parliament": the body it comes from
                    or (not inner.anaphor and self.kind == DELEGATION)
                ):
                    self.parent = inner
            return None
        inner = agency_phrase(tg, j)
        if inner is None or inner.anaphor:
            return None
        self.parent, self.j = inner, inner.end
        if self.kind in _POST_KINDS:
            # "the mission of the EU [in Jordan]": the place its post serves, in a form of its name
            self.served_end = self._place_end(inner.end)
        if self.served_end is None and self._serves_a_place():
            # "the office of the UN [in <a town no table knows>]", "the branch of the ministry
            # [in-the-province of <X>]"
            self.served_end = served_place_end(tg, inner.end, self.kind in _POST_KINDS)
        if self.j < self.n and not self.tg.is_space[self.j]:
            self.last_def = True  # "mission of the UN [for-assisting Iraq]": its purpose follows
            got = self._glued_genitive()
            if got is None and self.kind in _PURPOSE_AFTER_PLACE:
                got = self._contracted()  # "the fund of OPEC [for-the-development] …"
            return bool(self._delegation_relations() if got is None else got)
        return False

    def _served_region(self, j: int) -> int | None:
        """A post of a body (an office) named after its body, then the genitive clitic glued to a
        region's word ("the regional office of the <body> for-Asia", "… for-north Africa"): the
        region the office serves closes its name (a continent takes no article). Only when the
        phrase closes there (punctuation, a title, a cue or the text's end), so a longer region
        name no list knows is not cut. Where the name ends, None when no such phrase is there."""
        tg = self.tg
        if self.kind not in _POST_KINDS or j >= self.n or tg.kind(j) not in (None, "country"):
            return None
        norm = tg.norms[j]
        clitic = next((g for g in tg.W.genitive if norm.startswith(g)), None)
        if clitic is None or norm[len(clitic) :] not in tg.W.region:
            return None
        end = self._region_run(j + 1)
        return end if _closes_place(tg, end) else None

    def _council_of_ministers(self) -> bool | None:
        """ "council of ministers of foreign-affairs of the OIC", "… of the member states in the
        OIC": a council head, the plural "ministers", a portfolio word and the international body
        whose council it is (its parent); the name ends with the body."""
        tg, j = self.tg, self.j
        role = tg.hits.get(j)
        if not (
            j == self.h.end
            and not self.last_def
            and role is not None
            and role.kind == "title"
            and tg.norms[j] in tg.W.plural_title
            and role.info[1]
            and j + 2 < self.n
        ):
            return None
        k = j + 2 if tg.kind(j + 1) is None and tg.is_alpha[j + 1] else j + 1
        if (
            k + 3 < self.n
            and tg.norms[k + 2] in tg.W.parent_prep
            and all(tg.is_def(i) and tg.kind(i) in (None, "title") for i in (k, k + 1))
        ):
            k += 3  # "… of the-states the-members in <body>"
        body = tg.at(k, "agency")
        if body is None or body.start != k or body.info[0] != INTERNATIONAL:
            return None
        parent = agency_phrase(tg, k)
        if parent is None or parent.anaphor:
            return None
        self.parent, self.j = parent, parent.end
        return False

    def _named_body_of_delegation(self, j: int) -> bool:
        """An indefinite delegation in construct with a body named by its own name after a bare
        head ("a delegation of company Rostek for Metals"): the body the delegation comes from,
        whose name the delegation's carries."""
        tg = self.tg
        if self.kind != DELEGATION or tg.is_def(self.h.start) or tg.is_def(j):
            return False
        inner = agency_phrase(tg, j)
        return inner is not None and not inner.anaphor and inner.end > j + 1

    def _office_of_role(self) -> bool | None:
        """ "the office of the official spokesman (on behalf of the ministry)", "the media office
        of-the prime
        minister": an office named after a role; the body after "on behalf of" is its parent."""
        tg, j = self.tg, self.j
        k = j + 1 if tg.norms[j] in tg.W.genitive and j > self.h.start else j
        hit = tg.at(k, "title") if k < self.n else None
        if self.kind not in _ROLE_OFFICE_KINDS or not (hit and hit.info[0] in ("role", "modifier")):
            return None
        role = False
        while hit and hit.info[0] in ("role", "modifier"):
            k, role = hit.end, role or hit.info[0] == "role"
            hit = tg.at(k, "title") if k < self.n else None
        if not role:
            return None  # "the general office" is not an office of a role
        governed = agency_phrase(tg, k) if tg.at(k, "agency") else None
        if governed is not None:
            # "the media office of-the head of the council of ministers", "… of the council": the
            # office of a body's head is that body's
            k = governed.end
            self.parent = governed
        while k < self.n and tg.is_def(k):  # "the office of the secretary general [the assistant]"
            adjective = tg.at(k, "title")
            if adjective is not None and adjective.info[0] == "adjective":
                k = adjective.end  # a title's adjective of two words ("general assistant")
            elif tg.kind(k) is None and (
                _adjective_like(tg, tg.norms[k]) or _definite_modifier(tg, k)
            ):
                k += 1
            else:
                break
        self.j = k = self._sender_of_role(k)
        if k + 1 < self.n and tg.norms[k] in tg.W.on_behalf and tg.at(k + 1, "agency"):
            parent = agency_phrase(tg, k + 1)
            if parent is not None:
                self.parent, self.j = parent, parent.end
        return False

    def _sender_of_role(self, k: int) -> int:
        """The office of an envoy of another's role ("the office of the special envoy [of-the
        secretary general of-the UN to Yemen]"): the sender's role, the body it heads (the
        office's parent) and the country the envoy is sent to close the name; ``k`` when no role
        follows the genitive."""
        tg, n = self.tg, self.n
        role = tg.at(k + 1, "title") if k + 1 < n and tg.norms[k] in tg.W.genitive else None
        if role is None or role.start != k + 1 or role.info[0] != "role":
            return k
        m = role.end
        while m < n and tg.is_def(m) and _title_adjective(tg, m):
            m = tg.hits[m].end  # "the secretary [general]"
        if m + 1 < n and tg.norms[m] in tg.W.genitive and tg.at(m + 1, "agency"):
            body = agency_phrase(tg, m + 1)
            if body is None or body.anaphor:
                return k
            self.parent, m = self.parent or body, body.end
        place = tg.at(m + 1, "country") if m + 1 < n and tg.norms[m] in tg.W.posted_to else None
        return place.end if place is not None and place.info[1] == "name" else m

    def _origin(self) -> bool | None:
        """ "a delegation from the public prosecution": the body a delegation comes from is its
        parent."""
        tg, j = self.tg, self.j
        if self.kind != DELEGATION or self.tg.norms[j] not in tg.W.origin:
            return None
        if not tg.at(j + 1, "agency"):
            return self._origin_country()
        inner = agency_phrase(tg, j + 1)
        if inner is None:
            return None
        end, up = inner.end, inner.parent
        if up is not None and up.start == end + 1 and tg.norms[end] in tg.W.parent_prep:
            end = up.end  # "a delegation from the committee in the German parliament": whole
        self.parent, self.j, self.origin_at = inner, end, j
        return False

    def _origin_country(self) -> bool | None:
        """ "a parliamentary delegation from the Republic of Korea": the country's name after
        "from" is the country that sent the delegation, and the delegation is named with it."""
        hit = self.tg.at(self.j + 1, "country")
        if hit is None or hit.info[1] != "name" or self.country not in (None, hit.info[0]):
            return None
        self.country = hit.info[0]
        self._advance(hit.end)
        return False

    def _affiliated(self) -> bool | None:
        """ "the directorate affiliated to-the ministry of …": the body after it is the parent (not
        in the name)."""
        tg, j = self.tg, self.j
        if tg.norms[j] not in tg.W.affiliated or j + 2 >= self.n:
            return None
        k = j + 1 if tg.norms[j + 1] in tg.W.genitive else j
        if not tg.at(k + 1, "agency") or k == j:
            return False
        parent = agency_phrase(tg, k + 1)
        if parent is not None:
            self.parent, self.affiliated_end = parent, parent.end
        return False

    def _country_after_prep(self) -> bool | None:
        """ "the public prosecution in-the-Republic of Egypt": a country name after a parent
        preposition."""
        tg, j = self.tg, self.j
        if (
            self.country
            or self.kind in (INTERNATIONAL, DELEGATION)
            or self.tg.norms[j] not in tg.W.parent_prep
            or j == self.h.end
            and not self.last_def
            or self._bare_anaphor_head()
        ):
            return None  # "the UN in Libya", "the delegation in Cairo": a place
        hit = tg.at(j + 1, "country") if j + 1 < self.n else None
        if hit is None or hit.info[1] != "name":
            return None
        self.country = hit.info[0]
        self.nisba_idx.update(range(j, hit.end))  # like a nisba: not a word of the name
        return self._advance(hit.end)

    def _head_noun(self) -> bool | None:
        # idafa with a head noun: "apparatus of the intelligence"; not after a head whose own
        # construct a definite word has closed (a definite noun after it is the verb's object)
        hit, h = self.tg.hits.get(self.j), self.h
        if (
            hit
            and hit.kind == "agency"
            and hit.start == self.j == h.end
            and not self.tg.is_def(h.start)
            and not _closed_construct(self.tg, h)
            and self.tg.is_def(self.j)
        ):
            return self._advance(hit.end)
        return None

    def _adjective_hit(self) -> bool | None:
        """A title's adjective right after a definite head is the body's ("the executive council
        of the African Union", "the supreme council"), and one after a masculine field word
        (:func:`_field_adjective`): the name goes on."""
        tg, j = self.tg, self.j
        if self.kind == INTERNATIONAL or self.nisba_idx or not self.last_def:
            return None
        if self._title_adjective_after_head(j):
            return False
        if j > self.h.end and _field_adjective(tg, j):
            # a body's head, a definite masculine field word, then the adjective: the field's
            return self._advance(tg.hits[j].end)
        if (
            j != self.h.end
            or self.h.end - self.h.start != 1
            or not self.head_def
            or not tg.is_def(j)
            or not _title_adjective(tg, j)
        ):
            return None
        return self._advance(tg.hits[j].end)

    def _serves_a_place(self) -> bool:
        """A post or a local unit of a body may be named with the place it serves: an embassy, a
        mission or an office of its body; a branch, a directorate, a department or a chamber
        named by its field only (a definite head, or a common noun a role governs), with no
        country of its own ("the Indonesian chamber [in Jakarta]" is the country's chamber,
        met in its capital)."""
        if self.kind in _POST_KINDS:
            return True
        if self.kind not in _LOCAL_KINDS or self.country or self.nisba_idx:
            return False
        h = self.h
        return self.tg.is_def(h.start) or self.tg.lex.licensed_heads.get(h.key) == LICENCE_ROLE

    def _served_place(self) -> bool | None:
        """ "the general directorate of commerce [in-the-province of <X>]", "the chamber of
        commerce [in-<town>]": the place a local unit serves closes its name; right after a row of
        two words or more too ("the commercial chamber [in-<region>]"), not after a bare head
        noun ("the directorate in <town>"). Why: a body named by a noun and its adjective is a
        complete name, so a place glued to its preposition right after it is the seat it serves
        (regional chambers and branches are named so); after a bare head noun the same phrase is
        as often where the event happened, so it is not taken."""
        bare = self.j == self.h.end and self.h.end - self.h.start < 2
        if bare or self.parent is not None or not self._serves_a_place():
            return None
        end = served_place_end(self.tg, self.j)
        if end is None:
            return None
        if self.kind in _POST_KINDS:
            self.posted_end = self.j  # as a post "in <capital>": the name without it is an alias
        self._advance(end)
        return False

    def _other_hit(self) -> bool | None:
        return False if self.j in self.tg.hits or probe(self.tg, self.tg.norms[self.j]) else None

    def _number(self) -> bool | None:
        tg, j = self.tg, self.j
        if not (
            tg.like_num[j]
            or (tg.texts[j] in _NUMBER_JOINERS and j > self.h.end and tg.like_num[j - 1])
        ):
            return None
        if j == self.h.end or tg.like_num[j - 1] or tg.texts[j - 1] in _NUMBER_JOINERS:
            return self._advance(j + 1)
        return False

    def _concerned(self) -> bool | None:
        """ "in charge of the <file>" after the head."""
        j, tg = self.j, self.tg
        preps = tg.W.concerned_prep
        if tg.norms[j] not in tg.W.concerned or j + 1 >= self.n:
            return None
        nxt = tg.norms[j + 1]
        if nxt in preps:
            return self._concerned_apart(j + 2)
        if nxt.startswith(tuple(p + tg.P.definite_prefix for p in preps)):
            return self._concerned_glued(j + 1)
        return None

    def _concerned_apart(self, k: int) -> bool:
        """The preposition apart: up to three definite words (or a nisba) follow it."""
        tg, k_end = self.tg, k
        while k_end < self.n and (
            tg.is_def(k_end) or (tg.kind(k_end) == "country" and tg.hits[k_end].info[1] == "nisba")
        ):
            k_end += 1
            if k_end - k >= 3:
                break
        return self._advance(k_end, definite=False) if k_end > k else False

    def _concerned_glued(self, k: int) -> bool:
        """The preposition glued to the article: its word and up to two definite words or a
        country."""
        tg, k_end = self.tg, k + 1
        while (
            k_end < self.n
            and k_end - k < 3
            and (tg.is_def(k_end) or tg.kind(k_end) == "country")
            and tg.kind(k_end) in (None, "country")
        ):
            k_end += 1
        return self._advance(k_end, definite=False)

    def _contracted(self) -> bool | None:
        # "the general authority for-the-investment" (l + the article glued): its last word
        # (its adjectives follow: "the general directorate for-the-security the-national")
        tg, j, norm = self.tg, self.j, self.tg.norms[self.j]
        ca = tg.P.contracted_article
        if (
            self.kind in (MINISTRY, _CABINET)
            or self._closed_by_nisba()
            or self._whole_listed()
            or self._bare_anaphor_head()
        ):
            # "the foreign ministry for political affairs", "the council of ministers for human
            # development": the title's complement, not the body's
            return None
        if (
            self.last_def
            and ca
            and norm.startswith(ca)
            and len(norm) > 4
            and tg.kind(j) is None
            and j > self.h.start
            and not (self.kind == INTERNATIONAL and _portfolio(tg, norm[len(ca) :]))
            and norm[len(ca) :] not in tg.W.purpose_action  # "[for-the-taking-part] in …"
        ):
            if self.contracted and tg.norms[j - 1] not in tg.W.governing_adjective:
                # a second one is another complement ("the fund for-the-development for-the-
                # displaced"); after an adjective that governs it, it completes the adjective
                # ("the water fit for-the-drinking")
                return False
            self.contracted = True
            return self._advance(j + 1)
        return None

    def _titled_second_field(self) -> bool | None:
        """A second "for" phrase after the body's field is its own only in a head's title's
        mention that it closes: "director of the regional agency for-the-resources the-water
        [for-the-countries the-northern], Eng. X" (then a comma, the holder's honorific or the
        text's end); elsewhere it may be the object of a verb or of the noun before
        (:meth:`_contracted`)."""
        if not self.contracted or self.kind in (MINISTRY, _CABINET, DELEGATION, INTERNATIONAL):
            return None
        end = self._second_field_end(self.j)
        if end is None or not self._under_title() or not self._closes_mention(end):
            return None
        return self._advance(end)

    def _second_field_end(self, j: int) -> int | None:
        """The end of a "for" phrase of two words or more at ``j``: the contracted article's noun
        and its adjectives ("for-the-countries the-northern"), or a glued or split "for" + an
        indefinite noun and the definite word or country's name it governs ("for-south of-the-
        country"), then their adjectives."""
        tg, n = self.tg, self.n
        norm, ca = tg.norms[j], tg.P.contracted_article
        if tg.kind(j) is not None or not tg.is_alpha[j]:
            return None
        if ca and norm.startswith(ca) and len(norm) > len(ca) + 2:
            end = self._adjectives_end(j + 1)
            # one bare word may be the title's own field ("director of the energy agency [for-
            # the-planning]")
            return end if end > j + 1 and norm[len(ca) :] not in tg.W.purpose_action else None
        if norm in tg.W.genitive:
            j, norm = j + 1, tg.norms[j + 1] if j + 1 < n else ""
        elif norm[:1] in tg.W.genitive and not norm.startswith(ca or norm):
            norm = norm[1:]
        else:
            return None
        if not self._governing_noun(j, norm):
            return None
        place = tg.at(j + 1, "country") if j + 1 < n else None
        if place is not None and place.info[1] in ("name", "city"):
            return self._adjectives_end(place.end)
        if j + 1 < n and tg.is_def(j + 1) and tg.kind(j + 1) is None:
            return self._adjectives_end(j + 2)
        return None

    def _governing_noun(self, j: int, norm: str) -> bool:
        """Token ``j`` (its word ``norm`` without a glued "for") is a plain indefinite noun that
        may govern a name, no verbal noun of a purpose ("for-strengthening …")."""
        tg = self.tg
        return (
            j < self.n
            and len(norm) > 2
            and tg.kind(j) is None
            and not tg.P.is_definite(norm)
            and norm not in tg.W.purpose_action
            and norm not in tg.P.stop_words
            and not verbal_noun_word(tg, norm)
        )

    def _adjectives_end(self, k: int) -> int:
        """The end of the definite adjectives from ``k``."""
        tg = self.tg
        while (
            k < self.n and tg.is_def(k) and tg.kind(k) is None and _adjective_like(tg, tg.norms[k])
        ):
            k += 1
        return k

    def _under_title(self) -> bool:
        """The body's head comes right after a head's title (a genitive clitic between), no
        deputy's or assistant's: a deputy's post is cut by field ("deputy head of the fund [for-
        the-affairs the-financial]"), so a closing "for" phrase after it is the post's own field,
        while the head of a body heads all of it."""
        tg, k = self.tg, self.h.start - 1
        if k >= 0 and tg.norms[k] in tg.W.genitive:
            k -= 1
        hit = tg.hits.get(k) if k >= 0 else None
        if hit is None or hit.kind != "title" or hit.info[0] == "honorific":
            return False
        while hit is not None and hit.kind == "title" and hit.info[0] != "modifier":
            k = hit.start - 1
            hit = tg.hits.get(k) if k >= 0 else None
        return hit is None or hit.kind != "title"

    def _closes_mention(self, k: int) -> bool:
        """Token ``k`` ends a title's mention: the text's end, punctuation, or an honorific."""
        tg = self.tg
        if k >= self.n or not tg.is_alpha[k]:
            return True
        hit = tg.at(k, "title")
        return hit is not None and hit.info[0] == "honorific"

    def _whole_listed(self) -> bool:
        """An international body's listed name has just closed ("the World Bank Group [for-the-
        years the-coming]"): it is whole, a "for" phrase after it is the object of the noun
        before the body."""
        return self.kind == INTERNATIONAL and self.j == self.h.end

    def _closed_by_nisba(self) -> bool:
        """The name has just closed on a country's nisba, or a nisba-shaped adjective of an office
        ("the European parliament"), and its kind takes no purpose after it."""
        k = self.j - 1
        return self.kind in _CLOSED_BY_NISBA and (
            k in self.nisba_idx
            or (k >= self.h.end and self.tg.norms[k] in self.tg.W.office_adjective)
        )

    def _glued_genitive(self) -> bool | None:
        """An indefinite noun glued to the genitive clitic and closed by a definite word or a
        country's name: the body's purpose, part of its name ("the general directorate
        for-combating the-drugs", "the UN mission for-assisting Iraq"); not after a ministry's
        field, a delegation or a nisba ("the delegation for-discussing …")."""
        tg, j = self.tg, self.j
        # a body named by its country then its purpose ("the Malaysian authority for-developing
        # the-investment"): right after the nisba of a bare head (a head with its own adjective is
        # a whole name: "the Turkish central bank [to-provide support]")
        after_nisba = (
            self.kind in _PURPOSE_AFTER_PLACE
            and (j - 1) in self.nisba_idx
            and self.h.end - self.h.start == 1
            and self.h.end in self.nisba_idx
        )
        if (
            self.contracted
            or self.kind in (MINISTRY, DELEGATION, INTERNATIONAL)
            or (self.nisba_idx and not after_nisba)
        ):
            return (
                None  # an international body's name is whole: "the EU [for Mediterranean affairs]"
            )
        if j == self.h.end and self.h.end - self.h.start == 1 and tg.is_def(self.h.start):
            return None  # "the mission [for-providing support]": a bare anaphor takes no purpose
        norm = tg.norms[j]
        if norm in tg.W.genitive and j + 1 < self.n:  # the clitic split off: "l- assistance"
            j, norm = j + 1, tg.norms[j + 1]
            role = tg.at(j, "title")
            glued = (
                (
                    tg.kind(j) in (None, "cue")  # a verb's spelling is here its verbal noun
                    or bool(role and role.info[0] in ("role", "modifier"))
                    or bool(role and role.info[0] == "portfolio" and self._after_international())
                )
                and tg.is_alpha[j]
                and len(norm) > 2
            )  # not a title's portfolio ("l- affairs of X")
        else:
            glued = (
                tg.kind(j) is None
                and _glued_noun_length(tg, norm)
                and any(len(g) == 1 and norm.startswith(g) for g in tg.W.genitive)
                and not norm.startswith(tg.P.contracted_article)
            )
        if not (glued and self.last_def and j + 1 < self.n and not tg.is_def(j)):
            return None
        if norm[1:] in tg.W.purpose_action or norm in tg.W.purpose_action:
            return None  # "[to-visit] the capital": the clause's purpose, no field
        return self._purpose_closed(self._purpose_nouns(j))

    def _purpose_closed(self, j: int) -> bool | None:
        """The word after a purpose's last noun at ``j`` that closes it: a country's name, a
        plain definite word, or a region's name."""
        tg = self.tg
        place = tg.at(j + 1, "country")
        if place is not None and place.info[1] == "name":
            self.contracted = True
            return self._advance(place.end)
        if tg.is_def(j + 1) and tg.kind(j + 1) is None and tg.norms[j + 1] not in tg.P.stop_words:
            self.contracted = True
            self.purpose_close = j + 1
            return self._advance(j + 2)
        region_end = self._region_run(j + 1)
        if region_end > j + 1 and not tg.is_def(j + 1):
            # "the department of operations for-countries of West Africa": a region's name takes
            # no article and closes the purpose as a definite word does
            self.contracted = True
            return self._advance(region_end)
        return None

    def _after_international(self) -> bool:
        """The name has just closed on an international parent ("the commission of the UN"): a
        portfolio word after it is the body's remit ("for-affairs of the-refugees"), not a
        title's."""
        parent = self.parent
        return parent is not None and parent.kind == INTERNATIONAL and parent.end == self.j

    def _purpose_nouns(self, j: int) -> int:
        """The last indefinite noun of a purpose from its first at ``j``: a second one joined by
        a glued "and" ("for-transmission and-distribution of-the-electricity"), then one more in
        a construct ("for-regulating sector of-the-telecoms"), each before a definite word."""
        tg, n = self.tg, self.n
        nxt = j + 1
        if nxt + 1 < n and self._plain_indefinite(nxt, joined=True):
            j = nxt
        nxt = j + 1
        if nxt + 1 < n and self._plain_indefinite(nxt) and tg.is_def(nxt + 1):
            j = nxt
        return j

    def _plain_indefinite(self, k: int, joined: bool = False) -> bool:
        """Token ``k`` is an indefinite common noun (with ``joined``, glued to a one-letter
        "and")."""
        tg = self.tg
        norm = tg.norms[k]
        if joined:
            conj = next((c for c in tg.W.conjunction if len(c) == 1 and norm.startswith(c)), "")
            if not conj:
                return False
            norm = norm[1:]
        return (
            len(norm) > 2
            and tg.kind(k) in (None, "cue")
            and tg.is_alpha[k]
            and not tg.P.is_definite(norm)
            and norm not in tg.P.stop_words
            and norm not in tg.W.phrase_break
            and norm not in tg.lex.names
        )

    def _genitive(self) -> bool | None:
        # "the supreme council of the state", "the general directorate of-the security the-national"
        # (its adjectives follow)
        tg, j = self.tg, self.j
        # "bank of-Japan for-the-cooperation the-international": a body named by its place (a
        # country's name, so no nisba) takes its purpose after it
        placed = self.kind in _PURPOSE_AFTER_PLACE and self.country is not None and j > self.h.end
        if (
            tg.norms[j] in tg.W.genitive
            and (self.head_def or placed)
            and j + 1 < self.n
            and tg.is_def(j + 1)
            and tg.kind(j + 1) is None
            and tg.norms[j + 1] not in tg.P.stop_words
        ):
            if self.contracted or self.kind == MINISTRY or self._closed_by_nisba():
                # a second complement, or the title's ("the foreign ministry for political affairs")
                return False
            self.contracted = True
            return self._advance(j + 2)
        return None

    def _bare_anaphor_head(self) -> bool:
        """The walk stands right after a bare definite head ("the fund", "the mission"): a place
        after it ("the fund in Uzbekistan", "head of the mission to Iraq") is where the body
        named before works, and a contracted "for" phrase ("support of the bank [for-the-
        projects]") the object of the noun before; neither is a part of a new body's name."""
        h = self.h
        return self.j == h.end and h.end - h.start == 1 and self.tg.is_def(h.start)

    def alias_ends(self) -> tuple[int, ...]:
        """Where the name's other forms end: before its parent, before or after its post's
        place."""
        ends = (self.placed_end, self.posted_end, self.served_end)
        return tuple(e for e in ends if e is not None)

    def _posted_in(self) -> bool | None:
        # an embassy "in <capital>"
        if self._bare_anaphor_head():
            return None
        end = self._place_end(self.j) if self.kind in EMBASSY_KINDS else None
        if end is None and self.kind in EMBASSY_KINDS and self.country:
            # "the mission of Iraq [to the EU]": a form of its name that leaves the body free
            self.served_end = self._accredited_end(self.j)
            return False if self.served_end is not None else None
        if end is not None:
            # the end of its name; the name without it is an alias ("the embassy of Canada")
            self.posted_end, self.j = self.j, end
            return False
        return None

    def _accredited_end(self, j: int) -> int | None:
        """A country's mission "to" an international body named in full ("the mission of Iraq
        to the European Union"): the body closes a form of its name, as a capital does an
        embassy's; where it ends, None when there is none."""
        tg = self.tg
        if not (j + 1 < self.n and tg.norms[j] in tg.W.posted_to):
            return None
        body = tg.at(j + 1, "agency")
        if body is None or body.start != j + 1 or body.info[0] != INTERNATIONAL:
            return None
        inner = agency_phrase(tg, j + 1)
        return inner.end if inner is not None and not inner.anaphor else None

    def _place_end(self, j: int) -> int | None:
        """ "in / to" and a country's name, a capital or a city at ``j``: the place a post abroad
        serves ("the embassy of Canada in Ottawa"); where it ends, None when there is none."""
        tg = self.tg
        if not (j + 1 < self.n and tg.norms[j] in tg.W.posted_to and tg.kind(j + 1) == "country"):
            return None
        ch = tg.hits[j + 1]
        return ch.end if ch.info[1] in _PLACE_KINDS else None

    def _abroad(self) -> bool | None:
        """ "abroad" after a ministry's field ("… and the expatriates abroad", "… and the nationals
        residing abroad"): glued to its preposition or after one, a participle may stand before
        it; it closes the name. So it does a committee's field ("the committee of foreign affairs,
        … and the Moroccans residing abroad")."""
        tg, W, j = self.tg, self.tg.W, self.j
        conj = tuple(W.conjunction)
        if self.kind not in (MINISTRY, _COMMITTEE) or not any(
            w.startswith(conj) for w in tg.norms[self.h.end : j]
        ):
            return None  # only after a coordinated field: "the ministry of foreign affairs abroad"
        if tg.is_def(j) and tg.kind(j) is None and _abroad_end(tg, j + 1) > j + 1:
            return self._advance(_abroad_end(tg, j + 1))  # "residing abroad"
        end = _abroad_end(tg, j)
        return self._advance(end) if end > j else None

    def _relations_with(self) -> bool | None:
        """ "the committee of relations with countries of the Mashreq", "the friendship committee
        the-parliamentary with Japan": after a relation noun of the name (``relation_noun``, an
        adjective may stand after it) "with" and its complement stay in the name: a country's
        name, or an indefinite noun governing a definite noun, a region or a country's name."""
        tg, j = self.tg, self.j
        if tg.norms[j] not in tg.W.comitative or j + 2 >= self.n:
            return None
        if tg.norms[j - 2] in tg.W.genitive and self._delegation_owns_relations():
            return None
        back = j - 1
        if back > self.h.start and _adjective_like(tg, tg.norms[back]):
            back -= 1
        if back < self.h.start or tg.norms[back] not in tg.W.relation_noun:
            return None
        place = tg.at(j + 1, "country")
        if place is not None and place.info[1] == "name":
            return self._advance(place.end)  # "… with Japan": the body is not Japan's
        k = j + 1
        if not self._plain_indefinite(k) or tg.texts[k][:1].isupper():
            return None
        place = tg.at(k + 1, "country")
        if place is not None and place.info[1] == "name":
            return self._advance(place.end)
        if tg.norms[k + 1] in tg.W.region or (
            tg.is_def(k + 1) and tg.kind(k + 1) is None and tg.norms[k + 1] not in tg.P.stop_words
        ):
            return self._advance(k + 2)
        return None

    def _delegation_owns_relations(self) -> bool:
        """ "a delegation of the parliament for- the-relations with Palestine": a body in
        construct after a delegation head leaves "for the relations with …" to the delegation
        (its standing name)."""
        before = self.tg.at(self.h.start - 1, "agency") if self.h.start else None
        return before is not None and before.info[0] == DELEGATION and self.kind != DELEGATION

    def _relations_left(self) -> bool | None:
        """The body a delegation comes from stops before "for- the-relations with" (the clitic
        apart): the phrase names the delegation (:meth:`_delegation_relations`)."""
        tg, j = self.tg, self.j
        k = j + 1
        if (
            k + 1 < self.n
            and tg.norms[j] in tg.W.genitive
            and tg.norms[k] in tg.W.relation_noun
            and tg.norms[k + 1] in tg.W.comitative
            and self._delegation_owns_relations()
        ):
            return False
        return None

    def _delegation_relations(self) -> bool | None:
        """ "delegation of the parliament for- the-relations with Palestine / the peninsula
        the-Arab": after the body it comes from, the genitive clitic, a relation noun, "with" and
        what follows (a country's name, a region, or definite words that one indefinite noun may
        govern) name the delegation."""
        tg, j = self.tg, self.j
        if self.kind != DELEGATION or j + 3 >= self.n or self.parent is None:
            return None
        k = j + 1
        if tg.norms[j] not in tg.W.genitive or tg.norms[k] not in tg.W.relation_noun:
            return None
        if tg.norms[k + 1] not in tg.W.comitative:
            return None
        k += 2
        place = tg.at(k, "country")
        if place is not None and place.info[1] == "name":
            return self._advance(place.end)
        if tg.norms[k] in tg.W.region:
            return self._advance(self._region_run(k))
        first = k + 1 if self._plain_indefinite(k) else k
        end = first
        while end < self.n and tg.is_def(end) and tg.kind(end) in (None, "country"):
            end += 1
        return self._advance(end) if end > first else None

    def _purpose_after(self) -> bool | None:
        """ "the Egyptian agency for-the-partnership [for the sake of the-development]": a two-word
        preposition of purpose (``purpose_prep``) after the body's complement, and the definite
        noun it governs, stay in the name."""
        tg, j = self.tg, self.j
        if not (self.contracted and j + 2 < self.n and tg.W.purpose_prep):
            return None
        if f"{tg.norms[j]} {tg.norms[j + 1]}" not in tg.W.purpose_prep:
            return None
        k = j + 2
        if not tg.is_def(k) or tg.kind(k) is not None or tg.norms[k] in tg.P.stop_words:
            return None
        return self._advance(k + 1)

    def _break_word(self) -> bool | None:
        tg, j = self.tg, self.j
        norm = tg.norms[j]
        return (
            False
            if norm in tg.W.phrase_break or norm in tg.P.stop_words or not tg.is_alpha[j]
            else None
        )

    def _definite(self) -> bool | None:
        """A definite word: the governed noun after an indefinite head, then only adjectives (a
        nisba-like word
        or a name adjective); after a nisba nothing. Another definite noun is the verb's object."""
        tg, j = self.tg, self.j
        if self._title_adjective_after_head(j):
            return False
        if self.nisba_idx and self._complement_adjective(j):
            self.complement_adjectives.add(j)
            return self._advance(
                j + 1
            )  # "the Moroccan agency for-the-cooperation the-international"
        if self._joint_after_sides(j):
            return self._advance(j + 1)  # "the committee the-Qatari the-Uzbek the-joint"
        if self.nisba_idx and self._adjective_then_field(j):
            return self._advance(j + 1)  # "the company the-Chinese the-national for-engineering"
        if self.nisba_idx or not tg.is_def(j):
            return False if self.nisba_idx else None
        if self._relative_after_fixed_name(j):
            return False
        if self.last_def and not (
            _adjective_like(tg, tg.norms[j]) or self._participle_after_field(j)
        ):
            return False
        return self._advance(j + 1)

    def _title_adjective_after_head(self, j: int) -> bool:
        """Right after a one-word definite feminine head a title governs, a definite nisba-shaped
        adjective without the feminine ending cannot qualify the head: an adjective agrees in
        gender with the noun it qualifies, so this one agrees with the title ("the undersecretary
        of the ministry [the technical]"), and the body's name ends. An indefinite head is
        different: the definite word after it is its genitive ("a commission of the-irrigation"),
        whatever its ending."""
        tg, h, P = self.tg, self.h, self.tg.P
        if not (P.feminine_suffix and P.nisba_ending) or j != h.end or h.end - h.start != 1:
            return False
        feminine = P.fold(P.feminine_suffix)
        if not (
            h.start > 0
            and tg.at(h.start - 1, "title") is not None
            and tg.is_def(h.start)
            and tg.norms[h.start].endswith(feminine)
            and tg.is_def(j)
        ):
            return False
        if tg.kind(j) is None:
            return tg.norms[j].endswith(P.fold(P.nisba_ending))
        # a title's own adjective in the masculine ("the undersecretary of the ministry [the
        # permanent]"): one word, no feminine ending
        hit = tg.hits.get(j)
        return (
            hit is not None
            and hit.end == j + 1
            and _title_adjective(tg, j)
            and not tg.norms[j].endswith(feminine)
        )

    def _field_after_nisba(self) -> bool | None:
        """After a country's nisba, the body's field glued to the contracted article goes on with
        a participle ("the Somali authority for-the-services [the-integrated]") and with a
        definite word joined by "and" ("… for-the-research the-agricultural [and-the-wealth]
        the-fishery"), also after a purpose glued to "for" and closed by a definite word ("the
        Malaysian authority for-developing the-investment [and-the-trade]"): the adjectives after
        it stay in the name too. A field is a phrase of nouns and their adjectives; the name ends
        at the next word of another kind. Why: a body's remit is often two coordinated nouns under
        one "for", and a purpose's verbal noun governs both as a glued noun does. Known limit: a
        second phrase coordinated with the whole body ("[and-the-companies] the-private") is
        read into the name as well, as after a glued noun."""
        tg, j = self.tg, self.j
        ca = tg.P.contracted_article
        if not (
            self.nisba_idx
            and self.contracted
            and ca
            and j - 1 not in self.nisba_idx
            and (
                j - 1 in self.complement_adjectives
                or tg.norms[j - 1].startswith(ca)
                or j - 1 == self.purpose_close
            )
            and tg.kind(j) is None
            and tg.is_alpha[j]
        ):
            return None
        if self._participle_after_field(j):
            self.complement_adjectives.add(j)
            return self._advance(j + 1)
        norm = tg.norms[j]
        conj = next((c for c in tg.W.conjunction if len(c) == 1 and norm.startswith(c)), None)
        rest = norm[1:] if conj else ""
        if not (tg.P.is_definite(rest) and rest not in tg.P.stop_words):
            return None
        self.complement_adjectives.add(j)
        return self._advance(j + 1)

    def _joint_after_sides(self, j: int) -> bool:
        """Right after the nisbas of its two sides, "joint" (``joint_body``) still qualifies a
        committee: it closes the name of the two countries' committee."""
        return (
            self.bilateral
            and self.kind in _JOINT_KINDS
            and j - 1 in self.nisba_idx
            and self.tg.norms[j] in self.tg.W.joint_body
        )

    def _relative_after_fixed_name(self, j: int) -> bool:
        """Right after an international body's whole lexicon name, a definite word before a
        preposition qualifies the phrase it stands in, not the body ("efforts of the Arab League
        [the-aiming to] a ceasefire")."""
        tg, h = self.tg, self.h
        return (
            j == h.end
            and h.end - h.start > 1
            and self.kind == INTERNATIONAL
            and j + 1 < self.n
            and tg.kind(j) is None
            and tg.norms[j + 1] in tg.W.phrase_break
        )

    def _adjective_then_field(self, j: int) -> bool:
        """Right after a nisba that follows the definite head, a nisba-like adjective outside the
        lexicons and then the body's field glued to the contracted article ("the company the-
        Chinese the-national for-the-engineering"): the adjective goes on with the name."""
        tg, ca = self.tg, self.tg.P.contracted_article
        return (
            bool(ca)
            and self.head_def
            and min(self.nisba_idx) == self.h.end
            and j - 1 in self.nisba_idx
            and j + 1 < self.n
            and tg.is_def(j)
            and tg.kind(j) is None
            and _adjective_like(tg, tg.norms[j])
            and tg.kind(j + 1) is None
            and tg.norms[j + 1].startswith(ca)
            and len(tg.norms[j + 1]) > len(ca) + 2
        )

    def _participle_after_field(self, j: int) -> bool:
        """A participle (``participle_shape``) right after the definite field the head governs
        ("the agency for-the-energy [the-renewable]", "the authority of promoting the-investment
        [the-direct]"), outside the lexicons."""
        tg, ca = self.tg, self.tg.P.contracted_article
        if j <= self.h.start or tg.kind(j) is not None or _definite_modifier(tg, j):
            return False  # a title's word ("the assistant") is no adjective of the field
        if not (tg.is_def(j - 1) or bool(ca) and tg.norms[j - 1].startswith(ca)):
            return False
        pattern = _participle_pattern(tg.W.participle_shape)
        return bool(pattern and pattern.fullmatch(tg.P.strip_definite(tg.norms[j])))

    def _complement_adjective(self, j: int) -> bool:
        """Token ``j`` is an adjective of the complement read after the body's nisba: "of" and a
        definite noun right before it, the adjective nisba-like ("al-dawli") or a participle
        (``participle_shape``), which agrees with and qualifies that complement noun."""
        tg = self.tg
        pattern = _participle_pattern(tg.W.participle_shape)
        participle = bool(pattern and pattern.fullmatch(tg.P.strip_definite(tg.norms[j])))
        if not (
            j >= 2
            and j - 1 not in self.nisba_idx
            and tg.is_def(j)
            and tg.kind(j) is None
            and (_adjective_like(tg, tg.norms[j]) or participle)
        ):
            return False
        ca = tg.P.contracted_article
        return (
            (tg.norms[j - 2] in tg.W.genitive and tg.is_def(j - 1))
            # "for-the-development the-economic the-Arab": the article glued to the clitic, or
            # the complement's adjective before it
            or bool(ca and tg.norms[j - 1].startswith(ca) and self.contracted)
            or (j - 1) in self.complement_adjectives
        )

    def _accompanying(self) -> bool | None:
        """ "the delegation accompanying him": the participle and its pronoun end a delegation's
        name."""
        tg, j = self.tg, self.j
        if self.kind != DELEGATION or tg.norms[j] not in tg.W.accompany:
            return None
        self.accompany_at = j
        suffixes = tg.W.pronoun_suffix | tg.W.possessive_suffix
        if j + 1 < self.n and any(
            tg.norms[j + 1][len(g) :] in suffixes
            for g in tg.W.genitive
            if tg.norms[j + 1].startswith(g)
        ):
            self.j = j + 2
        else:
            self.j = j + 1
        return False

    def _parent_body(self) -> bool | None:
        """ "the general secretariat of the council": a body named after the genitive clitic is the
        parent."""
        tg, j = self.tg, self.j
        if not (
            self.last_def
            and j > self.h.start
            and self.tg.norms[j] in tg.W.genitive
            and j + 1 < self.n
            and tg.at(j + 1, "agency")
        ):
            return None
        parent = agency_phrase(tg, j + 1)
        if parent is None:
            return False
        if parent.end == j + 2 and self._field_then_coordinated(parent.end):
            return True  # the one-word body is the first of coordinated fields, no parent
        self.parent, self.j = parent, parent.end
        region = self._served_region(self.j)
        if region is not None:
            self.j = region  # "the regional office for-the-<body> [for-Africa]"
            return False
        if parent.kind == INTERNATIONAL and self.j < self.n and not tg.is_space[self.j]:
            # "the high commission for-the-UN [for-affairs of the-refugees]": its remit follows
            return bool(self._glued_genitive())
        return False

    def _field_then_coordinated(self, k: int) -> bool:
        """ "the federal authority for-the-police and-the-civil-defence": a one-word body after the
        genitive clitic, followed by a field the conjunction joins, is the first of the body's
        coordinated fields (its remit), as a word of no lexicon would be; a parent body is named
        last. Walks on over the coordinated field when it is one (``_coordinated``)."""
        j, last_def, contracted = self.j, self.last_def, self.contracted
        self.j, self.last_def, self.contracted = k, True, True
        if k < self.n and self._coordinated():
            return True
        self.j, self.last_def, self.contracted = j, last_def, contracted
        return False

    def _parent_after_prep(self) -> bool | None:
        """ "the federation council in-the federal assembly", "the department in the foreign
        ministry": the body after
        a parent preposition is the parent, not part of the name (a delegation "in" a body is only
        there)."""
        tg, j = self.tg, self.j
        if not (
            self.last_def
            and self.kind != DELEGATION
            and self.tg.norms[j] in tg.W.parent_prep
            and j + 1 < self.n
            and tg.at(j + 1, "agency")
        ):
            return None
        parent = agency_phrase(tg, j + 1)
        if parent is not None and (not parent.anaphor or self.kind in PLACED_PART_KINDS):
            # "the department of X in the ministry": a sub-body placed in a body named before
            self.parent = parent
            if (
                not parent.anaphor
                and self.kind in PLACED_PART_KINDS
                and parent.kind not in PLACED_PART_KINDS  # a sub-committee's committee: apart
            ):
                # "the foreign-affairs committee in the European Parliament", "… in-the-Estonian
                # parliament": a part placed in a body named in full is also named with it, the
                # preposition apart or glued (a bare anaphor only places it: "the committee
                # at-the-council")
                self.placed_end = parent.end
        return False

    def _genitive_country(self) -> bool | None:
        """ "the federal assembly of Russia": a country name after the genitive clitic is the body's
        country."""
        tg, j = self.tg, self.j
        if (
            self.country
            or not self.last_def
            or self.tg.norms[j] not in tg.W.genitive
            or j <= self.h.start
        ):
            return None
        hit = tg.at(j + 1, "country") if j + 1 < self.n else None
        if hit is None or hit.info[1] != "name":
            return None
        self.country = hit.info[0]
        self.nisba_idx.update(range(j, hit.end))  # like a nisba: not a word of the name
        return self._advance(hit.end)

    def _coordinated(self) -> bool | None:
        """ "the ministry of energy and-the-water": a definite noun joined by the conjunction
        continues the name."""
        tg, j = self.tg, self.j
        if (
            # a head of one word takes no "and" ("the government and the people"); one that holds
            # its own definite complement does ("federation of-the-chambers and-the-exchanges")
            (j == self.h.end and not (self.h.end - self.h.start > 1 and self.last_def))
            or self.nisba_idx
            or self.kind in _SEPARATE_KINDS
            or tg.kind(j) is not None
        ):
            return None
        norm = tg.norms[j]
        conj = next((c for c in tg.W.conjunction if norm.startswith(c)), None)
        if conj is None:
            return None
        rest = norm[len(conj) :]
        if rest == "" and j + 1 < self.n and tg.is_def(j + 1) and self._plain_noun(j + 1):
            return self._advance(j + 2)  # the conjunction stands apart
        if tg.P.is_definite(rest) and len(rest) > 3 and rest not in tg.P.stop_words:
            return self._advance(j + 1)
        if rest == "" and j + 1 < self.n and tg.norms[j + 1] in tg.W.region and self.last_def:
            return self._advance(self._region_run(j + 1))  # the conjunction stands apart
        if rest in tg.W.region and self.last_def:
            # a region joined to a region of the field ("the department of the Middle East
            # and-Africa"): a continent takes no article; a compass word governs the region
            # after it ("… and-north Africa", "… and-south-east Asia")
            return self._advance(self._region_run(j + 1))
        if self._coordinated_construct(j, rest):
            return self._advance(j + 2)
        if rest == "" and self._coordinated_body(j + 1):
            return self._advance(tg.hits[j + 1].end)
        if rest == "" and self._affairs_field(j + 1):
            return self._advance(self._affairs_end(j + 2))
        return None

    def _affairs_field(self, k: int) -> bool:
        """ "the ministry of foreign affairs and-affairs of the Commonwealth": after a ministry's
        definite field, "and" and the portfolio noun "affairs" (a title's ``portfolio`` word)
        open a second field of the same ministry."""
        hit = self.tg.hits.get(k)
        return (
            self.kind == MINISTRY
            and self.last_def
            and k + 1 < self.n
            and hit is not None
            and hit.kind == "title"
            and hit.info[0] == "portfolio"
            and self._affairs_end(k + 1) > k + 1
        )

    def _affairs_end(self, k: int) -> int:
        """The end of the portfolio noun's complement at ``k``: an international body's name, a
        country's name, or a plain definite noun (``k`` when there is none)."""
        tg = self.tg
        hit = tg.hits.get(k)
        if hit is not None and hit.start == k:
            named = (hit.kind == "agency" and hit.info[0] == INTERNATIONAL) or (
                hit.kind == "country" and hit.info[1] == "name"
            )
            return hit.end if named else k
        if tg.is_def(k) and tg.is_alpha[k] and tg.norms[k] not in tg.P.stop_words:
            return k + 1
        return k

    def _coordinated_body(self, k: int) -> bool:
        """ "the sector of the regional affairs and the Cooperation Council": a ministry's unit
        whose definite field is joined by a free-standing "and" to an international body's name
        holds that body as a second field (the unit of its files, not the body itself)."""
        hit = self.tg.hits.get(k)
        return (
            self.kind in PLACED_PART_KINDS
            and self.last_def
            and hit is not None
            and hit.start == k
            and hit.kind == "agency"
            and hit.info[0] == INTERNATIONAL
        )

    def _region_run(self, k: int) -> int:
        """The end of the region words from ``k`` that go on a region's name ("north [Africa]")."""
        tg = self.tg
        while k < self.n and tg.norms[k] in tg.W.region and tg.kind(k) in (None, "country"):
            k += 1
        return k

    def _ministry_field(self) -> bool | None:
        """ "the federal ministry the-German for-the-cooperation the-economic and-the-development":
        a ministry head named so far only by adjectives or a nisba takes its field glued to the
        contracted article, with the field's adjectives and coordinated fields. After a
        portfolio ("the foreign ministry for political affairs") or a bare head ("the
        undersecretary of the ministry for political affairs") that phrase is a title's remit."""
        tg, j = self.tg, self.j
        ca, norm = tg.P.contracted_article, tg.norms[j]
        if norm in tg.W.genitive and j + 1 < self.n and tg.is_def(j + 1):
            j, norm = j + 1, tg.P.strip_definite(tg.norms[j + 1])  # the clitic split off
        elif ca and norm.startswith(ca):
            norm = norm[len(ca) :]
        else:
            return None
        if (
            self.contracted
            or self.j == self.h.end
            or len(norm) <= 2
            or tg.kind(j) is not None
            or _portfolio(tg, norm)
        ):
            return None
        fields = _field_words(tg.lex, tg.P)
        if any(
            k not in self.nisba_idx and _word_key(tg.P, tg.W, tg.norms[k]) in fields
            for k in range(self.h.end, j)
        ):
            return None
        self.contracted = True
        return self._advance(_field_end(tg, j + 1))

    def _plain_noun(self, k: int) -> bool:
        """A word of no lexicon, or a cue noun closing the name ("the directorate of the media
        and the communication [in the ministry]": not followed by its own definite adjective, as
        "the call the-telephone" is)."""
        kind = self.tg.kind(k)
        if kind is None:
            return True
        return kind == "cue" and not (k + 1 < self.n and self.tg.is_def(k + 1))

    def _coordinated_construct(self, j: int, rest: str) -> bool:
        """ "the federal authority for-the-identity and-the-customs and-security of-the-ports": an
        indefinite field noun glued to the conjunction and governing a plain definite noun
        continues a definite field. The noun has a field's shape (a verbal noun, a feminine or
        plural ending) or is a listed ``field_noun``: a perfect verb and its subject ("and-discussed
        the-two-sides") has none of them."""
        tg, P, k = self.tg, self.tg.P, j + 1
        if not (self.last_def and k < self.n and tg.is_alpha[j] and len(rest) > 2):
            return False
        if P.is_definite(rest) or rest in P.stop_words or rest in tg.lex.names:
            return False
        if not (tg.is_def(k) and tg.kind(k) is None and tg.is_alpha[k]):
            return False
        if tg.norms[k] in P.stop_words or tg.norms[k] in tg.lex.names:
            return False
        return field_shaped(tg, rest)

    def _privative(self) -> bool | None:
        """ "non-" and a definite adjective after a definite word: one adjective ("the migration
        non-the-legal")."""
        tg, j = self.tg, self.j
        if (
            self.tg.norms[j] not in tg.W.privative
            or not self.last_def
            or j + 1 >= self.n
            or not tg.is_def(j + 1)
            or tg.kind(j + 1) is not None
        ):
            return None
        return self._advance(j + 2)

    def _object_of_noun(self) -> bool | None:
        """A verbal noun of the name and the preposition of its object ("the oversight on the
        banks", "the authority for-the-oversight on the exports"): the definite object continues
        the name."""
        tg, j = self.tg, self.j
        if j <= self.h.start or j + 1 >= self.n:
            return None
        noun, P = tg.norms[j - 1], tg.P
        if P.contracted_article and noun.startswith(P.contracted_article):
            noun = P.definite_prefix + noun[len(P.contracted_article) :]  # "for-the-oversight"
        if f"{noun} {tg.norms[j]}" not in tg.W.object_prep:
            return None
        k = j + 1
        if not tg.is_def(k) and k + 1 < self.n and tg.norms[k] not in tg.P.stop_words:
            k += 1  # a construct: "on companies of-the-insurance"
        if not (tg.is_def(k) and tg.is_alpha[k - 1]) or tg.kind(k) or tg.kind(j + 1):
            return None
        return self._advance(k + 1)

    def _indefinite_adjective(self) -> bool | None:
        """An indefinite adjective with the accusative nisba ending (``adjective_ending``) right
        after an indefinite head or another such adjective, before the country's nisba ("a security
        Algerian delegation": wafdan amniyyan jaza'iriyyan)."""
        tg, j, P = self.tg, self.j, self.tg.P
        # the nominative and genitive ("at the head of an economic Senegalese delegation": wafdin
        # iqtisadiyyin) write the bare nisba ending: it too, only on the way to the country
        endings = (*tg.W.adjective_ending, *((P.fold(P.nisba_ending),) if P.nisba_ending else ()))
        if (
            not endings
            or self.head_def
            or self.last_def
            or self.nisba_idx
            or tg.kind(j) is not None
            or not tg.norms[j].endswith(endings)
            or len(tg.norms[j]) < 4
            or j + 1 >= self.n
        ):
            return None
        k = j
        while k < self.n and tg.kind(k) is None and tg.norms[k].endswith(endings) and k - j < 2:
            k += 1
        if tg.kind(k) != "country" or tg.hits[k].info[1] != "nisba":
            return None  # only on the way to the country: "a high-level delegation" stays apart
        self.j = k
        return True

    def _delegation_adjective(self) -> bool | None:
        """A nisba-like adjective right after an indefinite delegation head names its kind ("a
        parliamentary delegation", "a security delegation"): the delegation, with no country but
        the one named after "from" (:meth:`_origin_country`)."""
        tg, j, P = self.tg, self.j, self.tg.P
        ending = P.fold(P.nisba_ending) if P.nisba_ending else ""
        endings = (*tg.W.adjective_ending, *((ending,) if ending else ()))
        if (
            self.kind != DELEGATION
            or not endings
            or j != self.h.end
            or self.head_def
            or tg.kind(j) is not None
            or tg.is_def(j)
            or len(tg.norms[j]) < 5
            or not tg.norms[j].endswith(endings)
            or tg.norms[j] in tg.lex.names
            or (j + 1 < self.n and tg.kind(j + 1) == "country")
        ):
            return None
        self.j = j + 1
        if self.j < self.n and tg.norms[self.j] in tg.W.origin:
            self._origin_country()  # "a parliamentary delegation from the Republic of Korea"
        return False

    def _own_name(self) -> bool | None:
        """A movement or party called by a name of its own right after its indefinite head
        ("movement of <name>"): one word outside the lexicons, not definite, not shaped like an
        adjective (a nisba, an accusative or feminine ending: "an active movement"), the
        construct closed after it."""
        tg, j, P = self.tg, self.j, self.tg.P
        norm = tg.norms[j]
        endings = (*tg.W.adjective_ending, P.fold(P.feminine_suffix))
        if (
            self.kind not in NAMED_KINDS
            or j != self.h.end
            or self.head_def
            or tg.kind(j) is not None
            or tg.is_def(j)
            or len(norm) < 3
            or norm.endswith(endings)
            or _adjective_like(tg, norm)
        ):
            return None
        if j + 1 < self.n and tg.is_def(j + 1) and tg.kind(j + 1) in (None, "country"):
            # "movement of trade the-active", "company of oil of-Basra": a construct of common
            # nouns, or of a noun and its place
            return None
        if self.kind == _COMPANY:
            # "company of Siemens for-the-energy", "… the-German": its field and nisba follow
            return self._advance(j + 1 + self._second_name_word(j + 1))
        return self._advance(j + 1) and False

    def _second_name_word(self, k: int) -> int:
        """1 when a company's name has a second word of its own at ``k``, closed by the company's
        nisba or its field ("company of Total Energies the-French", "… Siemens Gamesa for-the-
        energy"); else 0."""
        tg, P = self.tg, self.tg.P
        if k + 1 >= self.n or tg.is_space[k] or not tg.is_alpha[k]:
            return 0
        norm = tg.norms[k]
        if (
            tg.kind(k) is not None
            or tg.is_def(k)
            or len(norm) < 3
            or norm in P.stop_words
            or norm in tg.W.phrase_break
            or norm.endswith((*tg.W.adjective_ending, P.fold(P.feminine_suffix)))
            or _adjective_like(tg, norm)
        ):
            return 0
        nxt = tg.at(k + 1, "country")
        ca = P.contracted_article
        if nxt is not None and nxt.info[1] == "nisba":
            return 1
        field = bool(ca) and tg.norms[k + 1].startswith(ca) and tg.kind(k + 1) is None
        return 1 if field and len(tg.norms[k + 1]) > len(ca) + 2 else 0

    def _indefinite_idafa(self) -> bool | None:
        """An indefinite noun right after an indefinite head, followed by a definite one, or by a
        place that closes the construct ("institution of electricity of Lebanon")."""
        tg, j = self.tg, self.j
        if not self.last_def and j == self.h.end and j + 1 < self.n and self.tg.is_alpha[j]:
            place = tg.at(j + 1, "country")
            if place is not None and place.info[1] in _PLACE_KINDS and tg.kind(j) is None:
                self._closing_place(place)
                return self._advance(place.end)
            if tg.is_def(j + 1) and tg.kind(j + 1) in (None, "country"):
                self.j += 1
                return True
            if tg.kind(j) is None and self._chamber_town(j + 1):
                return self._advance(j + 2)  # "chamber of commerce of Konya": its town closes it
            if self._two_indefinite(j):
                self.j += 2  # "unit of combating laundering of-the-money"
                return True
            joined = self._joined_place(j)
            if joined is not None:
                return joined
            if self._region_field(j):
                return self._advance(self._region_run(j))
        return False

    def _region_field(self, j: int) -> bool:
        """A ministry's unit named by a region right after its indefinite head ("department of
        Europe", "circle of Asia", "department of Asia and the Far East"): a continent takes no
        article, so the region is the head's whole complement."""
        tg = self.tg
        return (
            self.kind in PLACED_PART_KINDS
            and tg.norms[j] in tg.W.region
            and not tg.is_def(j)
            and tg.kind(j) in (None, "country")
        )

    def _joined_place(self, j: int) -> bool | None:
        """Two indefinite fields joined by a glued "and", closed by a place: "chamber of commerce
        and-industry of Amman" (the place gives the country)."""
        tg = self.tg
        if j + 2 >= self.n or tg.kind(j) is not None or tg.kind(j + 1) is not None:
            return None
        norm = tg.norms[j + 1]
        conj = next((c for c in tg.W.conjunction if norm.startswith(c) and len(c) == 1), None)
        rest = norm[1:] if conj else ""
        if not (rest and len(rest) > 2 and not tg.P.is_definite(rest) and tg.is_alpha[j + 1]):
            return None
        place = tg.at(j + 2, "country")
        if place is None or place.info[1] not in _PLACE_KINDS:
            return self._advance(j + 3) if self._chamber_town(j + 2) else None
        self._closing_place(place)
        return self._advance(place.end)

    def _chamber_field_end(self) -> bool | None:
        """After a chamber's head that names its first field ("chamber of-commerce"): another
        field glued by "and" ("and-industry"), then the town or place it serves closes the name."""
        tg, j, h = self.tg, self.j, self.h
        if self.kind not in _SECTOR_KINDS or h.end - h.start < 2 or j != h.end or self.last_def:
            return None
        last, norm = tg.norms[h.end - 1], tg.norms[j]
        if last[:1] in tg.W.conjunction or tg.is_def(h.end - 1):
            return None
        if tg.kind(j) is None and tg.is_alpha[j] and norm[:1] in tg.W.conjunction:
            if len(norm) < 4 or tg.P.is_definite(norm[1:]) or j + 1 >= self.n:
                return None
            j += 1  # "of commerce [and-industry]": another field, the place follows
        place = tg.at(j, "country")
        if place is not None and place.info[1] in _PLACE_KINDS:
            self._closing_place(place)
            return self._advance(place.end)
        return self._advance(j + 1) if self._chamber_town(j) else None

    def _chamber_town(self, k: int) -> bool:
        """The town that closes a chamber's indefinite construct, known to no gazetteer or
        ambiguous ("chamber of commerce and-industry of Amman/Oman", "… of Konya"): an indefinite
        construct must end in a genitive, and a chamber's is the place it serves."""
        tg = self.tg
        if self.kind not in _SECTOR_KINDS or k >= self.n or not tg.is_alpha[k]:
            return False
        norm = tg.norms[k]
        return (
            tg.kind(k) is None
            and not tg.is_def(k)
            and norm not in tg.P.stop_words
            and norm not in tg.W.phrase_break
            and norm not in tg.W.conjunction
            and not any(norm.startswith(c) for c in tg.W.conjunction if len(c) == 1)
        )

    def _closing_place(self, place: Hit) -> None:
        """A place closing the name gives its country, unless it is only a city ("chamber of
        commerce of Dubai": a city names no country by itself)."""
        if place.info[1] != "city":
            self.country = self.country or place.info[0]

    def _two_indefinite(self, j: int) -> bool:
        """Two indefinite plain words closed by a definite one after an indefinite head."""
        tg = self.tg
        return (
            j + 2 < self.n
            and all(
                tg.kind(k) is None
                and tg.is_alpha[k]
                and not tg.is_def(k)
                and tg.norms[k] not in tg.P.stop_words
                and tg.norms[k] not in tg.W.phrase_break
                and tg.norms[k] not in tg.lex.names
                for k in (j, j + 1)
            )
            and tg.is_def(j + 2)
            and tg.kind(j + 2) is None
        )


_Rule = Callable[[_Idafa], "bool | None"]
# the rules of the walk, in the order they are tried
# bodies whose name may go on with a purpose after the country's name that names them ("the
# bank of Japan for international cooperation", "a fund of Abu Dhabi for development")
_PURPOSE_AFTER_PLACE = frozenset(
    {"bank", "fund", "institution", "institute", "authority", "agency", "office"}
)

_RULES: tuple[_Rule, ...] = (
    _Idafa._chamber_field_end,
    _Idafa._nationals,
    _Idafa._country,
    _Idafa._inner_body,
    _Idafa._council_of_ministers,
    _Idafa._head_noun,
    _Idafa._office_of_role,
    _Idafa._accompanying,
    _Idafa._parent_body,
    _Idafa._parent_after_prep,
    _Idafa._genitive_country,
    _Idafa._origin,
    _Idafa._affiliated,
    _Idafa._adjective_hit,
    _Idafa._other_hit,
    _Idafa._served_place,
    _Idafa._number,
    _Idafa._relations_left,
    _Idafa._concerned,
    _Idafa._titled_second_field,
    _Idafa._contracted,
    _Idafa._ministry_field,
    _Idafa._glued_genitive,
    _Idafa._genitive,
    _Idafa._posted_in,
    _Idafa._country_after_prep,
    _Idafa._coordinated,
    _Idafa._privative,
    _Idafa._object_of_noun,
    _Idafa._abroad,
    _Idafa._delegation_relations,
    _Idafa._relations_with,
    _Idafa._purpose_after,
    _Idafa._break_word,
    _Idafa._field_after_nisba,
    _Idafa._definite,
    _Idafa._indefinite_adjective,
    _Idafa._delegation_adjective,
    _Idafa._own_name,
    _Idafa._indefinite_idafa,
)
# rules that return None at a token no lexicon hit covers: they read a hit there
_HIT_ONLY = frozenset(
    {
        _Idafa._country,
        _Idafa._inner_body,
        _Idafa._council_of_ministers,
        _Idafa._head_noun,
        _Idafa._adjective_hit,
    }
)
# rules that return None, reading nothing else, unless the token is one of their words
# (_office_of_role reads a title at the token, or after a genitive clitic there)
_WORD_ONLY = frozenset(
    {
        _Idafa._office_of_role,
        _Idafa._accompanying,
        _Idafa._parent_body,
        _Idafa._parent_after_prep,
        _Idafa._genitive_country,
        _Idafa._origin,
        _Idafa._affiliated,
        _Idafa._concerned,
        _Idafa._genitive,
        _Idafa._posted_in,
        _Idafa._country_after_prep,
        _Idafa._privative,
    }
)
_RuleSets = tuple[tuple[_Rule, ...], tuple[_Rule, ...], tuple[_Rule, ...], frozenset[str]]
_RULES_OF: dict[tuple[int, str], tuple[WordLists, _RuleSets]] = {}


def _closed_construct(tg: Tagger, h: Hit) -> bool:
    """A head of several words whose last is definite is a whole construct ("council of
    the-senators"): a noun with the article governs no genitive, so no other noun is its
    genitive."""
    return h.end - h.start > 1 and tg.is_def(h.end - 1)


def _rules_of(W: WordLists, kind: str) -> _RuleSets:
    """The rules of a walk from a head of ``kind`` that can apply at a token (those that return
    None for every head of another kind left out): at a lexicon hit (up to
    :meth:`_Idafa._other_hit`, which stops the walk at any hit), at one of the words that gate
    some rules, at any other word; and those gating words. One answer per word lists and kind."""
    got = _RULES_OF.get((id(W), kind))
    if got is not None and got[0] is W:
        return got[1]
    off = set()
    if kind not in _ROLE_OFFICE_KINDS:
        off.add(_Idafa._office_of_role)
    if kind != DELEGATION:
        off |= {_Idafa._accompanying, _Idafa._origin, _Idafa._delegation_relations}
    if kind != _COUNCIL:
        off.add(_Idafa._council_of_ministers)
    if kind not in EMBASSY_KINDS:
        off.add(_Idafa._posted_in)
    if kind not in _POST_KINDS and kind not in _LOCAL_KINDS:
        off.add(_Idafa._served_place)
    if kind not in (MINISTRY, _COMMITTEE):
        off.add(_Idafa._abroad)
    if kind == MINISTRY:
        off.add(_Idafa._contracted)
    if kind != MINISTRY:
        off.add(_Idafa._ministry_field)
    if kind not in (MINISTRY, _COMMITTEE):
        off.add(_Idafa._nationals)
    rules = [r for r in _RULES if r not in off]
    at_hit = tuple(rules[: rules.index(_Idafa._other_hit) + 1])
    at_word = tuple(r for r in rules if r not in _HIT_ONLY)
    plain = tuple(r for r in at_word if r not in _WORD_ONLY)
    gate = W.genitive | W.parent_prep | W.affiliated | W.concerned | W.privative
    if kind == DELEGATION:
        gate |= W.accompany | W.origin
    if kind in EMBASSY_KINDS:
        gate |= W.posted_to
    sets = (at_hit, at_word, plain, frozenset(gate))
    _RULES_OF[(id(W), kind)] = (W, sets)
    return sets


def served_place_end(tg: Tagger, j: int, country: bool = False) -> int | None:
    """Where "in <the place a post or a local unit serves>" at ``j`` ends, None when none is
    there: "in" or a glued "in-" before a town or capital a table knows ("in Riyadh"), or before
    an indefinite noun governing one ("in-the-province of Makkah", "in-province <X>"), or "in"
    before a word no table knows that closes the phrase ("in <town>," before a comma or a title).
    A glued "in-the-<word>" closing the phrase is a town written with the article. With
    ``country``, a country's name right after "in" is a post's place too ("the office of the ILO
    in Tunisia")."""
    n = len(tg.norms)
    if j + 1 >= n or not tg.is_alpha[j] or tg.kind(j) is not None:
        return None
    norm = tg.norms[j]
    preps = tg.W.parent_prep | tg.W.posted_to
    if norm in preps:
        end = _known_town_end(tg, j + 1, country)
        if end is None and _region_noun(tg, j + 1):
            end = _known_town_end(tg, j + 2) or _unknown_town_end(tg, j + 2)
        if end is None and _place_anaphor(tg, j + 1, tg.norms[j + 1]):
            end = j + 2
        return end if end is not None else _unknown_town_end(tg, j + 1)
    rest = norm[1:]
    if norm[:1] not in preps or len(rest) < 3:
        return None
    if tg.P.is_definite(rest):
        unknown = _unknown_town(tg, j, tg.P.strip_definite(rest))
        if unknown or _place_anaphor(tg, j, rest):
            return j + 1 if _closes_place(tg, j + 1) else None
        return None
    if _region_noun(tg, j, rest):
        return _known_town_end(tg, j + 1) or _unknown_town_end(tg, j + 1)
    return None


def _place_anaphor(tg: Tagger, k: int, norm: str) -> bool:
    """A definite feminine noun no table knows closing the phrase: the region, province or city
    the text is about ("the branch of the ministry in-the-region,"); no first word of a body's
    name ("the sector of social affairs at-the-League": the body it is part of)."""
    firsts = _cached("agency_first_words", tg.lex, lambda: {k.split()[0] for k in tg.lex.agencies})
    return (
        tg.is_alpha[k]
        and tg.kind(k) is None
        and tg.P.is_definite(norm)
        and norm.endswith(tg.P.fold(tg.P.feminine_suffix))
        and norm not in tg.W.statement_noun
        and norm not in firsts
        and tg.P.strip_definite(norm) not in firsts
        and _closes_place(tg, k + 1)
    )


def _known_town_end(tg: Tagger, k: int, country: bool = False) -> int | None:
    hit = tg.at(k, "country") if k < len(tg.norms) else None
    kinds = _PLACE_KINDS if country else ("capital", "city")
    return hit.end if hit is not None and hit.info[1] in kinds else None


def _region_noun(tg: Tagger, k: int, norm: str | None = None) -> bool:
    """An indefinite feminine noun governing a place's name ("province", "region"): no hit, no
    stop word, no article."""
    if k >= len(tg.norms) or not tg.is_alpha[k] or tg.kind(k) is not None:
        return False
    norm = tg.norms[k] if norm is None else norm
    return (
        not tg.P.is_definite(norm)
        and norm not in tg.P.stop_words
        and norm not in tg.W.phrase_break
        and norm.endswith(tg.P.fold(tg.P.feminine_suffix))
    )


def _unknown_town(tg: Tagger, k: int, norm: str) -> bool:
    """A word no table knows that may be a town's name: no hit, no stop or function word, no
    feminine ending (a town's name seldom has one, the nouns after "in" mostly do)."""
    return (
        tg.is_alpha[k]
        and tg.kind(k) is None
        and len(norm) > 2
        and norm not in tg.P.stop_words
        and norm not in tg.W.phrase_break
        and norm not in tg.W.statement_noun
        and not norm.endswith(tg.P.fold(tg.P.feminine_suffix))
    )


def _unknown_town_end(tg: Tagger, k: int) -> int | None:
    if k >= len(tg.norms) or tg.P.is_definite(tg.norms[k]):
        return None
    return k + 1 if _unknown_town(tg, k, tg.norms[k]) and _closes_place(tg, k + 1) else None


def _closes_place(tg: Tagger, m: int) -> bool:
    """The phrase ends at ``m``: the text ends, or a punctuation mark, a title or a cue word (a
    verb or noun of meeting or saying, "headed by") follows."""
    return m >= len(tg.norms) or tg.is_punct[m] or tg.is_space[m] or tg.kind(m) in ("title", "cue")


def _portfolio(tg: Tagger, norm: str) -> bool:
    """A title's portfolio word ("affairs"): "for-the-affairs of X" after a named international
    body is the post's field ("assistant secretary general of the GCC for political affairs")."""
    row = tg.lex.titles.get(norm)
    return isinstance(row, tuple) and row[0] == "portfolio"


def _glued_noun_length(tg: Tagger, norm: str) -> bool:
    """Long enough to be the genitive clitic glued to a noun: a noun of three letters too
    ("for-market of the-capital"), unless the word is a function word ("to-him", "but")."""
    return len(norm) >= 5 or (
        len(norm) == 4 and norm not in tg.P.stop_words and norm not in tg.W.phrase_break
    )


def _definite_modifier(tg: Tagger, k: int) -> bool:
    """A title's modifier with the article, after the role it qualifies ("the secretary general
    [the-assistant]")."""
    row = tg.lex.titles.get(tg.P.strip_definite(tg.norms[k]))
    return isinstance(row, tuple) and row[0] == "modifier"


def _title_adjective(tg: Tagger, k: int) -> bool:
    """An adjective of the titles lexicon ("official" in "the office of the official spokesman")."""
    hit = tg.at(k, "title")
    return hit is not None and hit.info[0] == "adjective"


def field_shaped(tg: Tagger, norm: str) -> bool:
    """``norm`` has the shape of a field's noun: a listed ``field_noun``, a feminine or plural
    ending, or a verbal noun's pattern (a perfect verb has none of them)."""
    P = tg.P
    shapes = _participle_pattern(tg.W.verbal_noun_shape)
    return (
        norm in tg.W.field_noun
        or norm.endswith((P.fold(P.feminine_suffix), *tg.W.plural_ending))
        or bool(shapes and shapes.fullmatch(norm))
    )


def _given_name_nisba(tg: Tagger, hit: Hit) -> bool:
    """A one-word nisba without the article before a word written with it and outside the
    lexicons, after a definite word: an adjective agrees with its noun in definiteness, so it
    qualifies nothing before it; it is a given name before a family name (Turki al-…)."""
    k, nxt = hit.start, hit.end
    return (
        nxt == k + 1
        and nxt < len(tg.norms)
        and not tg.is_def(k)
        and tg.is_def(nxt)
        and tg.kind(nxt) is None
    )


@functools.cache
def _participle_pattern(shapes: frozenset[str]) -> re.Pattern[str] | None:
    return re.compile("|".join(f"(?:{s})" for s in sorted(shapes))) if shapes else None


def _adjective_like(tg: Tagger, norm: str) -> bool:
    """A nisba-like adjective (its ending) or one of the language's name adjectives ("general",
    "supreme")."""
    P = tg.P
    endings = (
        (P.fold(P.nisba_ending), P.fold(P.nisba_ending + P.feminine_suffix))
        if P.nisba_ending
        else ()
    )
    return norm in tg.W.name_adjective or (
        bool(endings) and P.strip_definite(norm).endswith(endings)
    )


_MOVEMENT = "movement"


def _object_of_action(tg: Tagger, h: Hit) -> bool:
    """A movement's head right after a verbal noun, alone or after "and" or a one-letter
    preposition glued to it, is that action's object, the common noun "movement, traffic"
    ("tasheel harakat al-shahinat": easing the traffic of the trucks), no body."""
    k = h.start - 1
    if h.info[0] != _MOVEMENT or k < 0 or not tg.is_alpha[k]:
        return False
    norm = tg.norms[k]
    glued = {p[0] for p in tg.W.verbal_noun_prefix} | {c for c in tg.W.conjunction if len(c) == 1}
    return verbal_noun_word(tg, norm) or (norm[:1] in glued and verbal_noun_word(tg, norm[1:]))


# heads that a following (or, head-final, preceding) adjective of the means of work turns into a
# field: "digital government", "electronic administration"
_FIELD_KINDS = ("government", "department")


def _field_of_work(tg: Tagger, h: Hit, k: int) -> bool:
    """A government's or an administration's head with an adjective of the means of work at
    ``k``, right after it (head-initial) or right before it (head-final): a field of cooperation
    or of public services ("courses in digital government"), no body. A body named after the
    field keeps its own head ("the authority of digital government")."""
    return (
        h.info[0] in _FIELD_KINDS and 0 <= k < len(tg.norms) and tg.norms[k] in tg.W.field_adjective
    )


_ARMED_FORCE = "armed force"


def _ceremonial_guard(tg: Tagger, h: Hit, k: int) -> bool:
    """An armed force's head whose complement at ``k`` (right after it, or after "of") is the
    word of a ceremony ("a guard of honour" lined up for a guest): a welcome's formation, no
    body."""
    if h.info[0] != _ARMED_FORCE or not 0 <= k < len(tg.norms):
        return False
    if tg.norms[k] in tg.W.genitive and k == h.end:
        k += 1
    return k < len(tg.norms) and tg.norms[k] in tg.W.ceremonial


_CLAUSE_REACH = 14  # words back from a delegation to the invitation of its clause


def _invited_delegation(tg: Tagger, h: Hit, start: int) -> bool:
    """An indefinite delegation starting at ``start`` that someone is invited to lead: a lead cue
    or a lead verb right before it (past an indefinite article), and a word of inviting earlier in
    its clause, with no punctuation, line break or sentence start between. The visit is planned,
    the delegation not yet formed: no body."""
    if h.info[0] != DELEGATION or tg.is_def(h.start):
        return False
    k = start - 1
    if k >= 0 and tg.norms[k] in tg.W.indefinite_article:
        k -= 1
    cue = tg.hits.get(k) if k >= 0 else None
    led = cue is not None and cue.kind == "cue" and cue.info[0] == "lead_clause"
    if not led and not (k >= 0 and tg.norms[k] in tg.W.lead_verb):
        return False
    for m in range(k - 1, max(k - _CLAUSE_REACH, -1), -1):
        if _clause_break(tg, m):
            return False
        if tg.norms[m] in tg.W.invitation:
            return True
    return False


def _clause_break(tg: Tagger, m: int) -> bool:
    """Token ``m`` closes the clause before ``m + 1``: a punctuation mark, a line break (a headline
    with no final stop) or the last word before a sentence start."""
    return tg.is_punct[m] or tg.is_space[m] or "\n" in tg.ws[m] or is_sent_start(tg.doc, m + 1)


def _management_noun(tg: Tagger, h: Hit) -> bool:
    """An indefinite department head that is also the verbal noun "management" ("idara"): joined
    by "and" to a definite field that no body names ("the desertification [and-management of] the
    water resources") it is that action, no body; joined to a body's mention ("the Asia department
    and-the department of …") it stays one. (After a plain noun or "in" it is left a department:
    the form also stands for real departments after a name or a role.)"""
    k = h.start - 1
    if h.info[0] != "department" or h.end - h.start != 1 or tg.is_def(h.start) or k < 1:
        return False
    return (
        tg.norms[k] in tg.W.conjunction
        and tg.is_def(k - 1)
        and tg.kind(k - 1) is None
        and not _body_ends_at(tg, k)
    )


def _body_ends_at(tg: Tagger, k: int) -> bool:
    """A body's mention, its head among the few words before, runs up to ``k``."""
    for s in range(k - 1, max(k - 8, -1), -1):
        head = tg.at(s, "agency")
        if head is not None and head.start == s:
            m = agency_phrase(tg, s)
            return m is not None and m.end >= k
    return False


def _head_initial(tg: Tagger, h: Hit) -> AgencyMention | None:
    walk = _Idafa(tg, h)
    walk.run()
    j, kind = walk.j, walk.kind
    if _bare_licensed(tg, h, walk):
        return _governed_anaphor(tg, h, j, kind)
    if _unnamed_of_kind(tg, h, walk, j):
        return None  # "a Danish firm", "forty firms"
    norms, texts, ws = tg.norms, tg.texts, tg.ws  # token lists: no Token object per word
    first_norm = norms[h.start]
    if (
        j == h.end
        and tg.is_def(h.start)
        and kind not in (INTERNATIONAL, SEAT)
        and h.end - h.start == 1
        and tg.lex.licensed_heads.get(h.key) != LICENCE_CLAUSE
    ):  # a portfolio standing for its ministry ("on behalf of the foreign") is no anaphor
        text = surface(tg, tokens_text(tg, h.start, h.end), first_norm)
        return AgencyMention(h.start, h.end, text, kind=kind, base=text, anaphor=True)
    if j == h.end and not walk.head_def and (j := _led_delegation_end(tg, h, kind)) == h.end:
        return None  # a bare indefinite head names nothing
    if kind == _COMMITTEE and not walk.nisba_idx and _joint_body(tg, h.start, j):
        return None  # "the joint committee" of two countries: a meeting format, no body
    if kind == _PRESIDENCY and _chaired_event(tg, h):
        return None  # "took part in chairing the session": the chair of an event, no body
    P, W = tg.P, tg.W
    words = frozenset(
        _word_key(P, W, norms[k])
        for k in range(h.start, min(walk.origin_at or j, len(norms)))
        if k not in walk.nisba_idx
        and tg.is_alpha[k]
        and norms[k] not in W.conjunction
        or tg.like_num[k]
    )
    base = surface(
        tg,
        "".join(
            texts[k] + ws[k] for k in range(h.start, min(j, len(norms))) if k not in walk.nisba_idx
        ).strip(),
        first_norm,
    )
    text = surface(tg, tokens_text(tg, h.start, j), first_norm)
    aliases = {base} - {text}
    aliases.update(surface(tg, tokens_text(tg, h.start, e), first_norm) for e in walk.alias_ends())
    if walk.accompany_at is not None and walk.accompany_at - h.start > 1:
        aliases.add(
            surface(tg, tokens_text(tg, h.start, walk.accompany_at), first_norm)
        )  # "the Omani delegation"
    return AgencyMention(
        h.start,
        j,
        text,
        kind=kind,
        words=words,
        base=base,
        country=None if walk.bilateral else walk.country,
        aliases=tuple(sorted(aliases)),
        parent=walk.parent,
    )


def _chaired_event(tg: Tagger, h: Hit) -> bool:
    """An indefinite presidency head in construct with a session, a round of talks or a meeting
    (``chaired_event``): the verbal noun of chairing it, no presidency of a state or a body."""
    return (
        h.end < len(tg.norms) and not tg.is_def(h.start) and tg.norms[h.end] in tg.W.chaired_event
    )


def _bare_licensed(tg: Tagger, h: Hit, walk: _Idafa) -> bool:
    """A common noun ("union") names a body only with a country's nisba and a field after it
    ("the Japanese union for-the-business"), not alone or with a nisba only (a state); bare after
    a role it is the role's anaphor ("head of the-union")."""
    return tg.lex.licensed_heads.get(h.key) == LICENCE_NAMED and not (
        walk.nisba_idx and walk.contracted
    )


def _unnamed_of_kind(tg: Tagger, h: Hit, walk: _Idafa, j: int) -> bool:
    """The head names no body: an indefinite head of a body called by a name of its own (a
    company, a party) that no name follows, with only a country's nisba after it ("a Danish
    firm") or a number before it ("forty firms", "250 firms"). A count or a nationality says which
    kind of firm, never which one (no proper name, so no node to link). A head licensed as a named
    body's ("union") reaches here only with its nisba and field, which ``_bare_licensed`` has
    already found to name a body."""
    if tg.lex.licensed_heads.get(h.key) == LICENCE_NAMED:
        return False
    if walk.kind not in NAMED_KINDS or walk.head_def:
        return False
    if h.start > 0 and tg.like_num[h.start - 1]:
        return True
    return j > h.end and all(k in walk.nisba_idx for k in range(h.end, j))


def _governed_anaphor(tg: Tagger, h: Hit, j: int, kind: str) -> AgencyMention | None:
    """A bare definite head right after a role in construct ("head of the-union"): the body named
    before, as the role's anaphor ("the ministry"); else None."""
    role = tg.hits.get(h.start - 1) if h.start > 0 else None
    if not (
        not is_sent_start(tg.doc, h.start)
        and j == h.end
        and h.end - h.start == 1
        and tg.is_def(h.start)
        and role is not None
        and role.kind == "title"
        and role.end == h.start
        and role.info[0] in ("role", "modifier")
        and not tg.is_def(h.start - 1)
    ):
        return None
    text = surface(tg, tokens_text(tg, h.start, h.end), tg.norms[h.start])
    return AgencyMention(h.start, h.end, text, kind=kind, base=text, anaphor=True)


def _led_delegation_end(tg: Tagger, h: Hit, kind: str) -> int:
    """ "X visits Rabat at the head of an important delegation.": an indefinite delegation right
    after the phrase whose subject heads it (cue class ``lead_clause``) is the delegation its
    leader brought; one plain adjective closing the clause is its name with it (a bare head, or
    one followed by more words, is left as it was: the end of the head)."""
    cue, k = tg.hits.get(h.start - 1), h.end
    if (
        kind != DELEGATION
        or cue is None
        or cue.kind != "cue"
        or cue.end != h.start
        or cue.info[0] != "lead_clause"
        or k + 1 >= len(tg.norms)
        or not tg.is_punct[k + 1]
        or not tg.is_alpha[k]
        or tg.is_def(k)
        or tg.kind(k) is not None
        or tg.norms[k] in tg.P.stop_words
    ):
        return h.end
    return k + 1


def _name_phrases(tg: Tagger, h: Hit, start: int, country: str | None) -> tuple[int, str | None]:
    """The "of" phrases of a head-final name (none after a body's whole name whose "for" phrase is
    a title's remit), their end and the country one names."""
    if _remit_after(tg, h, start):
        return h.end, country
    kind = h.info[0]
    if kind in _JOINT_KINDS and _numbered_body(tg, h.end):
        return h.end + 1, country  # "Commission I for defence": a parliament's numbered body
    return _of_phrases(
        tg, h.end, country, kind in _ROLE_OFFICE_KINDS, _topic_head(tg, h), kind in _SECTOR_KINDS
    )


_ROMAN = re.compile(r"[IVX]{1,4}")


def _numbered_body(tg: Tagger, k: int) -> bool:
    """A Roman numeral right after a capitalised committee head names which of the parliament's
    numbered commissions it is ("Commission I", "Committee IV"): a stop ("," ".") or "for"/"of"
    follows it (the pronoun "I" goes on with its verb)."""
    n = len(tg.norms)
    if k + 1 >= n or not tg.texts[k - 1][:1].isupper() or not _ROMAN.fullmatch(tg.texts[k]):
        return False
    return tg.is_punct[k + 1] or tg.norms[k + 1] in tg.W.genitive


def _remit_after(tg: Tagger, h: Hit, start: int) -> bool:
    """A "for" phrase after a body's whole name inside a title is the title's remit, not part of
    the name: after a named international body ("Special Representative of the European Union for
    the Horn of Africa") and after a ministry already named by its portfolio ("Undersecretary of
    the Foreign Ministry for Diplomatic Affairs"; not "the Federal Ministry for Economic
    Affairs", whose "for" phrase is its portfolio)."""
    if h.end >= len(tg.norms) or tg.norms[h.end] not in tg.W.served_prep:
        return False
    kind = h.info[0]
    if kind == INTERNATIONAL:
        return True
    if kind != MINISTRY:
        return False
    by_key = _portfolio_words(tg.lex, tg.P)[1]
    keys = [_word_key(tg.P, tg.W, tg.norms[i]) for i in range(max(start, 0), h.end)]
    return any(k in words for k in keys for words in by_key.values())


def _joint_body(tg: Tagger, start: int, end: int) -> bool:
    """A word of ``start:end`` makes the committee two sides' standing meeting (``joint_body``)."""
    joint = tg.W.joint_body
    return any(tg.norms[k] in joint for k in range(start, min(end, len(tg.norms))))


def _field_end(tg: Tagger, k: int) -> int:
    """The end of a minister's field from ``k``: definite words and fields joined by the conjunction
    ("foreign affairs and-the-cooperation and-the-expatriates"), up to a nisba, a country or a
    preposition; a field joined by the conjunction after "abroad" goes on ("foreign affairs and
    the national community abroad and-the-African affairs")."""
    start, W = k, tg.W
    k = _field_run(tg, k)
    coordinated = any(w.startswith(tuple(W.conjunction)) for w in tg.norms[start:k])
    end = _abroad_end(tg, k) if coordinated else k
    if end > k and end < len(tg.norms) and tg.norms[end].startswith(tuple(W.conjunction)):
        end = _field_run(tg, end)
    return _nationals_abroad(tg, end)


def _field_run(tg: Tagger, k: int) -> int:
    """The end of the definite words and conjoined fields of a minister's field from ``k``."""
    n, W = len(tg.norms), tg.W
    while k < n and (tg.kind(k) is None or _field_adjective(tg, k)):
        norm = tg.norms[k]
        conj = next((c for c in W.conjunction if norm.startswith(c)), None)
        rest = norm[len(conj) :] if conj else ""
        plain_def = tg.is_def(k) and norm not in tg.P.stop_words and norm not in W.phrase_break
        joined_def = bool(conj) and tg.P.is_definite(rest) and len(rest) > 3
        next_def = k + 1 < n and tg.is_def(k + 1) and tg.kind(k + 1) is None
        if plain_def or joined_def:
            k += 1
        elif conj and next_def and (rest == "" or len(rest) > 2 or _short_noun(tg, rest)):
            k += 2  # "and the-water" apart, "and-affairs of-the-Egyptians"
        elif conj and rest == "" and _portfolio_then_definite(tg, k + 1):
            k += 3  # "and affairs the-expatriates": a portfolio word apart from its "and"
        elif conj and rest == "" and _feminine_noun_then_definite(tg, k + 1):
            k += 3  # "and technology the-information": a field in construct after its "and"
        else:
            break
    return k


def _field_adjective(tg: Tagger, k: int) -> bool:
    """A title's adjective that may qualify a field (``public_adjective``) after a definite
    masculine field word qualifies the field, not the role before it (a role, the field, then
    the adjective: the field's name, as "public transport"); after a feminine word it cannot
    agree with it and is the role's."""
    if k < 1 or not tg.is_def(k) or not _title_adjective(tg, k):
        return False
    if tg.norms[k] not in tg.W.public_adjective:
        return False
    if not tg.is_def(k - 1) or tg.kind(k - 1) is not None:
        return False
    fem = tg.P.fold(tg.P.feminine_suffix) if tg.P.feminine_suffix else ""
    return not fem or not tg.norms[k - 1].endswith(fem)


def _short_noun(tg: Tagger, rest: str) -> bool:
    """A two-letter word after a glued conjunction that is no stop word (a preposition or a
    particle: "and-in", "and-from"): a short noun governing the definite word after it, a field
    in construct ("and-lifting the-isolation")."""
    return len(rest) == 2 and rest not in tg.P.stop_words and rest not in tg.W.phrase_break


def _feminine_noun_then_definite(tg: Tagger, k: int) -> bool:
    """An indefinite noun with the feminine ending at ``k`` (no verb ends so) governing the
    definite word after it, neither in a lexicon nor a break word: a field in construct state."""
    if k + 1 >= len(tg.norms) or not tg.P.feminine_suffix:
        return False
    norm, nxt = tg.norms[k], tg.norms[k + 1]
    W = tg.W
    return (
        tg.is_alpha[k]
        and not tg.is_def(k)
        and (tg.kind(k) is None or norm in W.field_head)  # a body head read as a field here
        and norm.endswith(tg.P.fold(tg.P.feminine_suffix))
        and norm not in W.phrase_break
        and tg.is_def(k + 1)
        and tg.kind(k + 1) is None
        and nxt not in W.phrase_break
        and nxt not in tg.P.stop_words
    )


def _portfolio_then_definite(tg: Tagger, k: int) -> bool:
    """A portfolio word ("affairs") at ``k`` and the definite word it governs after it."""
    h = tg.at(k, "title") if k + 1 < len(tg.norms) else None
    return (
        h is not None
        and h.info[0] == "portfolio"
        and h.end == k + 1
        and tg.is_def(k + 1)
        and tg.kind(k + 1) is None
    )


def _nationals_abroad(tg: Tagger, k: int) -> int:
    """The end of "… and the Mauritanians abroad" or "… and affairs of the Egyptians abroad" at
    ``k``, closing a minister's field (a ministry of foreign affairs and of its nationals abroad);
    ``k`` when there is none."""
    h = _nationals_at(tg, k)
    if h is None:
        return k
    end = _abroad_end(tg, h.end)
    if end == h.end and h.end + 1 < len(tg.norms) and tg.is_def(h.end) and tg.kind(h.end) is None:
        end = _abroad_end(tg, h.end + 1)  # "the Moroccans residing abroad"
        return end if end > h.end + 1 else k
    return end if end > h.end else k


def nationals_country(tg: Tagger, start: int, end: int) -> str | None:
    """The country whose nationals abroad a ministry's name closes on between ``start`` and
    ``end`` ("… and the Tunisians abroad": Tunisia's ministry), None when it names none."""
    for k in range(start, min(end, len(tg.norms))):
        h = _nationals_at(tg, k)
        if h is not None and _nationals_abroad(tg, k) > k:
            return str(h.info[0])
    return None


def _nationals_at(tg: Tagger, k: int) -> Hit | None:
    """The nationals' nisba of "and [affairs of] the Egyptians" at ``k`` (the conjunction apart or
    glued to a portfolio word)."""
    n, norms = len(tg.norms), tg.norms
    if k >= n:
        return None
    i = k + 1 if norms[k] in tg.W.conjunction else k
    conj = next((c for c in tg.W.conjunction if norms[k].startswith(c)), "")
    if i < n and (
        _portfolio(tg, norms[i]) or (i == k and conj and _portfolio(tg, norms[k][len(conj) :]))
    ):
        i += 1  # "and-affairs of the Egyptians"
    h = tg.at(i, "country") if k < i < n else None
    return h if h is not None and h.info[1] in ("nisba", "demonym") else None


def _abroad_end(tg: Tagger, k: int) -> int:
    """The end of "abroad" at ``k``, glued to its preposition or after one; ``k`` when there is
    none."""
    n, W = len(tg.norms), tg.W
    norm = tg.norms[k] if k < n else ""
    if norm in W.abroad and norm.startswith(tuple(W.complement_clitic)):
        return k + 1
    if norm in W.posted_to and k + 1 < n and tg.norms[k + 1] in W.abroad:
        return k + 2
    return k


def _word_key(P: Profile, W, norm: str) -> str:
    """An agency word as names are compared: without a glued conjunction before the article, without
    the article (:func:`_read_word_key`, read once per word)."""
    kept = _WORD_KEYS.get((id(P), id(W)))
    if kept is None or kept[0] is not P or kept[1] is not W:
        kept = _WORD_KEYS[(id(P), id(W))] = (P, W, {})
    table = kept[2]
    key = table.get(norm)
    if key is None:
        if len(table) >= _MAX_WORDS_KEPT:
            table.clear()
        key = table[norm] = _read_word_key(P, W, norm)
    return key


def relation_keys(P: Profile, W) -> frozenset[str]:
    """The relation nouns as agency words are compared (:func:`_word_key`), for
    :func:`standing_name`: read once per builder, not once per delegation compared."""
    return frozenset(_word_key(P, W, w) for w in W.relation_noun)


def standing_name(keys: frozenset[str], words: frozenset[str], parent: frozenset[str]) -> bool:
    """A delegation named beyond the body it comes from by a relation noun (``keys``:
    :func:`relation_keys`; "the Parliament's delegation for relations with Palestine"): a standing
    delegation, not a visiting one."""
    return bool((words - parent) & keys)


_WORD_KEYS: dict[tuple[int, int], tuple[Profile, object, dict[str, str]]] = {}
_MAX_WORDS_KEPT = 100_000  # words of a vocabulary; a table starts again past it


def _read_word_key(P: Profile, W, norm: str) -> str:
    conj = next(
        (c for c in W.conjunction if norm.startswith(c) and P.is_definite(norm[len(c) :])), None
    )
    return P.strip_definite(norm[len(conj) :] if conj else norm)


def implied_by_role(tg: Tagger, k: int, head: str, country: str | None) -> AgencyMention:
    """The agency a role with an agency head implies from its field at ``k``: "minister of the
    foreign affairs and the expatriates" → "ministry of the foreign affairs and the expatriates"
    (a ministry when the head is one), also named by its first field alone."""
    P, norms, W = tg.P, tg.norms, tg.W
    end = _field_end(tg, k + 1)
    stop = min(end, len(norms))
    field = tokens_text(tg, k, end) + _role_adjective_suffix(tg, k, stop, head)
    text = P.implied_agency.format(head=head, field=field)
    conj = tuple(W.conjunction)
    first = next((i for i in range(k + 1, stop) if norms[i].startswith(conj)), end)
    aliases = (
        (P.implied_agency.format(head=head, field=tokens_text(tg, k, first)),)
        if first < end
        else ()
    )
    if head != P.ministry_head:
        # "director of the public security": the body is named by its field
        text, aliases = field, (text,)
    words = frozenset(
        {P.strip_definite(P.fold(head))}
        | {
            _word_key(P, W, norms[i])
            for i in range(k, stop)
            if tg.is_alpha[i] and norms[i] not in W.conjunction
        }
    )
    return AgencyMention(
        k,
        end,
        text,
        kind=MINISTRY if head == P.ministry_head else "agency",
        words=words,
        base=text,
        country=country,
        implied=True,
        aliases=aliases,
    )


def _role_adjective_suffix(tg: Tagger, k: int, end: int, head: str) -> str:
    """The feminine ending a masculine nisba closing a minister's field takes in the ministry's
    name, when the noun before it is feminine and so cannot be what it qualifies: it agrees with
    the role ("minister of the-health the-federal[m]" → "ministry[f] of the-health
    the-federal[f]"); after a masculine noun it may be the field's ("the national defence")."""
    P = tg.P
    if not (P.feminine_suffix and P.nisba_ending and head.endswith(P.feminine_suffix)):
        return ""
    if end - k < 2 or end - 1 >= len(tg.norms):
        return ""
    last, before = tg.norms[end - 1], tg.norms[end - 2]
    fem = P.fold(P.feminine_suffix)
    agrees_with_role = (
        tg.is_def(end - 1)
        and last.endswith(P.fold(P.nisba_ending))
        and tg.texts[end - 1].endswith(P.nisba_ending)
        and tg.is_def(end - 2)
        and before.endswith(fem)
        and not before.startswith(tuple(tg.W.conjunction))
    )
    return P.feminine_suffix if agrees_with_role else ""


# ---------------------------------------------------------------- head-final
def _delegation_adjective(tg: Tagger, h: Hit, k: int) -> bool:
    """A lower-case word of no lexicon, at most two words before a delegation head, after which
    an article, a determiner or a country comes ("a [high-level business] delegation", "the
    Libyan [parliamentary] delegation"): the delegation's own modifier; not "accompanying"
    (the delegation of the official named before it) nor a verb ("[led] a delegation"): the word
    before the modifiers is a country, an article, a possessive or another stop word."""
    if h.info[0] != DELEGATION or h.start - k > 2 or k < 1:
        return False
    text, norm = tg.texts[k], tg.norms[k]
    if (
        not text[:1].islower()
        or not tg.is_alpha[k]
        or k in tg.hits
        or norm in tg.P.stop_words
        or text in tg.lex.stopwords
        or norm in tg.W.accompany
        or _present_participle(tg, h, k)
    ):
        return False
    before = k - 1
    while before >= 0 and before >= h.start - 3 and _delegation_word(tg, before):
        if tg.norms[before] in tg.W.accompany:
            return False  # "his accompanying security delegation": the owner's, read elsewhere
        before -= 1
    if before < 0:
        return False
    hit = tg.hits.get(before)
    norm = tg.norms[before]
    return (hit is not None and hit.kind == "country") or (
        norm in tg.W.article or norm in tg.W.possessive or norm in tg.P.stop_words
    )


def _present_participle(tg: Tagger, h: Hit, k: int) -> bool:
    """ "the visiting delegation": a present participle (``participle_ending``) alone between the
    article and the head says what the delegation is doing, not what kind it is: an anaphor of the
    delegation named before ("high-ranking", joined by a dash, is a modifier)."""
    norm = tg.norms[k]
    return (
        k == h.start - 1
        and any(len(norm) > len(e) + 3 and norm.endswith(e) for e in tg.W.participle_ending)
        and tg.norms[k - 1] in tg.W.article
    )


def _delegation_word(tg: Tagger, k: int) -> bool:
    """A lower-case word of no lexicon (a delegation's modifier), or a hyphen inside one."""
    text = tg.texts[k]
    return (
        (text == "-" or (text[:1].islower() and tg.is_alpha[k]))
        and k not in tg.hits
        and (tg.norms[k] not in tg.P.stop_words)
    )


def _place_owner(tg: Tagger, place: Hit) -> Hit | None:
    """ "Egypt's Suez Canal Authority": a city or capital opening a body's name after a
    country's possessive; the country that owns the body (None when there is none)."""
    k = place.start - 1
    if place.info[1] == "name" or k < 1 or tg.texts[k] not in tg.W.possessive_marker:
        return None
    owner = tg.hits.get(k - 1)
    return owner if owner is not None and owner.kind == "country" and owner.end == k else None


def _country_modifier(tg: Tagger, hit: Hit) -> tuple[int, str | None]:
    """A country's word before a body's head: (the name's start, the country)."""
    first = _bilateral_first(tg, hit.start)
    if first is not None:
        return first, None  # "the Chilean-Estonian Friendship Group": both's
    owner = _place_owner(tg, hit)
    if owner is not None:
        return owner.start, owner.info[0]  # "Egypt's Suez Canal Authority"
    return _name_word_before(tg, hit.start), hit.info[0]


def _left_modifiers(tg: Tagger, h: Hit) -> tuple[int, str | None]:
    """Capitalised modifiers and a demonym or country before the head: (start, country)."""
    W, texts = tg.W, tg.texts
    start = h.start
    k = start - 1
    while k >= 0:
        text = texts[k]
        hit = tg.hits.get(k)
        if hit and hit.kind == "country":
            return _country_modifier(tg, hit)
        owner = tg.hits.get(k - 1) if text in W.possessive_marker and k > 0 else None
        if owner is not None and owner.kind == "country" and owner.end == k:
            return owner.start, owner.info[0]  # "Egypt's Foreign Ministry"
        if collective_owner(tg, k) or _plural_owner(tg, k):
            # "the National People's Congress", "the Health Ministers' Council": one name
            start, k = k - 1, k - 2
            continue
        if text == "-" and k - 1 >= 0 and texts[k - 1][:1].isupper() and not tg.ws[k]:
            if _dashed_pair(tg, h, k):
                break  # "the GCC-EU meeting", "Jordan-EU partnership": two sides, each itself
            start, k = k - 1, k - 2  # "Counter-Narcotics Directorate"
            continue
        if hit and hit.kind == "title" and hit.info[0] == "rank" and hit.end == start:
            start, k = hit.start, hit.start - 1  # "General Directorate"
            continue
        if _delegation_adjective(tg, h, k):
            start, k = k, k - 1  # "a Libyan parliamentary delegation", "a business delegation"
            continue
        if hit and _compound_head(tg, hit, start):
            start, k = hit.start, hit.start - 1  # "Foreign Service Institute": one name
            continue
        if _lower_portfolio(tg, h, k):
            start, k = k, k - 1  # "Egypt's foreign ministry", "the Iraqi interior ministry"
            continue
        if (
            hit
            or not text[:1].isupper()
            or tg.norms[k] in tg.P.stop_words
            or text in tg.lex.stopwords
            or tg.norms[k] in W.weekday  # a weekday before an acronym: a time, no name word
        ):
            if (
                text in W.conjunction
                and k - 1 >= 0
                and tg.texts[k - 1][:1].isupper()
                and (not tg.hits.get(k - 1) or _field_head_word(tg, k - 1))
                and not _conjunction_closes(tg, h, k)
            ):
                start = _serial_items(tg, k - 1)
                k = start - 1
                continue
            break
        start = k
        k -= 1
    shared = _coordinated_owner(tg, h, start)
    return (_role_owner_start(tg, start) if h.info[0] == _OFFICE else start), shared


def _names_no_body(tg: Tagger, h: Hit) -> bool:
    """The head names no body of its own: a word of a longer name ("Civil Service Commission"),
    a person's name word, a listed field, part of a compound adjective ("delegation-level"), or a
    ceremony's troop ("a Guard of Honour")."""
    return (
        _compound_head(tg, h, h.end)
        or _name_word_agency(tg, h)
        or _listed_field(tg, h)
        or _lower_compound_after(tg, h)
        or _ceremonial_guard(tg, h, h.end)  # "a Guard of Honour": a ceremony's troop
        or _ceremonial_guard(tg, h, h.start - 1)  # "an honour guard"
        or _hyphened_compound_end(tg, h)
    )


def _hyphened_compound_end(tg: Tagger, h: Hit) -> bool:
    """A head glued by dashes after a lower-case word glued to the word before it ("a
    Chair-in-Office", "the Envoy-at-Office"): the last word of one hyphened compound, a title or a
    noun, not a body's head."""
    k, texts, ws = h.start, tg.texts, tg.ws
    return (
        tg.P.cased
        and k >= 4  # the compound's first word, two dashes and a lower-case word before ``k``
        and texts[k - 1] in _DASHES
        and texts[k - 3] in _DASHES
        and not any(ws[q] for q in range(k - 4, k))
        and tg.is_alpha[k - 2]
        and texts[k - 2].islower()
        and tg.is_alpha[k - 4]
    )


def _no_body_named(tg: Tagger, h: Hit, start: int, end: int, country: str | None) -> bool:
    """The phrase names no body: two sides' standing meeting ("the Laos-Fiji Joint
    Commission", "a binational cabinet", "a high-level council"), a field of work
    ("Digital Government"), a delegation someone is invited to lead, or a bare capitalised
    "Government" (:func:`_bare_capital_government`)."""
    if h.info[0] in _MEETING_FORMAT_KINDS and _joint_body(tg, start, h.start):
        return True
    if start == h.start - 1 and end == h.end and _field_of_work(tg, h, start):
        return True
    if _invited_delegation(tg, h, start):
        return True  # "invited to lead a trade delegation": planned, no body yet
    return _bare_capital_government(tg, h, start, end, country)


def _bare_capital_government(tg: Tagger, h: Hit, start: int, end: int, country: str | None) -> bool:
    """A capitalised "Government" alone, with no article, country or complement, and governed
    by no role ("Head of Government" stays the title's): a word of a venue ("at Government
    Buildings") or an attribute ("Government sources"); "the Government", "Government of X" and
    "the Moroccan Government" name one."""
    if h.info[0] != "government" or country or start != h.start or end != h.end:
        return False
    if h.end - h.start != 1 or not tg.texts[h.start][:1].isupper():
        return False
    k, W = h.start - 1, tg.W
    return k < 0 or not (
        tg.norms[k] in W.article or tg.texts[k] in W.possessive_marker or tg.norms[k] in W.genitive
    )


def _lower_compound_after(tg: Tagger, h: Hit) -> bool:
    """A delegation's head glued by a dash to a lower-case word after it ("delegation-level"):
    one compound adjective of what follows."""
    k, texts = h.end, tg.texts
    return (
        h.info[0] == DELEGATION
        and k + 1 < len(texts)
        and texts[k] in _DASHES
        and not tg.ws[k - 1]
        and not tg.ws[k]
        and texts[k + 1][:1].islower()
    )


def _dashed_pair(tg: Tagger, h: Hit, k: int) -> bool:
    """An international body's name glued by the dash at ``k`` after a country's or another
    body's name ("GCC-EU", "Jordan-EU", "AU-UN"): a pair of sides modifying what follows, not
    one body's name; a body named after the pair keeps it ("the Canada-ASEAN Business
    Council")."""
    if h.info[0] != INTERNATIONAL or h.start != k + 1 or tg.ws[k - 1]:
        return False
    before = tg.hits.get(k - 1)
    if before is None or before.end != k or before.kind not in ("country", "agency"):
        return False
    m = h.end
    while m < len(tg.texts) and tg.texts[m][:1].isupper() and tg.is_alpha[m]:
        if tg.at(m, "agency"):
            return False
        m += 1
    return True


# the later heads that are the earlier body's own, never one name with it: its office or
# secretariat ("the PAP Bureau"), its committee or delegation ("the Senate Committee on …", "the
# Senate Delegation")
_OWN_OFFICE_KINDS = frozenset({"office", "secretariat", _COMMITTEE, DELEGATION})


def _name_word_agency(tg: Tagger, h: Hit) -> bool:
    """A news agency's one-word name listed in capitals (an acronym), not written in capitals and
    followed by a capitalised word of no lexicon is a person's given name ("By Sana Qureshi"), not
    the agency (SANA); a name listed as a word stays the agency ("told Reuters Television")."""
    k, text = h.end, tg.texts[h.start]
    return (
        h.info[0] == NEWS_AGENCY
        and h.end - h.start == 1
        and not text.isupper()
        and tg.lex.surface.get(h.key, "").isupper()
        and k < len(tg.norms)
        and tg.texts[k][:1].isupper()
        and tg.is_alpha[k]
        and k not in tg.hits
    )


def _compound_head(tg: Tagger, hit: Hit, k: int) -> bool:
    """A capitalised body's head right before the capitalised head at ``k`` ("Civil Service
    Commission", "Foreign Service Institute"): a modifier of the later head, one name; not a
    named international body (its sub-body: "African Union Commission") nor before a body's
    office, secretariat, committee or delegation ("the PAP Bureau", "Committee Secretariat",
    "Senate Delegation": the earlier body's own)."""
    nxt = tg.hits.get(k)
    return (
        hit.kind == "agency"
        and hit.end == k
        and nxt is not None
        and nxt.kind == "agency"
        and nxt.start == k
        and hit.info[0] != INTERNATIONAL
        and nxt.info[0] not in _OWN_OFFICE_KINDS
        and tg.texts[hit.start][:1].isupper()
        and tg.texts[k][:1].isupper()
    )


def _bilateral_first(tg: Tagger, k: int) -> int | None:
    """The start of another country's word glued by a hyphen before the country's word at ``k``
    ("Saudi-Turkish", "Canada-Chile"): a body of the two countries, of neither alone."""
    if k < 2 or tg.texts[k - 1] != "-" or tg.ws[k - 1] or tg.ws[k - 2]:
        return None
    before = tg.hits.get(k - 2)
    if before is None or before.kind != "country" or before.end != k - 1:
        return None
    return before.start if before.info[0] != tg.hits[k].info[0] else None


def _lower_portfolio(tg: Tagger, h: Hit, k: int) -> bool:
    """In a cased language, a lower-case portfolio word at ``k`` right before a lower-case
    ministry head, a country's word or possessive right before it (wire copy's "Egypt's foreign
    ministry", "the Iranian defence ministry"): part of the ministry's name."""
    texts = tg.texts
    if not tg.P.cased or k + 1 != h.start or h.end - h.start != 1 or k < 1:
        return False
    if texts[k][:1].isupper() or not texts[h.start][:1].islower() or h.info[0] != "ministry":
        return False
    if tg.lex.ministry_key(frozenset({tg.norms[k]})) is None:
        return False
    j = k - 1 if texts[k - 1] not in tg.W.possessive_marker else k - 2
    before = tg.hits.get(j) if j >= 0 else None
    return before is not None and before.kind == "country"


def collective_owner(tg: Tagger, k: int) -> bool:
    """Token ``k`` is the possessive marker after a capitalised collective noun of persons
    (``collective_owner``: "People's", "Women's"): the possessive is inside a body's name."""
    return (
        0 < k < len(tg.norms)
        and tg.texts[k] in tg.W.possessive_marker
        and tg.norms[k - 1] in tg.W.collective_owner
        and tg.texts[k - 1][:1].isupper()
    )


@functools.cache
def _bare_possessive(markers: frozenset[str]) -> frozenset[str]:
    """The possessive markers without their last letter ("'" of "'s"), once per language."""
    return frozenset(p[:-1] for p in markers if len(p) > 1)


def _plural_owner(tg: Tagger, k: int) -> bool:
    """The bare apostrophe of a possessive marker ("'" of "'s") glued after a capitalised plural
    word of no lexicon ("the Health Ministers' Council", "the Interior Ministers' Council"): the
    plural owner is a word of the body's one name."""
    if not 0 < k < len(tg.norms) or tg.ws[k - 1]:
        return False
    word = tg.texts[k - 1]
    return (
        tg.texts[k] in _bare_possessive(tg.W.possessive_marker)
        and word[:1].isupper()
        and k - 1 not in tg.hits
    )


def _name_word_before(tg: Tagger, k: int) -> int:
    """One capitalised word opening a body's name before its country word, after a lower-case word
    or an article, also one opening the sentence (an armed service named "Royal" and its
    country's demonym, after "the" or opening a sentence): the name starts there."""
    j = k - 1
    if (
        j < 1
        or not tg.is_alpha[j]
        or not tg.texts[j][:1].isupper()
        or j in tg.hits
        or tg.norms[j] in tg.P.stop_words
        or tg.texts[j] in tg.lex.stopwords
        or (tg.texts[j - 1][:1].isupper() and tg.norms[j - 1] not in tg.W.article)
        or not tg.is_alpha[j - 1]
    ):
        return k
    return j


def _conjunction_closes(tg: Tagger, h: Hit, k: int) -> bool:
    """The conjunction at ``k`` joins no modifier to the head's name: a person's name ends before
    it (:func:`_titled_name_ends`), or the head right after it is an international body named
    by its acronym ("between Cedar Hollow and UNICEF": two things coordinated, an acronym is a
    closed name that takes no words before it). A listed head written out in words still takes
    them ("the AU Peace and Security Council": its own name's words joined by "and")."""
    acronym = h.end - h.start == 1 and tg.texts[h.start].isupper() and len(tg.texts[h.start]) > 1
    whole = k + 1 == h.start and h.info[0] == INTERNATIONAL and acronym
    return whole or _titled_name_ends(tg, k - 1) or _field_of_body_before(tg, h, k) is not None


def _field_of_body_before(tg: Tagger, h: Hit, k: int) -> Hit | None:
    """The words before the conjunction at ``k`` close the field of a body named head first (two
    ministries, each "Ministry of" and its field, joined by "and"; also when the first field
    itself holds "and"), and the head at ``h`` follows the conjunction right away: two
    bodies coordinated, the second taking none of the first's words. The first body's head hit,
    or None."""
    if k + 1 != h.start or k < 1 or not tg.texts[k - 1][:1].isupper():
        return None
    j = k - 1
    while (
        j > 0
        and not tg.hits.get(j)
        and not is_sent_start(tg.doc, j)
        and ((tg.is_alpha[j] and tg.texts[j][:1].isupper()) or tg.texts[j] in tg.W.conjunction)
    ):  # the walk back stays in the sentence
        j -= 1
    if j < 1 or tg.texts[j] not in tg.W.genitive:
        return None
    if j >= 2 and tg.texts[j - 1] in tg.W.article:
        j -= 1  # "the Ministry of the Interior and Ministry of Justice"
    before = tg.hits.get(j - 1)
    return before if before is not None and before.kind == "agency" and before.end == j else None


def _coordinated_owner(tg: Tagger, h: Hit, start: int) -> str | None:
    """The country owning the first of two bodies coordinated head first owns the second too
    (a country's possessive, then two "Department of" bodies joined by "and")."""
    if start != h.start or start < 1 or tg.texts[start - 1] not in tg.W.conjunction:
        return None
    first = _field_of_body_before(tg, h, start - 1)
    if first is None or _country_in_field(tg, h.end):
        return None  # "X's Ministry of A and Ministry of B of Y": the second is Y's
    return _left_modifiers(tg, first)[1]


def _country_in_field(tg: Tagger, j: int) -> bool:
    """A country's name among the capitalised words, genitives and articles of a body's field
    from ``j`` (at most eight tokens): the body names its own country after its head."""
    W = tg.W
    for q in range(j, min(j + 8, len(tg.norms))):
        if tg.at(q, "country"):
            return True
        if not (tg.texts[q][:1].isupper() or tg.norms[q] in W.genitive or tg.norms[q] in W.article):
            return False
    return False


def _titled_name_ends(tg: Tagger, k: int) -> bool:
    """ "Prime Minister Ali Mansour and Presidential Council head X": the word before "and" ends a
    person's name (a given name of the list, or a title, right before it), no modifier of the
    body after "and"."""
    if k < 1:
        return False
    before = tg.hits.get(k - 1)
    title_before = before is not None and before.kind == "title"
    return title_before or tg.norms[k - 1] in tg.lex.names


def _field_head_word(tg: Tagger, k: int) -> bool:
    """A one-word agency head that is also a field ("Intelligence") as an item of the serial list
    of fields that names a body ("the Defence, Intelligence and Foreign Relations Committee")."""
    h = tg.at(k, "agency")
    return h is not None and h.end == k + 1 and h.info[0] == _SERVICE


def _listed_field(tg: Tagger, h: Hit) -> bool:
    """A field head word before "and" whose later body's name takes it in ("Intelligence" of "the
    Defence, Intelligence and Foreign Relations Committee"): no body of its own."""
    k = h.end
    if (
        not _field_head_word(tg, h.start)
        or k >= len(tg.norms)
        or tg.norms[k] not in tg.W.conjunction
    ):
        return False
    nxt = tg.starts(("agency",), k + 1, min(k + 5, len(tg.norms)))
    later = tg.at(nxt[0], "agency") if nxt else None
    return later is not None and _left_modifiers(tg, later)[0] <= h.start


def _serial_items(tg: Tagger, k: int) -> int:
    """The first item of a serial list of capitalised modifiers that ends at ``k`` ("Foreign,
    Commonwealth and Development Office"): each item before the conjunction is one capitalised
    word followed by a comma."""
    while (
        k - 2 >= 0
        and tg.texts[k - 1] == ","
        and tg.texts[k - 2][:1].isupper()
        and not tg.hits.get(k - 2)
        and tg.norms[k - 2] not in tg.P.stop_words
        and tg.texts[k - 2] not in tg.lex.stopwords
    ):
        k -= 2
    return _serial_phrases(tg, k)


# at most this many capitalised words in one item of a head-final name's list: the fields of a
# body's remit are short noun phrases; a longer run of capitals is a name, not a field
_SERIAL_ITEM = 3


def _serial_phrases(tg: Tagger, k: int) -> int:
    """The first item of a serial list whose items are phrases of capitalised words, each closed
    by a comma ("the Rail, Inland Ports and Coastal Shipping Board"), the last one ending at
    ``k``: only when an article opens the list (a name before a comma is an apposition's, not a
    field of the body's name); else ``k``."""
    start, crossed = _serial_item_start(tg, k), False
    while start >= 2 and tg.texts[start - 1] == "," and _serial_word(tg, start - 2):
        start, crossed = _serial_item_start(tg, start - 2), True
    return start if crossed and start > 0 and tg.norms[start - 1] in tg.W.article else k


def _serial_item_start(tg: Tagger, k: int) -> int:
    """The first word of the item of capitalised words ending at ``k`` (at most _SERIAL_ITEM)."""
    i = k
    while i - 1 >= 0 and k - i + 1 < _SERIAL_ITEM and _serial_word(tg, i - 1):
        i -= 1
    return i


def _serial_word(tg: Tagger, i: int) -> bool:
    """A capitalised word of no lexicon hit and no stop word."""
    return (
        tg.texts[i][:1].isupper()
        and tg.is_alpha[i]
        and not tg.hits.get(i)
        and tg.norms[i] not in tg.P.stop_words
        and tg.texts[i] not in tg.lex.stopwords
    )


def _of_phrase(
    tg: Tagger, j: int, role_ok: bool = False, topic_ok: bool = False, sector: bool = False
) -> tuple[int, str | None] | None:
    """ "of|for" + capitalised words (or a country) at ``j``: (its end, country); None when there is
    none. With ``role_ok`` (an office) a role may follow: "Office of the Prime Minister"; with
    ``topic_ok`` (a committee's head) "on" + capitalised words: "Committee on Foreign Relations";
    with ``sector`` (a business body) a demonym before a field names its country."""
    n = len(tg.norms)
    topic = topic_ok and tg.norms[j] in tg.W.topic_prep
    if not ((topic or tg.texts[j] in tg.W.genitive) and j + 1 < n):
        return None
    k = j + 1
    article = tg.texts[k] in tg.W.article and k + 1 < n
    if article:
        k += 1  # "Office for the Coordination of …", "Ministry of the Interior"
    if not tg.texts[k][:1].isupper():
        return None if article else _lower_relations(tg, k)
    hit = tg.hits.get(k)
    if topic:
        return _topic_phrase(tg, k)
    if hit and hit.kind == "country":
        capital = hit.end < n and tg.texts[hit.end][:1].isupper()
        if article and capital and not _holder_next(tg, hit):
            return None  # "a delegation of the Saudi Shura Council": another body's demonym
        if hit.end < n and _field_word(tg, hit.end) and not sector:
            # "Department of Palestinian Affairs": a demonym qualifying a field names no country
            return _name_cut(tg, hit.end, _capitalised_run(tg, hit.end)), None
        m = hit.end
        while (
            hit.info[1] not in _PLACE_KINDS
            and m < n
            and tg.texts[m][:1].isupper()
            and m not in tg.hits
            and tg.is_alpha[m]
            and (m == hit.end or tg.norms[m] not in tg.lex.names)
        ):
            m += 1  # "Federation of Saudi Chambers X": the demonym's nouns, up to a personal name
        if m > hit.end:
            return m, hit.info[0]
        if hit.info[1] not in _PLACE_KINDS:
            # "a delegation of Spanish companies": a demonym is an adjective, its plural noun
            # ends the phrase (not "a delegation of Spanish")
            m = _demonym_plural_end(tg, hit.end)
        return m, hit.info[0]
    if hit and hit.kind == "agency" and hit.end < n and _field_word(tg, hit.end):
        # "Office of ASEAN Affairs": a body qualifying a field is the field's, not the parent
        return _name_cut(tg, hit.end, _capitalised_run(tg, hit.end)), None
    held = _office_holder_end(tg, hit, k) if role_ok and hit else None
    if held is not None:
        return held, None
    if hit and hit.kind in ("title", "cue"):
        return None
    m = _name_cut(tg, k, _portfolio_closed_at(tg, k, _serial_run(tg, _capitalised_run(tg, k))))
    m = _relations_with(tg, _holder_after(tg, k, m))
    if article and m < n and _another_body_at(tg, m):
        # "Board of Governors of the Islamic Development Bank", "Standing Committee of the
        # National People's Congress": another body's name
        return None
    return (m, None) if m > k else None


def _holder_next(tg: Tagger, hit: Hit) -> bool:
    """ "Speaker of the Parliament of the Republic of Serbia Milena …": a country's name (not its
    demonym) closes the body's name when capitalised words the tagger does not know follow it and
    end the run (the post holder's name); one ending at a known capitalised word (a body's head,
    a title) continues another name ("the Oman Investment Authority")."""
    if hit.info[1] != "name":
        return False
    m = _capitalised_run(tg, hit.end)
    return m > hit.end and not (m < len(tg.texts) and tg.texts[m][:1].isupper())


def _lower_relations(tg: Tagger, k: int) -> tuple[int, str | None] | None:
    """ "Delegation for relations with the Maghreb countries": a relation noun written lower-case
    right after "for" takes its "with" complement into the name (:func:`_relations_with`), with a
    plural noun closing a region's name; None when no such phrase is at ``k``."""
    if tg.norms[k] not in tg.W.relation_noun:
        return None
    m = _relations_with(tg, k + 1)
    if m == k + 1:
        return None
    return _demonym_plural_end(tg, m, reach=1), None


def _topic_phrase(tg: Tagger, k: int) -> tuple[int, str | None] | None:
    """A committee's subject after "on" from ``k``: capitalised words of no lexicon, a serial list
    of fields with them ("on Monday": a stop word, no subject; "on International Relations": a
    name's stop word may open a subject whose other words are none; "on Cooperation, Migration
    and Sport": the words of the whole list count)."""
    if tg.hits.get(k) or tg.norms[k] in tg.P.stop_words:
        return None
    run = _serial_run(tg, _capitalised_run(tg, k))  # "on Cooperation, Migration and …"
    stop = tg.lex.stopwords
    if all(
        tg.norms[i] in stop or tg.texts[i] in tg.W.conjunction or tg.is_punct[i]
        for i in range(k, run)
    ):
        return None
    m = _relations_with(tg, run)
    return (m, None) if m > k else None


_SERIAL_ITEMS = 4  # items of a serial list of fields after the first
_ITEM_WORDS = 3  # capitalised words of one field


def _serial_run(tg: Tagger, m: int) -> int:
    """A serial list of fields going on past the capitalised words ending at ``m`` ("Ministry of
    Petroleum[, Mines and Energy]", "Committee on Trade[, Tourism and Industry]"): comma-led
    items of a few capitalised words, the last led by "and"; no personal name among them (a
    list of people after the body); ``m`` when there is none."""
    n, W = len(tg.norms), tg.W
    k = m
    for _ in range(_SERIAL_ITEMS):
        if not (k + 1 < n and tg.texts[k] == "," and tg.texts[k + 1] not in W.conjunction):
            break
        end = _field_item(tg, k + 1)
        if end is None:
            break
        k = end
    if (
        k == m
        or not (k + 1 < n and tg.texts[k] == ",")
        and not (k < n and tg.texts[k] in W.conjunction)
    ):
        return m
    k = k + 1 if tg.texts[k] == "," else k
    if not (k < n and tg.texts[k] in W.conjunction):
        return m
    end = _field_item(tg, k + 1)
    return end if end is not None else m


def _field_item(tg: Tagger, k: int) -> int | None:
    """The end of one field of a serial list from ``k``: one to three capitalised words of no
    lexicon and no personal name; None when there is none."""
    n = len(tg.norms)
    e = k
    while (
        e < n
        and e - k < _ITEM_WORDS
        and tg.texts[e][:1].isupper()
        and tg.is_alpha[e]
        and not tg.hits.get(e)
        and tg.norms[e] not in tg.lex.names
        and tg.norms[e] not in tg.P.stop_words
    ):
        e += 1
    if e == k or (e < n and tg.texts[e][:1].isupper() and tg.is_alpha[e]):
        return None
    return e


def _another_body_at(tg: Tagger, m: int) -> bool:
    """A capitalised agency head at ``m``, or a collective owner's possessive and a head after it
    ("People's Congress")."""
    if tg.at(m, "agency") is not None and tg.texts[m][:1].isupper():
        return True
    return collective_owner(tg, m) and tg.at(m + 1, "agency") is not None


_REGION_WORDS = 2  # words of a region's name after "Relations with"


def _relations_with(tg: Tagger, m: int) -> int:
    """ "Delegation for Relations with the Arab Peninsula", "Committee on Relations with Israel": a
    relation noun ending the capitalised words at ``m`` takes its "with" complement (a country or
    capitalised words) into the body's name."""
    n = len(tg.norms)
    if not (0 < m < n - 1 and tg.norms[m - 1] in tg.W.relation_noun):
        return m
    if tg.texts[m][:1].isupper() or tg.norms[m] not in tg.W.comitative:
        return m
    k = m + 2 if tg.texts[m + 1] in tg.W.article and m + 2 < n else m + 1
    if not tg.texts[k][:1].isupper():
        return m
    hit = tg.hits.get(k)
    if hit is not None:
        return hit.end if hit.kind == "country" and hit.start == k else m  # "… with Israel"
    # a region's name, of two words at most: the holder's name may follow ("… with the Arab
    # Peninsula Sofia Berg")
    return _holder_after(tg, k, min(_capitalised_run(tg, k), k + _REGION_WORDS))


def _demonym_plural_end(tg: Tagger, k: int, reach: int = 3) -> int:
    """The end of the lower-case nouns a demonym at ``k - 1`` qualifies, up to a plural one within
    ``reach`` words ("American semiconductor companies"); ``k`` when no plural noun is there."""
    stop = tg.P.stop_words | tg.W.conjunction | tg.W.genitive | tg.W.article
    for m in range(k, min(k + reach, len(tg.norms))):
        if not (tg.is_alpha[m] and tg.texts[m].islower()) or tg.norms[m] in stop or m in tg.hits:
            return k
        if _plural_noun(tg, m):
            return m + 1
    return k


def _field_word(tg: Tagger, k: int) -> bool:
    """A capitalised portfolio word ("Affairs", "Cooperation") at ``k``."""
    _heads, by_key = _portfolio_words(tg.lex, tg.P)
    return (
        tg.texts[k][:1].isupper()
        and not tg.hits.get(k)
        and any(tg.norms[k] in words for words in by_key.values())
    )


def _name_cut(tg: Tagger, k: int, m: int) -> int:
    """ "Department of Asian Affairs Rita Alves": a listed personal name right after a portfolio
    word starts the holder's name, not more of the body's."""
    for e in range(k + 1, m - 1):
        if (
            _field_word(tg, e - 1)
            and tg.norms[e] in tg.lex.names
            and not _field_word(tg, e)
            and tg.texts[e + 1][:1].isupper()
        ):
            return e
    return m


def _holder_after(tg: Tagger, k: int, m: int) -> int:
    """ "Director-General of the Kuwait Fund for Arab Economic Development Waleed Saud Al-Bahar":
    where the capitalised words from ``k`` to ``m`` end in a personal name (a listed name, then
    only listed names, name particles and hyphens up to its last word), the body ends before it."""
    names, particles = tg.lex.names, tg.W.name_particle
    norms = tg.norms
    # a surname with its particle ("Al-Hameli") closes a name whatever the words before it
    particle_end = m - k > 3 and tg.texts[m - 2] == "-" and norms[m - 3] in particles
    for p in range(k + 1, m - 1):
        if norms[p] not in names:
            continue
        if particle_end and p - 1 > k and _unlisted_given_name(tg, p - 1):
            return p - 1  # "… Governors [Yusra] Omar Al-Fadhli": her own given name
        if particle_end or all(
            norms[q] in names or norms[q] in particles or tg.texts[q] == "-"
            for q in range(p + 1, m - 1)
        ):
            return p
    return _unlisted_pair_after(tg, k, m)


def _unlisted_pair_after(tg: Tagger, k: int, m: int) -> int:
    """ "Department for Harbour Services Tarvo Kesküla": two capitalised words of no list closing
    the run after a plural noun are the holder's given name and surname, not more of the body's
    name. Why: press releases put the holder's name right after the title and its body with no
    comma, and a body's remit ends in a plural noun ("Services", "Resources"); what follows such
    a remit inside the name is a unit's head (an agency word, a ``body_end`` word), a field word
    or a stop word, all kept in the body; ``m`` when the run does not end so."""
    q = m - 2
    if q - 1 <= k or not _plural_noun(tg, q - 1) or _field_word(tg, q - 1):
        return m
    last = m - 1
    surname = (
        tg.is_alpha[last]
        and tg.texts[last][:1].isupper()
        and tg.texts[last][1:].islower()
        and not tg.hits.get(last)
        and tg.norms[last] not in tg.W.body_end
        and tg.norms[last] not in tg.lex.stopwords
        and tg.norms[last] not in tg.P.stop_words
        and not _field_word(tg, last)
    )
    return q if surname and _unlisted_given_name(tg, q) else m


def _unlisted_given_name(tg: Tagger, q: int) -> bool:
    """A capitalised word of no list right before the listed name that opens a name closed by a
    surname with its particle ("Board of Governors Yusra Omar Al-Fadhli"): the holder's given
    name in a spelling the list lacks, when the word before it closes a body's name (a plural
    noun, a portfolio word, an agency's end); a portfolio word, a stop word or a plural noun is
    itself the body's, and so is a word after an adjective ("Civil Aviation")."""
    text = tg.texts[q]
    return (
        _closes_body(tg, q - 1)
        and tg.is_alpha[q]
        and text[:1].isupper()
        and text[1:].islower()
        and not tg.hits.get(q)
        and tg.norms[q] not in tg.lex.stopwords
        and tg.norms[q] not in tg.P.stop_words
        and not tg.norms[q].endswith(tuple(tg.W.plural_ending))
        and not _field_word(tg, q)
    )


def _closes_body(tg: Tagger, k: int) -> bool:
    """The word at ``k`` can end a body's name: a plural noun ("Governors"), a portfolio word
    ("Affairs") or the last word of an agency hit."""
    hit = tg.hits.get(k)
    if hit is not None and hit.kind == "agency" and hit.end == k + 1:
        return True
    return _plural_noun(tg, k) or _field_word(tg, k)


def _plural_noun(tg: Tagger, k: int) -> bool:
    """The word at ``k`` ends as a plural noun does (``plural_ending``), not in an ending that only
    looks so (``non_plural_ending``: "Business", "Access")."""
    norm = tg.norms[k]
    return norm.endswith(tuple(tg.W.plural_ending)) and not norm.endswith(
        tuple(tg.W.non_plural_ending)
    )


def _portfolio_closed_at(tg: Tagger, k: int, m: int) -> int:
    """ "Ministry of Foreign Affairs Hans Berg": where the words from ``k`` have named a whole
    portfolio and the next capitalised word is no portfolio word, the holder's name starts; one
    word alone closing the capitalised run is the body's own ("Department of Trade
    Negotiations") unless it is a listed personal name."""
    _heads, by_key = _portfolio_words(tg.lex, tg.P)
    for e in range(k + 1, m):
        words = frozenset(tg.norms[k:e])
        key = tg.lex.ministry_key(words)
        if (
            key is not None
            and words <= by_key[key]
            and tg.texts[e][:1].isupper()
            and tg.norms[e] not in by_key[key]
            and tg.norms[e] not in _heads
            and not _whole_portfolio(tg, by_key, frozenset(tg.norms[k : e + 1]))
            and (m - e > 1 or tg.norms[e] in tg.lex.names)
        ):
            return e
    return _compound_closed_at(tg, k, m)


def _compound_closed_at(tg: Tagger, k: int, m: int) -> int:
    """A ministry named by portfolio words joined by a conjunction, then two or more capitalised
    words of no portfolio: the holder's name starts at the first of them (a holder's name follows
    the body directly in this headline style, and no portfolio is named by two unlisted
    capitalised words after it); ``m`` otherwise."""
    _heads, _by_key = _portfolio_words(tg.lex, tg.P)
    fields = _field_words(tg.lex, tg.P)
    conj = tg.W.conjunction
    e = next((i for i in range(k, m) if tg.norms[i] not in fields | conj), m)
    if e > k and tg.norms[e - 1] in conj:
        # "… and European Affairs": a portfolio word of no list goes on after "and", up to the
        # field's closing word
        return _closing_field_cut(tg, e, m)
    if e == k or m - e < 2 or tg.norms[e] in _heads:
        return m
    if not any(tg.norms[i] in conj for i in range(k, e)):
        return m
    # a ministry of two portfolios may key to either one: the first word need only be a portfolio's
    key = tg.lex.ministry_key(frozenset(tg.norms[k:e]))
    return e if key is not None and tg.norms[k] in fields else m


_UNLISTED_FIELD_WORDS = 2  # the unlisted words of a field coordinated by "and" before its end


def _closing_field_cut(tg: Tagger, e: int, m: int) -> int:
    """A field of no list coordinated by "and" from ``e`` ("… and Oceanic Affairs"), closed by a
    word that ends a field (``body_end``) within a word or two, then two or more capitalised words
    of no portfolio up to ``m``: the holder's name starts after the closing word ("Ministry of
    Trade and Oceanic Affairs Lena Vik"); ``m`` otherwise."""
    fields = _field_words(tg.lex, tg.P)
    for f in range(e + 1, min(e + 1 + _UNLISTED_FIELD_WORDS, m)):
        if tg.norms[f] not in tg.W.body_end:
            continue
        rest = range(f + 1, m)
        if m - f - 1 >= 2 and not any(tg.norms[i] in fields or i in tg.hits for i in rest):
            return f + 1
        return m
    return m


def _whole_portfolio(tg: Tagger, by_key: dict[str, frozenset[str]], words: frozenset[str]) -> bool:
    """The words name one whole portfolio ("Foreign Trade": trade, though "Foreign" alone is
    another)."""
    key = tg.lex.ministry_key(words)
    return key is not None and words <= by_key[key]


def _office_holder_end(tg: Tagger, hit: Hit, k: int) -> int | None:
    """The end of the holder's role an office is named by at ``k`` ("Office of the Prime
    Minister"), also after a style or a body ("Office of His Highness the Minister")."""
    if hit.kind == "title" and hit.info[0] in ("role", "modifier"):
        return _role_run(tg, k)
    return _styled_role_end(tg, hit) if hit.start == k else None


def _styled_role_end(tg: Tagger, hit: Hit) -> int | None:
    """An office's holder named by a style or a body before the role: "Office of His Highness the
    Minister", "Office of the UN High Commissioner for Refugees": the end of the role and its
    "for" field, else None."""
    n = len(tg.norms)
    if hit.kind == "title" and hit.info[0] == "honorific":
        k = hit.end + 1 if hit.end < n and tg.texts[hit.end] in tg.W.article else hit.end
    elif hit.kind == "agency" and (hit.end - hit.start == 1 or hit.info[0] == INTERNATIONAL):
        k = hit.end  # a body's one-word name or abbreviation ("UN", "EU"), an international
        # body's full name ("the United Nations High Commissioner for Refugees")
    else:
        return None
    role = tg.at(k, "title") if k < n else None
    if role is None or role.start != k or role.info[0] not in ("role", "modifier"):
        # a sovereign's style alone names its holder ("Office of His Majesty")
        return hit.end if hit.kind == "title" and hit.info[2] in _SOVEREIGN_STYLES else None
    m = _role_run(tg, k)
    if m + 1 < n and tg.norms[m] in tg.W.served_prep and tg.texts[m + 1][:1].isupper():
        place = tg.hits.get(m + 1)
        end = place.end if place is not None and place.kind == "country" else m + 1
        end = max(end, _capitalised_run(tg, m + 1))
        m = end if end > m + 1 else m  # "… for Refugees", "… for Syria"
    return m


def _role_run(tg: Tagger, k: int) -> int:
    """The end of role words and capitalised words from ``k`` ("Prime Minister", "Special
    Envoy")."""
    m = k
    while m < len(tg.norms):
        hit = tg.at(m, "title")
        if hit is not None and hit.info[0] in ("role", "modifier", "adjective"):
            m = hit.end
        elif tg.texts[m][:1].isupper() and not tg.hits.get(m) and not tg.is_punct[m]:
            m += 1
        else:
            break
    return m


def _capitalised_run(tg: Tagger, k: int) -> int:
    """The end of capitalised words from ``k``, joined by hyphens or "and" ("Anti-Corruption and
    Economic Security"), or by a plural's possessive mark ("Employers' Organisations") unless
    another body's head follows ("Foreign Affairs' [Consular Department]": the owner's name
    ends at the mark)."""
    n = len(tg.norms)
    m, mark = k, None
    while m < n:
        if tg.texts[m][:1].isupper() and not tg.hits.get(m) and not tg.is_punct[m]:
            m += 1
        elif (
            m > k
            and m + 1 < n
            and (tg.texts[m] == "-" or tg.texts[m] in tg.W.conjunction or _plural_possessive(tg, m))
            and tg.texts[m + 1][:1].isupper()
            and not tg.hits.get(m + 1)
        ):
            mark = m if mark is None and _plural_possessive(tg, m) else mark
            m += 2
        else:
            break
    return mark if mark is not None and tg.kind(m) == "agency" else m


def _plural_possessive(tg: Tagger, m: int) -> bool:
    """Token ``m`` is the bare mark of a possessive marker after a word (a plural's possessive:
    "Confederation of Employers' Organisations"): inside a name, the name goes on."""
    marks = {p[:1] for p in tg.W.possessive_marker if len(p) > 1}
    return tg.texts[m] in marks and tg.is_alpha[m - 1] and not tg.is_space[m - 1]


def led_bare_delegation(tg: Tagger, k: int) -> bool:
    """ "Y, who is visiting Kuwait at the head of a delegation": the indefinite article at ``k``
    of a bare delegation right after the cue of a clause whose subject heads it
    (``lead_clause``): the delegation its leader brought, a body of the leader's country."""
    if k < 1 or k + 1 >= len(tg.norms) or tg.norms[k] not in tg.W.indefinite_article:
        return False
    cue = tg.hits.get(k - 1)  # a hit ending at k covers the token before
    return cue is not None and cue.kind == "cue" and cue.end == k and cue.info[0] == "lead_clause"


def _owned_delegation(tg: Tagger, h: Hit) -> bool:
    """ "X and his delegation": a delegation after a possessive is the one its owner leads, a
    body named so (as "his accompanying delegation" is), no anaphor."""
    return h.info[0] == DELEGATION and h.start > 0 and tg.norms[h.start - 1] in tg.W.possessive


def _accompanying_after(tg: Tagger, h: Hit) -> bool:
    """ "the delegation accompanying him" (a head-initial participle and an object pronoun right
    after a lower-case delegation): the one its pronoun's referent brought, as "his accompanying
    delegation" is."""
    k = h.end
    return (
        h.info[0] == DELEGATION
        and k + 1 < len(tg.norms)
        and tg.norms[k] in tg.W.accompany
        and tg.norms[k + 1] in tg.W.object_pronoun
    )


def _bare_lower_case(tg: Tagger, h: Hit) -> AgencyMention | None:
    """A bare lower-case head: the delegation a clause's subject heads ("at the head of a
    delegation", :func:`led_bare_delegation`), else an anaphor or nothing."""
    if h.info[0] == DELEGATION and led_bare_delegation(tg, h.start - 1):
        text = tokens_text(tg, h.start - 1, h.end)
        return AgencyMention(
            h.start - 1, h.end, text, DELEGATION, frozenset({tg.norms[h.start]}), text
        )
    return _lower_case_anaphor(tg, h)


def _lower_case_anaphor(tg: Tagger, h: Hit) -> AgencyMention | None:
    """ "the ministry said": a bare lower-case head after the article is an anaphor for the last
    agency of that kind (a delegation also past a participle of visiting); so is a ministry after
    a possessive ("her ministry said") and after the article and a lower-case portfolio word
    ("according to the foreign ministry": that portfolio's ministry, its word kept to resolve
    it)."""
    k, words, ministry = h.start - 1, frozenset[str](), h.info[0] == MINISTRY
    if h.info[0] == DELEGATION and k > 0 and tg.norms[k] in tg.W.visiting:
        k -= 1  # "the visiting delegation": the delegation from abroad told before, as the bare one
    if (
        ministry
        and k > 0
        and tg.texts[k][:1].islower()
        and tg.norms[k - 1] in tg.W.article
        and tg.lex.ministry_key(frozenset({tg.norms[k]})) is not None
    ):
        k, words = k - 1, frozenset({tg.norms[k]})
    if k >= 0 and (tg.norms[k] in tg.W.article or (ministry and tg.norms[k] in tg.W.possessive)):
        text = tokens_text(tg, k, h.end)
        return AgencyMention(k, h.end, text, kind=h.info[0], words=words, base=text, anaphor=True)
    return None


def _named_with_parent(
    tg: Tagger, h: Hit, parent: AgencyMention | None, start: int, j: int, owned: tuple[str, ...]
) -> tuple[AgencyMention | None, tuple[str, ...]]:
    """The parent and the other names of a head-final body from ``start`` to ``j``: a chamber's
    committee named after it ("the US Senate Foreign Relations Committee"), and a delegation
    from a body named body first ("a delegation from the Jordanian Senate" is the "Jordanian
    Senate delegation")."""
    chamber = _chamber_before(tg, h, start) if parent is None else None
    if chamber is not None:
        parent, owned = chamber, (*owned, tokens_text(tg, chamber.start, j))
    if h.info[0] == DELEGATION and parent is not None and parent.start > h.start:
        text = parent.text
        whole = max((text, *parent.aliases), key=lambda a: (a.endswith(text), len(a)))
        owned = (*owned, f"{whole} {tg.texts[h.start]}")
    return parent, owned


def _chamber_before(tg: Tagger, h: Hit, start: int) -> AgencyMention | None:
    """A parliament's chamber named right before a committee's capitalised modifiers ("the Senate
    [Foreign Relations Committee]"): the committee's parent, its name also said with it."""
    if h.info[0] not in _JOINT_KINDS or start >= h.start:
        return None
    owner = _body_before(tg, h, start)
    return owner if owner is not None and owner.kind == _PARLIAMENT else None


def _dashed_head(tg: Tagger, h: Hit) -> Hit:
    """A head joined by a dash to a capitalised title word ("Directorate-General",
    "Secretariat-General"): one head, its "of|for" phrases after the whole. Any other capitalised
    word after a dash is a compound adjective of a headline ("Ministry-Funded Clinics")."""
    k, texts = h.end, tg.texts
    if (
        k + 1 < len(texts)
        and texts[k] in _DASHES
        and not tg.ws[k - 1]
        and not tg.ws[k]
        and texts[k + 1][:1].isupper()
        and tg.is_alpha[k + 1]
        and tg.kind(k + 1) == "title"
    ):
        return Hit(h.kind, h.start, k + 2, h.key, h.info)
    return h


def _head_final(tg: Tagger, h: Hit) -> AgencyMention | None:
    h, W = _dashed_head(tg, h), tg.W
    if _names_no_body(tg, h):
        return None  # "Civil Service Commission" (one name); "By Sana Qureshi" (a person)
    kind = h.info[0]
    start, country = _left_modifiers(tg, h)
    left_country = country
    j, country = _name_phrases(tg, h, start, country)
    if _no_body_named(tg, h, start, j, country):
        return None  # "the Chile-Peru Joint Commission"; "Government sources"; "Digital Government"
    # "the Department of Commerce's Bureau of Industry and Security": a named sub-body
    name_end, parent = j, _named_owner(tg, start)
    standing = _standing_delegation(tg, h)
    if (kind in _SUB_BODY_KINDS or standing) and (start == h.start or left_country is None):
        # "African Union Commission", "EU Mission in X", "United Nations Assistance Mission for
        # Iraq": one body, its modifiers between; the country after it is where it serves
        owner = _owner_in_name(tg, h, start)
        if owner is not None:
            parent, start, country = owner, owner.start, left_country
    if kind == DELEGATION:
        parent, j, country = _delegation_origin(tg, j, parent, country, (h, start))
    elif parent is None:
        parent = _parent_after(tg, h, start, j)
    if (
        start == h.start
        and j == h.end
        and kind != INTERNATIONAL
        and tg.texts[h.start][:1].islower()
    ):
        parent = _possessive_owner(tg, h) or (_body_before(tg, h) if kind == DELEGATION else None)
        acc = next(
            (k for k in range(h.start, max(h.start - 3, -1), -1) if tg.norms[k] in W.accompany),
            None,
        )
        # "the Assembly's relations department", "his accompanying delegation"
        if parent is not None:
            start = parent.start
        elif acc is not None:
            start = acc
        elif _accompanying_after(tg, h):
            j = h.end + 2  # "the delegation accompanying him": a body named so, no anaphor
        elif not _owned_delegation(tg, h):
            return _bare_lower_case(tg, h)
    short, j = tokens_text(tg, start, j), _post_place_end(tg, h, j, standing)
    norms, skip = tg.norms, W.article | W.genitive | W.conjunction
    words = frozenset(
        norms[i]
        for i in range(max(start, 0), min(name_end, len(norms)))
        if tg.is_alpha[i] and norms[i] not in skip and tg.kind(i) != "country"
    )
    text = base = tokens_text(tg, start, j)
    owned, words = _owned_forms(tg, parent, start, j, words)
    parent, owned = _named_with_parent(tg, h, parent, start, j, owned)
    if country and tg.hits.get(start) and tg.hits[start].kind == "country":
        after = tg.hits[start].end
        if after < j and tg.texts[after] in W.possessive_marker:
            after += 1  # "Egypt's Foreign Ministry" → "Foreign Ministry"
        base = tokens_text(tg, after, j)
    owned = (*owned, short) if short != text else owned
    return AgencyMention(start, j, text, kind, words, base, country, parent=parent, aliases=owned)


def _post_place_end(tg: Tagger, h: Hit, j: int, standing: bool) -> int:
    """ "the OSCE Mission in Moldova", "the Delegation of the European Union to Kenya", "the UNDP
    Office in Lusaka": a post abroad (an embassy, a consulate, a mission, an office, an
    organisation's standing Delegation) is named with the country or town it serves right after
    its name; where that place ends (the name without it stays a form), ``j`` when none follows.
    (A body it is accredited to, "to the United Nations", stays a body of its own.)"""
    n = len(tg.norms)
    if (
        not (h.info[0] in _POST_KINDS or standing)
        or j + 1 >= n
        or tg.norms[j] not in tg.W.venue_prep
    ):
        return j
    place = tg.hits.get(j + 1)
    if place is None or place.kind != "country" or place.start != j + 1:
        return j
    return place.end if place.info[1] in _PLACE_KINDS else j


def _owner_in_name(tg: Tagger, h: Hit, start: int) -> AgencyMention | None:
    """The body right before a sub-body's head that its name holds: an international body ("the
    African Union Commission"), or any body before an office of a field ("the Sovereignty
    Council Media Office"; a bare "Government Office" is a place)."""
    owner = _body_before(tg, h, start)
    if owner is not None and (
        owner.kind == INTERNATIONAL or (h.info[0] == _OFFICE and start < h.start)
    ):
        return owner
    return None


def owner_post(tg: Tagger, start: int) -> Hit | None:
    """ "the Prime Minister's [Media] Office": the post whose possessive ends right before
    ``start``, whose office a body named there is (named with it); None when no post owns it."""
    k = start - 1
    if k < 1 or tg.texts[k] not in tg.W.possessive_marker:
        return None
    role = tg.hits.get(k - 1)
    return role if role is not None and role.kind == "title" and role.end == k else None


def _role_owner_start(tg: Tagger, start: int) -> int:
    """Where an office's name starts: at the post that owns it (:func:`owner_post`), else at
    ``start``."""
    role = owner_post(tg, start)
    return start if role is None else role.start


def _delegation_origin(
    tg: Tagger,
    j: int,
    parent: AgencyMention | None,
    country: str | None,
    head: tuple[Hit, int] | None = None,
) -> tuple[AgencyMention | None, int, str | None]:
    """A delegation's origin after its name: a body ("a delegation from the Jordanian Senate") is
    its parent, a country ("a trade delegation from the Republic of Korea") its country. A bare
    head (``head``: its hit and where its name starts, no word around it: "a delegation from
    <country>") is named with its country (:func:`_origin_country_end`): alone it is no body."""
    inner = _origin_body(tg, j)
    if inner is not None:
        return inner, inner.end, country
    bare = head is not None and head[1] == head[0].start and j == head[0].end
    end = _origin_country_end(tg, j) if bare and parent is None else j
    return parent, end, country if country is not None else _origin_country(tg, j)


def _parent_after(tg: Tagger, h: Hit, start: int, j: int) -> AgencyMention | None:
    """The parent named by "of the" right after a head-final body's name: after a name with
    modifiers before its head ("the Records Unit of the Ministry of Works"), or after an office
    named by its post ("the Office of the Clerk of the Senate"); None otherwise."""
    if start < h.start or (h.info[0] in _ROLE_OFFICE_KINDS and j > h.end):
        return _parent_of(tg, j)
    return None


def _parent_of(tg: Tagger, j: int) -> AgencyMention | None:
    """ "of the" and another capitalised body right after a body's whole name: its parent, a named
    body of its own (not part of the name)."""
    n = len(tg.norms)
    if not (j + 2 < n and tg.texts[j] in tg.W.genitive and tg.texts[j + 1] in tg.W.article):
        return None
    if not tg.texts[j + 2][:1].isupper():
        return None
    parent = _body_from(tg, j + 1)
    return parent if parent is not None and parent.start == j + 2 else None


def _owned_forms(
    tg: Tagger, parent: AgencyMention | None, start: int, j: int, words: frozenset[str]
) -> tuple[tuple[str, ...], frozenset[str]]:
    """ "the Senate's Foreign Affairs Committee": a body after its owner's possessive is named
    with its owner too, and apart from another body's committee of that name (not "the
    Ministry's": the one named before); its forms and words. "the Press Unit of the X Council":
    a body with its parent's "of the" phrase right after it is also named whole with it (a form,
    its words unchanged)."""
    if (
        parent is not None
        and parent.end < start
        and tg.texts[start - 1] in tg.W.possessive_marker
        and not (parent.kind == MINISTRY and parent.end - parent.start == 1)
    ):
        return (tokens_text(tg, parent.start, j),), words | parent.words
    if parent is not None and parent.start == j + 2 and not parent.anaphor:
        return (tokens_text(tg, start, parent.end),), words
    return (), words


def _standing_delegation(tg: Tagger, h: Hit) -> bool:
    """An organisation's standing "Delegation" (capitalised: a name) is its mission ("the EU
    Delegation to Egypt"), not a visiting delegation."""
    return h.info[0] == DELEGATION and tg.texts[h.start][:1].isupper()


def _of_phrases(
    tg: Tagger,
    j: int,
    country: str | None,
    role_ok: bool = False,
    topic_ok: bool = False,
    sector: bool = False,
) -> tuple[int, str | None]:
    """ "of|for" phrases after the head (after a committee's, "on" first too), and the country one
    of them names."""
    while j < len(tg.norms):
        of = _of_phrase(tg, j, role_ok, topic_ok, sector)
        if of is None:
            break
        j, of_country = of
        country = country or of_country
        topic_ok = False
    return j, country


def _body_from(tg: Tagger, k: int) -> AgencyMention | None:
    """The agency whose phrase starts at ``k`` (its head a few capitalised words on), skipping an
    article."""
    n = len(tg.norms)
    k = k + 1 if k < n and tg.norms[k] in tg.W.article else k
    for m in range(k, min(k + 5, n)):
        if tg.at(m, "agency"):
            ag = agency_phrase(tg, m)
            if ag is None or ag.anaphor or ag.start > k:
                return None
            return _whole_body_from(tg, k, ag)
        if not tg.texts[m][:1].isupper():
            return None
    return None


def _whole_body_from(tg: Tagger, k: int, ag: AgencyMention) -> AgencyMention:
    """The longest body named from ``k`` whose first head is ``ag``'s: a chamber's committee named
    after it ("from the US Senate [Foreign Relations Committee]")."""
    m = ag.end
    while m < len(tg.norms) and tg.texts[m][:1].isupper():
        if tg.at(m, "agency"):
            longer = agency_phrase(tg, m)
            first = longer.start if longer is not None else m
            if longer is not None and longer.parent is not None:
                first = min(first, longer.parent.start)  # named after its parent
            if longer is not None and not longer.anaphor and first <= k < longer.end:
                return longer
        m += 1
    return ag


def _origin_country(tg: Tagger, j: int) -> str | None:
    """ "from (the) <country's name>" right after a delegation: the country that sent it."""
    n = len(tg.norms)
    if j + 1 >= n or tg.norms[j] not in tg.W.origin:
        return None
    k = j + 2 if tg.norms[j + 1] in tg.W.article and j + 2 < n else j + 1
    h = tg.at(k, "country")
    return h.info[0] if h is not None and h.info[1] == "name" else None


def _origin_country_end(tg: Tagger, j: int) -> int:
    """Where "from (the) <country's name>" after a bare delegation head ends ("a delegation from
    the Republic of Korea"): the country that sent it names the delegation, as a body after
    "from" does (:func:`_delegation_origin`); ``j`` when no country's name follows."""
    if _origin_country(tg, j) is None:
        return j
    n = len(tg.norms)
    k = j + 2 if tg.norms[j + 1] in tg.W.article and j + 2 < n else j + 1
    h = tg.at(k, "country")
    return h.end if h is not None else j


def _origin_body(tg: Tagger, j: int) -> AgencyMention | None:
    """ "from the Jordanian Senate" after a delegation; "from <country>'s Senate" too (the body
    after its country's possessive, named with it)."""
    if j + 1 < len(tg.norms) and tg.norms[j] in tg.W.origin:
        return _body_from(tg, _past_owner_country(tg, j + 1))
    return None


def _past_owner_country(tg: Tagger, k: int) -> int:
    """Past "<country's name>'s" at ``k`` (the owner of the body after it); ``k`` otherwise."""
    h = tg.at(k, "country")
    if h is None or h.info[1] != "name" or h.end >= len(tg.texts):
        return k
    return h.end + 1 if tg.texts[h.end] in tg.W.possessive_marker else k


def _body_before(tg: Tagger, h: Hit, start: int | None = None) -> AgencyMention | None:
    """ "a European Union delegation": the body named right before a delegation (or before the
    modifiers from ``start``) sends it."""
    end = h.start if start is None else start
    k = end - 1
    while k >= 0 and tg.kind(k) == "agency" and tg.hits[k].start != k:
        k -= 1
    hit = tg.hits.get(k) if k >= 0 else None
    if hit is None or hit.kind != "agency" or hit.end > end:
        return None
    owner = agency_phrase(tg, hit.start)
    return owner if owner is not None and not owner.anaphor and owner.end == end else None


_OWNER_REACH = 8  # words of an owner body's name before its possessive marker
_LIST_COMMAS = frozenset(",،")  # the commas of a listed field inside a body's name


def _topic_head(tg: Tagger, h: Hit) -> bool:
    """A committee's capitalised head: "on" and its subject may follow in its name."""
    return h.info[0] in _TOPIC_KINDS and tg.texts[h.start][:1].isupper()


def _named_owner(tg: Tagger, start: int) -> AgencyMention | None:
    """ "the Lower House's Foreign Affairs Committee": the body whose name ends in the possessive
    marker right before a capitalised name owns it (a named sub-body, with its own name)."""
    k = start - 1
    if k < 1 or tg.texts[k] not in tg.W.possessive_marker or not tg.texts[start][:1].isupper():
        return None
    for m in range(k - 1, max(k - 1 - _OWNER_REACH, -1), -1):
        hit = tg.hits.get(m)
        if hit is None or hit.kind != "agency" or hit.start != m:
            continue
        owner = agency_phrase(tg, m)
        if owner is None or owner.anaphor or owner.end != k:
            continue
        # a name that goes on past "of" ends in a country or a portfolio ("the Department of
        # Commerce's"); else the possessive is inside one name ("the National People's Congress")
        if hit.end == k or tg.kind(k - 1) == "country" or _field_word(tg, k - 1):
            return owner
        return None
    return None


def _listed_comma(tg: Tagger, k: int, m: int) -> bool:
    """The comma at ``m`` separates two listed fields of a sub-body's name after the possessive
    at ``k`` ("Trade, Energy and Water"): a capitalised word on each side of it, as inside a
    proper name (a comma after or before a lower-case word closes a phrase instead)."""
    if tg.texts[m] not in _LIST_COMMAS or m - 1 <= k or m + 1 >= len(tg.texts):
        return False
    return (
        tg.is_alpha[m - 1]
        and tg.texts[m - 1][:1].isupper()
        and tg.is_alpha[m + 1]
        and tg.texts[m + 1][:1].isupper()
    )


def possessed_body(tg: Tagger, owner: AgencyMention) -> AgencyMention | None:
    """The named sub-body right after ``owner`` and its possessive marker ("the Department of
    Commerce's Bureau of Industry and Security", "the Assembly's relations department"), when
    there is one."""
    n, k = len(tg.norms), owner.end
    if k + 1 >= n or tg.texts[k] not in tg.W.possessive_marker:
        return None
    for m in range(k + 1, min(k + 1 + _OWNER_REACH, n)):
        hit = tg.hits.get(m)
        if hit is None or hit.kind != "agency":
            # a listed field of the sub-body ("the Senate's Trade, Energy and Water Committee")
            if hit is not None or not (tg.is_alpha[m] or _listed_comma(tg, k, m)):
                return None
            continue
        sub = agency_phrase(tg, hit.start)
        p = sub.parent if sub is not None and not sub.anaphor else None
        if p is not None and (p.start, p.end) == (owner.start, owner.end):
            return sub
        return None
    return None


def _possessive_owner(tg: Tagger, h: Hit) -> AgencyMention | None:
    """ "the National Assembly's public relations department": the body before the possessive owns
    the head."""
    k = h.start - 1
    while (
        k > h.start - 4
        and k >= 0
        and tg.is_alpha[k]
        and tg.texts[k][:1].islower()
        and not tg.hits.get(k)
    ):
        k -= 1
    if k < 1 or tg.texts[k] not in tg.W.possessive_marker:
        return None
    hit = tg.hits.get(k - 1)
    if hit is None or hit.kind != "agency":
        return None
    owner = agency_phrase(tg, hit.start)
    return owner if owner is not None and not owner.anaphor and owner.end == k else None


# ---------------------------------------------------------------- names with a country
_CACHE: dict[tuple[str, int], tuple[Lexicon, object]] = {}


def _cached(name: str, lex: Lexicon, build):
    """A table built once per lexicon object (lexicons are mutable, so not hashable)."""
    hit = _CACHE.get((name, id(lex)))
    if hit is None or hit[0] is not lex:
        hit = _CACHE[(name, id(lex))] = (lex, build())
    return hit[1]


def _country_words(lex: Lexicon, P: Profile) -> dict[str, tuple[str, str]]:
    return _cached("country_words", lex, lambda: _build_country_words(lex, P))


def _build_country_words(lex: Lexicon, P: Profile) -> dict[str, tuple[str, str]]:
    """ISO3 → (masculine, feminine) definite nisba (head-initial) or (demonym, demonym) (head-
    final): the first in the table."""
    out: dict[str, tuple[str, str]] = {}
    adjectives = P.words.country_adjective  # "Finnish", not the noun "Finn", before a head
    for norm, (iso, _kind) in lex.countries.items():
        form = lex.surface.get(norm, norm)
        if iso in out and P.fold(form) not in adjectives:
            continue
        forms = _qualifier_forms(lex, P, form, norm)
        if forms:
            out[iso] = forms
    return out


def _qualifier_forms(
    lex: Lexicon, P: Profile, form: str, norm: str | None = None
) -> tuple[str, str] | None:
    """A country word that can qualify a body's name, as (masculine, feminine): a definite nisba
    (head-initial; each nisba word agrees, "al-kuriyya al-janubiyya", not a word before it) or a
    capitalised demonym (head-final)."""
    norm = P.fold(form) if norm is None else norm
    kind = lex.countries.get(norm, ("", ""))[1]
    ending = P.fold(P.nisba_ending) if P.nisba_ending else ""
    if (
        P.head_initial
        and kind == "nisba"
        and P.is_definite(norm)
        and ending
        and norm.endswith(ending)
    ):
        fem = " ".join(
            w + P.feminine_suffix if P.fold(w).endswith(ending) else w for w in form.split()
        )
        return form, fem
    suffix = P.fold(P.feminine_suffix) if P.feminine_suffix else ""
    if P.head_initial and kind == "nisba" and suffix and ending and " " not in form:
        # the feminine nisba the text used ("al-tshiliyya"): its masculine drops the suffix
        masc = form[: -len(P.feminine_suffix)]
        if norm.endswith(ending + suffix) and P.is_definite(norm):
            return masc, form
    if (
        not P.head_initial
        and (kind == "demonym" or (kind == "name" and norm in P.words.country_adjective))
        and form[:1].isupper()
    ):
        return form, form  # a demonym, or a name used as one ("New Zealand")
    return None


def country_qualified(
    lex: Lexicon, P: Profile, name: str, iso: str, seen: Iterable[str] = (), named: bool = False
) -> list[str]:
    """ "Foreign Ministry" of Egypt → "Egyptian Foreign Ministry"; head-initial: the name + the
    nisba agreeing with its head. The country's first word in the table, and each of ``seen``
    (the country's forms the text used) that can qualify a name: a body is named with the nisba
    its text gives the country ("al-uzbaki" → the ministry "al-uzbakiyya"); ``named``: head-final,
    also each short name of the country the text used ("New Zealand Ministry of Foreign
    Affairs", as governments style their ministries)."""
    if not name:
        return []
    first = _country_words(lex, P).get(iso)
    options = [first] if first else []
    # a head-final language's demonyms are also nouns ("Mauritanians"): no plural among them
    for s in sorted(seen):
        f = _qualifier_forms(lex, P, s)
        if f and f not in options and (P.head_initial or not _plural_demonym(lex, P, s)):
            options.append(f)
    if not P.head_initial:
        return (
            [f"{f[0]} {name}" for f in options]
            + [f"{s} {name}" for s in sorted(seen) if named and _attributive_name(lex, P, s, iso)]
            + (_of_country_forms(lex, P, name, iso, seen) if named else [])
        )
    head = P.fold(name.split()[0])
    feminine = bool(P.feminine_suffix) and head.endswith(P.fold(P.feminine_suffix))
    qualified = [f"{name} {f[1] if feminine else f[0]}" for f in options]
    if not named:
        return qualified
    return (
        qualified
        + _construct_forms(lex, P, name, iso, seen)
        + _place_forms(lex, P, name, iso, seen)
    )


def _plural_demonym(lex: Lexicon, P: Profile, form: str) -> bool:
    """A demonym that is another of the table's with one letter more, its plural ("Kazakhstanis"
    of "Kazakhstani"): a noun, never before a body's name."""
    norm = P.fold(form)
    return len(norm) > 2 and lex.countries.get(norm[:-1], ("", ""))[1] == "demonym"


def _place_forms(lex: Lexicon, P: Profile, name: str, iso: str, seen: Iterable[str]) -> list[str]:
    """A head-initial ministry also named with its country's name the text used after a glued
    preposition of the parent ("ministry of-the-foreign-affairs in-Republic-of-X", as "minister
    of the foreign affairs in-Republic-of-X" styles its holder): the name as it stands."""
    glued = sorted(p for p in P.words.parent_prep if p in P.proclitics)
    out: list[str] = []
    for s in sorted(seen):
        hit = lex.countries.get(P.fold(s))
        if hit is not None and hit[0] == iso and hit[1] == "name":
            out.extend(f"{name} {p}{s}" for p in glued)
    return out


def _construct_forms(
    lex: Lexicon, P: Profile, name: str, iso: str, seen: Iterable[str]
) -> list[str]:
    """A head-initial ministry "<head> the-<field>" of a country also in construct with the
    country's name the text used ("ministry of-foreign Costa Rica", as "minister of-foreign
    Costa Rica" styles its holder): the field loses its article."""
    words = name.split()
    if len(words) != 2 or not P.is_definite(P.fold(words[1])):
        return []
    field = P.strip_definite(words[1])
    out = []
    for s in sorted(seen):
        hit = lex.countries.get(P.fold(s))
        if hit is not None and hit[0] == iso and hit[1] == "name":
            out.append(f"{words[0]} {field} {s}")
    return out


def _of_country_forms(
    lex: Lexicon, P: Profile, name: str, iso: str, seen: Iterable[str]
) -> list[str]:
    """A head-final language's ministry named head first ("Ministry of Foreign Affairs") also
    with "of" and each name the text gave its country after it ("… of Japan", "… of the
    Republic of Rwanda"), as a "Minister of Foreign Affairs of X" styles its holder: a long style
    of more than one word takes the article."""
    words = name.split()
    # the connective of the language's "<head> of <field>" ("of")
    prep = P.implied_agency.partition("{head}")[2].partition("{field}")[0].strip()
    if not (P.ministry_head and words and P.fold(words[0]) == P.fold(P.ministry_head)):
        return []
    if not (prep and P.words.article) or len(words) < 3 or words[1] != prep:
        return []
    art = sorted(P.words.article)[0]
    out: list[str] = []
    for s in sorted(seen):
        hit = lex.countries.get(P.fold(s))
        if hit is None or hit[0] != iso or hit[1] != "name" or not s[:1].isupper():
            continue
        out.append(f"{name} {prep} {s}")
        if len(s.split()) > 1:
            out.append(f"{name} {prep} {art} {s}")
    return out


def _attributive_name(lex: Lexicon, P: Profile, form: str, iso: str) -> bool:
    """A country's name the text used that a head-final language puts before a body's name as it
    stands ("New Zealand Ministry of Foreign Affairs", "Timor-Leste Ministry of …"): a short name
    of capitalised words, not a long style ("Kingdom of the Netherlands")."""
    hit = lex.countries.get(P.fold(form))
    return (
        hit is not None
        and hit[0] == iso
        and hit[1] == "name"
        and all(w[:1].isupper() for w in form.split())
    )


def head_first_forms(lex: Lexicon, P: Profile, names: Iterable[str], key: str) -> list[str]:
    """A head-final ministry name's "<head> of <portfolio>" form ("Defence Ministry" → "Ministry
    of Defence"): the portfolio as the shortest form of its table that begins with the name's
    words, and has more of them after a portfolio adjective ("Foreign Ministry" → "Ministry of
    Foreign Affairs": no government names a "Ministry of Foreign")."""
    if P.head_initial or not P.ministry_head:
        return []
    head = P.fold(P.ministry_head)
    written = lex.ministry_forms.get(key, ())
    out: list[str] = []
    for name in names:
        words = name.split()
        if len(words) < 2 or P.fold(words[-1]) != head:
            continue
        field = [P.fold(w) for w in words[:-1]]
        longer = " ".join(field) in P.words.portfolio_adjective
        full = sorted(
            (
                f
                for f in written
                if [P.fold(w) for w in f.split()][: len(field)] == field
                and (len(f.split()) > len(field) or not longer)
            ),
            key=lambda f: (len(f), f),
        )
        if full:
            out.append(P.implied_agency.format(head=words[-1], field=full[0]))
    return out


def _portfolio_words(lex: Lexicon, P: Profile) -> tuple[frozenset[str], dict[str, frozenset[str]]]:
    return _cached("portfolio_words", lex, lambda: _build_portfolio_words(lex, P))


def _build_portfolio_words(
    lex: Lexicon, P: Profile
) -> tuple[frozenset[str], dict[str, frozenset[str]]]:
    """(words of ministry heads, portfolio key → every word of its forms), as agency words are
    written."""
    heads = frozenset(
        P.strip_definite(w)
        for form, kind in lex.agencies.items()
        if kind == MINISTRY
        for w in form.split()
    )
    by_key: dict[str, set[str]] = {}
    for words, key in lex.ministries:
        by_key.setdefault(key, set()).update(words)
    return heads, {k: frozenset(v) for k, v in by_key.items()}


def _field_words(lex: Lexicon, P: Profile) -> frozenset[str]:
    """Every word of a ministry's portfolio forms, as agency words are written."""
    return _cached(
        "field_words", lex, lambda: frozenset().union(*_portfolio_words(lex, P)[1].values())
    )


def compound_ministry(lex: Lexicon, P: Profile, words: frozenset[str], key: str) -> bool:
    """A ministry named by more than its portfolio ("foreign affairs and international
    cooperation")."""
    heads, by_key = _portfolio_words(lex, P)
    folded = {P.strip_definite(w.casefold()) for w in words}
    return bool(folded - heads - by_key.get(key, frozenset()) - lex.stopwords)


# ---------------------------------------------------------------- coordinated bodies
def _plural_head_final(tg: Tagger, h: Hit) -> AgencyMention | None:
    """ "the Defence and Interior Ministries", "the ministries of defence and interior": one
    mention, split into its bodies by :func:`split_coordinated`."""
    n, W = len(tg.norms), tg.W
    start, country = _left_modifiers(tg, h)
    if start == h.start and country is None:
        start, country = _lower_fields_before(tg, h.start)
    j = h.end
    if (start == h.start or _country_only_before(tg, start, h.start)) and (
        j + 1 < n and tg.norms[j] in W.genitive
    ):
        j = _field_list_end(tg, j + 1) or j  # also "the Kuwaiti Ministries of Defence and Health"
    if start == h.start and j == h.end:
        return None
    if country is None and j + 1 < n and tg.norms[j] in W.genitive:
        ch = tg.at(j + 1, "country")  # "the Defence and Interior Ministries of Iraq"
        if ch is not None and ch.info[1] == "name":
            country, j = ch.info[0], ch.end
    text = tokens_text(tg, start, j)
    return AgencyMention(
        start, j, text, kind=h.info[0], words=frozenset(), base=text, country=country
    )


def _country_only_before(tg: Tagger, start: int, k: int) -> bool:
    """The words from ``start`` to the head at ``k`` are one country's name or nisba only."""
    hit = tg.hits.get(start)
    return hit is not None and hit.kind == "country" and hit.end == k


def _lower_fields_before(tg: Tagger, k: int) -> tuple[int, str | None]:
    """ "Lebanon's foreign and defence ministries", "the Iraqi oil and finance ministries":
    portfolio words joined by "and" before a plural head, after a country or its possessive:
    (start, country); (``k``, None) when there is none."""
    _heads, by_key = _portfolio_words(tg.lex, tg.P)
    fields = frozenset().union(*by_key.values())
    W, j, joined = tg.W, k - 1, False
    while j >= 0 and (tg.norms[j] in fields or tg.norms[j] in W.conjunction or tg.texts[j] == ","):
        joined = joined or tg.norms[j] in W.conjunction
        j -= 1
    if not joined or j + 1 >= k or tg.norms[j + 1] not in fields:
        return k, None
    hit = tg.hits.get(j)
    if hit is not None and hit.kind == "country" and hit.end == j + 1:
        return hit.start, hit.info[0]  # "the Iraqi oil and finance ministries"
    owner = tg.hits.get(j - 1) if j > 0 and tg.texts[j] in W.possessive_marker else None
    if owner is not None and owner.kind == "country" and owner.end == j:
        return j + 1, owner.info[0]  # "Lebanon's foreign and defence ministries"
    return k, None


def _field_list_end(tg: Tagger, k: int) -> int | None:
    """The end of "defence and interior" / "foreign affairs, finance and oil" from ``k``: a field
    of one or two words, then after a comma or "and" one word each (a verb may follow the list);
    None if no "and"."""
    n, W = len(tg.norms), tg.W

    def word(i: int) -> bool:
        return (
            i < n and tg.is_alpha[i] and not tg.hits.get(i) and tg.norms[i] not in tg.P.stop_words
        )

    m = k + 1 if word(k) else k
    m = m + 1 if word(m) and m < k + 2 else m
    joined = False
    while (
        m > k and m + 1 < n and (tg.norms[m] in W.conjunction or tg.texts[m] == ",") and word(m + 1)
    ):
        joined, m = joined or tg.norms[m] in W.conjunction, m + 2
    return m if joined else None


def _groups(tg: Tagger, start: int, end: int) -> list[list[int]]:
    """Token groups between ``start`` and ``end``, split at the conjunction (apart or glued) and
    commas."""
    W = tg.W
    groups: list[list[int]] = [[]]
    for k in range(start, end):
        norm = tg.norms[k]
        glued = next(
            (c for c in W.conjunction if norm.startswith(c) and tg.P.is_definite(norm[len(c) :])),
            None,
        )
        if norm in W.conjunction or tg.texts[k] in (",", tg.P.list_separator.strip()):
            groups.append([])
        elif glued and groups[-1]:
            groups.append([k])
        elif tg.kind(k) != "country" and norm not in W.genitive | W.article:
            groups[-1].append(k)
    return [g for g in groups if g]


def _piece_text(tg: Tagger, k: int, first: bool) -> str:
    W, norm, text = tg.W, tg.norms[k], tg.texts[k]
    glued = next(
        (c for c in W.conjunction if norm.startswith(c) and tg.P.is_definite(norm[len(c) :])),
        None,
    )
    return text[len(glued) :] if glued and not first else text


def split_coordinated(tg: Tagger, m: AgencyMention) -> list[AgencyMention]:
    """ "the two ministries of foreign affairs and defence" → the foreign ministry and the defence
    ministry: each coordinated field with the singular head, the country of the whole (a dual nisba)
    for each; ``[m]`` when the head is singular, ``[]`` when a plural head has one field."""
    head = next((tg.hits[k] for k in range(m.start, m.end) if tg.at(k, "agency")), None)
    if head is None or head.key not in tg.lex.plural_heads:
        return [m]
    singular, P = tg.lex.plural_heads[head.key], tg.P
    before = (
        m.start < head.start
        and not P.head_initial
        and not _country_only_before(tg, m.start, head.start)  # "the Kuwaiti Ministries of …"
    )
    groups = _groups(tg, m.start, head.start) if before else _groups(tg, head.end, m.end)
    out = []
    for gi, g in enumerate(groups):
        # a later group's first word keeps no glued "and" ("the ministries of foreign and-defence")
        field = " ".join(_piece_text(tg, k, gi == 0 and i == 0) for i, k in enumerate(g))
        if P.head_initial:
            text = f"{singular} {field}"
        else:
            text = (
                f"{field} {singular}"
                if before
                else P.implied_agency.format(head=singular, field=field)
            )
        words = frozenset(
            {P.strip_definite(P.fold(singular))} | {_word_key(P, tg.W, tg.norms[k]) for k in g}
        )
        out.append(
            AgencyMention(
                g[0], g[-1] + 1, text, kind=m.kind, words=words, base=text, country=m.country
            )
        )
    # a plural head over one field ("the relations committees of the two houses") names no one body
    return out if len(out) > 1 else []

"""Person names: which tokens may be name words, and the run of them.

How a name looks is a language property (``name_shape`` in the profile), each
with its rule in :data:`NAME_SHAPES`; both read the language's personal names
(``given_names.tsv``, :attr:`~graphbuild.lang.Lexicon.names`):

* ``compound`` (Arabic): any word outside the lexicons, stop words and phrase
  breaks may be a name word, but not first a definite word (except right after an
  honorific: Mawlana al-Fatih …) or an imperfect verb (``verb_prefix``, outside the
  name list), nor a clitic glued to the article or a word with a pronoun suffix.
  A name particle (``name_particle``: abd, abu, bin, ibn, bint, walad, mint, the
  family particle) joins the next word; an initial (a letter and a period) stands
  between two words; a definite word after a first name is a family name; a nisba
  written without the article before a particle is a given name (Turki bin …). A
  name goes on as far as its words are known names, family names, particles or
  initials; a word outside the name list is taken only right after a known name (a
  given name and a surname), unless the whole run ends at a comma, bracket or quote
  (an apposition: "…، Mr Liu Jian Hua،") or, two words at most, at the end of the
  sentence. So a name never takes the verb or noun after it.
* ``capitalised`` (English): name words are capitalised, lower-case name particles
  (bin, al) join them, an initial ("J.") stands between two words, a glued hyphen
  joins two parts (Al-Serraj); a stop word ends a name unless it is a month name
  outside a date (Theresa May).

A name is at most :data:`MAX_WORDS` words besides its particles and initials.
Tokens of a date (a month name next to a number) are never name words.
:func:`starts_known_name` tells whether a name starts with a known personal name
(the evidence for a name with no title next to it).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from ..lang import GENERIC_TITLE, spelling
from .memo import memo_table
from .mentions import NameMention
from .spans import tokens_text
from .tagger import Hit, Tagger

__all__ = [
    "glued_ands",
    "lower_particle",
    "name_like",
    "name_run",
    "glued_hyphen",
    "initial_at",
    "is_initial",
    "given_name_after_definite_title",
    "given_name_before_patronymic",
    "given_name_role",
    "place_after_governor",
    "known_name",
    "one_syllable_name",
    "spelled_as_function_word",
    "starts_known_name",
    "person_names",
    "verb_shaped_name",
    "written_definite",
    "NAME_SHAPES",
    "MAX_WORDS",
]

MAX_WORDS = 4  # name words, particles and initials aside
_MAX_TOKENS = 8
_FIELD_WORDS = 9  # the words of a title's field an initial after it is looked back over
_CLEAN_END_WORDS = 3  # a name of unknown words ending where the next phrase starts
_TATWEEL = "\u0640"
_COMMAS = frozenset(",،")
# a comma, the colon of an attribution line ("… X Y:"), or the full stop that ends the sentence
# (a verb's object does not stop there alone)
_NAME_CLOSERS = _COMMAS | {":", "."}
VISIT_CUE = "visit"  # the cue class of a visit verb (lang/<code>/cues.tsv)
_ACCORDING_CUE = "according"  # the cue class of "according to" (a preposition)
_VISIT_REACH = 8  # words back from a name to its clause's verb (a title of a few words between)
_BOUNDARY_PUNCT = frozenset(",.;:!?()[]\"'«»“”،؛؟")


def glued_hyphen(doc: Doc, j: int) -> bool:
    """A hyphen glued between two name parts, the second capitalised ("Al-Serraj")."""
    if j <= 0 or j + 1 >= len(doc):
        return False
    t = doc[j]
    return (
        t.text == "-"
        and not doc[j - 1].whitespace_
        and not t.whitespace_
        and _name_letter(doc[j + 1].text[:1])
    )


def _name_letter(c: str) -> bool:
    """A capital, or a letter of a script without case (an Arabic name part: "Marie-Laure")."""
    return c.isupper() or (c.isalpha() and not c.islower())


def is_initial(tok: Token) -> bool:
    """A letter and a period ("J.", an Arabic letter and a period, with or without a tatweel)."""
    return _initial_text(tok.text)


#: Each text's :func:`_initial_text` and :func:`_without_marks`, kept in a plain dict each
#: (compiled, a lookup is a native dict read; an ``lru_cache`` is a call through its wrapper with
#: its bookkeeping), cleared when it reaches :data:`_TEXTS_KEPT` entries
_INITIALS: dict[str, bool] = {}
_UNMARKED: dict[str, str] = {}
_TEXTS_KEPT = 65536


def _initial_text(text: str) -> bool:
    found = _INITIALS.get(text)
    if found is None:
        if len(_INITIALS) >= _TEXTS_KEPT:
            _INITIALS.clear()
        found = _INITIALS[text] = _is_initial_text(text)
    return found


def _is_initial_text(text: str) -> bool:
    text = text.replace(_TATWEEL, "")
    return (
        len(text) == 2
        and text[1] == "."
        and text[0].isalpha()
        and (not text[0].isascii() or text[0].isupper())
    )


def initial_at(tg: Tagger, j: int) -> bool:
    """Token ``j`` is an initial (:func:`is_initial`, read from the token texts)."""
    return _initial_text(tg.texts[j])


def glued_hyphen_at(tg: Tagger, j: int) -> bool:
    """:func:`glued_hyphen`, read from the tagger's token lists."""
    texts, ws = tg.texts, tg.ws
    return (
        0 < j < len(texts) - 1
        and texts[j] == "-"
        and not ws[j - 1]
        and not ws[j]
        and _name_letter(texts[j + 1][:1])
    )


def _hyphened_part(tg: Tagger, i: int) -> bool:
    """Uncased: word ``i`` is glued by a hyphen to a word before or after it, no space between
    (the parts of a hyphened foreign name: "Anna-Liisa", "Min-su"), whatever word it spells,
    unless a part is a word that breaks a phrase ("yesterday-Monday", "X-in his office": a dash
    for a space in running text, not a name)."""
    alpha, n = tg.is_alpha, len(tg.texts)
    if not alpha[i] or tg.P.cased or _word_of(tg, i).phrase_break:
        return False
    after = i + 2 < n and _tight_hyphen(tg, i + 1) and alpha[i + 2]
    after = after and not _word_of(tg, i + 2).phrase_break
    before = i >= 2 and _tight_hyphen(tg, i - 1) and alpha[i - 2]
    before = before and not _word_of(tg, i - 2).phrase_break
    return after or before


def _tight_hyphen(tg: Tagger, h: int) -> bool:
    """Token ``h`` is a hyphen with no space on either side (it glues two words)."""
    return 0 < h < len(tg.texts) - 1 and tg.texts[h] == "-" and not tg.ws[h - 1] and not tg.ws[h]


def _glued_syllable_at(tg: Tagger, j: int) -> bool:
    """Token ``j`` is a lower-case syllable glued by a hyphen to the word before it, or that hyphen
    ("Kang Seo-yeon", read back from its last syllable)."""
    texts = tg.texts
    k = j + 1 if texts[j] == "-" else j
    return (
        1 < k < len(texts)
        and _tight_hyphen(tg, k - 1)
        and texts[k].isalpha()
        and texts[k].islower()
        and texts[k - 2][:1].isupper()
    )


@functools.cache
def glued_ands(conjunctions: frozenset[str]) -> tuple[str, ...]:
    """The one-letter forms of "and", written glued to the next word (wa-)."""
    return tuple(sorted(c for c in conjunctions if len(c) == 1))


def known_name(tg: Tagger, i: int) -> bool:
    """Token ``i`` is a personal name of the language's list (and no lexicon word), or a name that
    folds onto a function word spelled as the name (``unfolded_name``: Ali with a final ya, not
    the preposition "ala" with its alef maqsura)."""
    norm = tg.norms[i]
    return (
        (norm in tg.lex.names or (norm in tg.unfolded_names and _word_of(tg, i).unfolded))
        and i not in tg.hits
        and (not tg.P.cased or tg.texts[i][:1].isupper())
    )


def given_name_role(tg: Tagger, i: int) -> bool:
    """In a head-initial language, token ``i`` is a one-word indefinite title that is also a listed
    given name ("Amin", "Amir") with a listed name word or a particle opening a name right after
    it: the first name of a person ("Amin Atiyya"), not a title: a title before its holder's name
    is definite there ("the minister Khalid"), and an indefinite one governs a common noun, a body
    or a country ("Amin 'Amm", "Amir Qatar")."""
    h, norms, nxt = tg.hits.get(i), tg.norms, i + 1
    return (
        tg.head_initial
        and h is not None
        and h.kind == "title"
        and h.end == nxt
        and h.info[0] == "role"
        and norms[i] in tg.lex.names
        and not tg.is_definite(norms[i])
        and h.info[-1] != GENERIC_TITLE  # "his counterpart" folds onto a given name
        and nxt < len(norms)
        and (known_name(tg, nxt) or norms[nxt] in tg.W.name_opener)
    )


def given_name_before_patronymic(tg: Tagger, i: int) -> bool:
    """Cased: a one-word title that is also a listed given name, capitalised, right before a
    linking particle written in lower case and a name word ("Sultan bin Rashid X", "Amir bin
    Y"): the person's first name; a title is followed by no patronymic ("President de Klerk" has
    no linking one). A cue word so placed is a given name too ("Said bin Nasser X": no verb is
    followed by a patronymic)."""
    h, n = tg.hits.get(i), len(tg.norms)
    return (
        tg.P.cased
        and h is not None
        and (h.kind == "title" and tg.norms[i] in tg.lex.names or h.kind == "cue")
        and h.start == i
        and h.end == i + 1
        and tg.texts[i][:1].isupper()
        and i + 2 < n
        and lower_particle(tg, i + 1)
        and tg.norms[i + 1] not in tg.W.name_opener
        and tg.texts[i + 2][:1].isupper()
        and (i + 2) not in tg.hits
    )


def given_name_after_cased_title(tg: Tagger, i: int) -> bool:
    """Cased: a one-word role that is also a listed given name, capitalised, right after a
    capitalised word that is no honorific, country or body ("Minister of State for Foreign Affairs
    [Sultan] X Y", "Crown Prince [Sultan] X") and before a name word: the holder's first name; one
    person holds no two heads of state's and minister's posts in a row ("His Majesty Sultan X"
    keeps its title after the honorific)."""
    h, n = tg.hits.get(i), len(tg.norms)
    if not (tg.P.cased and h is not None and h.kind == "title" and h.start == i and h.end == i + 1):
        return False
    if h.info[0] != "role" or tg.norms[i] not in tg.lex.names or not 0 < i < n - 1:
        return False
    prev = tg.hits.get(i - 1)
    if tg.abbreviation_before(i):
        prev = None  # "Director General of the X Fund (XF) [Sultan] Y Z": the bracket ends a body
    elif not (tg.is_alpha[i - 1] and tg.texts[i - 1][:1].isupper()):
        return False
    if prev is not None and (prev.kind != "title" or prev.info[0] not in ("role", "rank")):
        return False
    nxt = i + 1
    return tg.texts[nxt][:1].isupper() and tg.is_alpha[nxt] and tg.kind(nxt) is None


def given_name_after_definite_title(tg: Tagger, j: int) -> bool:
    """In a head-initial language an indefinite one-word title that is a listed given name, right
    after a definite title, is the holder's first name ("the president Amin X"): a role in
    construct comes before the definite word, not after it. A body, a country or another title
    right after it makes it a title again ("the crown prince, head of the council")."""
    h, prev, nxt = tg.hits.get(j), tg.hits.get(j - 1), j + 1
    return (
        tg.head_initial
        and nxt < len(tg.norms)
        and nxt not in tg.hits
        and tg.is_alpha[nxt]
        and tg.norms[nxt] not in tg.W.phrase_break
        and h is not None
        and h.kind == "title"
        and h.end == j + 1
        and tg.norms[j] in tg.lex.names
        and not tg.is_definite(tg.norms[j])
        and h.info[-1] != GENERIC_TITLE  # "his counterpart" folds onto a given name
        and prev is not None
        and prev.kind == "title"
        and prev.end == j
        and tg.is_def(j - 1)
    )


def spelled_as_function_word(tg: Tagger, i: int) -> bool:
    """Token ``i`` folds onto a name that folds onto a function word (``unfolded_name``) but is
    written as the function word (a preposition, not the given name): it is no mention of a name
    that holds that given name."""
    return tg.norms[i] in tg.unfolded_names and not _word_of(tg, i).unfolded


def _particle(tg: Tagger, i: int) -> bool:
    norms = tg.norms
    return i < len(norms) and norms[i] in tg.name_particles


def lower_particle(tg: Tagger, i: int) -> bool:
    """Cased: the word at ``i`` is a name particle written in lower case ("bint", "bin", "ould"),
    a link of a person's name chain ("Noura bint Ali")."""
    return tg.norms[i] in tg.name_particles and tg.texts[i].islower()


def _initial_between(tg: Tagger, toks: list[int], j: int) -> bool:
    """An initial after a name word and before another ("Antony J. Blinken"), or opening the name
    right after a title ("External Affairs Minister S. Jaishankar"); so too a name word written
    short ("Jose Ma. X", "Mr. Md. X Y")."""
    opens = bool(toks) or (j > 0 and (tg.kind(j - 1) == "title" or _after_field(tg, j)))
    initial = initial_at(tg, j) or _abbreviated_name_word(tg, j)
    return opens and initial and j + 1 < len(tg.norms) and name_like(tg, j + 1, 1)


def _after_field(tg: Tagger, j: int) -> bool:
    """Cased: token ``j`` follows the capitalised last word of a title's field ("Undersecretary of
    Foreign Affairs [for Bilateral Relations] [Ma.] Corazon X"), the preposition that opened the
    field a few words before; an initial or a short name word there opens the holder's name."""
    if not (tg.P.cased and tg.is_alpha[j - 1] and tg.texts[j - 1][:1].isupper()):
        return False
    if j - 1 in tg.hits:
        return False
    for q in range(j - 2, max(j - _FIELD_WORDS, 0), -1):
        if tg.norms[q] in tg.genitives and tg.kind(q - 1) == "title":
            return True
        if not (tg.texts[q][:1].isupper() or tg.norms[q] in tg.conjunctions | tg.genitives):
            return False
    return False


def opens_with_known_name(tg: Tagger, k: int) -> bool:
    """Token ``k`` is a known personal name, or a given name written short or an initial before
    one ("Ma. Corazon X", "J. Robert X")."""
    if known_name(tg, k):
        return True
    short = initial_at(tg, k) or _abbreviated_name_word(tg, k)
    return short and k + 1 < len(tg.norms) and known_name(tg, k + 1)


def _abbreviated_name_word(tg: Tagger, j: int) -> bool:
    """A name word written short with a period, one of the profile's abbreviations that is no
    title ("Jose Ma. X": Maria as a middle name), between two name words like an initial; in a
    language without case, a Latin initial spelled as its letter's name ("Robert Bee. X")."""
    text = tg.texts[j]
    return (
        j not in tg.hits
        and text in tg.P.abbreviations
        and text.endswith(".")
        and text[:-1].isalpha()
        and (
            (text[:1].isupper() and text[1:-1].islower())
            or (not tg.P.cased and len(text) <= _SPELLED_INITIAL)
        )
    )


_SPELLED_INITIAL = 7  # letters and the period of a Latin initial spelled in an uncased script


def _at_boundary(tg: Tagger, j: int, words: int) -> bool:
    """Token ``j`` closes an apposition: a comma, a bracket or a quote; the end of the sentence only
    after a name of two words (a verb and its object may end a sentence right after a name)."""
    texts = tg.texts
    if j >= len(texts) or tg.is_space[j] or texts[j] in tg.P.sentence_punct:
        return words <= 2
    return texts[j] in _BOUNDARY_PUNCT


# ---------------------------------------------------------------- compound (Arabic)
def _nisba_surname(tg: Tagger, i: int, position: int) -> bool:
    """A definite masculine nisba after a first name is a family name; before a particle, an
    indefinite one is a given name."""
    h, norm = tg.hits[i], tg.norms[i]
    if h.kind != "country" or h.info[1] != "nisba" or h.end - h.start != 1:
        return False
    if position == 0:
        # Turki bin Fahd; or right after a word with the article, before a family name with it
        # ("the Saudi interior minister [Turki] al-…"): an adjective agrees with its noun in
        # definiteness, so an indefinite nisba there qualifies nothing before it
        return not tg.is_definite(norm) and (_particle(tg, i + 1) or _given_nisba_after_def(tg, i))
    if tg.is_definite(norm):
        return norm.endswith(tg.P.nisba_ending) or _feminine_nisba_after_chain(tg, i, position)
    return _indefinite_nisba_middle_name(tg, i) or _indefinite_nisba_family_name(tg, i, position)


def _given_nisba_after_def(tg: Tagger, i: int) -> bool:
    """An indefinite nisba between a word written with the article and a family name written
    with it, outside the lexicons: a given name (Turki al-…). Not before a noun that specifies
    the nisba (``nisba_complement``: "[French] by origin"): a predicate or an adjective then."""
    nxt = i + 1
    return (
        i > 0
        and nxt < len(tg.norms)
        and _written_definite(tg, i - 1)
        and _written_definite(tg, nxt)
        and nxt not in tg.hits
        and tg.norms[nxt] not in tg.W.nisba_complement
    )


def _feminine_nisba_after_chain(tg: Tagger, i: int, position: int) -> bool:
    """A definite feminine nisba right after a patronymic ("X bint Y [al-Z-iyya]"): a woman's family
    name in the feminine, not her nationality (a name's chain ends in the family name)."""
    P = tg.P
    fem = P.fold(P.feminine_suffix) if P.feminine_suffix else ""
    return (
        position >= 2
        and bool(fem)
        and bool(P.nisba_ending)
        and tg.norms[i].endswith(P.nisba_ending + fem)
        and tg.norms[i - 2] in tg.name_particles
    )


def _indefinite_nisba_family_name(tg: Tagger, i: int, position: int) -> bool:
    """An indefinite nisba after two name words, the last a listed given name, closed by a comma,
    the full stop or "and" ("Claudia Maria Rossi wa-…"): the family name (an adjective after a
    name would be definite)."""
    nxt = i + 1
    if nxt >= len(tg.texts):
        return False
    closed = tg.texts[nxt] in _NAME_CLOSERS or tg.norms[nxt] in tg.conjunctions
    if position >= 2:
        return known_name(tg, i - 1) and closed
    # right after a first name of no list (a foreign given name, then a family name that is also
    # a nisba), before what closes a name (a comma, "and", a function word, a lexicon word, a
    # clitic split off one): the family name, for the same reason
    glued = not tg.ws[nxt] and nxt + 1 in tg.hits
    return (
        position == 1
        and (i - 1) not in tg.hits
        and (closed or nxt in tg.hits or tg.norms[nxt] in tg.stop_words or glued)
    )


def _capital_middle_name(tg: Tagger, i: int, position: int) -> bool:
    """A one-word capital or city without the article between two name words, the second closed
    by a comma or the full stop ("Fernando Lima Saraiva,"): a name word (a place after a name
    takes a preposition)."""
    h = tg.hits[i]
    return (
        position > 0
        and h.kind == "country"
        and h.info[1] in ("capital", "city")
        and h.start == i
        and h.end == i + 1
        and not tg.is_definite(tg.norms[i])
        and _indefinite_nisba_middle_name(tg, i)
    )


def _capital_family_name(tg: Tagger, i: int, position: int) -> bool:
    """A one-word capital or city without the article right after a listed given name, closed by
    a comma or the full stop ("… to Iraq, Katarina Vilnius."): the family name (a place after a
    name takes a preposition)."""
    h, nxt = tg.hits[i], i + 1
    return (
        position == 1
        and h.kind == "country"
        and h.info[1] in ("capital", "city")
        and h.start == i
        and h.end == nxt
        and not tg.is_definite(tg.norms[i])
        and known_name(tg, i - 1)
        and nxt < len(tg.texts)
        and (tg.texts[nxt] in _NAME_CLOSERS)
        and not _visit_verb_before(tg, i - 1)
    )


def _visit_verb_before(tg: Tagger, k: int) -> bool:
    """The nearest cue before ``k`` in its sentence is a visit verb ("zara al-wazir X Baghdad"):
    the subject's name ends before the place, the verb's object."""
    sentence_end = tg.P.sentence_punct
    for j in range(k - 1, max(k - _VISIT_REACH, 0) - 1, -1):
        if tg.texts[j] in sentence_end:
            return False
        h = tg.hits.get(j)
        if h is not None and h.kind == "cue":
            return h.info[0] == VISIT_CUE
    return False


def _indefinite_nisba_middle_name(tg: Tagger, i: int) -> bool:
    """An indefinite nisba after a name word and before one more unlisted name word that a
    comma or the full stop closes ("Claudia Rossi Fiorini,"): a name word (an adjective after a
    name would be definite)."""
    nxt = i + 1
    return (
        nxt + 1 < len(tg.norms)
        and nxt not in tg.hits
        and tg.is_alpha[nxt]
        and not tg.is_definite(tg.norms[nxt])
        and tg.norms[nxt] not in tg.stop_words
        and tg.texts[nxt + 1] in _NAME_CLOSERS
    )


def _honorific_surname(tg: Tagger, i: int, position: int) -> bool:
    """An honorific word after two name words, closing the sentence or before a comma, stands
    before no name: it is the family name ("Rami Georges Saade."); in a cased language, before a
    lower-case word too ("X Y Sheikh and …", "… Sheikh were present"): an honorific is followed
    by the name it styles."""
    h, nxt = tg.hits[i], i + 1
    return (
        position >= 2
        and h.kind == "title"
        and h.end == nxt
        and h.info[0] == "honorific"
        and (
            nxt >= len(tg.texts)
            or tg.texts[nxt] in _COMMAS
            or tg.is_punct[nxt]
            or (tg.P.cased and tg.is_alpha[nxt] and tg.texts[nxt].islower())
            # before the holder's post, unpunctuated ("X Y al-Sayyid director of …"): no name
            # follows for the honorific to style
            or (not tg.P.cased and _post_starts(tg, nxt))
        )
    )


def _title_spelled_without_hamza(tg: Tagger, i: int, position: int) -> bool:
    """A one-word title spelled without the hamza on the ya that the title is written with
    ("ra'is" as r-y-y-s): a transcribed foreign name (Reyes) after a name word, not the title; a
    writer drops the hamza on an alef, not that one."""
    h, hamza = tg.hits[i], tg.P.title_hamza
    if not hamza or position == 0 or h.kind != "title" or h.end != i + 1:
        return False
    form = tg.lex.surface.get(tg.norms[i], "")
    return hamza in form and hamza not in tg.texts[i]


def _hit_name_word(tg: Tagger, i: int, position: int) -> bool:
    """A word of a lexicon hit (a title, a country, a nisba) that is a name word here."""
    return (
        _nisba_surname(tg, i, position)
        or _title_word_in_name(tg, i, position)
        or _given_name_title_word(tg, i, position)
        or (position > 0 and tg.norms[i] in tg.W.regnal)  # Abdullah the Second
        or _honorific_surname(tg, i, position)
        or _title_spelled_without_hamza(tg, i, position)
        or _capital_middle_name(tg, i, position)
        or _capital_family_name(tg, i, position)
    )


def _compound_word(tg: Tagger, i: int, position: int) -> bool:
    if i in tg.hits or _hyphened_part(tg, i):
        # "Anna-Liisa", "Min-su": a function word is never hyphened to a word
        return i not in tg.hits or _hit_name_word(tg, i, position)
    w = _word_of(tg, i)
    if w.unfolded:
        return True  # the name, not the function word it folds onto
    if w.indefinite or (w.style and (_title_at(tg, i + 1) or _style_before_name(tg, i, position))):
        # "recently", "a delegation"; a style before a title ("[dawlat] ra'is") or opening a name
        # ("[dawlat] Kyriakos X, prime minister of …")
        return False
    # spelled with a letter none of the function word's spellings starts with: a name word
    # anywhere (Catherine Anne: "Anne" written with the long alef, not the particle "an")
    apart = w.apart or (position == 0 and _function_word_name(tg, i))
    if (w.phrase_break and not apart) or w.short or day_part_at(tg, i):
        return False  # a day part ("the minister (X Y) received [this morning] …"): a time
    if w.stop and not (position == 0 and _stop_word_name(tg, i) or apart):
        return False  # after "Mr", a short foreign given name may spell a function word (Li)
    if (
        w.written_definite
        and position == 0
        and not _after_honorific(tg, i)
        and not _turn_label_name(tg, i)
        and not _family_name_after_title(tg, i)
        and not _given_name_after_nisba(tg, i)
        and not _definite_given_name_before_patronymic(tg, i)
        and not definite_given_name_closing_post(tg, i)
    ):
        return False
    if (
        w.verb and not verb_shaped_name(tg, i) and not _verb_shaped_after_honorific(tg, i, position)
    ) or (w.past_verb and _past_verb_at(tg, i, position)):
        return False  # a verb right after a title ("the ambassador meets …", "… [briefed] the …")
    if position == 0 and (
        (w.future and not _future_shaped_name(tg, i))
        or _after_indefinite_role(tg, i)
        or _verb_before_with(tg, i)
        or _plural_object_after_title(tg, i)  # "with the Egyptian ambassador [arrangements] of-"
    ):
        # "the minister will-visit Riyadh" (a name starting so has a name word after); "the prime
        # minister [reviewed] with the ambassador": a past verb, no name
        return False
    if position > 0 and _after_the_name(tg, i, position, w):
        # "met his counterpart Ayman al-X [developments] of-the situation", "the minister X
        # [will-meet] tomorrow the speaker …"
        return False
    if w.verbal_noun_after_prep or (position == 0 and (w.verbal_noun_shape or _marked(tg, i, w))):
        return False  # "the minister praised [with-the-initiative]", "[the extension] of"
    if position > 0 and _verbal_noun_object(tg, i, w):
        return False  # "renewed X Y [the emphasis] on", "affirmed X al-Y [the depth] of-the …"
    if (w.glued_late if position >= 2 else w.glued) and not _glued_name_word(
        tg, i, position, w.and_glued
    ):
        # "[name] [and-representatives]", "[name] [his-thanks]"
        return False
    if w.article_clitic and not _clitic_shaped_name_word(tg, i, position):
        return False  # clitic + article (not before a middle initial: "Valery A. X")
    if position == 0 and ((w.and_start and not _and_start_name(tg, i)) or _and_after_comma(tg, i)):
        return False  # "and Africa", "and North", "…, [and-discussed]": a name does not start so
    return not w.pronoun or (position == 1 and w.and_glued and _and_glued_middle_name(tg, i))


def _and_glued_middle_name(tg: Tagger, i: int) -> bool:
    """A word spelled "and" + a word, second after an honorific, two more name words of no
    lexicon after it, then a comma or a post: a middle name (Somali names: "Mr X [W]Y Z W,
    <post>"), not "and" + a noun (a list of two people has a known given name after "and", or a
    possessed kinship noun: "Mr X and his wife Y Z"). So too with one such name word after it,
    closing the name at a comma or the full stop (Indonesian names: "Mrs X [W]Y Z.")."""
    if i + 2 >= len(tg.norms) or not _after_honorific(tg, i - 1):
        return False
    rest = tg.norms[i][1:]
    if rest in tg.lex.names or rest in tg.W.kin_possessed:
        return False
    if _bare_name_word(tg, i + 1) and tg.texts[i + 2] in _NAME_CLOSERS:
        return not known_name(tg, i + 1)
    end = i + 3
    return (
        end < len(tg.norms)
        and _bare_name_word(tg, i + 1)
        and _bare_name_word(tg, i + 2)
        and not tg.norms[i + 2].startswith(glued_ands(tg.W.conjunction))
        and (tg.texts[end] in _COMMAS or _post_starts(tg, end))
    )


def _bare_name_word(tg: Tagger, k: int) -> bool:
    """Token ``k`` is a word of letters, of no lexicon and without the article."""
    return k not in tg.hits and not tg.is_punct[k] and not tg.is_def(k) and tg.is_alpha[k]


def day_part_at(tg: Tagger, i: int) -> bool:
    """A part of the day spelled as a given name, then the day (``day_part``: "sabah al-yawm", this
    morning): a time, no name."""
    k = i + 1
    return k < len(tg.norms) and f"{tg.norms[i]} {tg.norms[k]}" in tg.W.day_part


def _clitic_shaped_name_word(tg: Tagger, i: int, position: int) -> bool:
    """A word spelled like a clitic and the article that is a name word all the same: before a
    middle initial ("Valery A. X") or a family name (:func:`_clitic_shaped_surname`)."""
    return i + 1 < len(tg.norms) and (
        initial_at(tg, i + 1) or _clitic_shaped_surname(tg, i, position)
    )


def _clitic_shaped_surname(tg: Tagger, i: int, position: int) -> bool:
    """A word spelled like a clitic and the article ("fa-al-…": Walter, Valls in Arabic letters)
    right after a listed given name and closing the name at a comma or the full stop (or before
    one more family name that does: :func:`_last_family_word_closes`): a foreign family name, not
    the next phrase (which a comma or a verb would open)."""
    if not (position >= 1 and i + 1 < len(tg.texts)):
        return False
    if tg.texts[i + 1] in _NAME_CLOSERS:
        # "Given [fa-al-…],"; "<post>, Mr Given Middle [fa-al-…]," in an apposition the commas
        # enclose (a Spanish given name, a second given name of no list, the family name): a
        # comma opens the apposition, so the one closing it ends the name. Outside one, a word
        # glued to the article after two name words is a verb's object ("… Nadir Sami
        # [bi-l-qarar], …"), whatever the lists know of the second word.
        return (position == 1 and known_name(tg, i - 1)) or (
            position == 2
            and known_name(tg, i - 2)
            and not known_name(tg, i - 1)
            and tg.texts[i + 1] in _COMMAS
            and _opens_apposition(tg, i - 2)
        )
    return known_name(tg, i - 1) and _last_family_word_closes(tg, i + 1, position + 1)


def _opens_apposition(tg: Tagger, start: int) -> bool:
    """A comma right before the name starting at ``start``, or before the honorific opening it
    ("<post>, Mr X …"): the name stands in an apposition the commas enclose."""
    k = start - 1
    h = tg.hits.get(k) if k >= 0 else None
    if h is not None and h.kind == "title" and h.info[0] == "honorific":
        k = h.start - 1
    return k >= 0 and tg.texts[k] in _COMMAS


def _last_family_word_closes(tg: Tagger, k: int, position: int) -> bool:
    """ "Carolina Isabel [fa-al-…] X,": one more unlisted name word after the clitic-shaped one,
    closing the name at a comma or the full stop: the second family name of a Spanish or
    Portuguese name (a clause after a clitic and the article reads on in words of the lexicon)."""
    return (
        k + 1 < len(tg.texts)
        and tg.texts[k + 1] in _NAME_CLOSERS
        and k not in tg.hits
        and not known_name(tg, k)
        and not tg.is_definite(tg.norms[k])  # "… [bi-l-qarar] al-X.": the object and its adjective
        and name_like(tg, k, position)
    )


@dataclass(frozen=True)
class _Word:
    """What :func:`_compound_word` reads of a word alone (its text and NORM), read once per word of
    the vocabulary (:func:`_word_of`)."""

    unfolded: bool  # a name that folds onto a function word, spelled as the name
    indefinite: bool  # an indefinite mark
    apart: bool  # :func:`_spelled_apart`
    phrase_break: bool
    short: bool
    stop: bool
    written_definite: bool  # :func:`_written_definite`
    verb: bool  # an imperfect verb outside the name list
    past_verb: bool  # a past verb's shape (``past_verb_shape``), outside the name list
    future: bool  # the future prefix, outside the name list (:func:`_future_verb`)
    verbal_noun_after_prep: bool
    object_glued: bool  # the object marker glued to a word outside the name list
    verbal_noun_shape: bool
    definite_verbal_noun: bool
    construct_head: bool  # a verbal noun's shape (``construct_head_shape``), outside the name list
    glued: bool  # :func:`_glued_non_name` at the first two positions
    glued_late: bool  # … and after two name words
    and_glued: bool  # glued to a one-letter "and"
    article_clitic: bool
    and_start: bool  # :func:`_and_alef` or :func:`_and_region`
    pronoun: bool
    style: bool  # a protocol style that is also a common noun (``style``)


_WORDS: dict[tuple[int, int], tuple[object, object, dict[tuple[str, str], _Word]]] = {}
_MAX_WORDS_KEPT = 200_000  # words of a vocabulary; the table starts again past it


def _word_of(tg: Tagger, i: int) -> _Word:
    """The :class:`_Word` of token ``i``, from a table per lexicon and profile."""
    lex, P = tg.lex, tg.P
    kept = _WORDS.get((id(lex), id(P)))
    if kept is None or kept[0] is not lex or kept[1] is not P:
        kept = _WORDS[(id(lex), id(P))] = (lex, P, {})
    table = kept[2]
    key = (tg.texts[i], tg.norms[i])
    w = table.get(key)
    if w is None:
        if len(table) >= _MAX_WORDS_KEPT:
            table.clear()
        w = table[key] = _read_word(tg, *key)
    return w


def _read_word(tg: Tagger, text: str, norm: str) -> _Word:
    P, W, names = tg.P, tg.W, tg.lex.names
    return _Word(
        unfolded=norm in W.unfolded_name and text.endswith(norm[-1:]),
        indefinite=any(m in text for m in P.indefinite_marks),
        apart=_spelled_apart_word(tg, text, norm),
        # a word of praise after a ruler's title ends a name as a phrase break does
        phrase_break=norm in W.phrase_break or norm in W.epithet,
        short=len(norm) < 2,
        stop=norm in tg.stop_words or norm in tg.lex.stopwords or _and_phrase_break(tg, norm),
        written_definite=tg.is_definite(norm) and text.startswith(P.definite_prefix),
        verb=norm.startswith(tuple(W.verb_prefix))
        and len(norm) >= 3
        and norm not in names
        and not _unlisted_shape(tg, W.foreign_name_shape, norm),
        past_verb=_past_verb_shape(tg, norm),
        future=norm.startswith(tuple(W.future_verb_prefix)) and len(norm) > 3 and norm not in names,
        verbal_noun_after_prep=_verbal_noun_after_prep(tg, norm) or _hamza_after_prep(tg, text),
        object_glued=norm.startswith(tuple(W.object_marker))
        and len(norm) > 3
        and norm not in names,
        verbal_noun_shape=_verbal_noun_shape(tg, norm),
        definite_verbal_noun=tg.is_definite(norm) and _definite_verbal_noun(tg, norm),
        construct_head=_construct_head_shape(tg, norm),
        glued=_glued_non_name(tg, text, norm, 0),
        glued_late=_glued_non_name(tg, text, norm, 2),
        and_glued=norm.startswith(glued_ands(W.conjunction)),
        article_clitic=norm.startswith(tuple(W.article_clitic))
        and len(norm) > 4
        and norm not in names,
        and_start=_and_alef(tg, norm)
        or _and_region(tg, norm)
        or and_verbal_noun(tg, norm)
        or _and_verb_shape(tg, norm),
        pronoun=norm.endswith(tuple(W.pronoun_suffix)) and len(norm) > 4,
        style=norm in W.style,
    )


def _and_phrase_break(tg: Tagger, norm: str) -> bool:
    """A phrase-breaking function word glued to a one-letter "and" ("and-on-behalf-of",
    "and-from"), neither it nor the word after "and" in the name list: no name word, as the word
    alone is none ("and" + a preposition opens a new item of a list, "X, <post>, [and-from] <a
    noun> ..."). Only the phrase breakers, the words that end a name alone: "and" + a short stop
    word spells given names too (W- names of foreign languages)."""
    rest = norm[1:]
    return (
        norm.startswith(glued_ands(tg.W.conjunction))
        and len(rest) > 1
        and rest in tg.W.phrase_break
        and norm not in tg.lex.names
        and rest not in tg.lex.names
    )


def _style_before_name(tg: Tagger, i: int, position: int) -> bool:
    """A protocol style that is also a common noun ("dawla", state) before a name word, where a
    name would start: the style, no name word (the name starts after it)."""
    return (
        position == 0 and i + 1 < len(tg.norms) and i + 1 not in tg.hits and name_like(tg, i + 1, 0)
    )


def verb_shaped_name(tg: Tagger, i: int) -> bool:
    """An unlisted word spelled like an imperfect verb that is a name word all the same: one more
    name word follows it (a listed name, or an unlisted word with no article, no lexicon hit and
    no accusative ending), and then a complementiser or a comma closes the two ("said the
    minister Yilmaz Ozturk that …", "Yanal Ahmad, the minister", "attributable to the
    spokeswoman Tammy Bruce:"): a verb is followed by its object or complement, not by a name
    and "that"."""
    k, n = i + 1, len(tg.norms)
    if i > 0 and k < n and tg.texts[k] in _NAME_CLOSERS and _given_names_before(tg, i):
        return True  # a listed given name, then this word, then a comma ("Peter Johansson, …")
    if _nisba_family_name_closes(tg, k):
        return True  # "Karim Yusri al-X, …": a middle name, the definite family name closing
    if k < n and _post_after_given_names(tg, i):
        return True  # two listed given names, this word, a post ("Mehmet Emin Yildiz, head of")
    if k + 2 < n and tg.norms[k] in tg.name_particles and tg.norms[k] not in tg.W.name_opener:
        k += 1  # a linking particle before the family name ("Yohanna de Vries, …")
    if k + 1 >= n or not _second_name_word(tg, k):
        return False
    return tg.texts[k + 1] in _NAME_CLOSERS or tg.norms[k + 1] in tg.W.complementiser


def _given_names_before(tg: Tagger, i: int) -> bool:
    """A listed given name right before token ``i``, or two words before it with one more name
    word between, unlisted, with no article and no lexicon hit ("Kemal Aydin Yilmaz,")."""
    if known_name(tg, i - 1):
        return True
    j = i - 1
    return (
        j > 0
        and known_name(tg, j - 1)
        and j not in tg.hits
        and tg.is_alpha[j]
        and not tg.is_definite(tg.norms[j])
        and _second_name_word(tg, j)
    )


def _nisba_family_name_closes(tg: Tagger, k: int) -> bool:
    """Token ``k``, after a listed given name and the word before ``k``, is a definite unlisted
    word in the nisba ending of no lexicon, closed by a comma or the full stop: a family name
    ("Karim Yusri al-X,"), the word between a middle name (a verb's object would not close so)."""
    n, P = len(tg.norms), tg.P
    return (
        k > 1
        and k + 1 < n
        and known_name(tg, k - 2)
        and tg.texts[k + 1] in _NAME_CLOSERS
        and k not in tg.hits
        and _written_definite(tg, k)
        and bool(P.nisba_ending)
        and tg.norms[k].endswith(P.nisba_ending)
        and tg.norms[k] not in tg.lex.names
    )


def _post_after_given_names(tg: Tagger, i: int) -> bool:
    """Token ``i``, no cue, closes two listed given names and a role that is no cue follows it
    ("the deputy Mehmet Emin Yildiz [head of] the committee"): a family name before the post set
    off after it; a verb after one given name is the clause's."""
    h = tg.at(i + 1, "title")
    return (
        i > 1
        and i not in tg.hits
        and h is not None
        and h.info[0] == "role"
        and (known_name(tg, i - 1) or tg.norms[i - 1] in tg.lex.names)
        and known_name(tg, i - 2)
    )


def _verb_shaped_after_honorific(tg: Tagger, i: int, position: int) -> bool:
    """An unlisted word spelled like an imperfect verb in a name an honorific opens (Mr Yannis
    de X, Mr Mehmet Emin Yildiz): right after the honorific before another name word or a name
    particle, or closing the name before a comma or full stop with the honorific at most two
    words back: an honorific is followed by a name, not by a verb."""
    k, n = i + 1, len(tg.norms)
    if k >= n:
        return False
    opens = _after_honorific(tg, i) and (
        tg.norms[k] in tg.name_particles or _cut_pair(tg, k) or _second_name_word(tg, k)
    )
    if position == 0 or opens:
        # read back from a post ("Excellency [X] Y, minister of …"), the word after the honorific
        # opens the name all the same
        return opens
    if tg.texts[k] not in _NAME_CLOSERS:
        return False
    for j in range(i - 1, max(i - 4, -1), -1):
        if tg.is_punct[j]:
            return False
        if _after_honorific(tg, j):
            return True
    return False


def _after_the_name(tg: Tagger, i: int, position: int, w: _Word) -> bool:
    """Token ``i``, after ``position`` name words, is the clause's next word: the verb's object
    (:func:`_object_after_name`) or a future verb (:func:`_future_verb_after_name`)."""
    return (
        (position >= 2 and _object_after_name(tg, i, position))
        or (w.future and _future_verb_after_name(tg, i))
        or (position == 1 and _plural_object_before_relative(tg, i))
        or (position >= 2 and i not in tg.hits and _accusative_noun(tg, tg.norms[i]))
    )


def _accusative_noun(tg: Tagger, norm: str) -> bool:
    """A verbal noun in the indefinite accusative (``accusative_noun_shape``), outside the name
    list: the verb's absolute object or a circumstantial after its subject or object ("received
    X Y [a-reception] official"), no name word."""
    return _unlisted_shape(tg, tg.W.accusative_noun_shape, norm)


def _plural_object_before_relative(tg: Tagger, i: int) -> bool:
    """After one unlisted name word, a definite plural noun (``plural_ending``, outside the name
    list) before a relative pronoun is the verb's object and its clause ("the minister X praised
    [the facilities] which …"), not a family name."""
    n, P = len(tg.norms), tg.P
    norm = tg.norms[i]
    return (
        i + 1 < n
        and tg.norms[i + 1] in tg.W.relative
        and tg.norms[i - 1] not in tg.lex.names
        and _written_definite(tg, i)
        and P.strip_definite(norm).endswith(tuple(tg.W.plural_ending))
        and P.strip_definite(norm) not in tg.lex.names
    )


def _future_verb_after_name(tg: Tagger, i: int) -> bool:
    """A word spelled like a future verb after a name word, a future day or a part of the day after
    it: the name's verb ("the minister X [will-meet] tomorrow the speaker"), not its last word."""
    nxt = i + 1
    return (
        nxt < len(tg.norms)
        and not _future_shaped_name(tg, i)
        and (tg.norms[nxt] in tg.W.future_time or day_part_at(tg, nxt))
    )


def _future_shaped_name(tg: Tagger, i: int) -> bool:
    """An unlisted word spelled like a future verb that is a name word all the same: a listed name
    follows it, or an unlisted one closed by a comma or a complementiser (as
    :func:`verb_shaped_name`); a place or a noun after it is the verb's object ("the president
    will-visit Amman next month"); right after an honorific, before another name word (a style is
    followed by the name it styles, never by a verb: "Dr [S-word] X Y")."""
    nxt = i + 1
    if nxt >= len(tg.norms):
        return verb_shaped_name(tg, i)
    return (
        known_name(tg, nxt)
        or verb_shaped_name(tg, i)
        or (_after_honorific(tg, i) and nxt not in tg.hits and name_like(tg, nxt, 1))
    )


def _glued_name_word(tg: Tagger, i: int, position: int, and_glued: bool) -> bool:
    """A word spelled like a glued one that is a name word all the same: after a name word, a
    family name (:func:`_glued_family_name`: Kwame Mensah, Ambassador …) or the word after a
    middle initial ("Hamish J. Willoughby": the name goes on, whatever its spelling starts with);
    first, a given name in the feminine ending written with the pronoun's letter, before a listed
    given name (the father's: "Nurah Sulayman al-X", the ending spelled -h) or before a name
    particle that opens no name (a European given name in -ke before "van", "von")."""
    if position > 0:
        return (
            _glued_family_name(tg, i, and_glued)
            or initial_at(tg, i - 1)
            or (position == 1 and and_glued and _and_glued_middle_name(tg, i))
        )
    if and_glued:
        return _given_name_after_nisba_title(tg, i)
    nxt = i + 1
    if nxt < len(tg.norms) and _after_honorific(tg, i) and nxt not in tg.hits:
        # "Mr [Emre] X": a name follows an honorific, whatever its first word ends with
        return known_name(tg, nxt) or name_like(tg, nxt, 1)
    return nxt < len(tg.norms) and (known_name(tg, nxt) or _before_inner_particle(tg, nxt))


def _before_inner_particle(tg: Tagger, k: int) -> bool:
    """Token ``k`` is a name particle that opens no name ("van", "von", not "Abd"), another word
    after it: it joins the word before to a family name, so that word is a given name."""
    norms, after = tg.norms, k + 1
    if _cut_pair(tg, k):
        norm, after = norms[k] + norms[k + 1], k + 2  # "van" cut by the clitic split
    else:
        norm = norms[k]
    return (
        norm in tg.name_particles
        and norm not in tg.W.name_opener
        and after < len(norms)
        and not tg.is_punct[after]
    )


def _given_name_after_nisba_title(tg: Tagger, i: int) -> bool:
    """A word spelled "and" + a word, right after the nationality that closes a title and before
    another name word that is no definite word: a foreign given name that starts with the letter
    of "and" ("the Kenyan president [W]illiam X"), not "and" + a verb or a noun ("the Kenyan
    president [and-discussed] with him", "the Kenyan minister [and-his-counterpart] the …")."""
    prev, nxt = tg.hits.get(i - 1) if i > 0 else None, i + 1
    # or right after an honorific ("Mrs [W]anjiru X"): a name follows an honorific
    after_nisba = prev is not None and prev.kind == "country" and prev.info[1] == "nisba"
    after_style = prev is not None and prev.kind == "title" and prev.info[0] == "honorific"
    return (
        prev is not None
        and (after_nisba or after_style)
        and prev.end == i
        and nxt < len(tg.norms)
        and nxt not in tg.hits
        and not tg.is_def(nxt)
        and name_like(tg, nxt, 1)
    )


def _and_start_name(tg: Tagger, i: int) -> bool:
    """A word read as "and" + a word or as a region that opens a name all the same: "and" + alef
    after a style (:func:`_and_alef_name_after_style`), or a definite word after a style before
    "bin" and a listed name (:func:`_definite_given_name_before_patronymic`: "al-Hadi bin X", a
    given name whose folded spelling is a region's, "al-Hadi'" the Pacific): a region is followed
    by no patronymic."""
    return (
        _and_alef_name_after_style(tg, i)
        or _definite_given_name_before_patronymic(tg, i)
        or definite_given_name_closing_post(tg, i)
    )


def _and_alef_name_after_style(tg: Tagger, i: int) -> bool:
    """A word spelled "and" + alef right after an honorific, before another name word ("Mrs
    [Wa]njiru X"): a given name (an honorific is followed by a name, not by "and")."""
    prev = tg.hits.get(i - 1) if i > 0 else None
    return (
        prev is not None
        and prev.kind == "title"
        and prev.info[0] == "honorific"
        and prev.end == i
        and _and_alef(tg, tg.norms[i])
        and _given_name_after_nisba_title(tg, i)
    )


def _glued_family_name(tg: Tagger, i: int, and_glued: bool) -> bool:
    """A word spelled like a glued one after a name word is a family name all the same: right
    before a post; opening with the glued "and" (Williams, Wijayanti), only a word of six letters
    or more, right before a post or a comma ("and" + a verb that long stands so rarely)."""
    nxt = i + 1
    if not and_glued:
        return _post_starts(tg, nxt) or _styled_name_closes(tg, i)
    return len(tg.norms[i]) >= _LONG_AND_WORD and (
        _post_starts(tg, nxt) or (nxt < len(tg.texts) and tg.texts[nxt] in _COMMAS)
    )


_LONG_AND_WORD = 6
_SAY_CUE = "say"  # the cue classes of saying and stance (say, say_stance, say_opening …)


def _styled_name_closes(tg: Tagger, i: int) -> bool:
    """A word in the pronoun's ending closing a name before a comma or the full stop, the name
    opened by an honorific or a lone style (Mr, the MP) at most two words back, none of them with
    the article, and no verb of saying before the style: a foreign family name (Minh, Lange), not
    a noun with "his" after a name."""
    nxt = i + 1
    if nxt >= len(tg.texts) or tg.texts[nxt] not in _NAME_CLOSERS:
        return False
    for j in range(i - 1, max(i - 4, -1), -1):
        if tg.is_punct[j] or j in tg.hits or _written_definite(tg, j):
            return False  # "the MP Salim al-X [his-stance],": a name with the article is whole
        if _after_title_of(tg, j, ("honorific", "modifier")):
            return not _said_before(tg, tg.hits[j - 1].start - 1)
    return False


def _said_before(tg: Tagger, k: int) -> bool:
    """Token ``k`` (a lone "and" before it aside) is a verb of saying or stance: its subject comes
    next and its object after the subject ("and renewed the MP X [his-stance]")."""
    if k >= 0 and tg.norms[k] in tg.conjunctions:
        k -= 1
    h = tg.hits.get(k) if k >= 0 else None
    return h is not None and h.kind == "cue" and h.info[0].startswith(_SAY_CUE)


def _verb_before_with(tg: Tagger, i: int) -> bool:
    """A lone unlisted word right before "with" (``verb_before``) is a past verb whose subject is
    the title before it ("[title] [reviewed] with [X]"): a name of one word does not stand so."""
    k = i + 1
    return k < len(tg.norms) and tg.norms[k] in tg.W.verb_before and tg.norms[i] not in tg.lex.names


def _second_name_word(tg: Tagger, k: int) -> bool:
    if known_name(tg, k):
        return True
    norm, W = tg.norms[k], tg.W
    return (
        tg.is_alpha[k]
        and k not in tg.hits
        and not tg.is_definite(norm)
        and len(norm) >= 3
        and norm not in tg.stop_words
        and norm not in tg.lex.stopwords
        and norm not in W.phrase_break
        and not norm.startswith(tuple(W.verb_prefix))
        and not norm.endswith(tuple(W.adjective_ending))
    )


def _object_after_family_name(tg: Tagger, i: int) -> bool:
    """A plural noun (``plural_ending``, outside the name list) after a definite family name, or a
    listed one closing a name of two words ("visited X Y [camps] of the displaced"), and before a
    plain definite word heads a construct: the verb's object, not a name word."""
    n, norm = len(tg.norms), tg.norms[i]
    return (
        i + 1 < n
        and (_written_definite(tg, i - 1) or known_name(tg, i - 1))
        and norm.endswith(tuple(tg.W.plural_ending))
        and len(norm) > 4
        and norm not in tg.lex.names
        and not tg.is_definite(norm)
        and tg.is_def(i + 1)
        and tg.kind(i + 1) is None
    )


def _event_noun(tg: Tagger, i: int) -> bool:
    """A meal or reception noun (``banquet``: a reception, a dinner, a ceremony), outside the name
    list, after two name words: the head of the verb's object ("attended X Y [the reception] of
    the embassy"), never a name word, whatever the name's shape before it."""
    norm = tg.norms[i]
    return norm in tg.W.banquet and norm not in tg.lex.names and i not in tg.hits


def _object_after_name(tg: Tagger, i: int, position: int) -> bool:
    """The word at ``i``, after two name words or more, starts the verb's object."""
    return (
        _object_after_family_name(tg, i)
        or _event_noun(tg, i)
        or _noun_phrase_after_family_name(tg, i)
        or _indefinite_after_family_name(tg, i)
        or (position >= 3 and _plural_construct_after_full_name(tg, i))
        or _construct_chain_after_family_name(tg, i)
    )


def _construct_chain_after_family_name(tg: Tagger, i: int) -> bool:
    """After a family name written with the article, two words of no name list and no article,
    then a word with the article (or "for" + the article): a chain of nouns in construct
    ("announced X al-Y [cutting the rate of] the interest"), the verb's object; a name goes on
    after its family name with a listed word (al-Hajj Hasan), not with two unlisted ones before
    a definite word."""
    n = len(tg.norms)
    if not (i + 2 < n and i >= 1 and _written_definite(tg, i - 1)):
        return False
    for k in (i, i + 1):
        norm = tg.norms[k]
        if (
            k in tg.hits
            or not tg.is_alpha[k]
            or norm in tg.lex.names
            or tg.is_definite(norm)
            or norm in tg.W.phrase_break
            or norm in tg.stop_words
        ):
            return False
    # the chain's last noun with the article, or "for" + the article glued to it (for-the-energy)
    closing = tg.is_def(i + 2) or _word_of(tg, i + 2).article_clitic
    return closing and tg.kind(i + 2) is None


def _indefinite_after_family_name(tg: Tagger, i: int) -> bool:
    """A word without the article, outside the name list, right after a family name written with
    it and heading a noun phrase ("opened X al-Y [a-hospital] new-an", "X al-Y [forum]
    the-services"): the verb's object, not a name word (a name of Maghrebi or Sudanese shape may
    go on with an unlisted word, but not into a construct or an adjective)."""
    if i < 2 or not _written_definite(tg, i - 1) or tg.norms[i - 2] in tg.W.name_opener:
        return False  # the word before completes a given name (Abd al-Latif)
    norm, nxt = tg.norms[i], i + 1
    if not (
        nxt < len(tg.norms)
        and tg.is_alpha[i]
        and i not in tg.hits
        and not tg.is_definite(norm)
        and not known_name(tg, i)
        and norm not in tg.W.name_particle
        and norm not in tg.W.name_opener
        and tg.kind(nxt) is None
    ):
        return False
    after = tg.norms[nxt]
    if after in tg.lex.names:
        return False
    # it heads a construct ("[forum] the-services"; the second word of a theophoric compound,
    # ``compound_name_tail``, ends a name instead: Nasr al-Din) or takes an indefinite
    # accusative adjective ("[a-hospital] new-an"): a noun phrase, where a family name stands alone
    construct = _written_definite(tg, nxt) and after not in tg.W.compound_name_tail
    return construct or after.endswith(tuple(tg.W.adjective_ending))


def _plural_object_after_title(tg: Tagger, i: int) -> bool:
    """Right after a title's last word or its country's nisba, a plural noun (``plural_ending``,
    outside the name list) before a plain definite word heads a construct: the verb's object,
    no given name."""
    n, norm = len(tg.norms), tg.norms[i]
    prev = tg.hits.get(i - 1) if i > 0 else None
    if prev is None or prev.end != i or prev.kind not in ("title", "country"):
        return False
    if prev.kind == "country" and prev.info[1] != "nisba":
        return False
    return (
        i + 1 < n
        and norm.endswith(tuple(tg.W.plural_ending))
        and len(norm) > 4
        and norm not in tg.lex.names
        and not tg.is_definite(norm)
        and tg.is_def(i + 1)
        and tg.kind(i + 1) in (None, "agency")
    )


def _plural_construct_after_full_name(tg: Tagger, i: int) -> bool:
    """After three name words, a plural noun (``plural_ending``, outside the name list) heading a
    construct of an indefinite word and a definite one ("discussed with X Y Z [arrangements]
    holding the-committee"): the verb's object, not a fourth name word."""
    n, norm = len(tg.norms), tg.norms[i]
    return (
        i + 2 < n
        and norm.endswith(tuple(tg.W.plural_ending))
        and len(norm) > 4
        and norm not in tg.lex.names
        and not tg.is_definite(norm)
        and tg.kind(i + 1) is None
        and tg.is_alpha[i + 1]
        and not tg.is_def(i + 1)
        and tg.norms[i + 1] not in tg.lex.names
        and tg.is_def(i + 2)
    )


def _noun_phrase_after_family_name(tg: Tagger, i: int) -> bool:
    """A definite word after a definite family name, itself no name with the article and followed
    by a definite adjective (a nisba, a nisba-shaped word) that agrees with it, heads a noun
    phrase: the verb's object ("urged X al-Y [the community the international]"), not a name
    word; a family name takes no adjective."""
    n, P = len(tg.norms), tg.P
    if not (i + 1 < n and _written_definite(tg, i - 1) and _written_definite(tg, i)):
        return False
    if i >= 2 and tg.norms[i - 2] in tg.W.name_opener:
        return False  # the word before completes a given name (Abd al-Haqq al-Fasi al-Fihri)
    if P.strip_definite(tg.norms[i]) in tg.lex.names:
        return False  # a second family word (al-Ahmad al-Sabah)
    nxt = tg.hits.get(i + 1)
    if nxt is not None:
        return nxt.kind == "country" and nxt.start == i + 1 and nxt.info[1] == "nisba"
    norm = tg.norms[i + 1]
    return (
        _written_definite(tg, i + 1)
        and bool(P.nisba_ending)
        and P.strip_definite(norm).endswith(
            (P.nisba_ending, P.fold(P.nisba_ending + P.feminine_suffix))
        )
    )


def _spelled_apart_word(tg: Tagger, text: str, norm: str) -> bool:
    """A word that folds onto a function word but starts with a letter none of its spellings starts
    with (the lexicon's ``stop_spellings``): a foreign given name. Spellings that differ later in
    the word are the same word written loosely."""
    spellings = tg.lex.stop_spellings.get(norm, frozenset())
    first = spelling(text)[:1]
    return bool(spellings) and all(not sp.startswith(first) for sp in spellings)


def _and_alef(tg: Tagger, norm: str) -> bool:
    """A word outside the name list that is a one-letter "and" glued to a word starting with an
    alef (hamza folded)."""
    ands = glued_ands(tg.W.conjunction)
    alef = tg.P.fold(tg.P.definite_prefix)[:1]
    return (
        bool(alef)
        and len(norm) > 3
        and norm.startswith(ands)
        and norm[1:2] == alef
        and norm not in tg.lex.names
    )


def and_verbal_noun(tg: Tagger, norm: str) -> bool:
    """A one-letter "and" glued to a word of a verbal-noun shape, outside the name list: the next
    part of a portfolio ("minister of trade, industry [and-promotion] of investment"), no name."""
    ands = glued_ands(tg.W.conjunction)
    return norm.startswith(ands) and norm not in tg.lex.names and _verbal_noun_shape(tg, norm[1:])


def _and_after_comma(tg: Tagger, i: int) -> bool:
    """Right after a comma, a word outside the name list glued to a one-letter "and" opens the next
    clause ("…, and-discussed the meeting …")."""
    norm = tg.norms[i]
    return (
        i > 0
        and tg.texts[i - 1] in _COMMAS
        and len(norm) >= 4
        and norm.startswith(glued_ands(tg.W.conjunction))
        and norm not in tg.lex.names
        and norm[1:] not in tg.lex.names  # "…, and-Walid X": a listed name after the "and"
    )


def word_or_glued_and(tg: Tagger, norm: str, words: frozenset[str]) -> bool:
    """``norm`` is a word of ``words``, alone or after a one-letter "and" glued to it (wa-)."""
    return norm in words or (norm.startswith(glued_ands(tg.W.conjunction)) and norm[1:] in words)


def _and_region(tg: Tagger, norm: str) -> bool:
    """A region word, alone or after a one-letter "and" ("and North [Africa]")."""
    return word_or_glued_and(tg, norm, tg.W.region)


def _turn_label_name(tg: Tagger, i: int) -> bool:
    """A transcript turn's label: a title, the name, a colon ("Foreign Minister al-Zayani:"); an
    adjective of offices closing a bare title before the colon (a title and its body's adjective)
    is no name."""
    nxt, texts = i + 1, tg.texts
    return (
        nxt < len(texts)
        and texts[nxt] == ":"
        and _after_title(tg, i)
        and tg.norms[i] not in tg.W.office_adjective
        and (i - 1 < 0 or "\n" not in texts[i - 1])
    )


def _given_name_after_nisba(tg: Tagger, i: int) -> bool:
    """A listed given name written with the article right after a title's nisba, a name word after
    it ("wazir al-kharijiyya al-libi [al-Tahir] Salim …", al-Habib, al-Mukhtar): Maghrebi and
    Sudanese names keep the article; the nisba closed the title."""
    h = tg.hits.get(i - 1) if i > 0 else None
    if h is None or h.kind != "country" or h.end != i or h.info[1] != "nisba":
        return False
    if tg.P.strip_definite(tg.norms[i]) not in tg.lex.names:
        return False
    return i + 1 < len(tg.norms) and i + 1 not in tg.hits and name_like(tg, i + 1, 1)


def definite_given_name_closing_post(tg: Tagger, i: int) -> bool:
    """A listed given name written with the article ("al-Tayyib", "al-Hadi") a few words after a
    title (its complement between: "ambassador of X to the Kingdom [al-Hadi] Y."), one more name
    word outside the lexicons after it, and the sentence or clause closing right there: the
    holder's name (Maghrebi names keep the article), not an adjective of the complement (which
    no family name follows)."""
    n, j = len(tg.norms), i + 1
    if i in tg.hits or j >= n or j in tg.hits or i < 1 or not tg.is_alpha[i - 1]:
        return False
    if tg.P.strip_definite(tg.norms[i]) not in tg.lex.names or not _title_within(tg, i, 6):
        return False
    closes = j + 1 >= n or tg.texts[j + 1] in _NAME_CLOSERS
    return closes and name_like(tg, j, 1)


_POST_REACH = 6  # at most this many words between a title's start and the country closing it


def _title_within(tg: Tagger, i: int, reach: int) -> bool:
    """A title starts at most ``reach`` words before ``i`` with only words between."""
    for k in range(i - 1, max(-1, i - reach - 1), -1):
        h = tg.hits.get(k)
        if h and h.kind == "title":
            return True
        if not tg.is_alpha[k]:
            return False
    return False


def _family_name_after_title(tg: Tagger, i: int) -> bool:
    """ "wa-akkada al-wazir al-Safadi anna …": a definite nisba-shaped word outside the lexicons
    right after a definite one-word title, and the clause going on right after it (a cue, a
    function word, punctuation), is the holder's family name, even where no full name was
    given."""
    P, n = tg.P, len(tg.norms)
    prev = tg.hits.get(i - 1) if i > 0 else None
    norm = tg.norms[i]
    if not (
        prev is not None
        and prev.kind == "title"
        and prev.start == i - 1
        and prev.info[0] in ("role", "rank")
        and tg.is_definite(tg.norms[i - 1])
        and P.nisba_ending
        and norm.endswith(P.nisba_ending)
        and len(norm) > 5
        and norm not in tg.stop_words
        and norm not in tg.lex.stopwords
        and norm not in tg.W.office_adjective
    ):
        return False
    j = i + 1
    return (
        j >= n
        or not tg.is_alpha[j]
        or tg.kind(j) == "cue"
        or tg.norms[j] in tg.W.phrase_break
        or tg.norms[j] in tg.stop_words
        or tg.norms[j] in P.proclitics  # a preposition split off ("bi" + "anna")
        or tg.kind(j) == "title"  # the object's title ("iltaqa al-wazir al-Jundi ra'is …")
    )


def _after_indefinite_role(tg: Tagger, i: int) -> bool:
    """Right after an indefinite role, its adjective or the governorate a governor governs: no
    first word of a name."""
    return _adjective_after_indefinite_role(tg, i) or place_after_governor(tg, i)


def _adjective_after_indefinite_role(tg: Tagger, i: int) -> bool:
    """An unlisted indefinite word of a nisba's shape right after an indefinite role and before no
    other word of a name ("a post of [legal] adviser)", "[economic] expert,"): the post's
    adjective, no name (a one-word name after a bare indefinite post is a known given name)."""
    P, n = tg.P, len(tg.norms)
    h = tg.hits.get(i - 1) if i > 0 else None
    if (
        h is None
        or h.kind != "title"
        or h.info[0] != "role"
        or h.end != i
        or not P.nisba_ending
        or written_definite(tg, h.start)
    ):
        return False
    norm = tg.norms[i]
    if known_name(tg, i) or tg.is_definite(norm) or not norm.endswith(P.fold(P.nisba_ending)):
        return False
    nxt = i + 1
    return nxt >= n or not tg.is_alpha[nxt] or _phrase_start(tg, nxt)


def place_after_governor(tg: Tagger, i: int) -> bool:
    """Head-initial: an indefinite "governor" is in construct with what he governs ("muhafiz
    Hawalli"): the one unlisted word without the article right after it is the governorate, not
    the first word of the holder's name (the name follows it, or none is given)."""
    h = tg.hits.get(i - 1) if i > 0 and tg.head_initial else None
    return (
        h is not None
        and h.kind == "title"
        and h.info[0] == "role"
        and h.info[2] == "governor"
        and h.end == i
        and not written_definite(tg, h.end - 1)
        and not known_name(tg, i)
        and not tg.is_definite(tg.norms[i])
    )


def _function_word_name(tg: Tagger, i: int) -> bool:
    """A listed given name spelled as a function word (Basim as "on behalf of") right after a
    title closed by its country's nisba, with a family name or a listed name after it: the
    holder's name ("the spokesman on behalf of the Iraqi government Basim al-X said"); a noun
    after it that is no name word makes it the function word."""
    n = len(tg.norms)
    if i < 2 or i + 1 >= n or tg.norms[i] not in tg.lex.names:
        return False
    nxt = i + 1
    prev = tg.hits.get(i - 1)
    if prev is None or prev.kind != "country" or prev.info[1] != "nisba" or not _after_title(tg, i):
        return _three_word_name_after_body(tg, i)
    # the word after is a name word too ("the Belgian minister [during] the visit": a noun)
    return (
        nxt not in tg.hits
        and (known_name(tg, nxt) or _written_definite(tg, nxt))
        and name_like(tg, nxt, 1)
    )


def _three_word_name_after_body(tg: Tagger, i: int) -> bool:
    """The function-word-spelled given name right after a title's body ("the director general of
    the X oil company Basim Y al-Z"), before a listed given name and a family name (or a listed
    name): a name of three words; "on behalf of" is followed by its noun, not by a person's full
    name."""
    nxt, n = i + 1, len(tg.norms)
    if nxt + 1 >= n or nxt in tg.hits or nxt + 1 in tg.hits or not known_name(tg, nxt):
        return False
    if not (
        known_name(tg, nxt + 1) or _written_definite(tg, nxt + 1) or _closes_after(tg, nxt + 1)
    ):
        return False
    for k in range(i - 1, max(-1, i - 6), -1):
        h = tg.hits.get(k)
        if h is not None and h.kind in ("title", "agency"):
            return True
        if not tg.is_alpha[k]:
            return False
    return False


def _stop_word_name(tg: Tagger, i: int) -> bool:
    """A stop word opening a name: after an honorific, a ``function_name`` after a title, or a
    compound's opening particle spelled as a stop word right after a title ("the senator [Dhu]
    al-Nun X": ``name_opener``)."""
    return (
        _after_honorific(tg, i)
        or _function_name_after_title(tg, i)
        or (
            tg.norms[i] in tg.W.name_opener
            and _after_title_of(tg, i, ("rank", "role"))
            and i + 1 < len(tg.norms)
            and tg.is_alpha[i + 1]
        )
    )


def _function_name_after_title(tg: Tagger, i: int) -> bool:
    """A foreign given name spelled as a function word (``function_name``: Li) right after a title
    or the country or body closing it, before an unlisted name word ("the Chinese premier Li
    Qiang", "deputy director of the company Li X") or a hyphened given name ("the MP Lee
    Dong-myung"); the body's abbreviation in brackets may stand between ("the company (XC) Li
    X")."""
    if tg.norms[i] not in tg.W.function_name or i < 1 or i + 1 >= len(tg.norms):
        return False
    p = i - 1
    bracket = p > 2 and tg.texts[p] == ")" and tg.texts[p - 2] == "(" and tg.is_alpha[p - 1]
    if bracket and _title_within(tg, p - 2, _FIELD_REACH):
        # "(XC)": a body's abbreviation, its name (a title's field) right before it
        return _function_name_before_name(tg, i + 1)
    prev = tg.hits.get(p)
    if prev is None or prev.kind not in ("title", "country", "agency"):
        return False
    return _function_name_before_name(tg, i + 1)


_FIELD_REACH = 6  # the words of a title and its body's name before the body's abbreviation


def _function_name_before_name(tg: Tagger, nxt: int) -> bool:
    return (
        tg.is_alpha[nxt]
        and nxt not in tg.hits
        and tg.norms[nxt] not in tg.stop_words
        # a listed word hyphened to a syllable is a Korean given name ("Lee Dong-myung")
        and (not known_name(tg, nxt) or glued_hyphen_at(tg, nxt + 1))
    )


def _after_title(tg: Tagger, i: int) -> bool:
    """A title starts a few words before ``i`` with only words between (its complement)."""
    return _title_within(tg, i, 4)


def written_definite(tg: Tagger, i: int) -> bool:
    """:func:`_written_definite` (for the title grammar)."""
    return _written_definite(tg, i)


def _written_definite(tg: Tagger, i: int) -> bool:
    """Token ``i`` carries the article as written: a name whose first letters fold onto it (a hamza
    on the alef: Alexander) does not."""
    P = tg.P
    return tg.is_definite(tg.norms[i]) and tg.texts[i].startswith(P.definite_prefix)


def _marked(tg: Tagger, i: int, w: _Word) -> bool:
    """The object marker glued to a word outside the name list, a written definite word after it:
    a verb's prepositional object in construct ("the Zambian president praised [with-efforts]
    the-kingdom"), not a given name (a family name after an unlisted given name is rarely
    definite and glued so)."""
    nxt = i + 1
    return (
        w.object_glued
        and nxt < len(tg.norms)
        and tg.texts[nxt].startswith(tg.P.definite_prefix)
        and tg.is_def(nxt)
    )


def _verbal_noun_after_prep(tg: Tagger, norm: str) -> bool:
    """A glued preposition + an m- verbal noun with the feminine ending, outside the name list
    ("with the initiative of", "on the occasion of"): no name word."""
    P = tg.P
    fem = P.fold(P.feminine_suffix) if P.feminine_suffix else ""
    return (
        bool(fem)
        and len(norm) >= 6
        and norm.endswith(fem)
        and norm.startswith(tuple(tg.W.verbal_noun_prefix))
        and norm not in tg.lex.names
    )


def _hamza_after_prep(tg: Tagger, text: str) -> bool:
    """A glued one-letter preposition (the first letters of ``verbal_noun_prefix``) + the hamza a
    form-IV verbal noun opens with (``verbal_noun_hamza``): "with the contribution of", no name
    word. Given names open with that hamza too ("with Ibrahim", "with Ivan"), so neither the word
    nor the word without its preposition may be in the name list."""
    hamza = tg.P.verbal_noun_hamza
    preps = {p[0] for p in tg.W.verbal_noun_prefix}
    return (
        bool(hamza)
        and len(text) > 4
        and text[:1] in preps
        and text[1:2] == hamza
        and tg.P.fold(text) not in tg.lex.names
        and tg.P.fold(text[1:]) not in tg.lex.names
    )


@functools.cache
def _shape_pattern(shapes: frozenset[str]) -> re.Pattern[str] | None:
    return re.compile("|".join(f"(?:{s})" for s in sorted(shapes))) if shapes else None


def _unlisted_shape(tg: Tagger, shapes: frozenset[str], norm: str) -> bool:
    """``norm`` has one of the word ``shapes`` (regular expressions of a word list) and is not in
    the name list."""
    pattern = _shape_pattern(shapes)
    return bool(pattern and pattern.fullmatch(norm) and norm not in tg.lex.names)


def _past_verb_shape(tg: Tagger, norm: str) -> bool:
    """A word of a derived past verb's shape (``past_verb_shape``), outside the name list."""
    return _unlisted_shape(tg, tg.W.past_verb_shape, norm)


def _and_verb_shape(tg: Tagger, norm: str) -> bool:
    """A word of an "and"-led verb's shape (``and_verb_shape``: and + an imperfect dual, "the
    minister receives X [and-they-sign] …"), outside the name list."""
    return _unlisted_shape(tg, tg.W.and_verb_shape, norm)


def _past_verb_at(tg: Tagger, i: int, position: int) -> bool:
    """A past verb's shape as the first or second name word, before what follows a verb and no
    name word: a title (its object: "the envoy [briefed] the president of …"), a phrase break ("the
    minister X [reviewed] during …") or, right after the title, a word written with the article
    ("the minister [briefed] the guest")."""
    k = i + 1
    if position > 1 or k >= len(tg.norms):
        return False
    if _title_at(tg, k) or tg.norms[k] in tg.W.phrase_break:
        return True
    return (
        position == 0
        and tg.is_definite(tg.norms[k])
        and tg.texts[k].startswith(tg.P.definite_prefix)
    )


def _verbal_noun_shape(tg: Tagger, norm: str) -> bool:
    """A word of a verbal-noun shape (``verbal_noun_shape``, e.g. the form-II taf'il), outside the
    name list: no first name word (the object right after a title; later in a name the shape is
    often a transliterated surname)."""
    return _unlisted_shape(tg, tg.W.verbal_noun_shape, norm) and not _glued_name(tg, norm)


def _definite_verbal_noun(tg: Tagger, norm: str) -> bool:
    """A definite word whose stem has a verbal noun's shape: the shapes of ``verbal_noun_shape``,
    and those of ``definite_verbal_noun_shape`` that are verbal nouns only with the article (bare,
    the same shape is also a given name)."""
    stem = tg.P.strip_definite(norm)
    return _verbal_noun_shape(tg, stem) or _unlisted_shape(
        tg, tg.W.definite_verbal_noun_shape, stem
    )


def _glued_name(tg: Tagger, norm: str) -> bool:
    """A listed name after a one-letter preposition glued to it (the first letters of
    ``verbal_noun_prefix``: li-, bi-, ka-): "thanked [li-Taysir] X", of the shape li + taf'il."""
    preps = {p[0] for p in tg.W.verbal_noun_prefix}
    return norm[:1] in preps and norm[1:] in tg.lex.names


def prep_verbal_noun(tg: Tagger, norm: str) -> bool:
    """:func:`_verbal_noun_after_prep`, for the title rules (a glued preposition's word)."""
    return _verbal_noun_after_prep(tg, norm)


def verbal_noun_word(tg: Tagger, norm: str) -> bool:
    """:func:`_verbal_noun_shape`, for the title rules (a glued preposition's word)."""
    return _verbal_noun_shape(tg, norm)


def _verbal_noun_object(tg: Tagger, i: int, w: _Word) -> bool:
    """After a name word, token ``i`` is the verb's object: a definite verbal noun ("renewed X Y
    [the emphasis] on"), or a verbal noun heading a construct after a family name written with
    the article ("affirmed X al-Y [the depth] of-the relations")."""
    return w.definite_verbal_noun or (w.construct_head and _construct_after_family_name(tg, i))


def _construct_head_shape(tg: Tagger, norm: str) -> bool:
    """A word of a verbal noun's shape (``construct_head_shape``: the masdar patterns of the verb
    forms), outside the name list, no particle and without the article."""
    pattern = _shape_pattern(tg.W.construct_head_shape)
    return bool(
        pattern
        and pattern.fullmatch(norm)
        and norm not in tg.lex.names
        and norm not in tg.W.name_particle
        and not tg.is_definite(norm)
    )


def _construct_after_family_name(tg: Tagger, i: int) -> bool:
    """Token ``i`` stands between a family name written with the article and a plain definite
    word of no lexicon and no name ("X al-Kaabi [depth] al-relations"): it heads a construct, the
    verb's object or subject, not one more name word (a name goes on after its article-family
    name only with a particle)."""
    n, P = len(tg.norms), tg.P
    return (
        i + 1 < n
        and _written_definite(tg, i - 1)
        and _written_definite(tg, i + 1)
        and tg.kind(i + 1) is None
        and P.strip_definite(tg.norms[i + 1]) not in tg.lex.names
        and not (i >= 2 and tg.norms[i - 2] in tg.W.name_opener)
    )


def _glued_non_name(tg: Tagger, text: str, norm: str, position: int) -> bool:
    """A word outside the name list that is no name word: "and" + an imperfect verb; after two name
    words, a word glued to a one-letter "and" (the next phrase); anywhere, a word ending in the
    one-letter pronoun suffix (the letter the feminine ending folds onto, not after the nisba
    letter: "his thanks", "his guest", not "al-Faqih")."""
    P = tg.P
    if norm in tg.lex.names or len(norm) < 4 or tg.is_definite(norm):
        return False  # a definite word takes no pronoun suffix (al-Tah)
    ands = glued_ands(tg.W.conjunction)
    if norm.startswith(ands) and norm[1:].startswith(tuple(tg.W.verb_prefix)) and len(norm) > 4:
        return True  # "and they chair": and + an imperfect verb
    if position >= 2 and norm.startswith(ands):
        return True
    text = _without_marks(text)
    fem = P.fold(P.feminine_suffix) if P.feminine_suffix else ""
    return (
        bool(fem)
        and fem != P.feminine_suffix
        and text.endswith(fem)
        and not text.endswith(P.nisba_ending + fem)
    )


def _without_marks(text: str) -> str:
    """The text without its combining marks (vowel signs; kept per text, as
    :func:`_initial_text`)."""
    found = _UNMARKED.get(text)
    if found is None:
        if len(_UNMARKED) >= _TEXTS_KEPT:
            _UNMARKED.clear()
        found = _UNMARKED[text] = "".join(c for c in text if not unicodedata.combining(c))
    return found


def _after_title_of(tg: Tagger, i: int, classes: tuple[str, ...]) -> bool:
    """Token ``i`` follows a title of one of ``classes`` ending right before it (the tagger
    keeps a hit under each of its tokens)."""
    h = tg.hits.get(i - 1) if i > 0 else None
    return bool(h and h.kind == "title" and h.end == i and h.info[0] in classes)


def _after_honorific(tg: Tagger, i: int) -> bool:
    """Token ``i`` follows an honorific: a name starts there even with the article
    (Mr al-Sheikh …)."""
    return _after_title_of(tg, i, ("honorific",))


def _post_starts(tg: Tagger, j: int) -> bool:
    """A post starts at token ``j``: a title whose first word is a role or its modifier (minister,
    ambassador, deputy), no honorific or rank."""
    h = tg.hits.get(j)
    return bool(h and h.kind == "title" and h.start == j and h.info[0] in ("role", "modifier"))


def _definite_given_name_before_patronymic(tg: Tagger, i: int) -> bool:
    """A definite word after a rank or an honorific, right before "bin"/"bint" (a particle that
    opens no compound) and a listed name: a given name written with the article ("the Prince
    al-Hussein bin Abdullah", "al-Walid bin X"), not the title's complement; or, anywhere, one
    opening a chain of listed names (:func:`_definite_given_name_before_chain`)."""
    j = i + 1
    return (
        (_after_honorific_or_rank(tg, i) or _after_post_country(tg, i))
        and j + 1 < len(tg.norms)
        and tg.norms[j] in tg.name_particles
        and tg.norms[j] not in tg.W.name_opener
        and known_name(tg, j + 1)
    ) or _definite_given_name_before_chain(tg, i)


def definite_given_name_before_bin(tg: Tagger, i: int) -> bool:
    """:func:`_definite_given_name_before_patronymic`, for the title rules (a post's modifier)."""
    return _definite_given_name_before_patronymic(tg, i)


def _after_post_country(tg: Tagger, i: int) -> bool:
    """Token ``i``, a listed given name written with the article, comes right after a country
    that closes a title's complement a few words on ("ambassador of X to the Kingdom of Y
    [al-Hasan] bin …"): with "bin" after it, the holder's name starts there. Why: Maghrebi
    and Sudanese given names keep the article, and a post's complement ends at its country, so
    a listed name there, before "bin", opens the holder's name rather than extending the post."""
    h = tg.hits.get(i - 1) if i > 0 else None
    return (
        h is not None
        and h.kind == "country"
        and h.end == i
        and tg.P.strip_definite(tg.norms[i]) in tg.lex.names
        and _title_within(tg, h.start, _POST_REACH)
    )


def _definite_given_name_before_chain(tg: Tagger, i: int) -> bool:
    """A definite word that is a listed given name without its article, then a listed name, "bin"
    (a particle that opens no compound) and another listed name: a given name written with the
    article opening a name chain ("al-Tahir Salim bin X"), not the title's last word."""
    j, n = i + 1, len(tg.norms)
    return (
        j + 2 < n
        and i not in tg.hits
        and tg.P.strip_definite(tg.norms[i]) in tg.lex.names
        and known_name(tg, j)
        and j not in tg.hits
        and tg.norms[j + 1] in tg.name_particles
        and tg.norms[j + 1] not in tg.W.name_opener
        and known_name(tg, j + 2)
    )


def _after_honorific_or_rank(tg: Tagger, i: int) -> bool:
    """Token ``i`` follows an honorific or a rank ("Judge", "Colonel")."""
    return _after_title_of(tg, i, ("honorific", "rank"))


def _title_word_in_name(tg: Tagger, i: int, position: int) -> bool:
    """A definite one-word title inside a name before a particle ("Mohamed al-Amin walad …"), or
    first when it is an honorific word ("al-Sheikh walad …"; not before an opening particle:
    "Mr Abdul …"); after two name words, right before a comma, it is the family name
    ("Muawiya Osman al-Amin, …")."""
    h = tg.hits[i]
    nxt = tg.texts[i + 1] if i + 1 < len(tg.texts) else ""
    return (
        (position > 0 or h.info[0] in ("honorific", "rank"))
        and h.kind == "title"
        and h.end == i + 1
        and tg.is_definite(tg.norms[i])
        and (
            _particle(tg, i + 1)
            or (position >= 2 and nxt in _COMMAS)
            or _definite_given_name_last(tg, i, position)
        )
        and not (h.info[0] == "honorific" and _opener(tg, i + 1))
    )


def _definite_given_name_last(tg: Tagger, i: int, position: int) -> bool:
    """A definite role word whose bare form is a listed given name ("al-Amin"), after a name word,
    with no name, title, body or country after it: the family name ("Khalid al-Amin met …")."""
    nxt, norms = i + 1, tg.norms
    return (
        position >= 1
        and tg.hits[i].info[0] == "role"
        and tg.P.strip_definite(norms[i]) in tg.lex.names
        and nxt < len(norms)
        and nxt not in tg.hits
        and not known_name(tg, nxt)
    )


def _opener(tg: Tagger, i: int) -> bool:
    """Token ``i`` is a particle opening a compound name ("Abdul Rahman"): an honorific before it
    is no name word ("Mr Abdul Rahman")."""
    return i < len(tg.norms) and tg.norms[i] in tg.W.name_opener


def _given_name_title_word(tg: Tagger, i: int, position: int) -> bool:
    """An indefinite one-word title that is also a listed given name, inside a name and before
    another name word ("Mohamed Amin Z", "Turki Sultan Z"), or first before a listed name word
    (:func:`given_name_role`)."""
    h, nxt, norms = tg.hits[i], i + 1, tg.norms
    if position == 0:
        return given_name_role(tg, i) or given_name_after_definite_title(tg, i)
    if _given_name_title_word_last(tg, i, position):
        return True
    return (
        h.kind == "title"
        and h.end == nxt
        and not tg.is_definite(norms[i])
        and norms[i] in tg.lex.names
        and nxt < len(norms)
        and nxt not in tg.hits
        and tg.is_alpha[nxt]
        # a definite word after it: only a family name in the nisba ending closing the name
        # ("X Amin al-Y,"; "X secretary [the general]" is a post)
        and (not tg.is_definite(norms[nxt]) or _nisba_family_name_closes(tg, nxt))
        and norms[nxt] not in tg.W.phrase_break
        and norms[nxt] not in tg.lex.stopwords  # "X president [republic] of Ghana"
        # "Saud bin Abdulrahman bin Musaid emir [of the region]": after the word a link particle
        # (bin, al) governs, a title word is his post, not a further name
        and not (
            i >= 2 and norms[i - 2] in tg.name_particles and norms[i - 2] not in tg.W.name_opener
        )
    )


def _given_name_title_word_last(tg: Tagger, i: int, position: int) -> bool:
    """An indefinite one-word title that is also a listed given name, after two name words and
    right before a comma or the full stop: the last name ("Shirin Mohammed Amin, …"); a title
    there governs a body, a country or a field, it is not closed at once."""
    h, nxt, norms = tg.hits[i], i + 1, tg.norms
    return (
        position >= 2
        and h.kind == "title"
        and h.end == nxt
        and not tg.is_definite(norms[i])
        and norms[i] in tg.lex.names
        and known_name(tg, i - 1)
        and nxt < len(norms)
        and tg.texts[nxt] in _NAME_CLOSERS
    )


def _compound_second_half(tg: Tagger, toks: list[int], j: int) -> bool:
    """The word after a name particle completes the compound (even a one-word title)."""
    norms, ps = tg.norms, tg.name_particles
    cut = len(toks) > 1 and norms[toks[-2]] + norms[toks[-1]] in ps  # van as fa- + inna
    if not toks or (norms[toks[-1]] not in ps and not cut):
        return False
    if tg.is_alpha[j] and norms[j] not in tg.W.phrase_break and j not in tg.hits:
        return True
    h = tg.hits.get(j)
    return bool(h and h.kind in ("title", "country") and h.end == j + 1)


def _particle_article(tg: Tagger, j: int) -> bool:
    """A function word right after a name particle with a name word after it: the article of a
    Romance or Dutch particle ("de la", "de los", "van der"), part of the particle, no name word of
    its own (a name of four words and such a particle is read whole)."""
    norm = tg.norms[j]
    return (
        (norm in tg.stop_words or norm in tg.lex.stopwords)
        and j + 1 < len(tg.norms)
        and name_like(tg, j + 1, 1)
    )


def _family_word(tg: Tagger, j: int, position: int) -> bool:
    """A definite word after the first is a family name (al-Zayani)."""
    return position > 0 and tg.is_definite(tg.norms[j])


@dataclass
class _Run:
    """A name being read: its tokens, how many name words, whether the next word may be outside the
    name list."""

    toks: list[int]
    words: int = 0
    free_ok: bool = True

    # written out: compiled, three stores (the dataclass's own __init__ runs interpreted)
    def __init__(self, toks: list[int], words: int = 0, free_ok: bool = True) -> None:
        self.toks = toks
        self.words = words
        self.free_ok = free_ok

    def add(self, j: int, word: bool = True, free_ok: bool = True) -> None:
        self.toks.append(j)
        self.words += int(word)
        self.free_ok = free_ok


def _clitic_cut_word(tg: Tagger, run: _Run, a: int, cut: bool = False) -> bool:
    """Token ``a`` is a one-letter proclitic the clitic split cut off a short foreign name word
    (Pham as fa- + "am", Lan as li- + "an"), glued to the word after it: right after an honorific
    before one more name word, or closing a name of two words or more at a comma or the full stop
    ("that" + the next clause goes on). ``cut``: the run already holds ``a``, as its last token."""
    norms, n = tg.norms, len(tg.norms)
    b = a + 1
    if not _clitic_half(tg, a) or b in tg.hits:
        return False
    words = run.words
    if not run.toks or (cut and run.toks == [a]):
        nxt = b + 1
        return (
            _after_honorific(tg, a)
            and nxt < n
            and nxt not in tg.hits
            and not tg.is_definite(norms[nxt])
            and (name_like(tg, nxt, 1) or _cut_pair(tg, nxt))  # "Pham [van] X": a cut particle
        )
    return words >= 2 and b + 1 < n and tg.texts[b + 1] in _NAME_CLOSERS


def _compound_step(tg: Tagger, run: _Run, j: int, strict: bool) -> bool:
    """Read token ``j`` into the run; False when the name ends before it."""
    if _clitic_cut_word(tg, run, j):
        run.add(j, word=False)  # its second half is the name word
        return True
    if run.toks and run.toks[-1] == j - 1 and _clitic_cut_word(tg, run, j - 1, cut=True):
        run.add(j, free_ok=True)
        return True
    if _compound_second_half(tg, run.toks, j):
        run.add(j, word=not _particle_article(tg, j), free_ok=True)
        return True
    if _initial_between(tg, run.toks, j):
        run.add(j, word=False, free_ok=True)
        return True
    if run.toks and tg.norms[j] in tg.name_particles:
        run.add(j, word=False)
        return True
    if run.toks and run.toks[-1] == j - 1 and glued_hyphen_at(tg, j):
        run.add(j, word=False, free_ok=True)  # a hyphened given name ("Marie-Laure")
        return True
    if run.toks and _split_particle(tg, run.toks, j):
        run.add(j, word=False)
        return True
    if not name_like(tg, j, run.words):
        return False
    known = known_name(tg, j) or _family_word(tg, j, run.words) or j in tg.hits
    if strict and run.words and not known and not run.free_ok:
        return False
    # a compound's opening particle (Abdul, Abu, Dhu) is one name word with its second half
    run.add(j, word=bool(run.toks) or tg.norms[j] not in tg.W.name_opener, free_ok=known)
    return True


def _cut_pair(tg: Tagger, a: int) -> bool:
    """Tokens ``a`` and ``a + 1`` are one name particle the clitic split cut in two (van)."""
    norms = tg.norms
    return (
        0 <= a < len(norms) - 1
        and not tg.doc[a].whitespace_
        and norms[a] + norms[a + 1] in tg.name_particles
    )


def _split_particle(tg: Tagger, toks: list[int], j: int) -> bool:
    """Token ``j`` is half of a name particle the clitic split cut (van written fa-alif-nun read
    fa- + inna): the two halves glued, between a name word and an indefinite word."""
    norms, n, ps = tg.norms, len(tg.norms), tg.name_particles
    a = j if toks[-1] == j - 1 and j + 1 < n and norms[j] + norms[j + 1] in ps else j - 1
    if a < 0 or a + 2 >= n or toks[-1] not in (a - 1, a) or tg.doc[a].whitespace_:
        return False
    if norms[a] + norms[a + 1] not in ps:
        return False
    return tg.is_alpha[a + 2] and not tg.is_definite(norms[a + 2])


def _compound_read(tg: Tagger, i: int, strict: bool) -> list[int]:
    run = _Run([])
    j, n = i, len(tg.norms)
    while (
        j < n
        and run.words < MAX_WORDS
        and len(run.toks) < _MAX_TOKENS
        and _compound_step(tg, run, j, strict)
    ):
        j += 1
    toks = run.toks
    while toks and (_particle(tg, toks[-1]) or initial_at(tg, toks[-1]) or tg.is_punct[toks[-1]]):
        toks.pop()  # a name ends with a name word
    if len(toks) > 1 and tg.norms[toks[-2]] + tg.norms[toks[-1]] in tg.name_particles:
        del toks[-2:]  # … nor with a particle cut in two
    return toks


def _foreign_at_end(tg: Tagger, toks: list[int]) -> bool:
    """Three name words ending the sentence, two of them no listed name and none a lexicon word:
    one foreign name (a Korean or Vietnamese name; a given name, patronymic and family name); or
    four: two listed given names, then two unlisted family names (a Spanish or Portuguese name:
    "Carmen Isabel X Y.")."""
    words = [t for t in toks if tg.norms[t] not in tg.name_particles]
    if not (
        len(words) == len(toks)
        and _at_boundary(tg, toks[-1] + 1, 0)
        and not any(t in tg.hits for t in toks)
    ):
        return False
    unlisted = [not known_name(tg, t) for t in toks]
    if len(words) == _CLEAN_END_WORDS + 1:
        # … or, after an honorific, four unlisted words, none written with the article: a
        # Vietnamese name of four syllables ("Mrs X Thi Y Z.")
        return unlisted == [False, False, True, True] or (
            all(unlisted)
            and _after_honorific(tg, toks[0])
            and not any(tg.is_definite(tg.norms[t]) for t in toks)
        )
    return len(words) == _CLEAN_END_WORDS and sum(unlisted) >= 2


def _phrase_start(tg: Tagger, j: int) -> bool:
    """Token ``j`` opens the next phrase: a phrase-break or stop word ("in", "today", "during") or a
    word glued to a one-letter "and" ("and the delegation", "and discussed")."""
    if j >= len(tg.norms):
        return False
    norm = tg.norms[j]
    if norm in tg.W.phrase_break or norm in tg.stop_words or norm in tg.lex.stopwords:
        return True
    if cut_article_clitic(tg, j):
        return True  # "bi-" cut off "bi-l-X": a prepositional phrase, the verb's object
    ands = glued_ands(tg.W.conjunction)
    if not (len(norm) >= 4 and norm.startswith(ands)) or norm in tg.lex.names:
        return False
    # "and" + the article, or a word outside the lexicons (a lexicon word may just start with the
    # letter: "minister")
    return tg.is_definite(norm[1:]) or j not in tg.hits


def glued_article_word(tg: Tagger, i: int) -> bool:
    """Token ``i`` opens with a one-letter clitic glued to the article (``article_clitic``), as the
    name reader tells it: outside the name list, and longer than the clitic, the article and one
    letter (a word of four letters so spelled is a word of its own: "governor", "adult")."""
    return _word_of(tg, i).article_clitic


def cut_article_clitic(tg: Tagger, j: int) -> bool:
    """Token ``j`` is a one-letter clitic that the clitic split cut off a word with the article
    (``article_clitic``: "bi-" of "bi-l-X"), still glued to it: no name word, it opens a phrase."""
    prefix, n = tg.P.definite_prefix, len(tg.norms)
    return (
        j + 1 < n
        and bool(prefix)
        and not tg.ws[j]
        and tg.norms[j] + prefix in tg.W.article_clitic
        and written_definite(tg, j + 1)
    )


def _post_cut(tg: Tagger, i: int, loose: list[int]) -> list[int]:
    """After an honorific, a loose run that reads on into a post (a definite role word taken for a
    family name: "Mrs Ingrid X [the secretary general] of …") ends before the post, when two name
    words of no lexicon come before it and the post goes on (a role word closed by a comma is the
    family name: "Muawiya Osman al-Amin, …"): an honorific names the person, the post follows."""
    if len(loose) < 3 or not _after_honorific(tg, i):
        return loose
    for n, k in enumerate(loose[2:], start=2):
        if not _post_starts(tg, k) or not tg.is_definite(tg.norms[k]):
            continue
        end = tg.hits[k].end  # a post starts at a title hit
        if end < len(tg.norms) and not tg.is_punct[end]:
            head = loose[:n]
            return head if all(t not in tg.hits for t in head) else loose
    return loose


def hyphened_words(tg: Tagger, toks: list[int]) -> int:
    """The words of a run, a hyphened name one word ("Park Min-su": two words, four tokens)."""
    texts, ws = tg.texts, tg.ws
    return sum(
        1
        for t in toks
        if texts[t] != "-" and not (t > toks[0] and texts[t - 1] == "-" and not ws[t - 1])
    )


def _compound_run(tg: Tagger, i: int) -> list[int]:
    """The whole run when it ends at punctuation (an apposition), or, three name words at most,
    where the next phrase starts; else the run of known names and one surname."""
    framed = _framed_name(tg, i)
    if framed:
        return framed
    loose = _post_cut(tg, i, _compound_read(tg, i, strict=False))
    head = _without_object_phrase(tg, loose)
    if len(head) < len(loose):
        return head
    if (
        not loose
        or _at_boundary(tg, loose[-1] + 1, hyphened_words(tg, loose))
        or _foreign_at_end(tg, loose)
    ):
        return loose
    words = sum(1 for t in loose if tg.norms[t] not in tg.name_particles)
    words -= sum(1 for t in loose[1:-1] if tg.norms[t] in tg.W.patronymic_suffix)
    if _styled_before_post(tg, i, loose):
        return loose
    if words <= _CLEAN_END_WORDS and (
        _phrase_start(tg, loose[-1] + 1)
        or _marked_indefinite(tg, loose[-1] + 1)
        or (
            _after_honorific_or_rank(tg, i)
            and (_at_boundary(tg, loose[-1] + 1, 0) or _post_starts(tg, loose[-1] + 1))
        )
        # a style that is a modifier word alone ("al-na'iba", the MP) before the name and the post
        or (_after_title_of(tg, i, ("modifier",)) and _post_starts(tg, loose[-1] + 1))
        # "met with X Y [chair of …]": the person met, the post right after the name
        or (_after_comitative(tg, i) and _post_starts(tg, loose[-1] + 1))
        or (words == _CLEAN_END_WORDS and _verb_after_titled_run(tg, i, loose[-1] + 1))
    ):
        # after an honorific, the end of the sentence ends the name too, and so does the post
        # written after it (Excellency Kwame Osei Mensah, Ambassador of …)
        return loose
    return _compound_read(tg, i, strict=True)


def _without_object_phrase(tg: Tagger, loose: list[int]) -> list[int]:
    """A loose run of two name words or more that reads on into a definite noun (no nisba's shape,
    outside the name list) and its definite nisba adjective (a country's nisba, or a word of the
    nisba's shape: the run's last word or the one after it), right before a phrase break ("urged
    X Y [the-community the-international] to …", "X Y [the-parties the-Somali] to …"): the verb's
    object, a noun and its adjective; a family name takes no adjective. Not after a name
    particle (``name_particle``: "bin", "abu", "walad"), which governs the definite word as a
    name ("X walad al-Y al-Z-i"). The run without them."""
    P, last = tg.P, (loose[-1] if loose else -1)
    if len(loose) < 3 or not P.nisba_ending:
        return loose
    if _nisba_hit_at(tg, last + 1) and _phrase_start(tg, last + 2):
        noun, adjective, head = last, last + 1, loose[:-1]
    elif len(loose) >= 4 and _phrase_start(tg, last + 1):
        noun, adjective, head = loose[-2], last, loose[:-2]
    else:
        return loose
    stem = P.strip_definite(tg.norms[noun])
    if (
        noun in tg.hits
        or not _written_definite(tg, noun)
        or stem in tg.lex.names
        or stem.endswith(P.nisba_ending)
        or any(_written_definite(tg, t) for t in head[1:])  # a definite family name's own rules
        or tg.norms[head[-1]] in tg.name_particles  # "bin / abu / walad" + a definite name
    ):
        return loose
    nisba = _nisba_hit_at(tg, adjective) or (
        adjective not in tg.hits
        and _written_definite(tg, adjective)
        and P.strip_definite(tg.norms[adjective]).endswith(P.nisba_ending)
    )
    return head if nisba else loose


def _nisba_hit_at(tg: Tagger, j: int) -> bool:
    """A country's nisba of one word at ``j`` ("the Libyan")."""
    h = tg.hits.get(j)
    return (
        h is not None and h.kind == "country" and h.start == j == h.end - 1 and h.info[1] == "nisba"
    )


def _marked_indefinite(tg: Tagger, j: int) -> bool:
    """Token ``j`` carries an indefinite mark (the tanween, ``indefinite_marks``): a name is
    definite, so an indefinite word right after it starts the clause's next part (the verb's
    object, an adverb, a circumstantial adjective), not one more name word."""
    return j < len(tg.norms) and _word_of(tg, j).indefinite


def _framed_name(tg: Tagger, i: int) -> list[int]:
    """A word, a comma, an honorific, then two to four plain words closed by a comma or the full
    stop ("…, Dr X Y Z,"): the whole frame is the name, its inner words too when they spell
    a function word, a place or a title's modifier (an honorific set off by commas is followed by
    the holder's name alone). The first word must open a name, the last be no function word, and
    no word is a phrase break, a date, a cue or a post's head."""
    h = tg.hits.get(i - 1) if i > 0 else None
    if not (h and h.kind == "title" and h.end == i and h.info[0] == "honorific"):
        return []
    if h.start < 2 or tg.texts[h.start - 1] not in _COMMAS or not tg.is_alpha[h.start - 2]:
        return []
    c, n = i, len(tg.norms)
    while c < n and tg.is_alpha[c] and not tg.is_space[c]:
        c += 1
    toks = list(range(i, c))
    # a word the tokenizer split after a glued "and" (a family name spelled "and" + a function
    # word) is one name word, read whole
    split = {t for t in toks[1:-1] if _glued_and(tg, t)}
    split |= {t + 1 for t in split}
    words = [t for t in toks if tg.norms[t] not in tg.name_particles and t - 1 not in split]
    if not (c < n and tg.texts[c] in _NAME_CLOSERS and 2 <= len(words) <= MAX_WORDS):
        return []
    if not name_like(tg, i, 0) or (toks[-1] not in split and _framed_stop(tg, toks[-1])):
        return []
    return toks if not any(_framed_bar(tg, t) for t in toks if t not in split) else []


def _glued_and(tg: Tagger, t: int) -> bool:
    """Token ``t`` is "and" written glued to the word after it (one written word)."""
    return tg.norms[t] in tg.W.conjunction and not tg.ws[t] and tg.is_alpha[t + 1]


def _framed_stop(tg: Tagger, t: int) -> bool:
    """The last word of a framed name is no function word, nor a lexicon word other than a place
    written without the article (a family name spelled as a city; a nisba with the article may be
    the holder's country)."""
    norm = tg.norms[t]
    if norm in tg.stop_words or norm in tg.lex.stopwords:
        return True
    return t in tg.hits and (tg.kind(t) != "country" or tg.is_definite(norm))


def _framed_bar(tg: Tagger, t: int) -> bool:
    """A word no framed name holds: a phrase break, a date, a cue, a body or a post's head."""
    h = tg.hits.get(t)
    if (tg.norms[t] in tg.W.phrase_break and not known_name(tg, t)) or t in tg.dates:
        return True
    if h is not None and h.kind == "cue":
        return h.info[0] != _ACCORDING_CUE  # a preposition's spelling, no verb
    return h is not None and (h.kind == "agency" or h.info[0] in ("role", "rank"))


_TITLE_CLASSES = ("role", "modifier", "honorific", "rank")


def _verb_after_titled_run(tg: Tagger, i: int, j: int) -> bool:
    """After a title, a one-word cue of no name list (not a meeting noun) opens the next phrase at
    ``j`` ("the minister X Y Z [expressed] …"): the verb after its subject, no name word."""
    h = tg.hits.get(j)
    return (
        _after_title_of(tg, i, _TITLE_CLASSES)
        and h is not None
        and h.kind == "cue"
        and h.start == j
        and h.end == j + 1
        and h.info[0] != _MEETING_NOUN
        and tg.norms[j] not in tg.lex.names
    )


def _after_comitative(tg: Tagger, i: int) -> bool:
    """Token ``i`` follows "with" written apart (the party met, a person or a body)."""
    return i > 0 and tg.norms[i - 1] in tg.W.comitative


def _styled_before_post(tg: Tagger, i: int, loose: list[int]) -> bool:
    """An honorific before the run and a post right after it ("His Excellency Juan Pablo X Y,
    minister of …"): every word between the style and the post is the name, four words too (a
    Spanish name with two family names), none of them a lexicon word."""
    return (
        _after_honorific(tg, i)
        and _post_starts(tg, loose[-1] + 1)
        and not any(t in tg.hits for t in loose)
    )


# ---------------------------------------------------------------- capitalised (English)
def _capitalised_word(tg: Tagger, i: int, position: int) -> bool:
    text, norm = tg.texts[i], tg.norms[i]
    if i in tg.hits:
        return (
            (
                position == 0
                and (
                    given_name_before_patronymic(tg, i)
                    or given_name_after_cased_title(tg, i)
                    or _cue_given_name_after_style(tg, i)
                )
            )
            or _family_name_after_particle(tg, i, position)
            or _city_surname(tg, i, position)
            or _city_first_surname(tg, i, position)
            or _city_given_name(tg, i, position)
            or _city_hyphened_surname(tg, i, position)
            or _cue_middle_name(tg, i, position)
            or _honorific_surname(tg, i, position)
            or _cased_role_middle_name(tg, i, position)
        )
    if not text[:1].isupper():
        return norm in tg.name_particles and position > 0
    if _initial_text(text):
        return False  # read by the run, between two name words
    if position == 0 and (norm in tg.lex.stopwords or norm in tg.stop_words):
        return _stop_word_family_name(tg, i)
    # a stop word (or a word of the stop list: a weekday) ends a name, but a month name outside a
    # date may be one (Theresa May)
    stop = norm in tg.stop_words or norm in tg.lex.stopwords
    # … nor a stop word's spelling glued to a syllable by a hyphen (Korean "Kim Do-hyun")
    stop = stop and not (i + 1 < len(tg.texts) and _glued_syllable_at(tg, i + 1))
    return not (position > 0 and stop and i not in tg.months) and not (
        position >= 2 and _headline_verb(tg, i) or position == 0 and _verb_before_talks(tg, i)
    )


def _cased_role_middle_name(tg: Tagger, i: int, position: int) -> bool:
    """Cased: a one-word role that is also a listed given name, capitalised, right after a listed
    given name and before a capitalised word of no lexicon ("X [Sultan] Y", "X [Amir] Y"): a middle
    name, the father's (a post does not follow a bare given name so)."""
    h, nxt = tg.hits[i], i + 1
    return (
        position >= 1
        and h.kind == "title"
        and h.info[0] == "role"
        and h.start == i
        and h.end == nxt
        and tg.norms[i] in tg.lex.names
        and known_name(tg, i - 1)
        and nxt < len(tg.texts)
        and tg.texts[nxt][:1].isupper()
        and tg.is_alpha[nxt]
        and tg.kind(nxt) is None
    )


def _stop_word_family_name(tg: Tagger, i: int) -> bool:
    """A capitalised stop word opening a name right after a title or its comma, before two
    capitalised words of no lexicon ("General Do Thanh Phong", "…, Do Van Hung"): a family name
    that spells a function word (a function word mid-sentence is not capitalised)."""
    texts, n = tg.texts, len(tg.texts)
    if not (i > 0 and i + 2 < n and texts[i][1:].islower()):
        return False
    if not (tg.kind(i - 1) == "title" or texts[i - 1] in _COMMAS):
        return False
    return all(
        texts[k][:1].isupper()
        and texts[k][1:].islower()
        and k not in tg.hits
        and tg.norms[k] not in tg.stop_words
        and tg.norms[k] not in tg.lex.stopwords
        for k in (i + 1, i + 2)
    )


def _city_surname(tg: Tagger, i: int, position: int) -> bool:
    """ "General Eduardo Santiago", "Maria Luisa Santiago": a one-word capital or city right after
    one or two listed given names, before no other capitalised word, is the family name (a place is
    not written so); after two name words one of them listed, too: the second family name of a
    Spanish or Portuguese name ("Ines Ferrer Lima")."""
    h = tg.hits[i]
    return (
        position in (1, 2)
        and h.kind == "country"
        and h.info[1] in ("capital", "city")
        and h.start == i
        and h.end == i + 1
        and (
            known_name(tg, i - 1)
            if position == 1
            else known_name(tg, i - 2) or known_name(tg, i - 1)
        )
        and not (i + 1 < len(tg.texts) and tg.texts[i + 1][:1].isupper())
    )


def _city_hyphened_surname(tg: Tagger, i: int, position: int) -> bool:
    """Cased: a one-word capital or city after a name word and glued by a hyphen to a capitalised
    word of no lexicon ("Grace [Nakuru]-Otieno"): the first half of a double-barrelled family name
    (a place is not hyphened to a name)."""
    h, k = tg.hits[i], i + 2
    if not (position >= 1 and tg.P.cased and h.kind == "country" and h.start == i):
        return False
    if h.info[1] not in ("capital", "city") or h.end != i + 1 or k >= len(tg.texts):
        return False
    if tg.texts[i + 1] != "-" or tg.ws[i] or tg.ws[i + 1]:
        return False
    return tg.is_alpha[k] and tg.texts[k][:1].isupper() and tg.kind(k) is None


def _city_first_surname(tg: Tagger, i: int, position: int) -> bool:
    """Cased: a one-word capital or city right after a listed given name and before one more
    capitalised word of no lexicon that ends the run: the first of a Spanish or Portuguese name's
    two family names ("Beatriz Quito Alvarenga"); a place is not written between two name words."""
    h, k = tg.hits[i], i + 1
    n = len(tg.texts)
    if not (position == 1 and tg.P.cased and h.kind == "country" and h.end == k):
        return False
    if h.info[1] not in ("capital", "city") or h.start != i or not known_name(tg, i - 1):
        return False
    if not (k < n and tg.is_alpha[k] and tg.texts[k][:1].isupper() and tg.kind(k) is None):
        return False
    if tg.norms[k] in tg.stop_words or tg.norms[k] in tg.lex.stopwords:
        return False
    return not (k + 1 < n and tg.is_alpha[k + 1] and tg.texts[k + 1][:1].isupper())


def _city_given_name(tg: Tagger, i: int, position: int) -> bool:
    """ "Senator Haifa X-Y", "Ambassador Florence X": a one-word city right after a personal title
    (a role or rank, no field: no "of" or "in" before the city) and before a capitalised word of no
    lexicon is the holder's given name; a title does not name a city so, nor does the country
    that closes its complement ("Deputy Foreign Minister of Peru [Lima] Quispe …")."""
    h, k = tg.hits[i], i + 1
    prev = tg.hits.get(i - 1)
    return (
        position == 0
        and tg.P.cased
        and h.kind == "country"
        and h.info[1] in ("capital", "city")
        and h.start == i
        and h.end == k
        and prev is not None
        and (
            prev.kind == "title" and prev.info[0] in ("role", "rank") or _post_country_hit(tg, prev)
        )
        and prev.end == i
        and k < len(tg.texts)
        and tg.texts[k][:1].isupper()
        and tg.is_alpha[k]
        and tg.kind(k) is None
        and tg.norms[k] not in tg.stop_words
        and tg.norms[k] not in tg.lex.stopwords
    )


def _post_country_hit(tg: Tagger, h: Hit) -> bool:
    """A country's name that closes a title's complement ("Deputy Foreign Minister of Ecuador"):
    a title, then "of|for|to", right before it; a city after it is the holder's given name (a
    place after a country takes a preposition)."""
    k = h.start - 1
    return (
        h.kind == "country"
        and h.info[1] == "name"
        and k > 0
        and tg.norms[k] in tg.posted_to
        and tg.kind(k - 1) == "title"
    )


def _headline_verb(tg: Tagger, i: int) -> bool:
    """A Title Case headline's verb after a name ("X Y Holds Talks"): an unlisted word with the
    ``plural_ending``, before another unlisted capitalised word; or any unlisted word before a
    lower-case article and a capitalised word ("X and Y Hold a Joint Press Availability")."""
    norms, texts, names = tg.norms, tg.texts, tg.lex.names
    if (
        i + 2 < len(texts)
        and norms[i] not in names
        and (texts[i + 1] in tg.W.article or texts[i + 1] in tg.W.indefinite_article)
        and texts[i + 2][:1].isupper()
        and norms[i + 2] not in names
    ):
        return True
    return (
        texts[i].endswith(tuple(tg.W.plural_ending))
        and norms[i] not in names
        and i + 1 < len(texts)
        and texts[i + 1][:1].isupper()
        and norms[i + 1] not in names
        and not _closes_after(tg, i + 1)  # a headline's object is closed by no comma
    )


_MEETING_NOUN = "meet_noun"  # the cue class of "talks", "meeting" (cues.tsv)
_VERB_PHRASE = 2  # a headline's verb and one adjective before its meeting noun


def _verb_before_talks(tg: Tagger, i: int) -> bool:
    """A Title Case headline's verb right after its subject's title ("X, President of Y [Hold]
    Official Talks"): unlisted capitalised words after a title, the last one before a meeting
    noun that closes the line; a name is never followed so."""
    texts, n = tg.texts, len(tg.texts)
    prev = tg.hits.get(i - 1) if i > 0 else None
    if prev is None or prev.kind not in ("title", "country") or tg.norms[i] in tg.lex.names:
        return False
    for k in range(i + 1, min(i + _VERB_PHRASE + 1, n)):
        h = tg.hits.get(k)
        if h is not None:
            end = h.end
            return (
                h.kind == "cue"
                and h.start == k
                and h.info[0] == _MEETING_NOUN
                and (end >= n or "\n" in texts[end] or tg.is_space[end])
            )
        if not (texts[k][:1].isupper() and tg.is_alpha[k]):
            return False
    return False


def _cue_middle_name(tg: Tagger, i: int, position: int) -> bool:
    """ "General Tarek Said Hamouda": a capitalised one-word cue after the first name word, a listed
    given name, of a name a title opens, before a capitalised word of no lexicon, is a middle name
    (a verb after a name is written in lower case)."""
    h, k = tg.hits[i], i + 1
    return (
        position == 1
        and h.kind == "cue"
        and h.start == i
        and h.end == k
        and tg.texts[i][:1].isupper()
        and tg.texts[i][1:].islower()
        and (known_name(tg, i - 1) or _particle_family_at(tg, k))
        and _post_ends_at(tg, i - 2)
        and k < len(tg.texts)
        and tg.texts[k][:1].isupper()
        and k not in tg.hits
        and tg.norms[k] not in tg.stop_words
        and tg.norms[k] not in tg.lex.stopwords
    )


def _cue_given_name_after_style(tg: Tagger, i: int) -> bool:
    """ "Dr. Said Omar X", "Governor Said Omar X", "Minister of <field> Said Omar X": a
    capitalised one-word cue right after an honorific or a post (with its "of" phrase), before a
    listed given name or a particle's family name, is the first name (a verb after its subject's
    title is written in lower case)."""
    h, k = tg.hits[i], i + 1
    return (
        h.kind == "cue"
        and h.start == i
        and h.end == k
        and tg.texts[i][:1].isupper()
        and tg.texts[i][1:].islower()
        and (_after_title_of(tg, i, _TITLE_CLASSES) or i > 0 and _post_ends_at(tg, i - 1))
        and k < len(tg.texts)
        and (known_name(tg, k) or _particle_family_at(tg, k))
    )


_POST_REACH = 8  # words of a post's "of" phrase back to its title ("Minister of X and Y")


def _post_ends_at(tg: Tagger, k: int) -> bool:
    """Token ``k`` is a title, or the last word of its phrase: capitalised words, genitives,
    articles, conjunctions and commas back to the title ("Minister of <field>, <field> and
    <field>")."""
    W = tg.W
    links = W.genitive | W.article | W.conjunction
    for m in range(k, max(k - _POST_REACH, -1), -1):
        if _title_at(tg, m):
            return True
        capital = tg.is_alpha[m] and tg.texts[m][:1].isupper() and m not in tg.hits
        link = tg.norms[m] in links or tg.texts[m] == ","
        if not capital and (m == k or not link):
            return False
    return False


def _particle_family_at(tg: Tagger, k: int) -> bool:
    """A capitalised name particle glued by a hyphen to a family name ("Al-Harthy") at ``k``: the
    family name after a middle name, whatever the first name (a verb's object is no such word)."""
    return (
        k + 2 < len(tg.texts)
        and tg.norms[k] in tg.name_particles
        and tg.texts[k][:1].isupper()
        and glued_hyphen_at(tg, k + 1)
    )


def _family_name_after_particle(tg: Tagger, i: int, position: int) -> bool:
    """ "Badr Al Said": a capitalised one-word cue after a name particle is the family name, not
    the verb (a verb after a name is written in lower case); so is a one-word title ("Nouf bint
    Sultan", "Faisal bin Amir": the father's name)."""
    h = tg.hits[i]
    return (
        position > 0
        and h.kind in ("cue", "title")
        and h.start == i
        and h.end == i + 1
        and tg.texts[i][:1].isupper()
        and tg.norms[i - 1] in tg.name_particles
    )


def _second_name_starts(tg: Tagger, toks: list[int], j: int) -> bool:
    """After a first name and an unlisted family name, a listed given name with a name word after it
    starts a second person ("Keir Starmer Emmanuel Macron"); a name whose second word is
    itself a given name is a chain of given names ("Mahmoud Ali Hassan")."""
    n, norms, particles = len(tg.norms), tg.norms, tg.name_particles
    return (
        len(toks) == 2
        and j + 1 < n
        and norms[toks[0]] not in particles
        and not _abbreviated_name_word(tg, toks[0])  # "Md. X Islam Y": one name of given names
        and tg.texts[toks[0]] + "." not in tg.P.abbreviations  # … written without its period
        and norms[toks[1]] not in tg.lex.names
        and norms[toks[1]] not in particles
        and not initial_at(tg, toks[1])  # "Ines M. Castro Pereira": a middle initial, no surname
        and known_name(tg, j)
        and norms[j + 1] not in particles
        and name_like(tg, j + 1, 1)
        and not _one_syllable_chain(tg, [*toks, j, j + 1])
        and not _closes_after(tg, j + 1)
    )


def _closes_after(tg: Tagger, k: int) -> bool:
    """A comma, a colon or the full stop right after token ``k``: four name words closed so are one
    person's name ("Ambassador Syed X Haider Y."); two people named in a row would be joined by
    "and"."""
    return k + 1 < len(tg.texts) and tg.texts[k + 1] in _NAME_CLOSERS


_VOWEL_GROUP = re.compile(r"[aeiouy]+")


def _one_syllable(text: str) -> bool:
    """A word of one syllable in the Latin script: one group of vowels (accents aside)."""
    base = "".join(
        c for c in unicodedata.normalize("NFD", text.lower()) if not unicodedata.combining(c)
    )
    return base.isalpha() and len(_VOWEL_GROUP.findall(base)) == 1


def one_syllable_name(tg: Tagger, nm: NameMention) -> bool:
    """Every word of the name is of one syllable ("Pham Thi Lan Anh")."""
    return _one_syllable_chain(tg, [k for k in range(nm.start, nm.end) if tg.is_alpha[k]])


def _one_syllable_chain(tg: Tagger, toks: list[int]) -> bool:
    """Four one-syllable words: one name of a language whose names are runs of syllables (family
    name, middle name, a two-syllable given name: "Pham Thi Lan Anh"), not two people."""
    return tg.P.cased and all(_one_syllable(tg.texts[k]) for k in toks)


def _syllable_after_hyphen(tg: Tagger, j: int, words: int) -> bool:
    """A lower-case syllable glued by a hyphen to the second name word or a later one, ending
    the word ("Cho Tae-yul", "Kim Hong-kyun": a two-syllable given name), or to the first before
    a capitalised word ("Hyun-woo Baek"); not a participle or a suffix word ("X-led",
    "X-backed", "X-based", a stop word)."""
    texts, ws = tg.texts, tg.ws
    if words < 1 or texts[j] != "-" or ws[j - 1] or ws[j]:
        return False
    part = texts[j + 1]
    # a first word's syllable only before the family name ("Hyun-woo Baek")
    return (
        (words >= 2 or j + 2 < len(texts) and texts[j + 2][:1].isupper() and tg.is_alpha[j + 2])
        and part.isalpha()
        and part.islower()
        and 2 <= len(part) <= 5
        and not part.endswith(("ed", *tg.W.participle_ending))
        and part not in tg.stop_words
        and part not in tg.lex.stopwords
        and (j + 2 >= len(texts) or bool(ws[j + 1]) or tg.is_punct[j + 2])
    )


def _capitalised_run(tg: Tagger, i: int) -> list[int]:
    norms, particles = tg.norms, tg.name_particles
    n = len(norms)
    run = _Run([])
    j = i
    while j < n and run.words < MAX_WORDS and len(run.toks) < _MAX_TOKENS:
        if _initial_between(tg, run.toks, j):
            run.add(j, word=False)
        elif _second_name_starts(tg, run.toks, j):
            break
        elif name_like(tg, j, run.words):
            run.add(j, word=norms[j] not in particles)
        elif run.words and (e := _inner_style_end(tg, j)):
            run.toks.extend(range(j, e))
            j = e - 1
        else:
            break
        j += 1
        if j + 1 < n and (glued_hyphen_at(tg, j) or _syllable_after_hyphen(tg, j, run.words)):
            run.toks.extend([j, j + 1])
            j += 2
    toks = run.toks
    if toks and _peer_run(tg, run.words, toks[0], j):
        toks.extend([j, j + 1])  # "Lord X of Y": the territorial designation
    if run.words >= 2 and _alias_sign_at(tg, j):
        toks.extend([j, j + 1])  # "X bin Y @ Z": the Malay "alias" and the other name
    while toks and norms[toks[-1]] in particles and not _closing_capitalised(tg, toks):
        toks.pop()
    if toks and tg.at(_past_capitalised_stop_words(tg, toks[-1] + 1), "agency") is not None:
        return []  # the modifiers of a head-final agency ("Foreign [Affairs] Committee")
    if toks and _unit_word_closes(tg, toks[-1] + 1):
        return []  # "… Affairs [Policy] Unit said": the modifiers of a unit's name
    return toks


_PEER_WORDS = 4  # a peer's style and name words before the genitive of the place


def _peer_place_at(tg: Tagger, first: int, j: int) -> bool:
    """Cased: a name opened by a peer's style (``peerage``), then the genitive at ``j`` and a
    capitalised word of no lexicon: the territorial designation, part of the peer's name."""
    n = len(tg.norms)
    return (
        tg.P.cased
        and tg.norms[first] in tg.W.peerage
        and j + 1 < n
        and tg.norms[j] in tg.W.genitive
        and tg.texts[j].islower()
        and tg.is_alpha[j + 1]
        and tg.texts[j + 1][:1].isupper()
        and (j + 1) not in tg.hits
    )


def _peer_run(tg: Tagger, words: int, first: int, j: int) -> bool:
    """A run of capitalised words from ``first`` to the genitive at ``j`` is a peer's name: opened
    by the peer's style ("Lord X of Y"), or right after it when the style is read as an honorific
    and left out of the name ("Baroness X of Y" gives "X of Y")."""
    if words >= 2 and _peer_place_at(tg, first, j):
        return True
    return words >= 1 and first > 0 and _peer_place_at(tg, first - 1, j)


def _peer_genitive_at(tg: Tagger, k: int) -> bool:
    """Token ``k`` is the genitive of a peer's territorial designation, read leftwards: a peer's
    style a few capitalised words before it."""
    if not (tg.P.cased and k > 0 and tg.norms[k] in tg.W.genitive):
        return False
    for m in range(k - 1, max(k - 1 - _PEER_WORDS, -1), -1):
        if tg.norms[m] in tg.W.peerage and tg.texts[m][:1].isupper():
            return _peer_place_at(tg, m, k)
        if not (tg.texts[m][:1].isupper() or glued_hyphen_at(tg, m)):
            return False
    return False


def _inner_style_end(tg: Tagger, j: int) -> int:
    """Cased: a style listed as written inside a name (``inner_style``: the Malay pilgrim style
    of the father, between a woman's or man's given name and the father's), short with its
    period at ``j``, between a name word and an unlisted capitalised word: it stands inside the
    name; the end of the style, or 0. Other honorifics there ("Dr.") open a second person."""
    h = tg.at(j, "title")
    if (
        h is None
        or h.start != j
        or h.info[0] != "honorific"
        or len(h.info) < 3
        or h.info[2] not in tg.W.inner_style
        or not tg.texts[h.end - 1].endswith(".")
    ):
        return 0
    e = h.end
    ok = e < len(tg.texts) and e not in tg.hits and tg.is_alpha[e] and tg.texts[e][:1].isupper()
    return e if ok else 0


def _closing_capitalised(tg: Tagger, toks: list[int]) -> bool:
    """The capitalised last word of a run of two, after a name word and before a comma or the
    sentence's end, is a name word though a particle is so spelled ("Liu Di, head of …"): a
    particle joins name words and never closes a name."""
    k = toks[-1]
    return (
        len(toks) == 2
        and tg.texts[k][:1].isupper()
        and tg.norms[toks[0]] not in tg.name_particles
        and (k + 1 == len(tg.norms) or tg.is_punct[k + 1])  # the document's last word too
    )


def _alias_sign_at(tg: Tagger, j: int) -> bool:
    """An "@" standing alone at ``j`` before a capitalised word of no lexicon: Malay names write
    a second name of the person so ("Ahmad bin Yusof @ Yahya")."""
    return (
        j + 1 < len(tg.texts)
        and tg.texts[j] == "@"
        and (j + 1) not in tg.hits
        and tg.is_alpha[j + 1]
        and tg.texts[j + 1][:1].isupper()
    )


def _unit_word_closes(tg: Tagger, k: int) -> bool:
    """Cased: a capitalised head of a body's unit (``body_end``) right after the run, closing the
    capitalised words ("Policy Unit said", "Human Rights Division staff"): the run is the unit's
    modifiers; a person's name is not followed so."""
    if not (k < len(tg.norms) and k not in tg.hits and tg.texts[k][:1].isupper()):
        return False
    if tg.norms[k] not in tg.W.body_end:
        return False
    e = _past_capitalised_stop_words(tg, k)
    return e >= len(tg.texts) or not tg.texts[e][:1].isupper()


def _past_capitalised_stop_words(tg: Tagger, k: int) -> int:
    """The first token from ``k`` that is no capitalised word of the stop lists ("Affairs"): such a
    word is no name word and goes on a head-final agency's modifiers."""
    while (
        k < len(tg.norms)
        and k not in tg.hits
        and tg.texts[k][:1].isupper()
        and (tg.norms[k] in tg.lex.stopwords or tg.norms[k] in tg.stop_words)
    ):
        k += 1
    return k


@dataclass(frozen=True)
class NameShape:
    """How names look in a language: which token may be a name word, and the run of them from a
    token."""

    word: Callable[[Tagger, int, int], bool]
    run: Callable[[Tagger, int], list[int]]


NAME_SHAPES: dict[str, NameShape] = {
    "compound": NameShape(_compound_word, _compound_run),
    "capitalised": NameShape(_capitalised_word, _capitalised_run),
}


def name_like(tg: Tagger, i: int, position: int) -> bool:
    """May token ``i`` be the ``position``-th word of a person's name?"""
    if i >= len(tg.texts):
        return False
    text = tg.texts[i]
    if (
        tg.is_space[i]
        or tg.is_punct[i]
        or (tg.like_num[i] and not _listed_number_word(tg, i) and not _after_inner_particle(tg, i))
        or not tg.is_alpha[i]
        and "-" not in text
        and "'" not in text
    ):
        return False
    if i in tg.dates:
        return False
    # NAME_SHAPES[tg.P.name_shape].word, called directly (a profile's shape is one of the two)
    if tg.compound_names:
        return _compound_word(tg, i, position)
    return _capitalised_word(tg, i, position)


def _after_inner_particle(tg: Tagger, i: int) -> bool:
    """A number word written in letters one or two words after a name particle that opens no
    name ("van", "van der"), closing the name before punctuation: the family name the particle
    leads to, not a number."""
    nxt = i + 1
    if not tg.is_alpha[i] or (nxt < len(tg.norms) and not tg.is_punct[nxt]):
        return False
    return any(_before_inner_particle(tg, k) for k in range(max(i - 3, 0), i))


def _listed_number_word(tg: Tagger, i: int) -> bool:
    """A number word written in letters that the name list holds (Thani: "second"), before a listed
    name word: a given name ("Thani Abdullah X"), not an ordinal."""
    return tg.is_alpha[i] and known_name(tg, i) and i + 1 < len(tg.norms) and known_name(tg, i + 1)


def name_run(tg: Tagger, i: int, direction: int = 1) -> NameMention | None:
    """The name starting at ``i`` (or ending at ``i`` when ``direction`` is -1)."""
    if direction == -1:
        return _name_ending_at(tg, i)
    table = memo_table(tg, "name_run")
    if i in table:
        return table[i]
    toks = _compound_run(tg, i) if tg.compound_names else _capitalised_run(tg, i)
    found = None
    if len(toks) == 1 and (
        tg.norms[toks[0]] in tg.unfolded_names
        or _feminine_noun_alone(tg, toks[0])
        or _object_after_nisba_title(tg, toks[0])
    ):
        toks = []  # alone, a name spelled as a function word is that word (Egyptian "ali" = "ala")
    if toks:
        start, end = toks[0], toks[-1] + 1
        found = NameMention(start, end, tokens_text(tg, start, end))
    table[i] = found
    return found


def _title_at(tg: Tagger, k: int) -> bool:
    return tg.kind(k) == "title"


def _feminine_noun_alone(tg: Tagger, i: int) -> bool:
    """One unlisted word in the feminine ending (ta marbuta), then a phrase break: a noun, the
    verb's object ("the minister extended [an invitation] to …"), no name; or then a title: a
    protocol style ("dawlat ra'is al-wuzara'", "jalalat al-malik"), no name."""
    fem, nxt = tg.P.feminine_suffix, i + 1
    if not (
        bool(fem)
        and _without_marks(tg.texts[i]).endswith(fem)
        and not known_name(tg, i)
        and nxt < len(tg.norms)
    ):
        return False
    return _phrase_start(tg, nxt) or _title_at(tg, nxt)


def _object_after_nisba_title(tg: Tagger, i: int) -> bool:
    """One unlisted word with no article right after a title closed by a definite word in the
    nisba ending (a nationality, or a family name: "the Gabonese minister", "the minister al-X"),
    then the head of what it governs: a country, a title or a body, a word with the article or
    with a pronoun ("the Japanese minister conveyed [greetings] of the president", "[the
    interest] of his country"): the verb's object in construct, no one-word name."""
    nxt, P = i + 1, tg.P
    if i < 2 or nxt >= len(tg.norms) or known_name(tg, i) or _written_definite(tg, i):
        return False
    prev = i - 1
    if not (
        _written_definite(tg, prev)
        and bool(P.nisba_ending)
        and tg.norms[prev].endswith(P.nisba_ending)
        and tg.kind(prev - 1) == "title"
    ):
        return False
    norm = tg.norms[nxt]
    if norm in tg.stop_words or norm in tg.lex.stopwords or norm in tg.W.phrase_break:
        return False
    w = _word_of(tg, nxt)
    return (
        tg.kind(nxt) in ("country", "title", "agency")
        or _written_definite(tg, nxt)
        or w.pronoun
        or w.glued
        or w.verbal_noun_shape
    )


def starts_known_name(tg: Tagger, m: NameMention) -> bool:
    """The name starts with a known personal name (or a particle compound: abd + X)."""
    return known_name(tg, m.start) or (_particle(tg, m.start) and m.end - m.start >= 2)


def _after_honorific_hit(tg: Tagger, i: int, lo: int) -> bool:
    prev = tg.hits.get(i - 1) if i > lo else None
    return prev is not None and prev.kind == "title" and prev.info[0] == "honorific"


def person_names(tg: Tagger, lo: int, hi: int) -> list[NameMention]:
    """Full names with no title next to them in tokens ``lo``..``hi`` (a sentence): a known given
    name opens a run of two name words or more ("Peter J. Lindqvist", "Margaret van Dijk") where
    the sentence gives it a role: an honorific right before it (Mr, Dr), or a cue of a relation (a
    meeting, a statement) in the sentence. Whether the person is an official is the caller's: the
    article must give a title too."""
    out: list[NameMention] = []
    norms, names = tg.norms, tg.lex.names
    # where no known name is (known_name's first test), no name starts
    unfolded = tg.unfolded_names
    known = [k for k in range(lo, hi) if norms[k] in names or norms[k] in unfolded]
    if not known:
        return out
    cue = bool(tg.starts(("cue",), lo, hi))
    i = lo
    for k in known:
        if k < i:
            continue  # inside the name read before
        role = cue or _after_honorific_hit(tg, k, lo)
        nm = name_run(tg, k) if role and known_name(tg, k) else None
        if nm is None or nm.end > hi or sum(tg.is_alpha[nm.start : nm.end]) < 2:
            continue
        out.append(nm)
        i = nm.end
    return out


def _clitic_half(tg: Tagger, a: int) -> bool:
    """Token ``a`` is a one-letter proclitic glued to the word after it (a word the clitic split
    cut: :func:`_clitic_cut_word` judges it in the forward rule)."""
    norms = tg.norms
    return (
        0 <= a < len(norms) - 1
        and len(norms[a]) == 1
        and norms[a] in tg.P.proclitics
        and not tg.doc[a].whitespace_
        and tg.is_alpha[a + 1]
    )


def _name_ending_at(tg: Tagger, i: int) -> NameMention | None:
    """Walk left to find the start, then reuse the forward rule."""
    k = i
    count = 0
    while (
        k >= 0
        and count < _MAX_TOKENS
        and (
            name_like(tg, k, 1)
            # the last word read as a family name (a verb-shaped one: the forward rule judges it
            # after two name words)
            or (k == i and name_like(tg, k, 2))
            # the first word right after an honorific (a given name spelled as a function word:
            # "Mr [Li] X-Y", read at the name's start)
            or (k > 0 and _after_honorific(tg, k) and name_like(tg, k, 0))
            or glued_hyphen_at(tg, k)
            or _glued_syllable_at(tg, k)
            or _peer_genitive_at(tg, k)
            or initial_at(tg, k)
            or _abbreviated_name_word(tg, k)
            or _particle(tg, k)
            or (k > 0 and _particle(tg, k - 1) and tg.is_alpha[k])  # the particle's word (Al X)
            or _cut_pair(tg, k)
            or _cut_pair(tg, k - 1)
            or (_cut_pair(tg, k - 2) and tg.is_alpha[k])
            or _clitic_half(tg, k)
            or _clitic_half(tg, k - 1)
        )
    ):
        k -= 1
        count += 1
    for s in range(k + 1, i + 1):
        m = name_run(tg, s, 1)
        if m and m.end == i + 1:
            return m
    return None

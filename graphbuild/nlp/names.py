"""Person names next to titles: which tokens may be name words, and the run of them.

How a name looks is a language property (``name_shape`` in the profile), each
with its rule in :data:`NAME_SHAPES`:

* ``compound`` (Arabic): any word outside the lexicons, stop words and phrase
  breaks may be a name word, but not a definite word first, a clitic glued to the
  article or a word with a pronoun suffix; a name particle joins the next word
  (the compounds abd + X, abu + X) and allows a fourth word; a definite masculine
  nisba after a first name is a family name.
* ``capitalised`` (English): name words are capitalised, lower-case name particles
  (bin, al) join them and allow five words, a glued hyphen joins two parts
  (Al-Serraj); a stop word ends a name unless it is a month name outside a date
  (Theresa May).

Tokens of a date (a month name next to a number) are never name words.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Doc

from .mentions import NameMention
from .tagger import Tagger

__all__ = ["name_like", "name_run", "glued_hyphen", "NAME_SHAPES"]

_MAX_WORDS = 3


def glued_hyphen(doc: Doc, j: int) -> bool:
    """A hyphen glued between two name parts, the second capitalised ("Al-Serraj")."""
    if j <= 0 or j + 1 >= len(doc):
        return False
    t = doc[j]
    return t.text == "-" and not doc[j - 1].whitespace_ and not t.whitespace_ and doc[j + 1].text[:1].isupper()


# ---------------------------------------------------------------- compound (Arabic)
def _nisba_surname(tg: Tagger, i: int, position: int) -> bool:
    """A definite masculine nisba after a first name is a family name."""
    h, norm = tg.hits[i], tg.doc[i].norm_
    if position < 1 or h.kind != "country" or h.info[1] != "nisba" or h.end - h.start != 1:
        return False
    return tg.P.is_definite(norm) and norm.endswith(tg.P.nisba_ending)


def _compound_word(tg: Tagger, i: int, position: int) -> bool:
    tok = tg.doc[i]
    norm = tok.norm_
    P, W = tg.P, tg.W
    if i in tg.hits:
        return _nisba_surname(tg, i, position)
    if norm in W.unfolded_name and tok.text.endswith(norm[-1:]):
        return True  # the name, not the function word it folds onto
    if norm in P.stop_words or norm in tg.lex.stopwords or norm in W.phrase_break or len(norm) < 2:
        return False
    if P.is_definite(norm) and position == 0:
        return False
    if norm.startswith(tuple(W.article_clitic)) and len(norm) > 4:
        return False  # clitic + article
    # pronoun-suffixed verbal nouns are not names
    return not (norm.endswith(tuple(W.pronoun_suffix)) and len(norm) > 4)


def _compound_second_half(tg: Tagger, toks: list[int], j: int) -> bool:
    """The word after a name particle completes the compound (even a one-word title)."""
    doc = tg.doc
    if not toks or doc[toks[-1]].norm_ not in tg.W.name_particle:
        return False
    if doc[j].is_alpha and doc[j].norm_ not in tg.W.phrase_break and j not in tg.hits:
        return True
    h = tg.hits.get(j)
    return bool(h and h.kind == "title" and h.end == j + 1)


def _compound_run(tg: Tagger, i: int) -> list[int]:
    doc, particles = tg.doc, tg.W.name_particle
    n = len(doc)
    toks: list[int] = []
    j = i
    limit = _MAX_WORDS
    while j < n and len(toks) < limit:
        if _compound_second_half(tg, toks, j):
            toks.append(j)
            j += 1
            continue
        if name_like(tg, j, len(toks)) or (toks and doc[j].norm_ in particles):
            if doc[j].norm_ in particles:
                limit = _MAX_WORDS + 1
            toks.append(j)
            j += 1
            continue
        break
    if len(toks) == 1 and doc[toks[0]].norm_ in particles:
        return []
    return toks


# ---------------------------------------------------------------- capitalised (English)
def _capitalised_word(tg: Tagger, i: int, position: int) -> bool:
    tok = tg.doc[i]
    norm = tok.norm_
    if i in tg.hits:
        return False
    if not tok.text[:1].isupper():
        return norm in tg.W.name_particle and position > 0
    if position == 0 and (tok.text in tg.lex.stopwords or norm in tg.P.stop_words):
        return False
    # a stop word ends a name, but a month name outside a date may be one (Theresa May)
    return not (position > 0 and norm in tg.P.stop_words and i not in tg.months)


def _capitalised_run(tg: Tagger, i: int) -> list[int]:
    doc = tg.doc
    n = len(doc)
    toks: list[int] = []
    j = i
    limit = _MAX_WORDS
    if any(doc[k].norm_ in tg.W.name_particle for k in range(i + 1, min(i + 4, n))):
        limit = 5  # "Mohammed bin Abdulrahman Al Thani"
    while j < n and len(toks) < limit and name_like(tg, j, len(toks)):
        toks.append(j)
        j += 1
        if j + 1 < n and glued_hyphen(doc, j):
            toks.extend([j, j + 1])
            j += 2
    return toks


@dataclass(frozen=True)
class NameShape:
    """How names look in a language: which token may be a name word, and the run of them from a token."""

    word: Callable[[Tagger, int, int], bool]
    run: Callable[[Tagger, int], list[int]]


NAME_SHAPES: dict[str, NameShape] = {
    "compound": NameShape(_compound_word, _compound_run),
    "capitalised": NameShape(_capitalised_word, _capitalised_run),
}


def name_like(tg: Tagger, i: int, position: int) -> bool:
    """May token ``i`` be the ``position``-th word of a person's name?"""
    if i >= len(tg.doc):
        return False
    tok = tg.doc[i]
    if tok.is_space or tok.is_punct or tok.like_num or not tok.is_alpha and "-" not in tok.text and "'" not in tok.text:
        return False
    if i in tg.dates:
        return False
    return NAME_SHAPES[tg.P.name_shape].word(tg, i, position)


def name_run(tg: Tagger, i: int, direction: int = 1) -> NameMention | None:
    """The name starting at ``i`` (or ending at ``i`` when ``direction`` is -1)."""
    if direction == -1:
        return _name_ending_at(tg, i)
    toks = NAME_SHAPES[tg.P.name_shape].run(tg, i)
    if not toks:
        return None
    span = tg.doc[toks[0]:toks[-1] + 1]
    return NameMention(span.start, span.end, span.text)


def _name_ending_at(tg: Tagger, i: int) -> NameMention | None:
    """Walk left to find the start, then reuse the forward rule."""
    k = i
    count = 0
    while k >= 0 and count < 4 and (name_like(tg, k, 1) or glued_hyphen(tg.doc, k)):
        k -= 1
        count += 1
    for s in range(k + 1, i + 1):
        m = name_run(tg, s, 1)
        if m and m.end == i + 1:
            return m
    return None

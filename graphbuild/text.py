"""Text normalisation shared by matching, identity and search: the one copy of the fold tables.

This module imports nothing from graphbuild, so any part of the package (and the
page renderer, the Neo4j loader, the evaluator) can use it without pulling in
spaCy or the lexicons.

* :func:`normalize_ar` is the NORM of Arabic tokens: diacritics and tatweel
  stripped (``ARABIC_DIACRITICS``) and the spelling variants that news writers mix
  freely folded (``ARABIC_FOLD``: أ إ آ ٱ → ا, ة → ه, ى → ي, ؤ → و, ئ → ي, and the
  Persian ی ک → ي ك).
* :func:`latin_fold` is the NORM of Latin-script tokens: accents dropped, case-folded.
* :func:`normalize_key` goes further, for identity and search: NFKC, both folds,
  punctuation removed, whitespace collapsed.

``NORMALISERS`` names the token normalisers a language profile can choose
(``lang/<code>/profile.toml``: ``normaliser = "arabic"``). :func:`fold_tables`
hands the tables to code in other languages (the page's script gets them in its
data), and the named Cypher queries compare a parameter folded here with the
``search_terms`` the loader wrote with :func:`normalize_key` — no other copy of
the tables exists.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache

__all__ = [
    "ARABIC_DIACRITICS",
    "ARABIC_FOLD",
    "NORMALISERS",
    "fold_tables",
    "is_arabic",
    "latin_fold",
    "normalize_ar",
    "normalize_key",
    "strip_diacritics",
]

# harakat, Quranic marks, superscript alef and tatweel
# (a character class, for regexes in any engine)
ARABIC_DIACRITICS = "[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]"
# spelling variants folded to one letter
ARABIC_FOLD: dict[str, str] = {
    "أ": "ا",
    "إ": "ا",
    "آ": "ا",
    "ٱ": "ا",
    "ة": "ه",
    "ى": "ي",
    "ؤ": "و",
    "ئ": "ي",
    "ی": "ي",
    "ک": "ك",
}

_DIACRITICS = re.compile(ARABIC_DIACRITICS)
_FOLD = str.maketrans(ARABIC_FOLD)
_PUNCT = re.compile(r"[^\w\s]|_", re.UNICODE)
_SPACE = re.compile(r"\s+")
_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")


def strip_diacritics(text: str) -> str:
    """Remove Arabic harakat, shadda, superscript alef and tatweel."""
    return _DIACRITICS.sub("", text)


def normalize_ar(text: str) -> str:
    """Fold Arabic spelling variants; leaves other scripts unchanged."""
    return strip_diacritics(text).translate(_FOLD)


#: Characters seen by :func:`latin_fold` (so their combining class is known) and, of them, the
#: combining marks by code point, mapped to None (a :meth:`str.translate` table that drops them).
_FOLD_SEEN: set[str] = set()
_COMBINING: dict[int, None] = {}


def latin_fold(text: str) -> str:
    """Lower-case and drop Latin accents (é → e).

    NFKD, then the combining marks dropped, then case-folded. ASCII text is its own NFKD and has no
    combining mark: it is only case-folded. Other text drops its marks by one ``translate`` with a
    table of the combining marks seen so far (each new character's class looked up once)."""
    if text.isascii():
        return text.casefold()
    decomposed = unicodedata.normalize("NFKD", text)
    if not _FOLD_SEEN.issuperset(decomposed):
        for c in set(decomposed).difference(_FOLD_SEEN):
            if unicodedata.combining(c):
                _COMBINING[ord(c)] = None
            _FOLD_SEEN.add(c)
    return decomposed.translate(_COMBINING).casefold()


#: Texts whose key :func:`normalize_key` keeps: names and titles that repeat from article to
#: article. An entry holds about 300 bytes (the text, its key, the cache's link), and a corpus's
#: names never stop coming, so a full cache is its size times that in every worker (about 5 MiB;
#: 131,072 entries held 35 MiB and were most of a worker's growth from 10k to 100k articles).
KEY_CACHE = 1 << 14


@lru_cache(maxsize=KEY_CACHE)
def normalize_key(text: str) -> str:
    """Identity key: NFKC, folded variants, no punctuation, single spaces,
    lower case (cached, bounded: words, names and titles repeat from article to article;
    ``normalize_key.__wrapped__`` is the same without the cache, for a caller keeping its own)."""
    if text.isascii():  # its own NFKC, no Arabic letter, no accent: only case-folded
        t = text.casefold()
    else:
        t = latin_fold(normalize_ar(unicodedata.normalize("NFKC", text)))
    t = _PUNCT.sub(" ", t)
    return _SPACE.sub(" ", t).strip()


def is_arabic(text: str) -> bool:
    """Does ``text`` contain a character of the Arabic script?"""
    return bool(_ARABIC.search(text))


NORMALISERS: dict[str, Callable[[str], str]] = {"arabic": normalize_ar, "latin": latin_fold}


def fold_tables() -> dict[str, object]:
    """The fold tables as plain data:
    ``{"diacritics": <regex character class>, "letters": {letter: folded}}``."""
    return {"diacritics": ARABIC_DIACRITICS, "letters": dict(ARABIC_FOLD)}

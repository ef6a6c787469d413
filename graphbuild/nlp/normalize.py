"""Text normalisation shared by matching, identity and search.

``normalize_ar`` is the NORM used on Arabic tokens: it strips diacritics and
tatweel and folds the spelling variants that news writers mix freely
(أ إ آ ٱ → ا, ة → ه, ى → ي, ؤ → و, ئ → ي). ``normalize_key`` goes further for
identity: NFKC, case-folded, punctuation removed, whitespace collapsed.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["normalize_ar", "normalize_key", "strip_diacritics", "is_arabic", "latin_fold"]

_DIACRITICS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ة": "ه", "ى": "ي", "ؤ": "و", "ئ": "ي", "ی": "ي", "ک": "ك"})
_PUNCT = re.compile(r"[^\w\s]|_", re.UNICODE)
_SPACE = re.compile(r"\s+")
_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")


def strip_diacritics(text: str) -> str:
    """Remove Arabic harakat, shadda, superscript alef and tatweel."""
    return _DIACRITICS.sub("", text)


def normalize_ar(text: str) -> str:
    """Fold Arabic spelling variants; leaves other scripts unchanged."""
    return strip_diacritics(text).translate(_FOLD)


def latin_fold(text: str) -> str:
    """Lower-case and drop Latin accents (é → e)."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def normalize_key(text: str) -> str:
    """Identity key: NFKC, folded variants, no punctuation, single spaces, lower case."""
    t = unicodedata.normalize("NFKC", text)
    t = normalize_ar(t)
    t = latin_fold(t)
    t = _PUNCT.sub(" ", t)
    return _SPACE.sub(" ", t).strip()


def is_arabic(text: str) -> bool:
    return bool(_ARABIC.search(text))

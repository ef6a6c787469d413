"""Kept for old imports: the normaliser lives in :mod:`graphbuild.text`."""

from __future__ import annotations

from ..text import is_arabic, latin_fold, normalize_ar, normalize_key, strip_diacritics

__all__ = ["normalize_ar", "normalize_key", "strip_diacritics", "is_arabic", "latin_fold"]

"""One spaCy pipeline per language, built on ``spacy.blank`` from the language's profile.

Components, in order:

* tokenizer fixes: no URL matching (``word.word`` is Arabic, not a URL), and the
  profile's ``infixes`` / ``prefixes`` / ``suffixes`` (quotes, Arabic punctuation,
  periods glued between words and a dash glued to a word are split); an initial
  (a letter of the profile's ``initials`` and a period) is one token, so it ends
  no sentence;
* ``graphbuild_norm``: token NORM = the profile's normaliser
  (:data:`graphbuild.text.NORMALISERS`);
* ``graphbuild_clitics`` (languages with ``proclitics``): splits a proclitic off
  only when what is left is a lexicon hit, so names are never cut; a proclitic
  ending in the contracted article (l + the article) gives the rest its article back;
* ``sentencizer`` with the profile's ``sentence_punct`` and
  ``graphbuild_linebreaks``: a line break (the headline's, a paragraph's) always
  starts a sentence.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from functools import lru_cache

import spacy
from spacy.attrs import IS_ALPHA  # type: ignore[import-not-found]
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

from ..lang import Profile, load_lexicon, load_profile, norm_form

__all__ = ["get_pipeline", "split_clitic", "PROCLITICS"]

# kept for old imports: the proclitics are a field of each language's profile
# (lang/<code>/profile.toml)
PROCLITICS = load_profile("ar").proclitics


def split_clitic(
    text: str, known: set[str], profile: Profile | None = None
) -> tuple[str, str, str] | None:
    """``(clitic, rest_text, rest_norm)`` when ``text`` is a proclitic + a known form.

    A proclitic ending in the definite article keeps the article on the rest; one
    ending in the contracted article (l + the article, its alef dropped) gives the
    rest its alef back in NORM.
    """
    p = profile or load_profile("ar")
    norm = p.fold(text)
    if norm in known or len(norm) < 3:
        return None
    dp, contracted = p.definite_prefix, p.contracted_article
    for pre in p.proclitics:
        if not norm.startswith(pre) or len(norm) - len(pre) < 2:
            continue
        if contracted and pre.endswith(contracted):
            # "lil-capital" → "l" + "lcapital" (NORM "al-capital")
            cut = len(pre) - len(contracted) + 1
            rest_norm = dp[:1] + norm[cut:]
        elif dp and pre.endswith(dp):
            cut = len(pre) - len(dp)
            rest_norm = norm[cut:]
        else:
            cut = len(pre)
            rest_norm = norm[cut:]
            if rest_norm in known:
                return _cut_text(text, cut, p.fold, rest_norm, norm[cut:])
            continue
        if rest_norm in known:
            return _cut_text(text, cut, p.fold, rest_norm, norm[cut:])
    return None


def _cut_text(
    text: str, cut: int, fold: Callable[[str], str], rest_norm: str, tail: str
) -> tuple[str, str, str] | None:
    """Cut ``text`` where its folded form is cut at ``cut``: diacritics and tatweels fold away,
    so the cut is after the longest written prefix whose fold is ``cut`` letters long and the rest
    folds to ``tail`` (the clitic keeps its own marks). None when no prefix folds so."""
    found = None
    for k in range(1, len(text)):
        head = fold(text[:k])
        if len(head) > cut:
            break
        if len(head) == cut and fold(text[k:]) == tail:
            found = (text[:k], text[k:], rest_norm)
    return found


@Language.factory("graphbuild_norm", default_config={"lang": "ar"})
def _make_norm(nlp: Language, name: str, lang: str):
    fold = load_profile(lang).fold

    def norm(doc: Doc) -> Doc:
        for tok in doc:
            tok.norm_ = fold(tok.text)
        return doc

    return norm


@Language.factory("graphbuild_clitics", default_config={"lang": "ar"})
def _make_clitics(nlp: Language, name: str, lang: str):
    lex = load_lexicon(lang)
    profile = load_profile(lang)
    known: set[str] = set()
    # not spaCy's stop-word list: it holds short words that would cut names (layla → l + yla)
    for form in lex.all_forms() | lex.stopwords | profile.words.phrase_break:
        known.add(form.split()[0])

    def clitics(doc: Doc) -> Doc:
        splits = []
        for tok in doc:
            if not (tok.is_alpha or tok.norm_.isalpha()):
                continue  # diacritics make a word not alphabetic; its folded form is
            hit = split_clitic(tok.text, known, profile)
            if hit:
                splits.append((tok, hit))
        if splits:
            with doc.retokenize() as retok:
                for tok, (pre, rest, rest_norm) in splits:
                    nlp.vocab.strings.add(rest_norm)
                    retok.split(
                        tok,
                        [pre, rest],
                        heads=[(tok, 1), tok.head],
                        attrs={"NORM": [profile.fold(pre), rest_norm]},
                    )
        return doc

    return clitics


@Language.component("graphbuild_linebreaks")
def _linebreaks(doc: Doc) -> Doc:
    """A token after a line break starts a sentence; whitespace tokens never do."""
    for i, tok in enumerate(doc):
        if i == 0:
            continue
        prev = doc[i - 1]
        if ("\n" in prev.text_with_ws or "\n" in prev.whitespace_) and not tok.is_space:
            tok.is_sent_start = True
        if tok.is_space:
            tok.is_sent_start = False
    for i, tok in enumerate(doc[:-1]):
        if tok.text not in ('"', "“", "«") or tok.whitespace_:
            continue
        nxt = doc[i + 1]
        if tok.is_sent_start:
            # an opening quote at the start of a line opens the sentence that follows it
            nxt.is_sent_start = False
        elif nxt.is_sent_start and i > 0 and doc[i - 1].whitespace_:
            # '… Riyadh. "We are …': the sentencizer glued the opening quote to the previous
            # sentence
            tok.is_sent_start = True
            nxt.is_sent_start = False
    return doc


def _initials(profile: Profile) -> list[str]:
    """Letter + period, and letter + tatweel + period (a letter some scripts write with a tatweel
    when alone)."""
    tatweel = "\u0640"
    return [form for letter in profile.initials for form in (letter + ".", letter + tatweel + ".")]


_TATWEEL = "\u0640"


def is_alpha_word(text: str) -> bool:
    """Letters only, marks allowed: a word written with its vowel marks (wafdan) or a tatweel is a
    word too (spaCy's own flag says no, and every rule reading it skipped the word)."""
    if text.isalpha() and text.strip(_TATWEEL):
        return True
    return any(c.isalpha() and c != _TATWEEL for c in text) and all(
        c.isalpha() or unicodedata.combining(c) for c in text
    )


@lru_cache(maxsize=None)
def get_pipeline(lang: str) -> Language:
    """The (cached) pipeline for ``lang``, built from its profile (``lang/<code>/profile.toml``)."""
    profile = load_profile(lang)
    nlp = spacy.blank(profile.spacy_lang)
    nlp.vocab.lex_attr_getters[IS_ALPHA] = is_alpha_word  # type: ignore[attr-defined]
    tokenizer = nlp.tokenizer
    if not isinstance(tokenizer, spacy.tokenizer.Tokenizer):
        raise TypeError(f"spacy.blank({profile.spacy_lang!r}) has no rule-based Tokenizer")
    tokenizer.url_match = None
    infixes = list(profile.infixes) + list(nlp.Defaults.infixes or [])
    tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    if profile.prefixes:
        prefixes = list(profile.prefixes) + list(nlp.Defaults.prefixes or [])
        tokenizer.prefix_search = compile_prefix_regex(prefixes).search
    if profile.suffixes:
        suffixes = list(profile.suffixes) + list(nlp.Defaults.suffixes or [])
        tokenizer.suffix_search = compile_suffix_regex(suffixes).search
    for initial in _initials(profile):
        tokenizer.add_special_case(initial, [{"ORTH": initial}])
    nlp.add_pipe("graphbuild_norm", config={"lang": lang})
    if profile.proclitics:
        nlp.add_pipe("graphbuild_clitics", config={"lang": lang})
    nlp.add_pipe("sentencizer", config={"punct_chars": list(profile.sentence_punct)})
    nlp.add_pipe("graphbuild_linebreaks")
    return nlp


def lexicon_key(tokens, lang: str) -> str:
    """NORM key of a token sequence, comparable to :func:`~graphbuild.lang.norm_form`."""
    return norm_form(" ".join(t.norm_ for t in tokens), lang)

"""One spaCy pipeline per language, built on ``spacy.blank``.

Components, in order:

* tokenizer fixes: no URL matching (``word.word`` is Arabic, not a URL), and
  infixes that split quotes, Arabic punctuation and periods glued between words;
* ``graphbuild_norm``: token NORM = :func:`~graphbuild.nlp.normalize.normalize_ar`
  for Arabic, case-folded text for English;
* ``graphbuild_clitics`` (Arabic): splits the proclitics و ف ب ل ك (and لل → ل + ال)
  only when what is left is a lexicon hit, so names are never cut;
* ``sentencizer`` with ``. ! ? ؟ …`` and ``graphbuild_linebreaks``: a line
  break (the headline's, a paragraph's) always starts a sentence.
"""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import compile_infix_regex, compile_prefix_regex

from ..lang import load_lexicon, norm_form
from .normalize import latin_fold, normalize_ar

__all__ = ["get_pipeline", "split_clitic", "PROCLITICS"]

# longest first; "لل" is ل + ال with the alef dropped
PROCLITICS = ("وال", "فال", "وبال", "وب", "ول", "فب", "فل", "وك", "لل", "ولل", "و", "ف", "ب", "ل", "ك")

_AR_INFIXES = [
    r"[«»“”\"„‟،؛:؟!()\[\]]",
    r"(?<=[\u0600-\u06ff\u201d\u00bb\"])\.(?=[\u0600-\u06ff\u00ab\u201c\"])",
    r"(?<=[\u0600-\u06ff])[.,](?=\s|$)",
]
_EN_EXTRA_INFIXES = [r"[“”\"]", r"(?<=[a-zA-Z])\.(?=[A-Z][a-z])", r"(?<=\.)-(?=[A-Z])"]


def split_clitic(text: str, known: set[str]) -> tuple[str, str, str] | None:
    """``(clitic, rest_text, rest_norm)`` when ``text`` is clitic + a known form."""
    norm = normalize_ar(text)
    if norm in known or len(norm) < 3:
        return None
    for pre in PROCLITICS:
        if not norm.startswith(pre) or len(norm) - len(pre) < 2:
            continue
        rest_text = text[len(pre):]
        rest_norm = norm[len(pre):]
        if pre.endswith("لل"):
            # لل = ل + ال: "للعاصمة" → "ل" + "لعاصمة" (NORM "العاصمه")
            rest_text = text[len(pre) - 1:]
            rest_norm = "ا" + norm[len(pre) - 1:]
            if rest_norm in known:
                return text[: len(pre) - 1], rest_text, rest_norm
            continue
        if pre.endswith("ال"):
            rest_text = text[len(pre) - 2:]
            rest_norm = norm[len(pre) - 2:]
            if rest_norm in known:
                return text[: len(pre) - 2], rest_text, rest_norm
            continue
        if rest_norm in known:
            return text[: len(pre)], rest_text, rest_norm
    return None


@Language.factory("graphbuild_norm", default_config={"lang": "ar"})
def _make_norm(nlp: Language, name: str, lang: str):
    fold = normalize_ar if lang == "ar" else latin_fold

    def norm(doc: Doc) -> Doc:
        for tok in doc:
            tok.norm_ = fold(tok.text)
        return doc

    return norm


@Language.factory("graphbuild_clitics", default_config={"lang": "ar"})
def _make_clitics(nlp: Language, name: str, lang: str):
    lex = load_lexicon(lang)
    known: set[str] = set()
    from .mentions import AR_BREAK

    # not spaCy's stop-word list: it holds short words (يلي، لدى…) that would cut names (ليلى → ل + يلى)
    for form in lex.all_forms() | lex.stopwords | AR_BREAK:
        known.add(form.split()[0])

    def clitics(doc: Doc) -> Doc:
        splits = []
        for tok in doc:
            if not tok.is_alpha:
                continue
            hit = split_clitic(tok.text, known)
            if hit:
                splits.append((tok, hit))
        if splits:
            with doc.retokenize() as retok:
                for tok, (pre, rest, rest_norm) in splits:
                    nlp.vocab.strings.add(rest_norm)
                    retok.split(tok, [pre, rest], heads=[(tok, 1), tok.head],
                                attrs={"NORM": [normalize_ar(pre), rest_norm]})
        return doc

    return clitics


@Language.component("graphbuild_linebreaks")
def _linebreaks(doc: Doc) -> Doc:
    """A token after a line break starts a sentence; whitespace tokens never do."""
    for i, tok in enumerate(doc):
        if i == 0:
            continue
        prev = doc[i - 1]
        if "\n" in prev.text_with_ws or "\n" in prev.whitespace_:
            if not tok.is_space:
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
            # '… Riyadh. "We are …': the sentencizer glued the opening quote to the previous sentence
            tok.is_sent_start = True
            nxt.is_sent_start = False
    return doc


@lru_cache(maxsize=None)
def get_pipeline(lang: str) -> Language:
    """The (cached) pipeline for ``lang``."""
    nlp = spacy.blank(lang)
    nlp.tokenizer.url_match = None
    infixes = list(nlp.Defaults.infixes or [])
    if lang == "ar":
        infixes = _AR_INFIXES + infixes
    else:
        infixes = _EN_EXTRA_INFIXES + infixes
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    if lang == "ar":
        prefixes = [r"\.(?=[\u0600-\u06ff])", r"[«“\"]"] + list(nlp.Defaults.prefixes or [])
        nlp.tokenizer.prefix_search = compile_prefix_regex(prefixes).search
    nlp.add_pipe("graphbuild_norm", config={"lang": lang})
    if lang == "ar":
        nlp.add_pipe("graphbuild_clitics", config={"lang": lang})
    nlp.add_pipe("sentencizer", config={"punct_chars": [".", "!", "?", "؟", "…"]})
    nlp.add_pipe("graphbuild_linebreaks")
    return nlp


def lexicon_key(tokens, lang: str) -> str:
    """NORM key of a token sequence, comparable to :func:`~graphbuild.lang.norm_form`."""
    return norm_form(" ".join(t.norm_ for t in tokens), lang)

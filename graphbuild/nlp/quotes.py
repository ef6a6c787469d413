"""Quotations and reported clauses in a sentence (punctuation only; words come from the profile)."""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from spacy.tokens import Doc, Span

from ..lang import WordLists
from .spans import span
from .tagger import TokenWords, doc_text, span_text, token_words

__all__ = [
    "quote_regions",
    "block_quotation_intro",
    "ends_with_colon",
    "quoted",
    "quoted_back",
    "quote_after",
    "clause_text",
]

_OPENING = ("“", "«", "„")
_CLOSING = ("”", "»", '"')
_LINE_OPENERS = ('"', "“", "«")
_MARKS = frozenset(_OPENING + _CLOSING)
# what a quote never starts or ends with: clause punctuation and any white space (a sentence
# ending at a line break holds the break as its last token)
_SPACE = "".join(c for c in map(chr, range(0x3001)) if c.isspace())
_STRIP = " ،,.:؛" + _SPACE
_CLAUSE_STRIP = " \n،,؛;:." + _SPACE
_QUOTED = re.compile(r"[«“\"„”]([^«»“”\"]{3,})[»”\"]?")
_QUOTATION_AFTER = re.compile(r"[«“\"„”]([^«»“”\"]{8,})")
_CLAUSE_PUNCT = ("،", ",", ":")
_BACK = 120  # how far back the opening mark of a quotation spanning sentences may stand


def clause_text(doc: Doc, start: int, end: int) -> str:
    return span_text(span(doc, start, end)).strip(_CLAUSE_STRIP)


def _closes_earlier(words: TokenWords, s: Span, i: int) -> bool:
    """A straight mark glued to the word before it and not to the word after ('next week," X
    said'): it closes a quotation opened in an earlier sentence."""
    return (
        words.texts[i] == '"'
        and i > s.start
        and not words.ws[i - 1]
        and (bool(words.ws[i]) or i + 1 >= s.end or not words.is_alpha[i + 1])
    )


def _opens(words: TokenWords, s: Span, i: int, open_at: int | None) -> bool:
    text = words.texts[i]
    if text in _OPENING or (text == '"' and open_at is None and not _closes_earlier(words, s, i)):
        return True
    # a closing mark glued to the word after it opens a quotation
    return (
        text == "”"
        and open_at is None
        and i + 1 < s.end
        and not words.ws[i]
        and words.is_alpha[i + 1]
    )


_MARKS_KEY = "graphbuild.quote_marks"  # doc.user_data key


def _mark_positions(doc: Doc) -> list[int]:
    """The positions of the doc's quotation marks, found once per doc (kept in
    ``doc.user_data``)."""
    marks = doc.user_data.get(_MARKS_KEY)
    if marks is None:
        texts = token_words(doc).texts
        marks = doc.user_data[_MARKS_KEY] = [i for i, t in enumerate(texts) if t in _MARKS]
    return marks


def quote_regions(doc: Doc, s: Span) -> set[int]:
    """Token positions inside quotation marks (cues there belong to the quote)."""
    words = token_words(doc)
    texts = words.texts
    inside: set[int] = set()
    open_at = None
    marks = _mark_positions(doc)
    for i in marks[bisect_left(marks, s.start) : bisect_left(marks, s.end)]:
        if _opens(words, s, i, open_at):
            open_at = i
            continue
        if texts[i] in _CLOSING and open_at is not None:
            inside.update(range(open_at + 1, i))
            open_at = None
        elif texts[i] in _CLOSING and not inside and i > s.start:
            inside.update(range(s.start, i))  # opened in an earlier sentence
    if open_at is not None:
        inside.update(range(open_at + 1, s.end))
    return inside


_BLOCK_PARAGRAPHS = 40  # paragraphs read back to the colon that introduces a block quotation


def block_quotation_intro(doc: Doc, s: Span) -> tuple[int, int] | None:
    """When the sentence opens a paragraph of a quotation set as a block (after a paragraph ending
    with a colon, "A Downing Street spokesperson said:", paragraphs each opened by a quotation
    mark, closed at the last or each closed), the tokens ``(start, end)`` of that introducing
    paragraph; else None."""
    text, i = doc_text(doc), s.start_char  # joined once per doc (doc.text joins each call)
    line = text.rfind("\n", 0, i) + 1
    if text[line:i].strip() or text[i : i + 1] not in _LINE_OPENERS:
        return None
    end = line - 1  # the newline before the sentence's paragraph
    for _ in range(_BLOCK_PARAGRAPHS):
        while end > 0 and text[end - 1].isspace():
            end -= 1
        if end <= 0:
            return None
        start = text.rfind("\n", 0, end) + 1
        para = text[start:end].strip()
        if para.endswith(":"):
            intro = doc.char_span(start, end, alignment_mode="expand")
            return (intro.start, intro.end) if intro is not None else None
        if para[:1] not in _LINE_OPENERS:
            return None  # a paragraph of the text: no block runs through it
        end = start - 1
    return None


def ends_with_colon(doc: Doc, s: Span) -> bool:
    """The sentence's last token that is no space nor an opening quote mark is a colon."""
    words = token_words(doc)
    texts, space = words.texts, words.is_space
    for i in reversed(range(len(texts))[s.start : s.end]):
        if not space[i] and texts[i] not in _LINE_OPENERS:
            return texts[i] == ":"
    return False


def quoted(doc: Doc, start: int, end: int) -> str | None:
    """The first quotation in tokens ``start:end``."""
    m = _QUOTED.search(span_text(span(doc, start, end)))
    return m.group(1).strip(_STRIP) if m else None


def quoted_back(doc: Doc, start: int, end: int, limit: int = _BACK) -> str | None:
    """A quotation that closes in tokens ``start:end`` but opened in an earlier sentence ('"We
    are ready. We will help," X said.'): its text from the opening mark (at most ``limit`` tokens
    back)."""
    words = token_words(doc)
    texts, every = words.texts, range(len(words.texts))  # sliced as the doc is
    close = next((i for i in reversed(every[start:end]) if texts[i] in _CLOSING), None)
    if close is None or any(texts[i] in _MARKS for i in every[start:close]):
        return None
    for j in range(start - 1, max(-1, start - limit - 1), -1):
        text = texts[j]
        if text in _OPENING or (text == '"' and not words.ws[j]):
            return clause_text(doc, j + 1, close) or None
        if text in _MARKS:
            return None  # the mark before is a closing one: no quotation spans the sentences
    return None


def _statement_prep(norms: list[str], texts: list[str], words: WordLists) -> list[int]:
    """The preposition a stance verb governs ("expressed concern", "called for"), first or after a
    circumstance phrase (``norms``, ``texts``: the tokens after the verb)."""
    for n, (norm, text) in enumerate(zip(norms[:6], texts[:6], strict=True)):
        if norm in words.statement_prep and (n == 0 or norms[0] in words.circumstance):
            return [n]
        if text in _CLAUSE_PUNCT:
            break
    return []


@lru_cache(maxsize=None)
def _final_conjunction(conjunctions: frozenset[str]) -> re.Pattern[str]:
    """A conjunction ending a text, with the space before it (one pattern per language)."""
    return re.compile(r"\s+(" + "|".join(sorted(map(re.escape, conjunctions))) + ")$")


_SUBJECT_WORDS = 3  # the most words of a short subject before its auxiliary ("the new cabinet")


def _subject_auxiliary(norms: list[str], texts: list[str], words: WordLists) -> int:
    """Where an auxiliary follows a short subject right after the verb ("said the council would
    …"), its index; else ``len(norms)``. A comma, a relative word or a preposition before it
    ("told reporters who had …", "said at a dinner he had …") makes it part of a relative or an
    adverbial, not of the reported clause."""
    seen = 0  # the subject's words (a hyphen is none: "Sino-Thai trade had …")
    for n, norm in enumerate(norms):
        if texts[n] in _CLAUSE_PUNCT or norm in words.relative or norm in words.circumstance:
            break
        if norm in words.auxiliary:
            return n if seen else len(norms)
        seen += texts[n].isalnum()
        if seen > _SUBJECT_WORDS:
            break
    return len(norms)


def _quoted_inside(seg: str, q: re.Match[str], words: WordLists) -> bool:
    """A quotation of a few words inside the reported clause ('said piracy "in all its forms" was
    the gravest threat'): a subject word before it (no complementiser) and the clause going on
    after its closing mark."""
    before = seg[: q.start()].split()
    if not before or any(w.lower() in words.complementiser for w in before):
        return False
    after = seg[q.end() + 1 :].split()
    return len(after) >= 2 and after[0][:1].isalnum()


_ADDRESSEE_WORDS = 4  # the words of an addressee between a verb and its infinitive


def _addressee_before_infinitive(
    norms: list[str], texts: list[str], n: int, words: WordLists
) -> bool:
    """An infinitive complementiser ("to") after a few plain words right after the verb: the
    verb's addressee or object and its infinitive ("urged [all parties] to", "encouraged
    [companies] to", "stressed [the need] to"), one statement from the addressee on; not after a
    circumstance ("said in a letter to"), an auxiliary or a punctuation mark. The word after "to"
    must be able to be a verb: a capitalised word, an article or a possessive makes "to" a
    preposition of direction ("welcomed the minister to the capital", "spoke to a delegation"),
    no infinitive."""
    if not 0 < n <= _ADDRESSEE_WORDS or n + 1 >= len(norms):
        return False
    verb, determiner = texts[n + 1], words.article | words.indefinite_article | words.possessive
    if norms[n] not in words.infinitive_complementiser or norms[n + 1] in determiner:
        return False
    if not verb.isalpha() or verb[:1].isupper():
        return False
    barred = words.circumstance | words.venue_prep | words.auxiliary | words.complementiser
    return all(t.isalpha() and m not in barred for m, t in zip(norms[:n], texts[:n], strict=True))


def _preposition_to(norms: list[str], n: int, words: WordLists) -> bool:
    """An infinitive complementiser before an article or a possessive is a preposition ("stressed
    their commitment to the treaty"): it opens no clause, no verb follows it."""
    return (
        norms[n] in words.infinitive_complementiser
        and n + 1 < len(norms)
        and norms[n + 1] in words.article | words.possessive
    )


def quote_after(
    doc: Doc,
    start: int,
    stop: int,
    sent_end: int,
    words: WordLists,
    shortest: int = 3,
    object_first: bool = False,
) -> str | None:
    """The statement after a cue: a quotation, or the clause after a complementiser ("that"), else
    after an early comma; else the words after the cue up to the sentence's end, when there are
    at least ``shortest`` (a stance verb's object may be short: "condemned the attack")."""
    seg = span_text(span(doc, start, stop))
    q = _QUOTATION_AFTER.search(seg)
    if q and len(seg[: q.start()].split()) <= 2 and not _quoted_inside(seg, q, words):
        return q.group(1).strip(_STRIP)  # the quotation right after the verb, the speaker or "that"
    tw, end = token_words(doc), min(stop, start + 12)  # only the first 12 tokens are read
    norms, texts = tw.norms[start:end], tw.texts[start:end]
    # a complementiser after a finite auxiliary stands inside the reported clause ("said the
    # government would send the bill to parliament"): it opens none. An infinitive one ("to")
    # after any auxiliary of the first words; a finite one ("that") only after the auxiliary of
    # a short subject right after the verb, not after one in a relative or an adverbial
    aux = next((n for n, norm in enumerate(norms) if norm in words.auxiliary), len(norms))
    subject_aux = _subject_auxiliary(norms, texts, words)
    comp = [
        n
        for n, (norm, text) in enumerate(zip(norms, texts, strict=True))
        if norm in words.complementiser
        and text not in words.unfolded_name
        and n < (aux if norm in words.infinitive_complementiser else subject_aux)
        and not _preposition_to(norms, n, words)
    ]
    early = [n for n, text in enumerate(texts[:6]) if text in _CLAUSE_PUNCT]
    # ``object_first``: the verb's object opens the statement ("underlined the ties … that bind
    # …"): a "that" or a comma inside it opens no clause
    for n in [] if object_first else comp[:1] + _statement_prep(norms, texts, words) + early[:1]:
        if _addressee_before_infinitive(norms, texts, n, words):
            break  # "urged the lenders to act": the addressee opens the statement, as quoted
        i = start + n
        # the reporting complementiser stays (as annotators quote it); the others are dropped
        rest = span_text(
            span(doc, i, stop)
            if norms[n] in words.reporting_complementiser
            else span(doc, i + 1, stop)
        )
        rest = rest.strip(_STRIP)
        if len(rest.split()) >= 3:
            return rest
    rest = seg.strip(_STRIP)
    if rest.split()[:1] and rest.split()[0] in words.circumstance and len(rest.split()) <= 6:
        return None  # "… said in a statement": nothing said after the verb
    if stop < sent_end:
        rest = _final_conjunction(words.conjunction).sub("", rest)
    n = len(rest.split())
    return rest if n >= 3 or (n >= shortest and stop >= sent_end) else None

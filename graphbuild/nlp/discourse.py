"""Discourse state and the views a relation handler sees, all frozen.

The relation stage walks the sentences in order with a :class:`Discourse`: the
running topic (the last subject or speaker, for pro-drop and "he added"), the
last speaker, the current meeting frame (its two sides, which "in the presence of
X" joins and "the two ministers affirmed" names; a phone call is a frame in which
no one met) and a colon waiting for its quotation. A handler gets a
:class:`CueContext` (the article, the sentence, the cue and the participants
around it) and the state, and returns an :class:`Outcome`: the relations it found
and the next state. Nothing else is shared.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import TYPE_CHECKING, Any

from mypy_extensions import mypyc_attr
from spacy.tokens import Doc, Span

from .entities import Entities
from .tagger import Hit, Tagger
from .values import OFFICIAL, Part, PendingRelation, Ref, quick_init

if TYPE_CHECKING:
    from .relations.registry import Registry

__all__ = [
    "Discourse",
    "ArticleView",
    "sort_officials_last_first",
    "SentenceView",
    "CueContext",
    "Outcome",
    "Frame",
]

Frame = tuple[tuple[Part, ...], tuple[Part, ...]]


@mypyc_attr(native_class=False)  # compiled: evolve writes the instance's __dict__
@dataclass(frozen=True)
class Discourse:
    """What the sentences so far leave for the next ones (and, per sentence, for the next cue)."""

    topic: Part | None = None  # the last subject or speaker
    speaker: Part | None = None  # the last speaker
    frame: Frame | None = None  # the two sides of the current meeting
    pending_colon: tuple[Part, Span] | None = (
        None  # "X said:" waiting for the quotation that follows
    )
    colon_group: tuple[Part, ...] = ()  # "X, Y and Z issued the following statement:": all speak
    # the colon was announced by an attribution of the text below ("The following is attributable
    # to X:", a say_colon cue), not by a verb of saying ("X said:")
    colon_announced: bool = False
    colon_quoted_at: int = -1  # the sentence that took the quotation of one speaker's "X said:"
    # the speakers of a group's statement whose quotation (over paragraphs) is still open
    group_quote: tuple[Part, ...] = ()
    call: bool = False  # the current frame is a phone or video call (no one met)
    joint: tuple[Ref, ...] = ()  # the parties of a joint statement's headline (no meeting frame)
    frames: tuple[Frame, ...] = ()  # the meetings told so far, the current one last
    frame_calls: tuple[bool, ...] = ()  # per frame of ``frames``: told as a phone or video call
    # the two sides "the two sides" name: the current frame, unless a session of the same talks
    # chaired after it (heads of delegation, a preparatory meeting) took the frame
    principals: Frame | None = None
    # the attendees who joined a side of the current frame ("X was joined by Y"): the other
    # side's attendees meet its principals, not them
    escorts: tuple[Part, ...] = ()
    # "X signed an agreement with <country>": X and the country whose signers a later sentence
    # names ("signed on the <nisba> side by Y"), and the sentence that told it (its signers are
    # looked for in the next sentences only); the meeting is told when they are
    signing: tuple[Part, str, int] | None = None
    # per sentence
    subject_here: Part | None = None
    subjects: tuple[
        Part, ...
    ] = ()  # the subject (group) of the latest clause: a participle's speaker
    said_here: bool = False
    reported_from: int = 0  # where a reported clause starts: say cues after it belong to it

    def evolve(self, **changes: Any) -> "Discourse":
        """``dataclasses.replace(self, **changes)`` without its walk over the fields and the
        ``__init__`` call (the state changes at every sentence and cue); the same checks of the
        names."""
        if not changes.keys() <= _DISCOURSE_FIELDS:
            raise TypeError(f"Discourse has no field {sorted(changes.keys() - _DISCOURSE_FIELDS)}")
        new = object.__new__(Discourse)
        new.__dict__.update(self.__dict__, **changes)
        frame = changes.get("frame")
        if frame is not None and frame is not self.frame and "frames" not in changes:
            new.__dict__["frames"] = (*self.frames[-_FRAMES_KEPT:], frame)
            new.__dict__["frame_calls"] = (
                *self.frame_calls[-_FRAMES_KEPT:],
                bool(new.__dict__["call"]),
            )
        if "frame" in changes and "principals" not in changes:
            new.__dict__["principals"] = frame
        if "frame" in changes and "escorts" not in changes:
            new.__dict__["escorts"] = ()
        if "frame" in changes and "signing" not in changes:
            new.__dict__["signing"] = None
        return new

    def start_sentence(self, s: Span) -> "Discourse":
        return self.evolve(subject_here=None, subjects=(), said_here=False, reported_from=s.end)

    def end_sentence(self, view: "SentenceView") -> "Discourse":
        """The topic carries over: this sentence's subject, else its first official (no object).
        A group's quotation ends with the sentence that took it."""
        if self.colon_group and self.pending_colon is None:
            return self.evolve(colon_group=())._end_sentence(view)
        return self._end_sentence(view)

    def _end_sentence(self, view: "SentenceView") -> "Discourse":
        if self.subject_here is not None:
            if (
                self.speaker is not None
                and not self.said_here
                and self.subject_here.kind == OFFICIAL
                and self.speaker.ref != self.subject_here.ref
            ):
                # "X: … [turn]. Later, the minister met Y. He told reporters …": an official who
                # acts after the last statement, not its speaker, is the one a pronoun carries
                return self.evolve(topic=self.subject_here, speaker=None)
            return self.evolve(topic=self.subject_here)
        officials = [p for p in view.parts if p.kind == OFFICIAL]
        if (
            officials
            and not view.in_headline
            and (self.topic is None or not self.said_here)
            and not officials[0].after_bi
        ):
            first = officials[0]
            if (
                first.start - view.span.start <= 1
                and self.speaker is not None
                and self.speaker.kind == OFFICIAL
                and self.speaker.ref != first.ref
            ):
                # "X said …. Y expressed thanks …. He noted …": the official opening a sentence
                # with no statement is the one a pronoun after it carries, not the last speaker
                return self.evolve(topic=first, speaker=None)
            return self.evolve(topic=first)
        return self


_DISCOURSE_FIELDS = frozenset(f.name for f in fields(Discourse))
_FRAMES_KEPT = 7  # the meetings of one day's dispatch an attendance of "the meetings" may join


@dataclass(frozen=True)
class ArticleView:
    """What every handler may read about the article."""

    doc: Doc
    tg: Tagger
    entities: Entities
    registry: "Registry"
    #: the officials' mentions of every sentence, the last first (sort_officials_last_first)
    officials_last_first: tuple[Part, ...]

    @property
    def words(self) -> Any:  # mypyc needs a property's type; Any as before (callers reuse names)
        return self.tg.W


def sort_officials_last_first(entities: Entities) -> tuple[Part, ...]:
    """The officials' mentions of every sentence, the last first: sorted once per article for the
    rules that read back from a sentence to an earlier mention."""
    return tuple(
        sorted(
            (q for ps in entities.parts.values() for q in ps if q.kind == OFFICIAL),
            key=lambda q: -q.start,
        )
    )


# made as the values of .values are: compiled, by their own __init__; interpreted, by quick_init


@dataclass(frozen=True)
class SentenceView:
    index: int
    span: Span
    parts: tuple[Part, ...]
    cues: tuple[tuple[int, Hit], ...]  # (token, cue hit) outside quotations, in order
    in_headline: bool

    def __init__(
        self,
        index: int,
        span: Span,
        parts: tuple[Part, ...],
        cues: tuple[tuple[int, Hit], ...],
        in_headline: bool,
    ) -> None:
        object.__setattr__(self, "index", index)
        object.__setattr__(self, "span", span)
        object.__setattr__(self, "parts", parts)
        object.__setattr__(self, "cues", cues)
        object.__setattr__(self, "in_headline", in_headline)

    def __reduce__(self) -> tuple[Any, ...]:
        return (SentenceView, (self.index, self.span, self.parts, self.cues, self.in_headline))


quick_init(SentenceView)


@quick_init  # its field names are English words, which an __init__ would spell out in strings
@dataclass(frozen=True)
class CueContext:
    """One cue of a sentence, with the participants before it (since the previous verb) and after it
    (to the next cue)."""

    article: ArticleView
    sentence: SentenceView
    index: int  # of the cue in sentence.cues
    k: int  # its first token
    hit: Hit
    next_cue: int
    before: tuple[Part, ...]
    after: tuple[Part, ...]

    @property
    def cue(self) -> str:
        return self.hit.info[0]

    @property
    def doc(self) -> Doc:
        return self.article.doc

    @property
    def later_cues(self) -> tuple[tuple[int, Hit], ...]:
        return self.sentence.cues[self.index + 1 :]

    def parts_between(self, start: int, stop: int) -> tuple[Part, ...]:
        return tuple(p for p in self.sentence.parts if start <= p.start < stop)


def cue_context(art: ArticleView, view: SentenceView, ci: int) -> CueContext:
    """The participants of cue ``ci`` of ``view``: before it back to the previous verb cue (or
    the sentence's start), after it up to the next cue."""
    k, h = view.cues[ci]
    s = view.span
    next_cue = view.cues[ci + 1][0] if ci + 1 < len(view.cues) else s.end
    prev_verb = next(
        (ch.end for _c, ch in reversed(view.cues[:ci]) if art.registry.is_verb(ch.info[0])), s.start
    )
    before = tuple(p for p in view.parts if p.end <= k and p.start >= prev_verb)
    after = tuple(p for p in view.parts if h.end <= p.start < next_cue)
    return CueContext(art, view, ci, k, h, next_cue, before, after)


@quick_init
@dataclass(frozen=True)
class Outcome:
    relations: tuple[PendingRelation, ...] = ()
    state: Discourse = field(default_factory=Discourse)
    done: bool = False  # from a sentence hook: the sentence needs nothing more

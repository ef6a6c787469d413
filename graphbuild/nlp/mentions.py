"""Mentions: the spans the phrase grammars find, as frozen values.

Stage 2 of extraction turns lexicon hits (:mod:`.tagger`) into mentions:

* :func:`~.agencies.agency_phrase` grows an agency from its head noun
  (:class:`AgencyMention`);
* :func:`~.titles.title_phrase` grows a title from its role words over what they
  govern, with the agencies it names or implies (:class:`TitleMention`);
* :func:`~.names.name_run` takes a person's name next to a title (:class:`NameMention`).

Countries are the country hits themselves. Token positions are doc indexes,
``end`` exclusive.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .values import quick_init

_NO_WORDS: frozenset[str] = frozenset()  # the default words (one set, as the dataclass's)


# made as the values of .values are: compiled, by their own __init__ (a store per field);
# interpreted, by quick_init; __reduce__ makes them again from their fields


@dataclass(frozen=True)
class Mention:
    """Tokens ``start:end`` and their text."""

    start: int
    end: int
    text: str

    def __init__(self, start: int, end: int, text: str) -> None:
        object.__setattr__(self, "start", start)
        object.__setattr__(self, "end", end)
        object.__setattr__(self, "text", text)

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.start, self.end, self.text))


@dataclass(frozen=True)
class AgencyMention(Mention):
    kind: str = "agency"
    words: frozenset[str] = frozenset()  # NORM words without the article and nisba, for merging
    base: str = ""  # surface text without nisba words
    country: str | None = None
    anaphor: bool = False  # the bare definite head ("the ministry"): the last agency of that kind
    implied: bool = False  # implied by a title ("Foreign Minister" → Foreign Ministry)
    aliases: tuple[str, ...] = ()
    parent: "AgencyMention | None" = None

    def __init__(
        self,
        start: int,
        end: int,
        text: str,
        kind: str = "agency",
        words: frozenset[str] = _NO_WORDS,
        base: str = "",
        country: str | None = None,
        anaphor: bool = False,
        implied: bool = False,
        aliases: tuple[str, ...] = (),
        parent: "AgencyMention | None" = None,
    ) -> None:
        object.__setattr__(self, "start", start)
        object.__setattr__(self, "end", end)
        object.__setattr__(self, "text", text)
        object.__setattr__(self, "kind", kind)
        object.__setattr__(self, "words", words)
        object.__setattr__(self, "base", base)
        object.__setattr__(self, "country", country)
        object.__setattr__(self, "anaphor", anaphor)
        object.__setattr__(self, "implied", implied)
        object.__setattr__(self, "aliases", aliases)
        object.__setattr__(self, "parent", parent)

    def __reduce__(self) -> tuple[Any, ...]:
        return (
            AgencyMention,
            (
                self.start,
                self.end,
                self.text,
                self.kind,
                self.words,
                self.base,
                self.country,
                self.anaphor,
                self.implied,
                self.aliases,
                self.parent,
            ),
        )


@dataclass(frozen=True)
class TitleMention(Mention):
    roles: tuple[str, ...] = ()
    country: str | None = None
    agencies: tuple[AgencyMention, ...] = ()
    bare: bool = False  # role words only, nothing they govern ("the Secretary")

    def __init__(
        self,
        start: int,
        end: int,
        text: str,
        roles: tuple[str, ...] = (),
        country: str | None = None,
        agencies: tuple[AgencyMention, ...] = (),
        bare: bool = False,
    ) -> None:
        object.__setattr__(self, "start", start)
        object.__setattr__(self, "end", end)
        object.__setattr__(self, "text", text)
        object.__setattr__(self, "roles", roles)
        object.__setattr__(self, "country", country)
        object.__setattr__(self, "agencies", agencies)
        object.__setattr__(self, "bare", bare)

    def __reduce__(self) -> tuple[Any, ...]:
        return (
            TitleMention,
            (
                self.start,
                self.end,
                self.text,
                self.roles,
                self.country,
                self.agencies,
                self.bare,
            ),
        )


@dataclass(frozen=True)
class NameMention(Mention):
    def __init__(self, start: int, end: int, text: str) -> None:
        object.__setattr__(self, "start", start)
        object.__setattr__(self, "end", end)
        object.__setattr__(self, "text", text)


for _cls in (Mention, AgencyMention, TitleMention, NameMention):
    quick_init(_cls)


# old names
AgencyM, TitleM, NameM = AgencyMention, TitleMention, NameMention

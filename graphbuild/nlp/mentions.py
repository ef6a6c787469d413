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


@dataclass(frozen=True)
class Mention:
    """Tokens ``start:end`` and their text."""

    start: int
    end: int
    text: str


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


@dataclass(frozen=True)
class TitleMention(Mention):
    roles: tuple[str, ...] = ()
    country: str | None = None
    agencies: tuple[AgencyMention, ...] = ()
    bare: bool = False  # role words only, nothing they govern ("the Secretary")


@dataclass(frozen=True)
class NameMention(Mention):
    pass


# old names
AgencyM, TitleM, NameM = AgencyMention, TitleMention, NameMention

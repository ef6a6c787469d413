"""MEMBER_OF: officials in agencies, agencies in countries and in parent bodies.

Most memberships come from the officials-and-agencies stage (a title naming or
implying an agency, an agency's nisba or country, a parent body). Here: the
``compose`` cue class, "the delegation includes X and Y" (each official after the
cue joins the delegation named near it).
"""

from __future__ import annotations

from ..discourse import CueContext, Discourse, Outcome
from ..entities import MEMBER_OF
from ..values import AGENCY, OFFICIAL, PendingRelation
from .registry import Registry, RelationType

__all__ = ["MEMBER_OF", "register"]

DELEGATION = "delegation"
RULES = {"member.title": 0.9, "member.agency_country": 0.9, "member.parent": 0.8, "member.compose": 0.85,
         "member.accompany": 0.85}


def _compose(ctx: CueContext, state: Discourse) -> Outcome:
    parts, h = ctx.sentence.parts, ctx.hit
    agencies = ctx.article.entities.agencies
    dele = [p for p in parts if p.kind == AGENCY and agencies[p.ref].kind == DELEGATION and p.start < ctx.next_cue + 4]
    if not dele:
        return Outcome((), state)
    d = dele[-1] if dele[-1].start < h.end + 4 else dele[0]
    rels = tuple(PendingRelation(MEMBER_OF, p.endpoint, d.endpoint, ctx.sentence.span, "member.compose")
                 for p in parts if p.kind == OFFICIAL and p.start >= h.end)
    return Outcome(rels, state)


def register(registry: Registry) -> None:
    # memberships come first in an extraction (phase 0), as they always have
    registry.register_relation(RelationType(MEMBER_OF, rules=RULES, phase=0))
    registry.register_cue("compose", _compose, relation=MEMBER_OF, verb=True)
    # "headed by X": tagged, so its words are never read as a name or an agency, but no rule uses it yet
    registry.register_marker("lead", relation=MEMBER_OF)

"""Relations: one module per relation type, registered in one registry.

* :mod:`.met_with` — MET_WITH (meeting verbs and nouns, attendance);
* :mod:`.member_of` — MEMBER_OF (delegation composition; most memberships come
  from the officials-and-agencies stage);
* :mod:`.said` — SAID (say verbs, "according to", "X said:" + quotation).

:func:`default_registry` registers them; :func:`~.stage.find_relations` runs the
registry's handlers over an article. To add a relation type: write its module
with a ``register(registry)`` function, add it to ``BUILT_IN`` here, add its
Cypher file and its tests (and its cue words to ``lang/<code>/cues.tsv``).
"""

from __future__ import annotations

from functools import lru_cache

from . import member_of, met_with, said
from .registry import CueHandler, Registry, RelationType
from .stage import find_relations

__all__ = ["Registry", "RelationType", "CueHandler", "default_registry", "find_relations", "BUILT_IN"]

BUILT_IN = (member_of, met_with, said)


@lru_cache(maxsize=None)
def _built_in() -> Registry:
    registry = Registry()
    for module in BUILT_IN:
        module.register(registry)
    return registry


def default_registry() -> Registry:
    """The registry of the built-in relation types (shared; :meth:`Registry.copy` it to add your own)."""
    return _built_in()

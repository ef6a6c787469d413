"""Relations: one module per relation type, registered in one registry.

* :mod:`.met_with` — MET_WITH (meeting verbs and nouns, attendance);
* :mod:`.member_of` — MEMBER_OF (delegation composition; most memberships come
  from the officials-and-agencies stage);
* :mod:`.said` — SAID (say verbs, "according to", "X said:" + quotation).

:func:`default_registry` registers every module of this package that has a
``register(registry)`` function (:data:`BUILT_IN`, by module name);
:func:`~.stage.find_relations` runs the registry's handlers over an article. To
add a relation type: give it an entry in :mod:`graphbuild.schema`, write its
module here with a ``register(registry)`` function, its Cypher file and its
tests (and put its cue words in ``lang/<code>/cues.tsv``).
"""

from __future__ import annotations

import importlib
import pkgutil
from functools import lru_cache
from types import ModuleType

from .registry import CueHandler, Registry, RelationType
from .stage import find_relations

__all__ = [
    "Registry",
    "RelationType",
    "CueHandler",
    "default_registry",
    "find_relations",
    "BUILT_IN",
]


def _relation_modules() -> tuple[ModuleType, ...]:
    """The modules of this package with a ``register`` function, by name."""
    found = (
        importlib.import_module(f"{__name__}.{m.name}")
        for m in sorted(pkgutil.iter_modules(__path__))
    )
    return tuple(m for m in found if callable(getattr(m, "register", None)))


BUILT_IN = _relation_modules()


@lru_cache(maxsize=None)
def _built_in() -> Registry:
    registry = Registry()
    for module in BUILT_IN:
        module.register(registry)
    return registry


def default_registry() -> Registry:
    """The registry of the built-in relation types.

    Shared: :meth:`Registry.copy` it to add your own.
    """
    return _built_in()

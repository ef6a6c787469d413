"""graphbuild's Neo4j sink: a local server, the loader and the named query library.

* :mod:`.server` — a pinned Neo4j Community 5.26 from Maven Central jars
  (``start`` / ``stop`` / ``status``; ``python -m graphbuild.neo4j.server``). It
  remembers nothing: ``graphbuild neo4j start`` records the server it started with
  :mod:`graphbuild.state`, at the CLI boundary;
* :mod:`.loader` — the corpus graph → ``UNWIND $rows`` MERGE batches
  (``cypher/schema.cypher``, ``cypher/load/*.cypher``);
* :mod:`.queries` — ``cypher/queries/*.cypher`` run by name, as rows or as a graph.
"""

from typing import Any

from .loader import (
    LoadSummary,
    Neo4jSettings,
    apply_schema,
    connect,
    graph_rows,
    load_graph,
    translate_error,
)
from .queries import (
    NamedQuery,
    QueryResult,
    format_result,
    get_query,
    list_queries,
    parse_params,
    query_graph,
    run_query,
)

_SERVER = ("ServerStatus", "start", "stop", "status", "DEFAULT_BOLT_PORT")


def __getattr__(name: str) -> Any:
    # server is imported lazily so that `python -m graphbuild.neo4j.server` runs it cleanly
    if name in _SERVER:
        from . import server

        return getattr(server, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "Neo4jSettings",
    "LoadSummary",
    "connect",
    "apply_schema",
    "graph_rows",
    "load_graph",
    "translate_error",
    "NamedQuery",
    "QueryResult",
    "list_queries",
    "get_query",
    "parse_params",
    "run_query",
    "format_result",
    "query_graph",
    "ServerStatus",
    "DEFAULT_BOLT_PORT",
    "start",
    "stop",
    "status",
]

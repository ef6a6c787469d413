"""graphbuild's Neo4j sink: a local server, the loader and the named query library.

* :mod:`.server` — a pinned Neo4j Community 5.26 from Maven Central jars
  (``start`` / ``stop`` / ``status``; ``python -m graphbuild.neo4j.server``);
* :mod:`.loader` — the corpus graph → ``UNWIND $rows`` MERGE batches
  (``cypher/schema.cypher``, ``cypher/load/*.cypher``);
* :mod:`.queries` — ``cypher/queries/*.cypher`` run by name, as rows or as a graph.
"""

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
from .server import ServerStatus, start, status, stop

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
    "start",
    "stop",
    "status",
]

"""graphbuild: news articles → a graph of who met whom, who belongs to what, who said what.

The public API is exactly ``__all__``::

    arts = graphbuild.read_articles(["seeds/"])
    exs = graphbuild.extract(arts)
    g = graphbuild.build_graph(exs)
    graphbuild.write_outputs(exs, g, "out/")      # JSONL, node-link JSON, GraphML, HTML

``graphbuild run`` is the same through the sinks: ``run_sinks(output_sinks("out/",
neo4j=settings), [exs], g)`` writes the four files and loads Neo4j (settings from
:class:`graphbuild.neo4j.Neo4jSettings`); a :class:`Sink` of one's own fits the same loop.
"""

from __future__ import annotations

# first: decides whether graphbuild.nlp comes from its compiled build or its sources
from . import _compiled  # noqa: F401
from .errors import GraphbuildError
from .graph import build_graph, read_graph_json, write_graph_json, write_graphml
from .model import Article, Entity, Extraction, Relation
from .pipeline import extract, filter_confidence, read_extractions, write_extractions, write_outputs
from .sinks import Sink, SinkResult, output_sinks, run_sinks
from .sources import read_articles

__version__ = "0.1.0"

__all__ = [
    "Article",
    "Entity",
    "Extraction",
    "Relation",
    "GraphbuildError",
    "read_articles",
    "extract",
    "filter_confidence",
    "build_graph",
    "write_extractions",
    "read_extractions",
    "write_graph_json",
    "read_graph_json",
    "write_graphml",
    "write_outputs",
    "Sink",
    "SinkResult",
    "output_sinks",
    "run_sinks",
    "__version__",
]

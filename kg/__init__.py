"""kg: knowledge graphs of who holds which position on which issue, from Arabic geopolitical news.

The data flows one way: text -> Document -> spaCy Doc (sentences, mentions, cues)
-> PositionStatement -> concepts -> RDF dataset -> queries, networks, views and exports.

`import kg` does not load spaCy: the extractor (kg.extract) and the pipeline (kg.nlp) load when a document
is first extracted, so the commands that only read a build start in half a second.
"""
from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version
from typing import Any

from .build import BuildResult, build, build_dataset, extract_documents, extract_text
from .concepts import code_phrase, load_codebook
from .concepts.report import concept_uses, concepts_report
from .dataset import load_dataset
from .document import Document, read_document, read_documents
from .errors import (ExportError, InputError, InputWarning, KgError, NetworkError, OntologyError, PushError,
                     QueryError, QueryTimeout, ServeError, ValidationError)
from .explain import explain, format_explanation
from .export import export, rebase
from .networks import (bipartite, conflict, congruence, issue_projection, measures, network, network_report,
                       network_table, to_rdf, write_network)
from .push import push
from .query import bind_params, format_result, format_table, list_queries, run_query, sparql, statement_rows
from .serve import endpoint, serve
from .reading import open_build
from .store import open_dataset
from .tables import statements, write_table
from .validation import validate, validation_report
from .views import graph_html, network_html, write_view

__all__ = [
    "BuildResult", "Document", "InputError", "KgError", "OntologyError", "PositionStatement", "ValidationError",
    "build", "build_dataset", "extract_documents", "extract_text", "graph_html", "load_dataset", "read_document",
    "read_documents", "run_query", "statement_rows", "validation_report",
    "ExportError", "PushError", "export", "push", "rebase", "validate",
    "network_html", "write_view",
    "explain", "format_explanation", "format_table", "list_queries",
    "QueryError", "QueryTimeout", "ServeError", "bind_params", "endpoint", "format_result", "serve", "sparql",
    "NetworkError", "bipartite", "conflict", "congruence", "issue_projection", "measures", "network", "network_report",
    "network_table", "to_rdf", "write_network",
    "InputWarning", "open_build", "open_dataset",
    "code_phrase", "concept_uses", "concepts_report", "load_codebook",
    "statements", "write_table",
]

try:
    __version__ = version("kg")
except PackageNotFoundError:  # a source tree that was never installed
    __version__ = "0.0.0"


def __getattr__(name: str) -> Any:
    """PositionStatement on first use (PEP 562): it lives beside the extractor, which loads spaCy."""
    if name == "PositionStatement":
        from .extract import PositionStatement
        return PositionStatement
    raise AttributeError(f"module 'kg' has no attribute {name!r}")

"""kg: knowledge graphs of who holds which position on which issue, from Arabic geopolitical news.

The data flows one way: text -> Document -> spaCy Doc (sentences, mentions, cues)
-> PositionStatement -> concepts -> RDF dataset -> queries, networks, views and exports.
"""
from __future__ import annotations

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
from .extract import PositionStatement, extract
from .store import open_dataset
from .validation import validate, validation_report
from .views import graph_html, network_html, write_view

__all__ = [
    "BuildResult", "Document", "InputError", "KgError", "OntologyError", "PositionStatement", "ValidationError",
    "build", "build_dataset", "extract", "extract_documents", "extract_text", "graph_html", "load_dataset", "read_document",
    "read_documents", "run_query", "statement_rows", "validation_report",
    "ExportError", "PushError", "export", "push", "rebase", "validate",
    "network_html", "write_view",
    "explain", "format_explanation", "format_table", "list_queries",
    "QueryError", "QueryTimeout", "ServeError", "bind_params", "endpoint", "format_result", "serve", "sparql",
    "NetworkError", "bipartite", "conflict", "congruence", "issue_projection", "measures", "network", "network_report",
    "network_table", "to_rdf", "write_network",
    "InputWarning", "open_dataset",
    "code_phrase", "concept_uses", "concepts_report", "load_codebook",
]

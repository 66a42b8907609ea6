"""kg: knowledge graphs of who holds which position on which issue, from Arabic geopolitical news.

The data flows one way: text -> Document -> spaCy Doc (sentences, mentions, cues)
-> PositionStatement -> RDF dataset -> queries, views and exports.
"""
from __future__ import annotations

from .build import BuildResult, build, build_dataset, extract_documents, extract_text
from .dataset import load_dataset
from .document import Document, read_document, read_documents
from .errors import InputError, KgError, OntologyError, ValidationError
from .query import run_query, statement_rows
from .statements import PositionStatement, extract
from .validation import validation_report
from .views import graph_html

__all__ = [
    "BuildResult", "Document", "InputError", "KgError", "OntologyError", "PositionStatement", "ValidationError",
    "build", "build_dataset", "extract", "extract_documents", "extract_text", "graph_html", "load_dataset", "read_document",
    "read_documents", "run_query", "statement_rows", "validation_report",
]

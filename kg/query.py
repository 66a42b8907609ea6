"""SPARQL over a built dataset: the shipped .rq queries, prepared once, values passed as bindings."""
from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache
from importlib.resources import files

from rdflib import Dataset, Graph, Literal
from rdflib.plugins.sparql import prepareQuery
from rdflib.plugins.sparql.sparql import Query
from rdflib.query import Result
from rdflib.term import Identifier

from .errors import KgError

STATEMENT_COLUMNS = ("doc_id", "sentence", "actor", "actor_ar", "actor_qid", "stance", "issue", "issue_text",
                     "source", "hedged", "char_start", "char_end", "issue_start", "issue_end", "outlet", "date",
                     "cue", "rule", "statement")


def query_names() -> list[str]:
    """Names of the queries shipped in kg/queries."""
    return sorted(p.name[:-3] for p in files("kg.queries").iterdir() if p.name.endswith(".rq"))


@lru_cache(maxsize=None)
def named_query(name: str) -> Query:
    """A shipped query, parsed once."""
    if name not in query_names():
        raise KgError(f"no query named {name!r}; known: {', '.join(query_names())}")
    return prepareQuery((files("kg.queries") / f"{name}.rq").read_text(encoding="utf-8"))


def run_query(graph: Graph | Dataset, name: str, bindings: Mapping[str, Identifier] | None = None) -> Result:
    """Run a shipped query by name; values go through initBindings, never into the query text."""
    return graph.query(named_query(name), initBindings=dict(bindings or {}))


def _plain(value: Identifier | None) -> str:
    if value is None:
        return ""
    if isinstance(value, Literal) and isinstance(value.toPython(), bool):
        return "true" if value.toPython() else "false"
    return str(value)


def statement_rows(dataset: Graph | Dataset) -> list[dict[str, str]]:
    """The statements table, read from the graph itself so the two cannot disagree."""
    return [{column: _plain(row[column]) for column in STATEMENT_COLUMNS}
            for row in run_query(dataset, "statements")]

"""The rows a build writes (statements.csv and the view), read per document with the shipped queries.

A corpus worker keeps a small Oxigraph store holding the ontology; it adds a few documents' triples,
runs statements.rq and view.rq, and takes the triples out again. Each part then carries its own rows,
and a build assembles the table and the view without loading the corpus graph. The rows are the ones
the queries give over the whole graph (tests/test_corpus.py compares them).
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import lru_cache
from importlib.resources import files
from operator import itemgetter

import pyoxigraph as ox

from .ontology import load_ontology
from .rdf import ox_quads

STATEMENTS, VIEW = "statements", "view"  # the shipped queries read, by their names
Rows = dict[str, list[dict[str, str]]]  # {"statements": rows, "view": rows} of one document


@lru_cache(maxsize=1)
def _ontology_quads() -> list[ox.Quad]:
    return ox_quads(load_ontology())


@lru_cache(maxsize=None)
def _query_text(name: str) -> str:
    return (files("kg.queries") / f"{name}.rq").read_text(encoding="utf-8")


def _value(term: ox.NamedNode | ox.Literal | ox.BlankNode | None) -> str:
    return "" if term is None else term.value


def _default_graph(quads: Iterable[ox.Quad]) -> bytes:
    """The quads' triples as N-Triples, which a store loads into its default graph.

    Made and parsed by Oxigraph: a new ox.Quad costs ~4 us when its object is a literal (more than
    writing and reading it back), and lenient parsing skips re-validating IRIs Oxigraph itself wrote.
    """
    return ox.serialize([quad.triple for quad in quads], format=ox.RdfFormat.N_TRIPLES)


def read_rows(quads: Iterable[ox.Quad]) -> dict[str, Rows]:
    """The statements and view rows of the documents whose quads these are, by document id.

    The queries read the ontology and the documents as one default graph, as they read a build's store.
    """
    store = ox.Store()
    store.extend(_ontology_quads())
    store.load(_default_graph(quads), format=ox.RdfFormat.N_TRIPLES, lenient=True)
    found: dict[str, Rows] = {}
    for name in (STATEMENTS, VIEW):
        solutions = store.query(_query_text(name))
        columns = [variable.value for variable in solutions.variables]
        for solution in solutions:
            row = dict(zip(columns, map(_value, solution)))
            found.setdefault(row["doc_id"], {STATEMENTS: [], VIEW: []})[name].append(row)
    return found


def statement_order(row: dict[str, str]) -> tuple[int, int, str, str, str]:
    """statements.rq's ORDER BY within one document, for a document whose rows were read in pieces."""
    return int(row["char_start"]), int(row["issue_start"]), row["actor"], row["stance"], row["statement"]


view_order = itemgetter("statement", "actor_type")  # view.rq's ORDER BY, as a key made in C (100,000 rows a corpus)


def merge_view(rows: Sequence[dict[str, str]]) -> list[dict[str, str]]:
    """View rows in view.rq's order, one per statement: the first actor type in IRI order is kept."""
    kept: dict[str, dict[str, str]] = {}
    for row in sorted(rows, key=view_order):
        kept.setdefault(row["statement"], row)
    return list(kept.values())

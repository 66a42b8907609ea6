"""A part's rows: what the shipped queries give for its documents, as over the whole graph."""
from importlib.resources import files
from pathlib import Path

import pyoxigraph as ox
from rdflib import Literal
from rdflib.namespace import DCTERMS, XSD

from kg.build import dataset_of, extract_documents
from kg.document import Document
from kg.ontology import load_ontology
from kg.query import statement_rows
from kg.rdf import document_triples, ox_quads
from kg.rows import STATEMENTS, VIEW, merge_view, read_rows, statement_order
from kg.views import view_rows
from kg.vocab import KG

# Our own sentences: two documents that share an issue introduced in text.
TEXTS = {
    "one": "وأعرب وزير الخارجية العراقي عن قلقه من تهريب السلاح عبر الحدود. ورحبت أنقرة بالحوار مع دمشق.\n",
    "two": "ورفضت دمشق تهريب السلاح عبر الحدود.\n",
}


def extractions():
    return extract_documents(Document(doc_id=name, text=text, path=Path(f"{name}.txt")) for name, text in TEXTS.items())


def test_rows_are_the_queries_over_the_documents_and_the_ontology() -> None:
    found = extractions()
    triples = [triple for ex in found
               for triple in document_triples(ex.document, ex.outlet, ex.report_by, ex.statements)]
    rows = read_rows(triples + triples)  # a triple given twice (two documents share it) counts once
    dataset = dataset_of(found)
    assert [row for doc in sorted(rows) for row in sorted(rows[doc][STATEMENTS], key=statement_order)] \
        == statement_rows(dataset)
    assert merge_view([row for doc in rows.values() for row in doc[VIEW]]) == view_rows(dataset)
    assert set(rows) == {"one", "two"} and all(rows[doc][STATEMENTS] for doc in rows)


def _queried(triples: list) -> dict:
    """The reference: statements.rq and view.rq run by Oxigraph over the triples and the ontology as one default
    graph (what a build read before the rows were evaluated in Python)."""
    store = ox.Store()
    store.extend(ox_quads([*load_ontology(), *triples]))
    found: dict = {}
    for name in (STATEMENTS, VIEW):
        solutions = store.query((files("kg.queries") / f"{name}.rq").read_text(encoding="utf-8"))
        columns = [variable.value for variable in solutions.variables]
        for solution in solutions:
            row = dict(zip(columns, ("" if term is None else term.value for term in solution)))
            found.setdefault(row["doc_id"], {STATEMENTS: [], VIEW: []})[name].append(row)
    return found


def _as_sets(rows: dict) -> dict:
    return {doc: {name: {tuple(sorted(row.items())) for row in found[name]} for name in found} for doc, found in rows.items()}


def test_rows_are_what_oxigraph_gives_with_optional_parts_bound_or_not() -> None:
    """No agreement, a date, a label in upper-case language tag: the Python rows follow the queries' optionals."""
    found = extractions()
    triples = [triple for ex in found for triple in document_triples(ex.document, ex.outlet, ex.report_by, ex.statements)]
    documents = {s for s, p, _ in triples if p == DCTERMS.identifier}
    variants = [
        triples,
        [triple for triple in triples if triple[1] != KG.agreement],  # no statement with an agreement
        triples + [(doc, DCTERMS.date, Literal("2025-11-08", datatype=XSD.date)) for doc in documents],
        [(s, p, Literal(str(o), lang="AR") if isinstance(o, Literal) and o.language == "ar" else o)
         for s, p, o in triples],  # a language tag written in upper case is the same tag
    ]
    for variant in variants:
        assert _as_sets(read_rows(variant)) == _as_sets(_queried(variant))
    assert any(row["agreement"] for doc in read_rows(triples).values() for row in doc[STATEMENTS])
    assert all(not row["agreement"] for doc in read_rows(variants[1]).values() for row in doc[STATEMENTS])
    assert all(row["date"] == "2025-11-08" for doc in read_rows(variants[2]).values() for row in doc[STATEMENTS])
    assert set(read_rows([])) == set()

"""A part's rows: what the shipped queries give for its documents, as over the whole graph."""
from pathlib import Path

from kg.build import dataset_of, extract_documents
from kg.document import Document
from kg.query import statement_rows
from kg.rdf import document_triples
from kg.rows import STATEMENTS, VIEW, merge_view, read_rows, statement_order
from kg.views import view_rows

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


def test_reading_rows_twice_gives_the_same_rows() -> None:
    found = extractions()
    first = found[0]
    triples = document_triples(first.document, first.outlet, first.report_by, first.statements)
    assert read_rows(triples) == read_rows(triples)
    assert set(read_rows([])) == set()

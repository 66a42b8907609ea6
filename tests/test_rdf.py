"""Statements become triples with stable, content-derived IRIs."""
from pathlib import Path

from rdflib import BNode, Dataset, Literal, URIRef
from rdflib.compare import graph_diff, isomorphic, to_isomorphic
from rdflib.namespace import SKOS, XSD

import kg
from kg.document import Document
from kg.rdf import ONTOLOGY_GRAPH, add_document, graph_iri, new_dataset, ox_term, rdflib_terms, statement_iri, to_trig
from kg.extract import outlet_actor
from kg.ontology import load_lexicon
from kg.vocab import KG

TEXT = "وتعمل قطر على تقديم مساعدات إنسانية لسوريا.\nويخشى تيار موال لطهران خسارة نفوذه."


def dataset_of(text: str, doc_id: str = "t1") -> Dataset:
    document = Document(doc_id=doc_id, text=text, path=Path(f"{doc_id}.txt"), outlet="Shafaq News", date="2025-01-02")
    statements = kg.extract_text(text, doc_id=doc_id, outlet="Shafaq News")
    dataset = new_dataset()
    add_document(dataset, document, outlet_actor(document, load_lexicon()), None, statements)
    return dataset


def test_one_named_graph_per_document_and_one_for_the_ontology() -> None:
    dataset = dataset_of(TEXT)
    assert {g.identifier for g in dataset.graphs() if len(g)} == {graph_iri("t1"), ONTOLOGY_GRAPH}


def test_the_same_input_gives_the_same_iris_and_bytes() -> None:
    first, second = dataset_of(TEXT), dataset_of(TEXT)
    assert to_trig(first) == to_trig(second)
    assert [statement_iri(s) for s in kg.extract_text(TEXT, doc_id="t1")] == \
           [statement_iri(s) for s in kg.extract_text(TEXT, doc_id="t1")]


def test_trig_parses_back_to_an_isomorphic_graph() -> None:
    dataset = dataset_of(TEXT)
    parsed = Dataset()
    parsed.parse(data=to_trig(dataset), format="trig")
    original, again = dataset.graph(graph_iri("t1")), parsed.graph(graph_iri("t1"))
    if not isomorphic(original, again):
        _, only_original, only_again = graph_diff(to_isomorphic(original), to_isomorphic(again))
        raise AssertionError(f"differs:\n{only_original.serialize()}\n{only_again.serialize()}")


def test_new_actors_and_issues_are_described_in_the_document_graph() -> None:
    graph = dataset_of(TEXT).graph(graph_iri("t1"))
    camps = list(graph.subjects(None, KG.PoliticalFaction))
    assert [graph.value(c, SKOS.prefLabel) for c in camps] == [Literal("تيار موال لطهران", lang="ar")]
    assert len(set(graph.subjects(None, KG.Issue))) == 2


def test_arabic_literals_keep_their_language_tag() -> None:
    graph = dataset_of(TEXT).graph(graph_iri("t1"))
    assert {o.language for o in graph.objects(None, KG.sentenceText)} == {"ar"}


def test_oxigraph_terms_come_back_as_the_rdflib_terms_they_were() -> None:
    terms = [URIRef("https://w3id.org/kg-news/actor/turkey"), Literal("تركيا", lang="ar"), Literal("3", datatype=XSD.integer),
             Literal("2025-11-08", datatype=XSD.date), Literal("plain", datatype=XSD.string), BNode("b1")]
    convert = rdflib_terms()
    back = [convert(ox_term(term)) for term in terms]
    assert back == terms and [type(t) for t in back] == [type(t) for t in terms]
    assert convert(ox_term(terms[1])) is back[1] and convert(None) is None  # each distinct term made once

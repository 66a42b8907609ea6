"""Every built graph passes the SHACL shapes; a broken one does not."""
from rdflib import Graph, Literal
from rdflib.namespace import RDF

from kg.rdf import flatten
from kg.validation import validation_report
from kg.vocab import DATA, KG


def test_the_seed_graph_conforms(seed_dataset) -> None:
    conforms, report = validation_report(seed_dataset)
    assert conforms, report


def test_a_statement_without_holder_is_reported(seed_dataset) -> None:
    graph: Graph = flatten(seed_dataset)
    broken = DATA["statement/broken"]
    graph.add((broken, RDF.type, KG.PositionStatement))
    graph.add((broken, KG.stance, KG.support))
    graph.add((broken, KG.hedged, Literal("maybe")))
    conforms, report = validation_report(graph)
    assert not conforms and "holder" in report and "statement/broken" in report

"""The closed namespaces agree with the Turtle they stand for."""
import pytest
from rdflib import URIRef
from rdflib.namespace import RDF

from kg.ontology import load_ontology
from kg.vocab import KG, KGN, LEX


def _defined(namespace: str) -> set[str]:
    return {str(s)[len(namespace):] for s in load_ontology().subjects() if str(s).startswith(namespace)}


def test_kg_namespace_lists_exactly_the_ontology_terms() -> None:
    declared = {name for name in KG.__annotations__}
    assert declared == _defined(str(KG._NS))


def test_lexicon_namespace_lists_exactly_the_function_word_sets() -> None:
    declared = set(LEX.__annotations__) | set(LEX._extras)
    assert declared == {str(s)[len(str(LEX._NS)):] for s in load_ontology().subjects(RDF.type, KG.FunctionWords)}


def test_a_typo_raises_instead_of_minting_an_iri() -> None:
    with pytest.raises(AttributeError):
        KG.holdr  # noqa: B018 - the attribute access is the test


def test_terms_are_iris() -> None:
    assert isinstance(KG.holder, URIRef)


def test_network_namespace_lists_exactly_the_network_terms() -> None:
    assert set(KGN.__annotations__) == _defined(str(KGN._NS))

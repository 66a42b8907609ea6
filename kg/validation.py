"""SHACL validation of a built dataset against ontology/shapes.ttl (pyshacl)."""
from __future__ import annotations

from pyshacl import validate as shacl_validate
from rdflib import Dataset, Graph

from .errors import ValidationError
from .ontology import load_shapes
from .rdf import flatten


def validation_report(dataset: Graph | Dataset) -> tuple[bool, str]:
    """(conforms, human-readable report) for the union of all graphs."""
    data = flatten(dataset) if isinstance(dataset, Dataset) else dataset
    conforms, _, text = shacl_validate(data, shacl_graph=load_shapes(), inference="none", advanced=True)
    return bool(conforms), str(text)


def check(dataset: Graph | Dataset) -> None:
    """Raise ValidationError with the report when the graph does not conform."""
    conforms, report = validation_report(dataset)
    if not conforms:
        raise ValidationError(report)

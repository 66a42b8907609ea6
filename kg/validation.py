"""SHACL validation of a built dataset against ontology/shapes.ttl (pyshacl), with a report people can read."""
from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from pyshacl import validate as shacl_validate
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, SH, XSD
from rdflib.term import Node

from .errors import ValidationError
from .ontology import load_shapes
from .progress import step
from .rdf import PREFIXES, flatten
from .vocab import KG

SHAPES_NAME = "ontology/shapes.ttl"
MAX_LINES = 60  # past this a report stops being read; the header still counts every result
_IRI_IN_MESSAGE = re.compile(r"<([^<>\s]+)>")
_FOCUS_IN_MESSAGE = re.compile(r" on <[^<>]*>->\S+$")
_SEVERITY = {SH.Violation: "violation", SH.Warning: "warning", SH.Info: "info"}
_COUNTED = (("position statement", KG.PositionStatement), ("document", KG.Document),
            ("actor", KG.Actor), ("issue", KG.Issue))


def _prefixes(data: Graph) -> list[tuple[str, str]]:
    """Prefixes to shorten IRIs with, longest namespace first (a rebased export brings its own)."""
    known = {str(namespace): prefix for prefix, namespace in data.namespaces() if prefix}
    known.update({str(namespace): prefix for prefix, namespace in PREFIXES.items()})
    known.update({str(namespace): prefix for prefix, namespace in (("rdf", RDF), ("xsd", XSD), ("sh", SH))})
    return sorted(((ns, prefix) for ns, prefix in known.items()), key=lambda item: -len(item[0]))


def _short(node: Node, prefixes: list[tuple[str, str]]) -> str:
    """prefix:rest for people (rest may hold a slash, so this is for reading, not for Turtle)."""
    if isinstance(node, URIRef):
        for namespace, prefix in prefixes:
            if node.startswith(namespace) and len(node) > len(namespace):
                return f"{prefix}:{node[len(namespace):]}"
        return f"<{node}>"
    if isinstance(node, Literal) and node.datatype is not None:
        return f'"{node}"^^{_short(node.datatype, prefixes)}'
    if isinstance(node, Literal):
        return node.n3()
    return str(node)


def _count(data: Graph, cls: URIRef) -> int:
    """Instances of cls or of its subclasses (the data carries the ontology)."""
    classes = set(data.transitive_subjects(RDFS.subClassOf, cls))
    return len({s for c in classes for s in data.subjects(RDF.type, c)})


def _message(results: Graph, result: Node, prefixes: list[tuple[str, str]]) -> str:
    text = str(results.value(result, SH.resultMessage) or "constraint not met")
    text = _FOCUS_IN_MESSAGE.sub("", text)  # the focus node and path are printed already
    text = _IRI_IN_MESSAGE.sub(lambda m: _short(URIRef(m.group(1)), prefixes), text)
    value = results.value(result, SH.value)
    return f"{text} (value {_short(value, prefixes)})" if value is not None else text


def _readable(conforms: bool, results: Graph, data: Graph) -> str:
    """A header line, then every failing node with, under it, each property and what is wrong."""
    if conforms:
        counted = ", ".join(f"{_count(data, cls)} {name}(s)" for name, cls in _COUNTED)
        return f"conforms to {SHAPES_NAME}: {len(data)} triples checked ({counted})"
    prefixes = _prefixes(data)
    by_node: dict[str, set[str]] = {}
    severities: Counter[str] = Counter()
    for result in results.subjects(RDF.type, SH.ValidationResult):
        severity = _SEVERITY.get(results.value(result, SH.resultSeverity), "violation")
        severities[severity] += 1
        focus = _short(results.value(result, SH.focusNode), prefixes)
        path = results.value(result, SH.resultPath)
        where = f"{_short(path, prefixes)}: " if path is not None else ""
        by_node.setdefault(focus, set()).add(f"    {where}{severity}: {_message(results, result, prefixes)}")
    tally = ", ".join(f"{n} {severity}(s)" for severity, n in sorted(severities.items()))
    lines = [f"does not conform to {SHAPES_NAME}: {tally} on {len(by_node)} node(s)"]
    for focus in sorted(by_node):
        lines += [f"  {focus}", *sorted(by_node[focus])]
    if len(lines) > MAX_LINES:
        lines = [*lines[:MAX_LINES], f"  ... {len(lines) - MAX_LINES} more line(s)"]
    return "\n".join(lines)


def validation_report(dataset: Graph | Dataset) -> tuple[bool, str]:
    """(conforms, human-readable report) for the union of all graphs."""
    data = flatten(dataset) if isinstance(dataset, Dataset) else dataset
    with step(f"checking {len(data):,} triples against {SHAPES_NAME}", enabled=None if len(data) > 100_000 else False):
        conforms, results, _ = shacl_validate(data, shacl_graph=load_shapes(), inference="none")
    return bool(conforms), _readable(bool(conforms), results, data)


def validate(source: Path | str | Dataset) -> tuple[bool, str]:
    """Validate a kg build output folder, an RDF file or a dataset: what `kg validate` reports."""
    from .dataset import load_dataset  # here, not at the top: dataset -> build -> validation is a cycle
    dataset = source if isinstance(source, Dataset) else load_dataset(source)
    return validation_report(dataset)


def check(dataset: Graph | Dataset) -> None:
    """Raise ValidationError with the report when the graph does not conform."""
    conforms, report = validation_report(dataset)
    if not conforms:
        raise ValidationError(report)

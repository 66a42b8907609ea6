"""Standard RDF exports of a built graph (Turtle, TriG, N-Triples, N-Quads, JSON-LD), under our base IRI or yours."""
from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from rdflib import Dataset, Graph, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.namespace import OWL, RDF, RDFS, XSD

from .dataset import load_dataset
from .errors import ExportError
from .rdf import PREFIXES, flatten, to_trig
from .vocab import BASE, KG

# Our vocabulary keeps its IRIs under any --base, so shapes, queries and other kg graphs still apply;
# everything else minted under BASE (data, actors, issues, cues, lexicon) moves.
VOCABULARY = (str(KG._NS), BASE + "shapes#")
EXTRA_PREFIXES = {"kgc": BASE + "cue/", "kgl": BASE + "lexicon/", "rdf": str(RDF), "rdfs": str(RDFS),
                  "owl": str(OWL), "xsd": str(XSD)}


@dataclass(frozen=True)
class ExportFormat:
    name: str
    rdflib_name: str
    suffix: str
    media_type: str
    named_graphs: bool  # False: the graphs are merged and their names dropped


FORMATS = {f.name: f for f in (
    ExportFormat("turtle", "turtle", ".ttl", "text/turtle", False),
    ExportFormat("trig", "trig", ".trig", "application/trig", True),
    ExportFormat("nt", "nt", ".nt", "application/n-triples", False),
    ExportFormat("nq", "nquads", ".nq", "application/n-quads", True),
    ExportFormat("jsonld", "json-ld", ".jsonld", "application/ld+json", True),
)}


@dataclass(frozen=True)
class ExportResult:
    path: Path
    format: str
    graphs: int
    triples: int

    def __str__(self) -> str:
        if FORMATS[self.format].named_graphs:
            return f"wrote {self.path} ({self.format}, {self.triples} triples in {self.graphs} named graph(s))"
        merged = f", {self.graphs} named graph(s) merged" if self.graphs else ""
        return f"wrote {self.path} ({self.format}, {self.triples} triples{merged})"


def check_base(base: str) -> str:
    """The base IRI as given, if it can prefix IRIs (absolute, ends with / or #, nothing to escape)."""
    scheme, _, rest = base.partition(":")
    if not scheme or not rest or not scheme[0].isalpha() or not all(c.isalnum() or c in "+-." for c in scheme):
        raise ExportError(f"--base {base!r}: not an absolute IRI (e.g. https://example.org/kg/)")
    if not base.endswith(("/", "#")):
        raise ExportError(f"--base {base!r}: must end with / or # so that names can follow it")
    if any(c in base for c in ' <>"{}|\\^`') or any(ord(c) < 0x21 for c in base):
        raise ExportError(f"--base {base!r}: holds a character that an IRI cannot")
    return base


def _move(term: object, base: str) -> object:
    iri = str(term)  # rdflib's own startswith does not take a tuple
    if isinstance(term, URIRef) and iri.startswith(BASE) and not iri.startswith(VOCABULARY):
        return URIRef(base + iri[len(BASE):])
    return term


def prefixes(base: str = BASE) -> dict[str, str]:
    """The prefixes of our namespaces, moved under base (the vocabulary stays)."""
    names = {prefix: str(namespace) for prefix, namespace in PREFIXES.items()} | EXTRA_PREFIXES
    return {prefix: str(_move(URIRef(namespace), base)) for prefix, namespace in sorted(names.items())}


def rebase(dataset: Dataset, base: str) -> Dataset:
    """A new dataset whose IRIs under https://w3id.org/kg-news/ (graph names too) start with base instead.

    Our prefixes are bound to their moved namespaces; the source's other prefixes carry over.

    >>> from rdflib import Literal
    >>> ds = Dataset()
    >>> _ = ds.graph(URIRef(BASE + "data/graph/d")).add((URIRef(BASE + "actor/x"), KG.cueText, Literal("y")))
    >>> for term in next(iter(rebase(ds, "https://example.org/").quads())): print(term)
    https://example.org/actor/x
    https://w3id.org/kg-news/ontology#cueText
    y
    https://example.org/data/graph/d
    """
    check_base(base)
    moved = Dataset(default_union=True)
    for prefix, namespace in dataset.namespaces():
        moved.bind(prefix, namespace, override=True, replace=True)
    for prefix, namespace in prefixes(base).items():
        moved.bind(prefix, namespace, override=True, replace=True)
    for graph in dataset.graphs():
        target = moved.graph(_move(graph.identifier, base))
        moved.addN((_move(s, base), _move(p, base), _move(o, base), target) for s, p, o in graph)
    return moved


def _sorted_lines(data: bytes) -> bytes:
    """N-Triples and N-Quads hold one statement a line: sorting them makes the file reproducible."""
    return b"".join(sorted(set(data.splitlines(keepends=True))))


def _sorted_json(node: object) -> object:
    """JSON-LD with every unordered array in a fixed order (an @list keeps its order)."""
    if isinstance(node, dict):
        return {key: value if key == "@list" else _sorted_json(value) for key, value in node.items()}
    if isinstance(node, list):
        return sorted((_sorted_json(item) for item in node), key=lambda item: json.dumps(item, sort_keys=True))
    return node


def _merged(dataset: Dataset) -> Graph:
    graph = flatten(dataset)
    for prefix, namespace in dataset.namespaces():
        graph.bind(prefix, namespace, override=True, replace=True)
    return graph


def serialize(dataset: Dataset, fmt: str) -> bytes:
    """The dataset in format fmt (a FORMATS key), UTF-8, the same bytes for the same dataset."""
    if fmt not in FORMATS:
        raise ExportError(f"unknown format {fmt!r}; known: {', '.join(FORMATS)}")
    if fmt == "trig":
        return to_trig(dataset).encode("utf-8")
    if fmt == "turtle":
        return _merged(dataset).serialize(format="turtle", encoding="utf-8")
    if fmt == "nt":
        return _sorted_lines(flatten(dataset).serialize(format="nt", encoding="utf-8"))
    if fmt == "nq":
        return _sorted_lines(dataset.serialize(format="nquads", encoding="utf-8"))
    ours = prefixes()
    context = {prefix: str(namespace) for prefix, namespace in dataset.namespaces() if prefix in ours}
    document = json.loads(dataset.serialize(format="json-ld", context=context, auto_compact=True))
    document = {"@context": context, **_sorted_json({k: v for k, v in document.items() if k != "@context"})}
    return (json.dumps(document, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode("utf-8")


def format_for(out: Path | str, fmt: str | None = None) -> str:
    """The format asked for, or the one the output file's suffix names."""
    if fmt is not None:
        if fmt not in FORMATS:
            raise ExportError(f"unknown format {fmt!r}; known: {', '.join(FORMATS)}")
        return fmt
    suffix = Path(out).suffix.lower()
    for candidate in FORMATS.values():
        if candidate.suffix == suffix or (suffix == ".json" and candidate.name == "jsonld"):
            return candidate.name
    raise ExportError(f"{out}: cannot tell the format from the suffix; give --format ({', '.join(FORMATS)})")


def write_atomically(out: Path, data: bytes) -> None:
    """Write to a temporary file beside out, then move it into place: never a half-written file."""
    if out.is_dir():
        raise ExportError(f"{out}: is a folder; give a file name")
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=out.parent, prefix=f".{out.name}.", delete=False) as tmp:
            tmp.write(data)
        os.chmod(tmp.name, 0o644)  # like the build's outputs (a temporary file is private)
        os.replace(tmp.name, out)
    except OSError as exc:
        raise ExportError(f"{out}: cannot write: {exc.strerror or exc}") from exc


def named_graphs(dataset: Dataset) -> list[Graph]:
    """The non-empty graphs of a dataset, the default graph excluded, in IRI order."""
    return sorted((g for g in dataset.graphs() if len(g) and g.identifier != DATASET_DEFAULT_GRAPH_ID),
                  key=lambda g: str(g.identifier))


def exported(source: Path | str | Dataset, base: str | None = None) -> Dataset:
    """The dataset to export: loaded (with our prefixes, which an N-Triples file brings none of) and rebased."""
    if isinstance(source, Dataset):
        dataset = source
    else:
        dataset = load_dataset(source)
        for prefix, namespace in prefixes().items():
            dataset.bind(prefix, namespace, override=False)
    return rebase(dataset, base) if base is not None else dataset


def export(source: Path | str | Dataset, out: Path | str, *, fmt: str | None = None,
           base: str | None = None) -> ExportResult:
    """Write a build output folder, an RDF file or a dataset to out in a standard format (what `kg export` does)."""
    out = Path(out)
    fmt = format_for(out, fmt)
    dataset = exported(source, base)
    write_atomically(out, serialize(dataset, fmt))
    graphs = [graph for graph in dataset.graphs() if len(graph)]  # the default graph too
    if FORMATS[fmt].named_graphs:
        triples = sum(len(graph) for graph in graphs)
    else:  # a triple in two graphs is written once
        triples = len({triple for graph in graphs for triple in graph})
    return ExportResult(out, fmt, len(named_graphs(dataset)), triples)

"""Open a build for reading: every reading command asks Oxigraph, in memory or on disk.

rdflib's memory store answers a corpus query in minutes (it joins triple by triple in Python); Oxigraph
loads graph.trig in under a second per 100,000 triples and answers the same query in milliseconds. The
dataset keeps rdflib's API (kg.store.as_dataset), so the shipped queries, views and networks read it as
before, with the same rows.
"""
from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
from rdflib import Dataset, Graph

from .errors import InputError
from .progress import step
from .store import OXIGRAPH, as_dataset, query_store

# Oxigraph's parsers by file suffix; a folder means its graph.trig
_FORMATS = {".trig": ox.RdfFormat.TRIG, ".nq": ox.RdfFormat.N_QUADS, ".ttl": ox.RdfFormat.TURTLE,
            ".nt": ox.RdfFormat.N_TRIPLES, ".jsonld": ox.RdfFormat.JSON_LD, ".json": ox.RdfFormat.JSON_LD,
            ".rdf": ox.RdfFormat.RDF_XML, ".xml": ox.RdfFormat.RDF_XML, ".owl": ox.RdfFormat.RDF_XML}


def graph_file(path: Path | str) -> Path:
    """The RDF file behind GRAPH_OR_DIR: a folder means its graph.trig."""
    from .build import GRAPH_FILE  # here, not at the top: build -> views -> reading would be a cycle

    path = Path(path)
    if path.is_dir():
        path = path / GRAPH_FILE
    if not path.is_file():
        raise InputError(path, "no such graph file (give a kg build output folder or an RDF file)")
    return path


def load_store(path: Path | str, *, merged: bool = True) -> ox.Store:
    """An in-memory Oxigraph store holding the file's named graphs and, as its default graph, their merge
    (a set, as rdflib's union of graphs is); merged=False leaves the default graph empty."""
    source = graph_file(path)
    fmt = _FORMATS.get(source.suffix.lower())
    if fmt is None:
        raise InputError(source, f"cannot tell the RDF format from the suffix; use one of {', '.join(_FORMATS)}")
    store = ox.Store()
    size = source.stat().st_size
    with step(f"loading {source.name} ({size / 2**20:.0f} MB) into Oxigraph"):
        _load(store, source, fmt, merged)
    return store


def _load(store: ox.Store, source: Path, fmt: ox.RdfFormat, merged: bool) -> None:
    try:
        # parsed and written by Oxigraph alone, then merged by one update: three times faster than
        # handing each quad through Python
        store.bulk_load(path=str(source), format=fmt)
        if merged:
            store.update("INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }")
    except (SyntaxError, ValueError) as exc:  # Oxigraph raises SyntaxError for a bad file
        raise InputError(source, f"is not valid {fmt.name}: {exc}") from exc


def open_build(source: Path | str | Graph, *, bag: bool = False) -> Dataset | Graph:
    """A build to read: a dataset already in hand as it is, `oxigraph:PATH` (the on-disk store of
    `kg build --store`) read in place, and an output folder or RDF file loaded into Oxigraph in memory.

    bag=True skips merging the named graphs (a third of the loading time): the rows of kg.query.plain_rows
    then come from Oxigraph's union of the named graphs, a bag, in which a node described by several
    documents repeats; only a reader whose rows cannot repeat so (the networks: one row per statement,
    labels taken once) may ask for it."""
    if isinstance(source, Graph):
        return source
    if str(source).startswith(OXIGRAPH):
        return query_store(str(source))
    if bag and graph_file(source).suffix.lower() in (".trig", ".nq"):
        dataset = as_dataset(load_store(source, merged=False))
        dataset.store.bag = True
        return dataset
    return as_dataset(load_store(source))

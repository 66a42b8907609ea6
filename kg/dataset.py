"""Open a built graph again as an rdflib Dataset (the API's model, and what SHACL, export and push read): an
output folder, an RDF file in any format rdflib reads, or the on-disk Oxigraph store of a build."""
from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
from rdflib import Dataset
from rdflib.util import guess_format

from .errors import InputError
from .reading import graph_file
from .store import OXIGRAPH, store_path

__all__ = ["graph_file", "load_dataset"]


def _from_store(spec: str) -> Dataset:
    """The named graphs of a build's on-disk store (kg build --store oxigraph:PATH), read through TriG."""
    from .store import query_store  # checks that a build's store is there

    query_store(spec)
    store = ox.Store.read_only(str(store_path(spec)))
    quads = [quad for quad in store.quads_for_pattern(None, None, None) if not isinstance(quad.graph_name,
                                                                                             ox.DefaultGraph)]
    dataset = Dataset(default_union=True)
    dataset.parse(data=ox.serialize(quads, format=ox.RdfFormat.N_QUADS), format="nquads")
    return dataset


def load_dataset(path: Path | str) -> Dataset:
    """The dataset of a kg build output folder, an RDF file (TriG, N-Quads, Turtle, N-Triples, JSON-LD) or
    oxigraph:PATH."""
    if str(path).startswith(OXIGRAPH):
        return _from_store(str(path))
    source = graph_file(path)
    fmt = guess_format(str(source)) or "trig"
    dataset = Dataset(default_union=True)
    try:
        dataset.parse(source, format=fmt)
    except Exception as exc:  # rdflib raises many parser-specific types; all mean the same to the user
        raise InputError(source, f"is not valid {fmt}: {exc}") from exc
    return dataset

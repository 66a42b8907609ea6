"""Open a built graph again: an output folder, or an RDF file in any format rdflib reads."""
from __future__ import annotations

from pathlib import Path

from rdflib import Dataset
from rdflib.util import guess_format

from .build import GRAPH_FILE
from .errors import InputError


def graph_file(path: Path | str) -> Path:
    """The RDF file behind GRAPH_OR_DIR: a folder means its graph.trig."""
    path = Path(path)
    if path.is_dir():
        path = path / GRAPH_FILE
    if not path.is_file():
        raise InputError(path, "no such graph file (give a kg build output folder or an RDF file)")
    return path


def load_dataset(path: Path | str) -> Dataset:
    """The dataset of a kg build output folder or RDF file (TriG, N-Quads, Turtle, N-Triples, JSON-LD)."""
    source = graph_file(path)
    fmt = guess_format(str(source)) or "trig"
    dataset = Dataset(default_union=True)
    try:
        dataset.parse(source, format=fmt)
    except Exception as exc:  # rdflib raises many parser-specific types; all mean the same to the user
        raise InputError(source, f"is not valid {fmt}: {exc}") from exc
    return dataset

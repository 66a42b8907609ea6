"""The main job: documents -> statements -> validated dataset -> graph.trig, statements.csv, graph.html."""
from __future__ import annotations

import csv
import io
import os
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from rdflib import Dataset

from .document import Document, read_documents
from .errors import InputError, KgError
from .nlp import make_nlp
from .query import STATEMENT_COLUMNS, statement_rows
from .rdf import add_document, new_dataset, to_trig
from .statements import Extraction, extract
from .validation import check
from .views import graph_html

GRAPH_FILE, TABLE_FILE, VIEW_FILE = "graph.trig", "statements.csv", "graph.html"


@dataclass(frozen=True)
class BuildResult:
    out_dir: Path
    documents: int
    statements: int

    @property
    def files(self) -> dict[str, Path]:
        return {name: self.out_dir / name for name in (GRAPH_FILE, TABLE_FILE, VIEW_FILE)}


def extract_documents(documents: Iterable[Document]) -> list[Extraction]:
    """Run the pipeline over documents (spaCy's nlp.pipe streams the texts)."""
    documents = list(documents)
    nlp = make_nlp()
    return [extract(doc, document) for document, doc in zip(documents, nlp.pipe(d.text for d in documents))]


def extract_text(text: str, *, doc_id: str = "text", outlet: str | None = None) -> list:
    """Statements of one Arabic text given as a string (for notebooks, tests and quick looks)."""
    document = Document(doc_id=doc_id, text=text, path=Path(f"{doc_id}.txt"), outlet=outlet)
    return list(extract_documents([document])[0].statements)


def dataset_of(extractions: Iterable[Extraction]) -> Dataset:
    """The validated RDF dataset of extracted documents (raises ValidationError, writes nothing)."""
    dataset = new_dataset()
    for extraction in extractions:
        add_document(dataset, extraction.document, extraction.outlet, extraction.report_by, extraction.statements)
    check(dataset)
    return dataset


def build_dataset(paths: Iterable[Path | str]) -> Dataset:
    """The validated RDF dataset of every document under paths."""
    return dataset_of(extract_documents(read_documents(paths)))


def statements_csv(rows: list[dict[str, str]]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=STATEMENT_COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue()


def write_outputs(dataset: Dataset, out_dir: Path) -> int:
    """Write all outputs into a temporary folder first, then move each into place: no half-written file.

    Returns the number of statements written.
    """
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(out_dir, f"cannot create the output folder: {exc.strerror or exc}") from exc
    rows = statement_rows(dataset)
    contents = {
        GRAPH_FILE: to_trig(dataset),
        TABLE_FILE: statements_csv(rows),
        VIEW_FILE: graph_html(dataset, rows),
    }
    with tempfile.TemporaryDirectory(dir=out_dir, prefix=".kg-build-") as tmp:
        for name, text in contents.items():
            (Path(tmp) / name).write_text(text, encoding="utf-8")
        for name in contents:
            os.replace(Path(tmp) / name, out_dir / name)
    return len(rows)


def build(paths: Iterable[Path | str], out: Path | str) -> BuildResult:
    """Build the knowledge graph of the documents under paths into the folder out."""
    paths = list(paths)
    if not paths:
        raise KgError("no input paths given")
    extractions = extract_documents(read_documents(paths))
    written = write_outputs(dataset_of(extractions), Path(out))
    return BuildResult(Path(out), len(extractions), written)

"""The main job: documents -> statements -> validated graph parts -> graph.trig, statements.csv, graph.html.

A build keeps one TriG part per document in OUT/.kg/parts and a manifest of content hashes, so a
rebuild re-extracts only new or changed files and drops deleted ones; the outputs are assembled from
the parts in graph order, so an incremental build writes the same bytes as a clean one.
"""
from __future__ import annotations

import csv
import fcntl
import gc
import os
import shutil
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path

from rdflib import Dataset

from .corpus import (ERROR, PART_SUFFIXES, PARTS, SEGMENT_CHARS, STATE_DIR, Options, Part, Source, collect_garbage,
                     extract_segments, held_interrupts, load_manifest, ontology_part, part_file, part_names,
                     read_part_rows, rows_file, run_dask, run_local, save_manifest, source_key, source_stat,
                     table_file)
from .concepts import load_codebook
from .document import MAX_FILE_BYTES, Document, find_documents, read_documents
from .errors import InputError, InputWarning, KgError, OntologyError, ValidationError
from .query import STATEMENT_COLUMNS
from .rdf import ONTOLOGY_GRAPH, add_document, new_dataset
from .rows import STATEMENTS, VIEW, merge_view
from .store import MEMORY, open_store, store_path, sync_store
from .validation import check
from .views import view_html

if TYPE_CHECKING:  # a type only: spaCy loads when a document is first extracted
    from .extract import Extraction

GRAPH_FILE, TABLE_FILE, VIEW_FILE = "graph.trig", "statements.csv", "graph.html"
LOCK_FILE = "lock"
MANIFEST_EVERY = 5.0  # seconds between saves of the manifest while a build runs


@dataclass(frozen=True)
class BuildResult:
    out_dir: Path
    documents: int
    statements: int
    problems: tuple[Part, ...] = ()
    warnings: tuple[str, ...] = ()
    extracted: int = 0
    reused: int = 0
    encodings: dict[str, int] = field(default_factory=dict)

    @property
    def files(self) -> dict[str, Path]:
        return {name: self.out_dir / name for name in (GRAPH_FILE, TABLE_FILE, VIEW_FILE)}

    def report(self) -> str:
        """What `kg build` prints: the counts, the encodings read, and the files written."""
        lines = [f"built {self.documents} document(s), {self.statements} statement(s)"
                 f" ({self.extracted} extracted, {self.reused} unchanged)"]
        if self.problems:
            lines.append(f"skipped {len(self.problems)} file(s) (listed above)")
        if self.encodings:
            lines.append("encodings: " + ", ".join(f"{name} {n}" for name, n in sorted(self.encodings.items())))
        lines += [f"  {name:15} {path}" for name, path in self.files.items()]
        return "\n".join(lines)

    @property
    def failed(self) -> bool:
        """True when an input was skipped for an error the user must fix (a warning does not count)."""
        return any(problem.severity == ERROR for problem in self.problems)


def _whole(document: Document) -> Extraction:
    extractions = list(extract_segments(document))
    statements = tuple(st for extraction in extractions for st in extraction.statements)
    return replace(extractions[0], statements=statements)


def extract_documents(documents: Iterable[Document]) -> list[Extraction]:
    """Run the pipeline over documents (a long text is read in segments; offsets are into the whole text)."""
    return [_whole(document) for document in documents]


def extract_text(text: str, *, doc_id: str = "text", outlet: str | None = None) -> list:
    """Statements of one Arabic text given as a string (for notebooks, tests and quick looks)."""
    document = Document(doc_id=doc_id, text=text, path=Path(f"{doc_id}.txt"), outlet=outlet)
    return list(extract_documents([document])[0].statements)


def read_codebook(path: Path | str | None) -> str:
    """The Turtle text of a user's codebook, checked (a bad one stops the build before anything is written)."""
    if path is None:
        return ""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(path, f"cannot read the codebook: {getattr(exc, 'strerror', None) or exc}") from exc
    try:
        load_codebook(text, str(path))
    except OntologyError as exc:
        raise InputError(path, f"not a usable codebook: {exc}") from exc
    return text


def dataset_of(extractions: Iterable[Extraction], codebook: Path | str | None = None) -> Dataset:
    """The validated RDF dataset of extracted documents, in memory (raises ValidationError, writes nothing);
    concepts from the shipped codebook and, where given, the user's codebook file."""
    dataset = new_dataset()
    concepts = load_codebook(read_codebook(codebook))
    for extraction in extractions:
        add_document(dataset, extraction.document, extraction.outlet, extraction.report_by, extraction.statements,
                     concepts)
    check(dataset)
    return dataset


def build_dataset(paths: Iterable[Path | str], codebook: Path | str | None = None) -> Dataset:
    """The validated RDF dataset of every document under paths (in memory: for small inputs and notebooks)."""
    return dataset_of(extract_documents(read_documents(paths)), codebook)


def label_clashes(labels: dict[tuple[str, str], set[str]]) -> list[str]:
    """What SHACL cannot see one document at a time: one actor or issue labelled differently by two documents.

    labels: {(node, language): labels} gathered from every part (kg/queries/label-clashes.rq asks a graph).
    """
    return [f"{node} has {len(texts)} @{lang} labels across documents, e.g. {min(texts)!r} and {max(texts)!r} "
            f"(sh:uniqueLang; kg validate will report it)"
            for (node, lang), texts in sorted(labels.items()) if len(texts) > 1]


def _write_table(parts_dir: Path, good: list[Part], path: Path) -> tuple[int, list[dict[str, str]], list[str]]:
    """Write statements.csv from the parts' table files, copied in document order (statements.rq's first
    key); return its row count, the view rows and the label clashes."""
    count, drawn = 0, []
    labels: dict[tuple[str, str], set[str]] = {}
    with path.open("w", encoding="utf-8", newline="") as stream:
        csv.writer(stream, lineterminator="\n").writerow(STATEMENT_COLUMNS)
        stream.flush()
        for part in sorted(good, key=lambda p: p.doc_id or ""):
            with table_file(parts_dir, part.key).open("rb") as table:
                shutil.copyfileobj(table, stream.buffer)
            for kind, value in read_part_rows(rows_file(parts_dir, part.key)):
                if kind == STATEMENTS:
                    count += value
                elif kind == VIEW:
                    drawn.append(value)
                else:
                    labels.setdefault((value[0], value[1]), set()).add(value[2])
    return count, merge_view(drawn), label_clashes(labels)


@contextmanager
def _without_gc() -> Iterator[None]:
    """Hold the cycle collector while the table and the view are assembled: their rows are a million acyclic
    objects, and each full collection walked them all again (2 s of a 10,000-document rebuild)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _progress(total: int, done: int, enabled: bool | None):
    from tqdm import tqdm  # only when a build runs

    return tqdm(total=total, initial=done, unit="doc", desc="kg build", file=sys.stderr, dynamic_ncols=True,
                disable=(not sys.stderr.isatty()) if enabled is None else not enabled)


def _extract(todo: list[Source], parts_dir: Path, options: Options, jobs: int, scheduler: str | None,
             strict: bool, validate: bool, bar) -> Iterator[Part]:
    runs = (run_dask(todo, parts_dir, options, scheduler, validate) if scheduler
            else run_local(todo, parts_dir, options, jobs, validate))
    found = 0
    for batch in runs:
        for part in batch:
            if strict and not part.ok:
                error = InputWarning if part.severity != ERROR else InputError
                raise error(part.path, f"{part.problem} (--strict: stopped, nothing written)")
            found += part.statements
            yield part
        bar.update(len(batch))
        bar.set_postfix(statements=found, refresh=False)


def _unique_ids(parts: list[Part], strict: bool) -> list[Part]:
    """Two files with one document id would merge their graphs: the later one (by path) is refused."""
    seen: dict[str, str] = {}
    checked = []
    for part in sorted(parts, key=lambda p: p.path):
        if part.ok and part.doc_id in seen:
            problem = f"has the same document id {part.doc_id!r} as {seen[part.doc_id]}"
            if strict:
                raise InputError(part.path, problem)
            part = replace(part, problem=problem, severity=ERROR)
        elif part.ok:
            seen[part.doc_id] = part.path
        checked.append(part)
    return checked


def _write_table_and_view(parts_dir: Path, good: list[Part], temp: Path, strict: bool) -> tuple[int, list[str]]:
    """statements.csv and graph.html; the view rows are let go before the store is loaded."""
    statements, drawn, clashes = _write_table(parts_dir, good, temp / TABLE_FILE)
    if clashes and strict:
        raise ValidationError("does not conform to ontology/shapes.ttl: " + "; ".join(clashes[:5]))
    (temp / VIEW_FILE).write_text(view_html(drawn), encoding="utf-8")
    return statements, clashes


def _assemble(out_dir: Path, parts_dir: Path, good: list[Part], store: str, strict: bool) -> tuple[int, list[str]]:
    """Write the three outputs into a temporary folder, then move them into place; with an on-disk store,
    bring it up to date. Nothing here reads the corpus graph: the table and the view come from the parts' rows.

    Returns the statement count and the label clashes between documents (an error with strict).
    """
    ontology_key, ontology_file = ontology_part(parts_dir)
    graphs = {str(ONTOLOGY_GRAPH): (ontology_key, ontology_file)}
    graphs.update({part.graph: (part.key, part_file(parts_dir, part.key)) for part in good})
    with tempfile.TemporaryDirectory(dir=out_dir, prefix=".kg-build-") as tmp:
        temp = Path(tmp)
        with (temp / GRAPH_FILE).open("wb") as stream:
            for graph in sorted(graphs):
                with graphs[graph][1].open("rb") as part:
                    shutil.copyfileobj(part, stream, 1 << 20)
        with _without_gc():
            statements, clashes = _write_table_and_view(parts_dir, good, temp, strict)
        if store_path(store) is not None:
            oxigraph = open_store(store)
            try:
                sync_store(oxigraph, store, graphs, temp / GRAPH_FILE)
            finally:
                del oxigraph  # releases the on-disk store's lock now, not at the next garbage collection
        with held_interrupts():
            for name in (GRAPH_FILE, TABLE_FILE, VIEW_FILE):
                os.replace(temp / name, out_dir / name)
    return statements, clashes


def _resolver() -> Callable[[Path], str]:
    """str(path.resolve()) for many files: each folder is resolved once, and a file only checked for being a
    link (resolving walks every component of the path, a stat each)."""
    folders: dict[Path, str] = {}

    def resolved(path: Path) -> str:
        if path.is_symlink():
            return str(path.resolve())
        if path.parent not in folders:
            folders[path.parent] = str(path.parent.resolve())
        return os.path.join(folders[path.parent], path.name)

    return resolved


def _scan(files: list[Path], state_dir: Path, options: Options, strict: bool,
          rehash: bool) -> tuple[list[Part], list[Source], dict[str, tuple[int, ...]]]:
    """The parts of the last build that still hold (their file's stat or hash unchanged), the sources to
    extract, and the stat of each. Without the cycle collector: ~100,000 acyclic objects a corpus."""
    with _without_gc():
        previous = load_manifest(state_dir, options)
        present = part_names(state_dir / PARTS)
        started = time.time_ns()
        parts: list[Part] = []
        todo: list[Source] = []
        stats: dict[str, tuple[int, ...]] = {}
        resolved = _resolver()
        for path in files:
            name = resolved(path)
            old = previous.get(name)
            try:
                stat = source_stat(path, started)  # before the bytes are read: a later write changes it
                if old is None:
                    key = ""  # a new file: the worker that reads it makes its key (kg.corpus._keyed)
                elif old.stat and old.stat == stat and not rehash:
                    key = old.key
                else:
                    key = source_key(path, options)
            except OSError as exc:
                if strict:
                    raise InputError(path, f"cannot be read: {exc.strerror or exc}") from exc
                parts.append(Part(name, "", problem=f"cannot be read: {exc.strerror or exc}", severity=ERROR))
                continue
            if old is not None and old.key == key and all(key + suffix in present for suffix in PART_SUFFIXES):
                parts.append(old if old.stat == stat else replace(old, stat=stat))
            else:
                todo.append(Source(name, key))
                stats[name] = stat
        return parts, todo, stats


def build(paths: Iterable[Path | str], out: Path | str, *, jobs: int = 1, scheduler: str | None = None,
          store: str = MEMORY, strict: bool = False, encoding: str | None = None,
          max_file_size: int = MAX_FILE_BYTES, progress: bool | None = None, validate: bool = True,
          rehash: bool = False, codebook: Path | str | None = None) -> BuildResult:
    """Build the knowledge graph of the documents under paths into the folder out.

    A file that cannot be read is reported in the result's problems and the rest is built (strict: the
    build stops and writes nothing). Only new or changed files are extracted; jobs > 1 uses worker
    processes, scheduler the Dask cluster at that address. store: 'memory' or 'oxigraph:PATH' (the
    graph is also kept queryable there). validate=False skips the SHACL check of new parts, which
    costs more than the extraction itself (`kg validate OUT` checks the result later). A file whose size,
    times and inode are as the last build recorded them keeps its key unread; rehash=True hashes every file.
    codebook: a Turtle file of concepts that adds to or replaces the shipped codebook (part of every key).
    """
    paths = list(paths)
    if not paths:
        raise KgError("no input paths given")
    if jobs < 1:
        raise KgError(f"--jobs must be 1 or more, not {jobs}")
    store_path(store)
    concepts = read_codebook(codebook)
    files = find_documents(paths)
    out_dir = Path(out)
    state_dir = out_dir / STATE_DIR
    parts_dir = state_dir / PARTS
    try:
        parts_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(out_dir, f"cannot create the output folder: {exc.strerror or exc}") from exc
    with _locked(state_dir, out_dir):
        return _build(paths, files, out_dir, state_dir, parts_dir, concepts, jobs=jobs, scheduler=scheduler,
                      store=store, strict=strict, encoding=encoding, max_file_size=max_file_size,
                      progress=progress, validate=validate, rehash=rehash)


@contextmanager
def _locked(state_dir: Path, out_dir: Path) -> Iterator[None]:
    """Hold the output folder's lock for the build: a second build into it would delete the first's parts."""
    try:
        handle = (state_dir / LOCK_FILE).open("a")
    except OSError as exc:
        raise InputError(out_dir, f"cannot write in the output folder: {exc.strerror or exc}") from exc
    with handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise KgError(f"{out_dir}: another kg build is writing there; wait for it or give another --out") \
                from None
        yield


def _build(paths: list, files: list[Path], out_dir: Path, state_dir: Path, parts_dir: Path, concepts: str, *,
           jobs: int, scheduler: str | None, store: str, strict: bool, encoding: str | None, max_file_size: int,
           progress: bool | None, validate: bool, rehash: bool) -> BuildResult:
    for stale in out_dir.glob(".kg-build-*"):  # left by a build that was killed (Ctrl-C cleans up itself)
        shutil.rmtree(stale, ignore_errors=True)
    options = Options(encoding=encoding, max_bytes=max_file_size, segment_chars=SEGMENT_CHARS, codebook=concepts)
    parts, todo, stats = _scan(files, state_dir, options, strict, rehash)
    reused = len(parts)
    try:
        saved = time.monotonic()
        with _progress(len(files), reused, progress) as bar:
            for part in _extract(todo, parts_dir, options, jobs, scheduler, strict, validate, bar):
                parts.append(replace(part, stat=stats[part.path]))
                if time.monotonic() - saved > MANIFEST_EVERY:  # a kill -9 loses at most this much work
                    save_manifest(state_dir, parts, options)
                    saved = time.monotonic()
    finally:
        save_manifest(state_dir, parts, options)  # what was extracted before a stop is kept for the next build
    parts = _unique_ids(parts, strict)
    good = [part for part in parts if part.ok]
    problems = tuple(part for part in parts if not part.ok)
    if len(problems) == 1 and not good:
        error = InputWarning if problems[0].severity != ERROR else InputError
        raise error(problems[0].path, problems[0].problem)
    if not good:
        raise InputError(", ".join(str(p) for p in paths),
                         f"no document could be built: {problems[0].message()}"
                         + (f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""))
    statements, clashes = _assemble(out_dir, parts_dir, good, store, strict)
    collect_garbage(parts_dir, {part.key for part in good} | {ontology_part(parts_dir)[0]})
    return BuildResult(out_dir, len(good), statements, problems, tuple(clashes), extracted=len(todo), reused=reused,
                       encodings=dict(Counter(part.encoding for part in good if part.encoding)))

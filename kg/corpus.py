"""A corpus in parts: one validated TriG part per document, a manifest of content hashes, local or Dask workers.

A part depends only on its file, its metadata, the build options and the code and ontology that made it
(the fingerprint), so it is named by a hash of all of these: a rebuild reuses every part whose key is
unchanged, and a part file, once written, never changes. The manifest also keeps each file's stat, so that
a rebuild hashes only the files whose stat changed.
"""
from __future__ import annotations

import csv
import gc
import hashlib
import json
import os
import signal
import tempfile
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, BinaryIO, TextIO
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import asdict, dataclass, replace
from functools import lru_cache
from multiprocessing import get_all_start_methods, get_context
from pathlib import Path

import orjson
from rdflib import Dataset, Graph

from .concepts import load_codebook
from .document import MAX_FILE_BYTES, META_SUFFIX, Document, pipeline_text, read_document, segments
from .errors import InputError, InputWarning, KgError
from .hygiene import spreadsheet_cell
from .processes import die_with_parent
from .ontology import ONTOLOGY_FILES, SHAPES_FILE, load_lexicon, load_ontology, ontology_text
from .query import STATEMENT_COLUMNS
from .rdf import (ONTOLOGY_GRAPH, PREFIXES, Triple, document_triples, graph_iri, graph_quads, labels_given,
                  new_dataset, quads_trig, to_trig)
from .rows import STATEMENTS, VIEW, read_rows, statement_order
from .validation import validation_report

if TYPE_CHECKING:  # types only: the extractor and spaCy load when a document is first extracted
    from .extract import Extraction, PositionStatement

STATE_DIR = ".kg"
MANIFEST = "manifest.json"
PARTS = "parts"
MANIFEST_VERSION = 1
SEGMENT_CHARS = 200_000  # spaCy reads a longer text piece by piece (see document.segments)
BATCH_DOCUMENTS = 64  # most documents per task sent to a worker: a task has a fixed cost
TASKS_PER_WORKER = 4  # at least, for a smaller corpus, so the workers finish together
IN_PROCESS_DOCUMENTS = 16  # this few are extracted here: worker processes would only add their start-up
CHECK_TRIPLES = 20_000  # SHACL and the rows run once per this many triples (each SHACL run has a fixed cost)

# A file's stat is trusted in place of its hash only when it last changed this long before the build looked:
# a write within one timestamp tick of the hashing could otherwise leave size and times as they were.
RACY_NS = 2_000_000_000

ERROR, WARNING = "error", "warning"
LABELS = "labels"


@dataclass(frozen=True)
class Options:
    """What a part depends on besides its file: part of every part's key."""

    encoding: str | None = None
    max_bytes: int = MAX_FILE_BYTES
    segment_chars: int = SEGMENT_CHARS
    codebook: str = ""  # the Turtle text of a user's codebook (kg build --codebook), over the shipped one


@dataclass(frozen=True)
class Source:
    """One input file and the key of the part it makes."""

    path: str
    key: str


@dataclass(frozen=True)
class Part:
    """What became of one input file: a part with its document's graph, or the problem that stopped it."""

    path: str
    key: str
    doc_id: str | None = None
    graph: str | None = None
    statements: int = 0
    encoding: str | None = None
    problem: str | None = None
    severity: str | None = None
    stat: tuple[int, ...] = ()  # source_stat of the file when its key was computed; () when not to be trusted

    @property
    def ok(self) -> bool:
        return self.problem is None

    def message(self) -> str:
        return f"{self.path}: {self.problem}"


@lru_cache(maxsize=1)
def fingerprint() -> str:
    """A hash of the package code and ontology: a part made by other code or another ontology is stale."""
    digest = hashlib.sha256()
    package = Path(__file__).resolve().parent
    for path in sorted(package.rglob("*.py")) + sorted(package.rglob("*.rq")):
        digest.update(path.relative_to(package).as_posix().encode() + b"\0" + path.read_bytes())
    for name in (*ONTOLOGY_FILES, SHAPES_FILE):
        digest.update(name.encode() + b"\0" + ontology_text(name).encode("utf-8"))
    return digest.hexdigest()


@lru_cache(maxsize=8)
def _options(options: Options) -> dict[str, object]:
    return asdict(options)


def source_key(path: Path, options: Options) -> str:
    """The key of the part a file makes: its name, bytes, metadata, the options and the fingerprint."""
    digest = hashlib.sha256(json.dumps([fingerprint(), _options(options), path.name]).encode())
    with path.open("rb") as stream:
        for block in iter(lambda: stream.read(1 << 20), b""):
            digest.update(block)
    meta = path.with_name(path.stem + META_SUFFIX)
    digest.update(b"\0meta\0" + (meta.read_bytes() if meta.is_file() else b""))
    return digest.hexdigest()


def source_stat(path: Path, since_ns: int) -> tuple[int, ...]:
    """Size, mtime, ctime and inode of the file and of its metadata file, which a rebuild compares instead of
    hashing the bytes again; () when either changed within RACY_NS of since_ns (the build's start), as
    then a second write in the same timestamp tick could go unseen. A change that keeps the size and both
    times (only a clock set back can forge a ctime) is missed: `kg build --rehash` reads every file."""
    found: list[int] = []
    for file in (path, path.with_name(path.stem + META_SUFFIX)):
        try:
            stat = os.stat(file)
        except FileNotFoundError:
            if file is path:
                raise
            continue
        if max(stat.st_mtime_ns, stat.st_ctime_ns) >= since_ns - RACY_NS:
            return ()
        found += [stat.st_size, stat.st_mtime_ns, stat.st_ctime_ns, stat.st_ino]
    return tuple(found)


def part_file(parts_dir: Path, key: str) -> Path:
    return parts_dir / f"{key}.trig"


def rows_file(parts_dir: Path, key: str) -> Path:
    """The part's rows: how many statements-table rows it has, its view rows and the labels it gives (JSON lines)."""
    return parts_dir / f"{key}.jsonl"


def table_file(parts_dir: Path, key: str) -> Path:
    """The part's lines of statements.csv, ready to be copied into it."""
    return parts_dir / f"{key}.csv"


PART_SUFFIXES = (".trig", ".jsonl", ".csv")  # the files of one part, named by its key


def ontology_part(parts_dir: Path) -> tuple[str, Path]:
    """The ontology graph's part (key and TriG file), written once per fingerprint."""
    key = "ontology-" + fingerprint()
    path = part_file(parts_dir, key)
    if not path.is_file():
        dataset = new_dataset()
        only = Dataset()
        for prefix, namespace in PREFIXES.items():
            only.bind(prefix, namespace)
        graph = only.graph(ONTOLOGY_GRAPH)
        for triple in dataset.graph(ONTOLOGY_GRAPH):
            graph.add(triple)
        _write_atomic(path, to_trig(only).encode("utf-8"))
    return key, path


def _write_atomic(path: Path, data: bytes) -> None:
    handle, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.chmod(temp, 0o644)  # like every other output (mkstemp makes it private)
        os.replace(temp, path)
    except BaseException:
        if os.path.exists(temp):
            os.remove(temp)
        raise


# -- the manifest --------------------------------------------------------------------------------

_RECORDED = ("key", "doc_id", "graph", "statements", "encoding", "stat")  # what the manifest keeps of a good part


def load_manifest(state_dir: Path, options: Options | None = None) -> dict[str, Part]:
    """The parts of the last build, by source path; {} when there is none or it is unreadable. The recorded
    stats are kept only when the manifest was written by this code with these options (else its keys are
    stale, and a stat must not stand for one)."""
    try:
        data = orjson.loads((state_dir / MANIFEST).read_bytes())
        if data.get("version") != MANIFEST_VERSION:
            return {}
        same = (options is not None and data.get("fingerprint") == fingerprint()
                and data.get("options") == _options(options))
        return {path: Part(path=path, **{**entry, "stat": tuple(entry.get("stat", ())) if same else ()})
                for path, entry in data["documents"].items()}
    except (OSError, ValueError, TypeError, KeyError, AttributeError):
        return {}


def save_manifest(state_dir: Path, parts: Iterable[Part], options: Options) -> None:
    """Record the good parts (atomically): a rebuild re-extracts only files whose key changed."""
    documents = {part.path: {name: getattr(part, name) for name in _RECORDED}
                 for part in sorted(parts, key=lambda p: p.path) if part.ok}
    _write_atomic(state_dir / MANIFEST, orjson.dumps({"version": MANIFEST_VERSION, "fingerprint": fingerprint(),
                                                      "options": _options(options), "documents": documents},
                                                     option=orjson.OPT_INDENT_2))


def part_names(parts_dir: Path) -> set[str]:
    """The names of the files in the parts folder: one listing instead of a stat per part file."""
    return {entry.name for entry in os.scandir(parts_dir)}


def collect_garbage(parts_dir: Path, keep: set[str]) -> None:
    """Delete part files no document refers to any more (deleted or changed documents, older code)."""
    for path in parts_dir.iterdir():
        if path.suffix not in PART_SUFFIXES or path.stem not in keep:  # also .partial files of a killed build
            path.unlink(missing_ok=True)


# -- extraction, in a worker ----------------------------------------------------------------------

def _shifted(statement: PositionStatement, offset: int) -> PositionStatement:
    if not offset:
        return statement
    return replace(statement, char_start=statement.char_start + offset, char_end=statement.char_end + offset,
                   issue_start=statement.issue_start + offset, issue_end=statement.issue_end + offset)


def extract_segments(document: Document, segment_chars: int = SEGMENT_CHARS) -> Iterator[Extraction]:
    """The document's statements, segment by segment, with offsets into the whole text."""
    from .extract import extract
    from .nlp import make_nlp

    nlp, lexicon = make_nlp(), load_lexicon()
    for start, end in segments(document.text, segment_chars):
        piece = replace(document, text=document.text[start:end])
        extraction = extract(nlp(pipeline_text(piece.text)), piece, lexicon)
        yield replace(extraction, document=document, decisions=(),
                      statements=tuple(_shifted(st, start) for st in extraction.statements))


def document_triples_by_segment(document: Document, segment_chars: int = SEGMENT_CHARS,
                                codebook: str = "") -> Iterator[tuple[list[Triple], int]]:
    """The triples of the document's graph segment by segment (each with that segment's statements), and
    how many statements each segment found; concepts from the shipped codebook and a user's (Turtle text)."""
    concepts = load_codebook(codebook)
    for extraction in extract_segments(document, segment_chars):
        yield (document_triples(document, extraction.outlet, extraction.report_by, extraction.statements, concepts),
               len(extraction.statements))


class _Checker:
    """SHACL in batches: every run also checks the ontology, so one run per document would cost 0.5 s each."""

    def __init__(self) -> None:
        self.pending: list[tuple[str, list[Triple]]] = []
        self.size = 0
        self.failed: dict[str, str] = {}

    def add(self, owner: str, triples: list[Triple]) -> None:
        self.pending.append((owner, triples))
        self.size += len(triples)
        if self.size >= CHECK_TRIPLES:
            self.flush()

    @staticmethod
    def _report(batches: Iterable[list[Triple]]) -> tuple[bool, str]:
        data = Graph()
        data.addN((s, p, o, data) for s, p, o in load_ontology())
        for triples in batches:
            data.addN((s, p, o, data) for s, p, o in triples)
        return validation_report(data)

    def _find_failing(self, owners: list[str]) -> None:
        """Halve a failing batch until the documents that fail alone are found (a clash between two
        documents fails their batch but neither half: the union check reports those)."""
        conforms, report = self._report(t for o, t in self.pending if o in owners)
        if conforms:
            return
        if len(owners) == 1:
            self.failed[owners[0]] = report.splitlines()[0]
            return
        self._find_failing(owners[:len(owners) // 2])
        self._find_failing(owners[len(owners) // 2:])

    def flush(self) -> None:
        if self.pending:
            self._find_failing(list(dict.fromkeys(owner for owner, _ in self.pending)))
        self.pending, self.size = [], 0


class _Rows:
    """The rows of the batch's documents (see kg.rows), read a few documents at a time and appended to each
    part's rows and table files as they come, so that a long document's rows are never all in memory."""

    def __init__(self) -> None:
        self.pending: list[Triple] = []
        self.files: dict[str, BinaryIO] = {}  # the open rows files, by document id
        self.tables: dict[str, TextIO] = {}  # the open table files (its lines of statements.csv), by document id

    def start(self, doc_id: str, path: Path, table: Path) -> None:
        if doc_id in self.files:  # a second file with the same id (the build refuses it): keep their rows apart
            self._close(doc_id)
        self.files[doc_id] = path.open("wb")
        self.tables[doc_id] = table.open("w", encoding="utf-8", newline="")

    def add(self, doc_id: str, triples: list[Triple], labels: Iterable[list[str]]) -> None:
        self.files[doc_id].writelines(_line(LABELS, label) for label in labels)
        self.pending.extend(triples)
        if len(self.pending) >= CHECK_TRIPLES:
            self.flush()

    def drop(self, doc_id: str) -> None:
        """Close the files of a document that failed (the caller deletes them), its pending rows flushed into
        them first, so that they cannot reach another file with the same id."""
        if doc_id in self.files:
            self._close(doc_id)

    def _close(self, doc_id: str) -> None:
        self.flush()
        self.files.pop(doc_id).close()
        self.tables.pop(doc_id).close()

    def flush(self) -> None:
        """Rows of whole segments, in offset order: appended, each document's stay in statements.rq's order.
        The table rows go to the table file as CSV, and their number to the rows file."""
        if not self.pending:  # each read indexes the pending triples
            return
        for doc_id, found in read_rows(self.pending).items():
            stream = self.files.get(doc_id)
            if stream is not None:
                table = sorted(found[STATEMENTS], key=statement_order)
                csv.writer(self.tables[doc_id], lineterminator="\n").writerows(  # safe to open in a spreadsheet
                    [spreadsheet_cell(row[column]) for column in STATEMENT_COLUMNS] for row in table)
                stream.write(_line(STATEMENTS, len(table)))
                stream.writelines(_line(VIEW, row) for row in found[VIEW])
        self.pending = []

    def close(self) -> None:
        self.flush()
        for stream in (*self.files.values(), *self.tables.values()):
            stream.close()
        self.files, self.tables = {}, {}


def _line(kind: str, value: object) -> bytes:
    return orjson.dumps([kind, value]) + b"\n"


def read_part_rows(path: Path) -> Iterator[tuple[str, Any]]:
    """(kind, value) of each line of a part's rows file: a number of statements-table rows, a view row or a
    label."""
    with path.open("rb") as lines:
        for line in lines:
            kind, value = orjson.loads(line)
            yield kind, value


def _problem(source: Source, exc: BaseException) -> Part:
    if isinstance(exc, InputError):
        return Part(source.path, source.key, problem=exc.problem,
                    severity=WARNING if isinstance(exc, InputWarning) else ERROR)
    if isinstance(exc, KgError):
        return Part(source.path, source.key, problem=str(exc), severity=ERROR)
    return Part(source.path, source.key, severity=ERROR,
                problem=f"could not be processed ({type(exc).__name__}: {exc}); this is a bug in kg, please report it")


def _keyed(source: Source, options: Options) -> Source:
    """The source with its key: a new file's is made here, in the worker that reads it, not by the build's
    scan (which then only stats a clean build's files: hashing them there took 2 s of 10,000 before any
    worker started)."""
    return source if source.key else replace(source, key=source_key(Path(source.path), options))


@contextmanager
def held_interrupts() -> Iterator[Callable[[], None]]:
    """Hold a Ctrl-C until the block ends, or until the check this yields is called, then raise it. Extraction
    checks between texts and segments: raised inside spaCy's or rdflib's own code it could surface as another
    exception, reported as that file's failure (exit 1) instead of the interrupt (exit 130). The build holds it
    while its outputs are moved into place, so they are all old or all new."""
    if threading.current_thread() is not threading.main_thread():
        yield lambda: None
        return
    received: list[int] = []

    def check() -> None:
        if received:
            raise KeyboardInterrupt

    previous = signal.signal(signal.SIGINT, lambda number, _frame: received.append(number))
    try:
        yield check
    finally:
        signal.signal(signal.SIGINT, previous)
    check()


def extract_batch(sources: Sequence[Source], parts_dir: str, options: Options, validate: bool = True) -> list[Part]:
    """Extract, validate (unless told not to) and write the part (TriG), rows (JSON lines) and statements-table
    lines (CSV) of each source: one worker task."""
    _warm()  # in this process or a Dask worker (a forked worker has it already)
    with held_interrupts() as interrupted:
        return _extract_batch(sources, parts_dir, options, validate, interrupted)


def _extract_batch(sources: Sequence[Source], parts_dir: str, options: Options, validate: bool,
                   interrupted: Callable[[], None]) -> list[Part]:
    parts_path, checker, table = Path(parts_dir), _Checker(), _Rows()
    made: dict[str, Part] = {}

    def temps(source: Source) -> tuple[Path, Path, Path]:
        return (part_file(parts_path, source.key).with_suffix(".partial"),
                rows_file(parts_path, source.key).with_suffix(".rows-partial"),
                table_file(parts_path, source.key).with_suffix(".table-partial"))

    keyed: list[Source] = []
    for source in sources:
        interrupted()
        try:
            source = _keyed(source, options)
        except OSError as exc:
            made[source.path] = _problem(source, InputError(source.path, f"cannot be read: {exc.strerror or exc}"))
            continue
        keyed.append(source)
        temp, rows_temp, table_temp = temps(source)
        doc_id = None
        try:
            document = read_document(source.path, encoding=options.encoding, max_bytes=options.max_bytes)
            doc_id, statements, graph = document.doc_id, 0, graph_iri(document.doc_id)
            table.start(doc_id, rows_temp, table_temp)
            with temp.open("wb") as stream:
                for triples, found in document_triples_by_segment(document, options.segment_chars, options.codebook):
                    interrupted()
                    quads = graph_quads(triples, graph)
                    stream.write(quads_trig(quads))
                    statements += found
                    table.add(doc_id, triples, labels_given(triples))
                    if validate:
                        checker.add(source.path, triples)
            made[source.path] = Part(source.path, source.key, document.doc_id, str(graph), statements,
                                     document.encoding)
        except Exception as exc:  # one bad document must not stop the corpus: it is reported instead
            if doc_id is not None:
                table.drop(doc_id)
            for path in (temp, rows_temp, table_temp):
                path.unlink(missing_ok=True)
            made[source.path] = _problem(source, exc)
    checker.flush()
    table.close()
    for source in keyed:
        temp, rows_temp, table_temp = temps(source)
        if source.path in checker.failed:
            for path in (temp, rows_temp, table_temp):
                path.unlink(missing_ok=True)
            made[source.path] = Part(source.path, source.key, severity=ERROR,
                                     problem=f"its graph {checker.failed[source.path]}; this is a bug in kg, please report it")
        elif made[source.path].ok:
            os.replace(table_temp, table_file(parts_path, source.key))
            os.replace(rows_temp, rows_file(parts_path, source.key))
            os.replace(temp, part_file(parts_path, source.key))
    return [made[source.path] for source in sources]


# -- running the tasks ----------------------------------------------------------------------------

def batches(sources: Sequence[Source], workers: int = 1) -> list[list[Source]]:
    """Tasks of BATCH_DOCUMENTS documents; smaller for several workers and a small corpus, so that each worker
    gets TASKS_PER_WORKER of them and none waits for the last."""
    size = BATCH_DOCUMENTS
    if workers > 1:
        size = max(1, min(size, -(-len(sources) // (workers * TASKS_PER_WORKER))))
    return [list(sources[i:i + size]) for i in range(0, len(sources), size)]


@lru_cache(maxsize=1)  # once a process: a worker forked after it inherits it done
def _warm() -> None:
    """Build the pipeline before forking, so every worker starts with it, and freeze what is then alive.

    The pipeline, lexicon and ontology live as long as the process; frozen, the cycle collector's full passes
    no longer walk them (each took ~100 ms, some 2 ms a document of a worker's time).
    """
    from .nlp import make_nlp

    make_nlp()
    load_ontology()
    gc.freeze()


def run_local(sources: Sequence[Source], parts_dir: Path, options: Options, jobs: int,
              validate: bool = True) -> Iterator[list[Part]]:
    """Yield the parts of each batch as it completes, in this process or in `jobs` worker processes."""
    if jobs <= 1 or len(sources) <= IN_PROCESS_DOCUMENTS:
        for batch in batches(sources):
            yield extract_batch(batch, str(parts_dir), options, validate)
        return
    _warm()
    context = get_context("fork" if "fork" in get_all_start_methods() else "spawn")
    with ProcessPoolExecutor(max_workers=jobs, mp_context=context, initializer=die_with_parent) as pool:
        pending: set[Future] = {pool.submit(extract_batch, batch, str(parts_dir), options, validate)
                                for batch in batches(sources, jobs)}
        try:
            while pending:
                done, pending = wait(pending, return_when=FIRST_COMPLETED)
                for future in done:
                    yield future.result()
        finally:
            for future in pending:
                future.cancel()


def run_dask(sources: Sequence[Source], parts_dir: Path, options: Options, scheduler: str,
             validate: bool = True) -> Iterator[list[Part]]:
    """Yield the parts of each batch as Dask workers finish them (the folders must be shared with the workers)."""
    try:
        from dask.distributed import Client, as_completed
    except ImportError as exc:
        raise KgError("--scheduler needs Dask: pip install 'dask[distributed]'") from exc
    try:
        client = Client(scheduler, timeout=30)
    except (OSError, TimeoutError) as exc:
        raise KgError(f"{scheduler}: cannot reach the Dask scheduler: {exc}") from exc
    try:
        workers = max(1, len(client.scheduler_info().get("workers", {})))
        futures = client.map(extract_batch, batches(sources, workers), parts_dir=str(parts_dir), options=options,
                             validate=validate, pure=False)
        try:
            for future in as_completed(futures):
                yield future.result()
        finally:
            client.cancel(futures)
    finally:
        client.close()

"""SPARQL over a built dataset: shipped and ad-hoc queries, bound safely, stopped on time, printed for people or scripts."""
from __future__ import annotations

import io
import re
import signal
import threading
import unicodedata
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache
from importlib.resources import files
from pathlib import Path

from pyparsing import ParseBaseException
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, XSD
from rdflib.plugins.sparql import prepareQuery
from rdflib.plugins.sparql.sparql import Query
from rdflib.query import Result
from rdflib.term import Identifier
from wcwidth import wcwidth

from .errors import KgError, QueryError, QueryTimeout
from .rdf import PREFIXES as DATA_PREFIXES
from .vocab import CUE

STATEMENT_COLUMNS = ("doc_id", "sentence", "actor", "actor_ar", "actor_qid", "stance", "issue", "issue_text",
                     "source", "hedged", "confidence", "char_start", "char_end", "issue_start", "issue_end", "outlet", "date",
                     "cue", "rule", "concept", "concept_label", "agreement", "statement")

# Declared in every query kg parses (a query's own PREFIX lines win): ours, PROV-O, SKOS, RDFS, OWL, Wikidata.
PREFIXES: dict[str, str] = {
    **{prefix: str(namespace) for prefix, namespace in DATA_PREFIXES.items()},
    "kgc": str(CUE), "rdf": str(RDF), "rdfs": str(RDFS), "owl": str(OWL), "xsd": str(XSD),
    "wdt": "http://www.wikidata.org/prop/direct/",
}

_LONGEST_FIRST = sorted(PREFIXES.items(), key=lambda item: -len(item[1]))  # kga: before a shorter kg-news base
FORMATS = ("table", "csv", "tsv", "json")
PARAM_KINDS = ("text", "iri", "when")  # a label; an IRI or prefixed name; a date (YYYY-MM-DD) or a document id

_PARAM_LINE = re.compile(r"#\s*param\s+(?P<name>[a-z_]+)\s+(?P<kind>[a-z]+)(?P<optional>\s+optional)?\s*:\s*(?P<help>.+)")
_UNKNOWN_PREFIX = re.compile(r"Unknown namespace prefix : (?P<prefix>\S*)")
_POSITION = re.compile(r"\s*\(at char \d+\), \(line:\d+, col:\d+\)$")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_ISOLATE, _POP = "\u2068", "\u2069"  # FIRST STRONG ISOLATE, POP DIRECTIONAL ISOLATE


@dataclass(frozen=True)
class Param:
    """A value a shipped query needs, given on the command line as --NAME."""

    name: str
    kind: str
    help: str
    optional: bool = False  # left out, the query leaves the variable unbound (e.g. every actor, not one)


@dataclass(frozen=True)
class QueryInfo:
    """What `kg query --list` shows: the first comment line of the .rq file and its `# param` lines."""

    name: str
    description: str
    params: tuple[Param, ...]


def query_names() -> list[str]:
    """Names of the queries shipped in kg/queries."""
    return sorted(p.name[:-3] for p in files("kg.queries").iterdir() if p.name.endswith(".rq"))


def _query_file_text(name: str) -> str:
    if name not in query_names():
        raise KgError(f"no query named {name!r}; known: {', '.join(query_names())}")
    return (files("kg.queries") / f"{name}.rq").read_text(encoding="utf-8")


@lru_cache(maxsize=None)
def query_info(name: str) -> QueryInfo:
    """The description and parameters a shipped query declares in its leading comments."""
    return replace(header_info(f"{name}.rq", _query_file_text(name)), name=name)


def header_info(name: str, text: str) -> QueryInfo:
    """The description and `# param NAME KIND[ optional]: help` lines of a query's leading comments (a shipped
    query's, or one of a user's --file: both take their options the same way)."""
    header = []
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        header.append(line)
    params = []
    for line in header[1:]:
        match = _PARAM_LINE.fullmatch(line.strip())
        if match:
            if match["kind"] not in PARAM_KINDS:
                raise KgError(f"{name}: parameter {match['name']} has unknown kind {match['kind']!r}")
            params.append(Param(match["name"], match["kind"], match["help"].strip(), bool(match["optional"])))
    description = header[0].lstrip("# ").strip() if header else ""
    return QueryInfo(name, description, tuple(params))


def list_queries() -> str:
    """One line per shipped query: name, description and the options it needs."""
    infos = [query_info(name) for name in query_names()]
    width = max(len(info.name) for info in infos)
    lines = []
    for info in infos:
        needs = "  ".join(f"[--{p.name} {p.kind.upper()}]" if p.optional else f"--{p.name} {p.kind.upper()}"
                          for p in info.params)
        lines.append(f"{info.name:{width}}  {info.description}" + (f"  {needs}" if needs else ""))
    return "\n".join(lines) + "\n"


def parse_query(text: str, source: str = "query") -> Query:
    """Parse SPARQL with our prefixes predeclared; a mistake becomes a QueryError with line and column."""
    try:
        return prepareQuery(text, initNs=PREFIXES)
    except ParseBaseException as exc:
        message = _POSITION.sub("", str(exc))  # the line and column go in front, once
        raise QueryError(source, f"syntax error: {message}", exc.lineno, exc.col) from exc
    except Exception as exc:  # rdflib reports an unknown prefix and other translation errors as bare Exception
        unknown = _UNKNOWN_PREFIX.search(str(exc))
        if unknown:
            line, column = _locate(text, f"{unknown['prefix']}:")
            raise QueryError(source, f"unknown prefix {unknown['prefix']}: (declare it with PREFIX)",
                             line, column) from exc
        raise QueryError(source, f"cannot be prepared: {exc}") from exc


def _locate(text: str, needle: str) -> tuple[int | None, int | None]:
    """Line and column (1-based) of needle used as a prefixed name, not inside an IRI or another name."""
    match = re.search(rf"(?<![\w<:/#.-]){re.escape(needle)}", text)
    if not match:
        return None, None
    before = text[:match.start()]
    return before.count("\n") + 1, match.start() - (before.rfind("\n") + 1) + 1


@lru_cache(maxsize=None)
def named_query(name: str) -> Query:
    """A shipped query, parsed once."""
    return parse_query(_query_file_text(name), f"{name}.rq")


def shipped_query(graph: Graph | Dataset, name: str) -> Query | str:
    """A shipped query in the form the graph runs fastest: parsed once by rdflib, or as text for a store
    that parses SPARQL itself (Oxigraph: microseconds, where rdflib's parser takes 0.1-0.6 s)."""
    return _query_file_text(name) if _runs_text(graph) else named_query(name)


def _runs_text(graph: Graph | Dataset) -> bool:
    return getattr(graph.store, "runs_text", False)


def run_query(graph: Graph | Dataset, name: str, bindings: Mapping[str, Identifier] | None = None) -> Result:
    """Run a shipped query by name; values go through initBindings, never into the query text."""
    return graph.query(shipped_query(graph, name), initBindings=dict(bindings or {}))


def bind_params(name: str, params: Mapping[str, str] | None = None, *,
                info: QueryInfo | None = None) -> dict[str, Identifier]:
    """Turn the strings a user gave (--actor Turkey) into the RDF terms a query declares: a shipped query by
    name, or any query by the info its header gives (header_info)."""
    params = {key: value for key, value in (params or {}).items() if value is not None}
    info = info or query_info(name)
    label = f"{name}.rq" if name in query_names() else name
    declared = {p.name: p for p in info.params}
    unknown = sorted(set(params) - set(declared))
    if unknown:
        takes = ", ".join(f"--{p}" for p in declared) or "no options"
        raise QueryError(label, f"does not take --{unknown[0]} (it takes {takes})")
    missing = [p for p in declared.values() if p.name not in params and not p.optional]
    if missing:
        raise QueryError(label, f"needs --{missing[0].name}: {missing[0].help}")
    return {key: _term(declared[key], value.strip(), name) for key, value in params.items()}


def _term(param: Param, value: str, name: str) -> Identifier:
    if param.kind == "iri":
        prefix, _, rest = value.partition(":")
        if prefix in PREFIXES and not rest.startswith("//"):
            value = PREFIXES[prefix] + rest
        if not re.fullmatch(r"[A-Za-z][\w+.-]*:[^\s<>\"{}|\\^`]+", value):
            raise QueryError(f"{name}.rq", f"--{param.name} {value!r} is not an IRI or a prefixed name")
        return URIRef(value)
    if param.kind == "when" and _DATE.fullmatch(value):
        try:
            return Literal(date.fromisoformat(value), datatype=XSD.date)
        except ValueError as exc:
            raise QueryError(f"{name}.rq", f"--{param.name} {value!r} is not a date: {exc}") from exc
    return Literal(value)


class _Deadline(BaseException):
    """Raised by the timer; a BaseException so that no `except Exception` inside rdflib can swallow it."""


@contextmanager
def _deadline(seconds: float | None, source: str) -> Iterator[None]:
    """Interrupt the enclosed Python work after `seconds` (a SIGALRM timer, so it needs the main thread)."""
    if seconds is None:
        yield
        return
    if seconds <= 0:
        raise QueryError(source, f"the timeout must be a positive number of seconds, not {seconds:g}")
    if threading.current_thread() is not threading.main_thread():
        raise QueryError(source, "a query timeout can only be set from the main thread")

    def _expire(signum: int, frame: object) -> None:
        raise _Deadline

    previous = signal.signal(signal.SIGALRM, _expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    except _Deadline:
        raise QueryTimeout(source, f"stopped: it ran longer than the {seconds:g} s timeout; narrow it "
                                   "(a LIMIT, more specific patterns) or allow more time") from None
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def sparql(graph: Graph | Dataset, query: str | Query, bindings: Mapping[str, Identifier] | None = None, *,
           timeout: float | None = None, source: str = "query") -> Result:
    """Run a query and collect all its answers, stopping it after `timeout` seconds.

    Values go in through initBindings. SELECT rows are gathered inside the time limit, since rdflib
    computes them lazily.
    """
    with _deadline(timeout, source):
        prepared = parse_query(query, source) if isinstance(query, str) and not _runs_text(graph) else query
        try:
            result = graph.query(prepared, initBindings=dict(bindings or {}))
            if result.type == "SELECT":
                result.bindings  # noqa: B018 - reading it materialises the lazy rows within the deadline
        except Exception as exc:  # evaluation errors come as many rdflib and Python types
            raise QueryError(source, f"failed while running: {exc}") from exc
    return result


def format_result(result: Result, fmt: str = "table", *, width: int | None = None) -> str:
    """SELECT and ASK as an aligned table, CSV, TSV or SPARQL 1.1 results JSON; CONSTRUCT and DESCRIBE as Turtle."""
    if fmt not in FORMATS:
        raise QueryError("kg query", f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        if fmt != "table":
            raise QueryError("kg query", f"{result.type} gives a graph, written as Turtle; --format {fmt} "
                                         "is for SELECT and ASK")
        graph = Graph()
        for prefix, namespace in PREFIXES.items():
            graph.bind(prefix, namespace)
        for triple in result.graph or ():
            graph.add(triple)
        return graph.serialize(format="turtle")
    if fmt == "json":
        return result.serialize(format="json").decode("utf-8") + "\n"
    if result.type == "ASK":
        return "true\n" if result.askAnswer else "false\n"
    columns = [str(v) for v in result.vars or ()]
    if fmt == "csv":
        return result.serialize(format="csv").decode("utf-8")
    if fmt == "tsv":
        lines = ["\t".join(f"?{c}" for c in columns)]
        lines += ["\t".join(_tsv(row.get(v)) for v in result.vars) for row in result.bindings]
        return "\n".join(lines) + "\n"
    rows = [[display(row.get(v)) for v in result.vars] for row in result.bindings]
    count = f"({len(rows)} row{'' if len(rows) == 1 else 's'})\n"
    return format_table(columns, rows, width=width) + count


def _tsv(term: Identifier | None) -> str:
    """A term as SPARQL 1.1 TSV writes it: N-Triples syntax, tabs escaped."""
    return "" if term is None else term.n3().replace("\t", "\\t")


def display(term: Identifier | None) -> str:
    """A term as a reader wants it in a table: IRIs shortened by our prefixes, literals as plain text."""
    if term is None:
        return ""
    if isinstance(term, URIRef):
        for prefix, namespace in _LONGEST_FIRST:
            if term.startswith(namespace) and len(term) > len(namespace):
                return f"{prefix}:{term[len(namespace):]}"
        return str(term)
    if isinstance(term, BNode):
        return f"_:{term}"
    return " ".join(str(term).split())


def text_width(text: str) -> int:
    """Columns a terminal gives the text: Arabic harakat and other combining marks take none.

    >>> text_width("يمهّد"), len("يمهّد")
    (4, 5)
    """
    return sum(max(wcwidth(char), 0) for char in text)


def _right_to_left(text: str) -> bool:
    return any(unicodedata.bidirectional(char) in ("R", "AL") for char in text)


def _isolated(text: str) -> str:
    """Arabic inside Unicode isolates, so a bidi-aware terminal keeps the columns left to right."""
    return f"{_ISOLATE}{text}{_POP}" if _right_to_left(text) else text


def _wrap(text: str, width: int) -> list[str]:
    """Break text into lines of at most `width` columns, at spaces where it can."""
    lines: list[str] = []
    line = ""
    for word in text.split(" "):
        candidate = f"{line} {word}" if line else word
        if text_width(candidate) <= width:
            line = candidate
            continue
        if line:
            lines.append(line)
        while text_width(word) > width:
            cut = 0
            while text_width(word[:cut + 1]) <= width:
                cut += 1
            lines.append(word[:cut])
            word = word[cut:]
        line = word
    lines.append(line)
    return lines


def _fit(natural: list[int], width: int | None, gap: int) -> list[int]:
    """Column widths within the terminal: the widest column gives way first, none below 8 (or its header)."""
    widths = list(natural)
    if width is None:
        return widths
    floor = [min(n, 8) for n in natural]
    while sum(widths) + gap * (len(widths) - 1) > width:
        widest = max(range(len(widths)), key=lambda i: widths[i] - floor[i])
        if widths[widest] <= floor[widest]:
            break
        widths[widest] -= 1
    return widths


def format_table(columns: Sequence[str], rows: Sequence[Sequence[str]], *, width: int | None = None) -> str:
    """An aligned text table that counts display columns, not code points, and wraps long cells to `width`.

    Each Arabic cell sits in a Unicode isolate, so bidi-aware terminals draw it right to left in place.

    >>> print(format_table(["actor", "stance"], [["Turkey", "concern"]]), end="")
    actor   stance
    ──────  ───────
    Turkey  concern
    """
    gap = 2
    natural = [max([text_width(c)] + [text_width(row[i]) for row in rows]) for i, c in enumerate(columns)]
    widths = _fit(natural, width, gap)
    out = io.StringIO()
    for cells in [list(columns), ["─" * w for w in widths], *rows]:
        wrapped = [_wrap(cell, w) for cell, w in zip(cells, widths)]
        for k in range(max(len(lines) for lines in wrapped)):
            parts = []
            for lines, w in zip(wrapped, widths):
                piece = lines[k] if k < len(lines) else ""
                parts.append(_isolated(piece) + " " * (w - text_width(piece)))
            out.write((" " * gap).join(parts).rstrip() + "\n")
    return out.getvalue()


def answer(source: Path | str | None, text: str | None = None, *, file: Path | str | None = None,
           name: str | None = None, params: Mapping[str, str | None] | None = None, fmt: str = "table",
           timeout: float | None = None, width: int | None = None, show: bool = False) -> str:
    """What `kg query` prints: one query (inline, from a file or shipped) over GRAPH_OR_DIR, formatted; with
    show, a shipped query's text with the options' values written in, to send to any SPARQL endpoint.

    GRAPH_OR_DIR is read into Oxigraph in memory, or is oxigraph:PATH, the on-disk store of a build, queried
    where it lies.
    """
    from .reading import open_build  # reading -> store -> query: imported here

    given = [kind for kind, value in (("a query", text), ("--file", file), ("--name", name)) if value is not None]
    if len(given) != 1:
        raise QueryError("kg query", "give exactly one of a query text, --file or --name" +
                         (f" (got {' and '.join(given)})" if given else ""))
    params = {key: value for key, value in (params or {}).items() if value is not None}
    if name is not None:
        query, label, bindings = None, f"{name}.rq", bind_params(name, params)
    else:
        label = str(file) if file is not None else "query"
        if file is not None:
            try:
                text = Path(file).read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as exc:
                raise QueryError(label, f"cannot read the query file: {exc}") from exc
        # a query of one's own declares its options as the shipped ones do (# param lines)
        query = parse_query(text or "", label)
        bindings = bind_params(label, params, info=header_info(label, text or ""))
    if source is None:
        raise QueryError("kg query", "give a graph to ask: a kg build output folder or an RDF file")
    dataset = open_build(source)
    bindings = {**bindings, **_resolved(dataset, bindings)}
    if show and name is not None:
        return bound_text(name, bindings) + "\n"
    if name is not None:
        query = shipped_query(dataset, name)
    return format_result(sparql(dataset, query, bindings, timeout=timeout, source=label), fmt, width=width)


def bound_text(name: str, bindings: Mapping[str, Identifier]) -> str:
    """A shipped query's text with its values written in (escaped by Oxigraph's serializer), for any SPARQL
    client: a VALUES block appended to a query cannot reach the subqueries where the options are read."""
    from .store import _projected, _with_values  # store -> query: imported here

    text = _query_file_text(name)
    declared = {match.lower() for match in re.findall(r"PREFIX\s+(\w*):", text, re.I)}
    missing = "".join(f"PREFIX {prefix}: <{iri}>\n" for prefix, iri in PREFIXES.items() if prefix not in declared
                      and re.search(rf"(?<![\w<]){prefix}:", text))  # kg declares these for its own runs
    return missing + _with_values(text, bindings, _projected(text))


def _resolved(dataset: Graph, bindings: Mapping[str, Identifier]) -> dict[str, Identifier]:
    """--actor, --issue and --concept resolved as every command resolves names (kg.names): an actor to one
    actor, bound by its label (Saudi -> Saudi Arabia); an issue or concept checked to name at least one, and
    bound as given (the queries take every issue or concept whose label holds it)."""
    from .names import KINDS, names_in, resolve

    found: dict[str, Identifier] = {}
    for kind in KINDS:
        value = bindings.get(kind)
        if isinstance(value, Literal):
            names = names_in(dataset, kind)
            iris = resolve(names, str(value), kind, one=kind == "actor")
            if kind == "actor":
                found[kind] = Literal(names[iris[0]][0])
    return found


def _plain(value: Identifier | None) -> str:
    if value is None:
        return ""
    if isinstance(value, Literal) and isinstance(value.toPython(), bool):
        return "true" if value.toPython() else "false"
    return str(value)


def plain_rows(dataset: Graph | Dataset, name: str) -> list[dict[str, str]]:
    """A shipped query's rows as plain strings ("" for unbound, true/false for booleans). On an Oxigraph store
    the answer is read straight from Oxigraph: making rdflib terms of 6,000 rows took a second."""
    store = getattr(dataset, "store", None)
    oxigraph = getattr(store, "oxigraph", None)
    if oxigraph is not None:  # a bag (kg.reading.open_build) reads the named graphs' union, not their merge
        solutions = oxigraph.query(_query_file_text(name), prefixes=PREFIXES,
                                   use_default_graph_as_union=getattr(store, "bag", False))
        columns = [variable.value for variable in solutions.variables]
        return [dict(zip(columns, ("" if term is None else term.value for term in solution)))
                for solution in solutions]
    return [{str(variable): _plain(row[variable]) for variable in row.labels} for row in run_query(dataset, name)]


def statement_rows(dataset: Graph | Dataset) -> list[dict[str, str]]:
    """The statements table, read from the graph itself so the two cannot disagree."""
    return [{column: row[column] for column in STATEMENT_COLUMNS} for row in plain_rows(dataset, "statements")]

"""Where a corpus graph lives while it is queried: Oxigraph in memory, or on disk at --store oxigraph:PATH.

rdflib's own memory store needs seconds for the statements query of one article and minutes for a
corpus; Oxigraph answers the same .rq files in milliseconds and, on disk, keeps a 100,000-article graph
queryable without loading it into memory. Both are reached through the rdflib API (oxrdflib).
"""
from __future__ import annotations

import json
import os
import re
from itertools import islice
import tempfile
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from oxrdflib import OxigraphStore
from rdflib import Dataset, Graph
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.plugins.sparql.sparql import Query
from rdflib.query import Result
from rdflib.term import Identifier, Variable

from .errors import KgError
from .query import PREFIXES
from .rdf import ox_term, rdflib_terms

MEMORY = "memory"
OXIGRAPH = "oxigraph:"
STATE_FILE = "kg-state.json"
# quads of graph.trig per bulk load into a store (each also goes to the merged default graph): memory grows with
# the batch, and Oxigraph writes smaller batches faster (10,000 articles: 35 s at 50,000, 43 s at 250,000)
LOAD_CHUNK = 50_000


class StoreError(KgError):
    """A --store spec that cannot be used: unknown kind, or a folder Oxigraph cannot open."""


def _projected(query: Query | str) -> set[str]:
    """The variables a query selects: from rdflib's algebra, or read off the text's first SELECT clause."""
    if isinstance(query, Query):
        return {str(variable) for variable in query.algebra.get("PV") or ()}
    code = "\n".join(_COMMENT.sub("", line) for line in query.splitlines())
    select = _SELECT.search(code)
    if select is None:
        return set()
    projected, depth = set(), 0
    for match in _SELECT_TOKEN.finditer(code, select.end()):
        token = match.group()
        if token == "(":
            depth += 1
        elif token == ")":
            depth -= 1
        elif token == "{" or token.upper() == "WHERE":
            break
        elif token == "*" and depth == 0:  # every variable of the query
            return {name[1:] for name in _VARIABLE.findall(code)}
        elif match["alias"] or (match["variable"] and depth == 0):
            projected.add((match["alias"] or match["variable"])[1:])
    return projected


_COMMENT = re.compile(r"#[^>\n]*$")  # to the line's end, unless it ends inside an IRI <...#...>
_SELECT = re.compile(r"\bSELECT\b(\s+(DISTINCT|REDUCED)\b)?", re.I)
_VARIABLE = re.compile(r"[?$]\w+")
_SELECT_TOKEN = re.compile(r"\bAS\s+(?P<alias>[?$]\w+)|(?P<variable>[?$]\w+)|[(){}*]|\bWHERE\b", re.I)


def _with_values(text: str, bindings: Mapping[str, Identifier], projected: set[str]) -> str:
    """The query with each bound variable that it does not project written as the value itself.

    Oxigraph substitutes only projected variables; the shipped queries take their options in filters.
    Values are written by Oxigraph's own serializer (escaped), so a value cannot change the query.
    """
    for name, value in bindings.items():
        if name not in projected:
            variable = re.compile(rf"[?$]{re.escape(name)}\b")
            text = _GROUP_BY.sub(lambda match: _ungrouped(match, variable), text)  # a constant groups nothing
            written = str(ox_term(value))
            text = variable.sub(lambda _match: written, text)
    return text


_GROUP_BY = re.compile(r"GROUP\s+BY\s+(.*?)(?=HAVING|ORDER\s+BY|LIMIT|OFFSET|VALUES|\}|$)", re.S | re.I)


def _ungrouped(match: re.Match[str], variable: re.Pattern[str]) -> str:
    rest = variable.sub("", match.group(1))
    return f"GROUP BY {rest}" if rest.strip() else ""


class KgOxigraphStore(OxigraphStore):
    """oxrdflib's store, which also runs rdflib's prepared queries (kg's shipped ones among them) in Oxigraph.

    oxrdflib refuses prepared queries, and rdflib then evaluates them itself, triple by triple, which
    loses the speed of Oxigraph: here their text (which rdflib keeps) goes to Oxigraph instead. A query
    given as text goes straight to Oxigraph, which parses it in microseconds (rdflib takes 0.1-0.6 s).
    Answers are turned into rdflib terms once per distinct term (kg.rdf.rdflib_terms).
    """

    runs_text = True  # kg.query.sparql hands it query text unparsed

    def __init__(self, store: ox.Store) -> None:
        super().__init__(store=store)
        self.oxigraph = store

    def query(self, query: Query | str, initNs: Mapping[str, Any], initBindings: Mapping[str, Identifier],
              queryGraph: str, **kwargs: object) -> Result:  # noqa: N803 (the argument names are rdflib's)
        projected = _projected(query)
        if isinstance(query, Query):
            text, prepared_ns, _base = query._original_args  # noqa: SLF001 (rdflib keeps it for this use)
        else:
            text, prepared_ns = query, {}
        query = _with_values(text, initBindings, projected)
        initNs = {**PREFIXES, **prepared_ns, **initNs}
        initBindings = {name: value for name, value in initBindings.items() if name in projected}
        if queryGraph != DATASET_DEFAULT_GRAPH_ID or kwargs:  # not kg's datasets (as_dataset): oxrdflib's way
            return super().query(query, initNs, initBindings, queryGraph, **kwargs)
        answer = self.oxigraph.query(query, prefixes={**dict(self.namespaces()), **initNs},
                                     substitutions={ox.Variable(name): ox_term(value)
                                                    for name, value in initBindings.items()})
        return _result(answer)


def _result(answer: ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples) -> Result:
    """An Oxigraph answer as rdflib's Result, its rows made as they are read."""
    if isinstance(answer, ox.QueryBoolean):
        result = Result("ASK")
        result.askAnswer = bool(answer)
    elif isinstance(answer, ox.QueryTriples):
        result = Result("CONSTRUCT")
        result.graph = Graph()
        convert = rdflib_terms()
        result.graph += ((convert(t.subject), convert(t.predicate), convert(t.object)) for t in answer)
    else:
        result = Result("SELECT")
        result.vars = [Variable(variable.value) for variable in answer.variables]
        result.bindings = _rows(result.vars, answer)
    return result


def _rows(variables: list[Variable], solutions: ox.QuerySolutions) -> Iterator[dict[Variable, Identifier | None]]:
    convert = rdflib_terms()
    for solution in solutions:
        yield dict(zip(variables, map(convert, solution)))


def store_path(spec: str) -> Path | None:
    """None for the in-memory store, the folder for oxigraph:PATH; anything else is an error."""
    if spec == MEMORY:
        return None
    if spec.startswith(OXIGRAPH) and spec[len(OXIGRAPH):]:
        return Path(spec[len(OXIGRAPH):])
    raise StoreError(f"--store {spec!r}: give {MEMORY!r} or 'oxigraph:PATH' (a folder)")


def open_store(spec: str) -> ox.Store:
    """The Oxigraph store a spec names (created if missing)."""
    path = store_path(spec)
    if path is None:
        return ox.Store()
    try:
        path.mkdir(parents=True, exist_ok=True)
        return ox.Store(str(path))
    except OSError as exc:
        raise StoreError(f"{path}: cannot open an Oxigraph store there: {exc}") from exc


def as_dataset(store: ox.Store) -> Dataset:
    """The store behind the rdflib API; queries run in Oxigraph over its default graph, the merge of all graphs.

    Oxigraph's own union of the named graphs is a bag: a node described in many documents' graphs would
    multiply every row that joins on it. The default graph is a set, as rdflib's union is.
    """
    return Dataset(store=KgOxigraphStore(store=store), default_union=False)


def open_dataset(spec: str) -> Dataset:
    """A store opened for querying through rdflib, e.g. ``open_dataset("oxigraph:out/store")``."""
    return as_dataset(open_store(spec))


def query_store(spec: str) -> Dataset:
    """The on-disk store of a build (kg build --store oxigraph:PATH), opened read-only for queries."""
    path = store_path(spec)
    if path is None or not (path / STATE_FILE).is_file():
        raise StoreError(f"{spec}: no graph store there (kg build --store oxigraph:PATH keeps one)")
    try:
        return as_dataset(ox.Store.read_only(str(path)))  # takes no lock: many readers may query at once
    except OSError as exc:
        raise StoreError(f"{path}: cannot open the Oxigraph store there: {exc}") from exc


def _read_state(path: Path | None) -> dict[str, str] | None:
    if path is None or not (path / STATE_FILE).is_file():
        return None
    try:
        state = json.loads((path / STATE_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return state if isinstance(state, dict) else None


def _write_state(path: Path, state: dict[str, str]) -> None:
    handle, temp = tempfile.mkstemp(dir=path, prefix=f".{STATE_FILE}.")
    with os.fdopen(handle, "w", encoding="utf-8") as stream:
        json.dump(state, stream, sort_keys=True)
    os.replace(temp, path / STATE_FILE)


def _merge_graph(store: ox.Store, graph: ox.NamedNode) -> None:
    store.extend([ox.Quad(q.subject, q.predicate, q.object) for q in store.quads_for_pattern(None, None, None, graph)])


def _drop_graph(store: ox.Store, graph: ox.NamedNode) -> None:
    """Remove a named graph, and from the default graph each of its triples no other graph holds."""
    triples = [(q.subject, q.predicate, q.object) for q in store.quads_for_pattern(None, None, None, graph)]
    store.remove_graph(graph)
    for s, p, o in triples:
        if not any(isinstance(q.graph_name, ox.NamedNode) for q in store.quads_for_pattern(s, p, o, None)):
            store.remove(ox.Quad(s, p, o))


def sync_store(store: ox.Store, spec: str, parts: Mapping[str, tuple[str, Path]], whole: Path) -> None:
    """Make the store hold exactly the named graphs of parts ({graph IRI: (part key, TriG file)}) and their merge.

    An on-disk store remembers which part each graph came from, so a rebuild replaces only the graphs
    of changed documents and drops those of deleted ones; otherwise the whole TriG file is bulk-loaded.
    In memory only the merged default graph is kept (the build's queries read nothing else).
    """
    path = store_path(spec)
    state = _read_state(path)
    stale = [] if state is None else [g for g, (key, _) in parts.items() if state.get(g) != key] + \
        [g for g in state if g not in parts]
    # dropping a graph is a lookup per triple: when many changed (new code re-extracts every document),
    # loading everything anew is faster (3,773 articles: 259 s the one way)
    if state is None or set(state) != {g.value for g in store.named_graphs()} or len(stale) > max(1, len(parts) // 4):
        store.clear()
        quads = ox.parse(path=str(whole), format=ox.RdfFormat.TRIG)
        while chunk := list(islice(quads, LOAD_CHUNK)):
            # each named graph's quads and their merge; a SPARQL INSERT of the merge, or one bulk load of a
            # corpus, holds all of it in memory at once (2 to 4 GB for 10,000 articles)
            store.bulk_extend([*(chunk if path is not None else ()),
                               *(ox.Quad(quad.subject, quad.predicate, quad.object) for quad in chunk)])
    else:
        for graph, (key, part) in sorted(parts.items()):
            if state.get(graph) != key:
                _drop_graph(store, ox.NamedNode(graph))
                store.load(path=str(part), format=ox.RdfFormat.TRIG)
                _merge_graph(store, ox.NamedNode(graph))
        for graph in sorted(set(state) - set(parts)):
            _drop_graph(store, ox.NamedNode(graph))
    if path is not None:
        store.flush()
        _write_state(path, {graph: key for graph, (key, _) in parts.items()})

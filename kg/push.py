"""Push a built graph into a triple store: one named graph per document, replaced, then verified by counting."""
from __future__ import annotations

import os
import time
from collections.abc import Callable, Generator, Sequence
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import httpx
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

from .dataset import load_dataset
from .errors import InputError, KgError, PushError
from .export import named_graphs, rebase
from .validation import check
from .vocab import BASE, DATA

USER_ENV, PASSWORD_ENV = "KG_PUSH_USER", "KG_PUSH_PASSWORD"
DEFAULT_BATCH = 50_000  # triples per request: Virtuoso takes 1M in one PUT, but a smaller request fails cheaper
GRAPHS_PER_COUNT = 200  # graphs per verification query, well under any store's row or URL limits
NTRIPLES = "application/n-triples"
GRAPH_STORE, UPDATE = "Graph Store Protocol (PUT)", "SPARQL Update (DROP + INSERT DATA)"
# Answers from a URL that does not speak the Graph Store Protocol: fall back to SPARQL Update if we may.
NOT_A_GRAPH_STORE = frozenset({404, 405, 415, 501})
_HINTS = {
    401: "the store does not accept these credentials (--user/--password or KG_PUSH_USER/KG_PUSH_PASSWORD)",
    403: "the user may not write there (on Virtuoso use /sparql-graph-crud-auth, not /sparql-graph-crud)",
    404: "no such endpoint here (the README gives each store's URL form)",
    413: "the request is too large for the store: lower --batch-size",
}

Progress = Callable[[str, int, int], None]  # graph IRI, batch number, batches in that graph


@dataclass(frozen=True)
class GraphCount:
    graph: str
    sent: int
    batches: int
    stored: int | None = None  # None until counted (and in a dry run)


@dataclass(frozen=True)
class PushReport:
    endpoint: str
    protocol: str
    query_endpoint: str
    graphs: tuple[GraphCount, ...]
    dry_run: bool = False
    dropped: tuple[str, ...] = ()  # graphs under the build's base that no document of it has any more

    @property
    def triples(self) -> int:
        return sum(g.sent for g in self.graphs)

    def __str__(self) -> str:
        total = f"{len(self.graphs)} graph(s), {self.triples} triples"
        if self.dry_run:
            head = f"dry run: would push {total} to {self.endpoint} by {self.protocol}; nothing was sent"
            rows = [f"  {g.graph}  {g.sent} triples in {g.batches} request(s)" for g in self.graphs]
        else:
            head = (f"pushed {total} to {self.endpoint} by {self.protocol}; "
                    f"verified by counting at {self.query_endpoint} and reading every graph back:")
            rows = [f"  {g.graph}  {g.sent} sent, {g.stored} stored, the same triples" for g in self.graphs]
            rows += [f"  {graph}  dropped: no document of this build has it" for graph in self.dropped]
        return "\n".join([head, *rows])


class _Refused(PushError):
    """A 4xx answer: the request is wrong as sent, so sending it again cannot help."""

    def __init__(self, endpoint: str, status: int, problem: str) -> None:
        super().__init__(endpoint, problem)
        self.status = status


class ChallengeAuth(httpx.Auth):
    """Answer the challenge the store sends: Digest (Virtuoso) or Basic (Fuseki, GraphDB); remember it."""

    requires_request_body = True

    def __init__(self, user: str, password: str) -> None:
        self._schemes = {"digest": httpx.DigestAuth(user, password), "basic": httpx.BasicAuth(user, password)}
        self._chosen: httpx.Auth | None = None

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        if self._chosen is not None:
            yield from self._chosen.auth_flow(request)
            return
        response = yield request
        offered = {h.split(" ", 1)[0].lower() for h in response.headers.get_list("www-authenticate")}
        scheme = next((s for s in ("digest", "basic") if s in offered), None)
        if response.status_code != 401 or scheme is None:
            return
        self._chosen = self._schemes[scheme]
        flow = self._chosen.auth_flow(request)
        authed = next(flow)
        if scheme == "digest":  # hand the challenge we already hold to httpx's digest flow
            authed = flow.send(response)
        yield authed


def credentials(user: str | None = None, password: str | None = None) -> tuple[str, str] | None:
    """User and password from the arguments, else from KG_PUSH_USER / KG_PUSH_PASSWORD; None for no auth."""
    user = user if user is not None else os.environ.get(USER_ENV)
    password = password if password is not None else os.environ.get(PASSWORD_ENV)
    if not user and not password:
        return None
    if not user:
        raise KgError(f"a password without a user: give --user or set {USER_ENV}")
    return user, password or ""


def check_endpoint(url: str) -> None:
    """Refuse anything but an http(s) URL with no credentials in it (the URL shows up in messages)."""
    parts = urlsplit(url)
    shown = urlunsplit(parts._replace(netloc=parts.netloc.rpartition("@")[2]))
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise KgError(f"{shown}: not an http(s) URL")
    if "@" in parts.netloc:
        raise KgError(f"{shown}: put credentials in {USER_ENV}/{PASSWORD_ENV} or --user/--password, not in the URL")


def _batches(graph: Graph, size: int) -> list[bytes]:
    """The graph as N-Triples, in sorted chunks of at most size triples (one line is one triple)."""
    lines = sorted(set(graph.serialize(format="nt", encoding="utf-8").splitlines(keepends=True)))
    if any(isinstance(term, BNode) for triple in graph for term in triple):
        return [b"".join(lines)]  # a blank node keeps its identity only within one request
    return [b"".join(lines[i:i + size]) for i in range(0, len(lines), size)]


def _update(graph: URIRef, ntriples: bytes, *, replace: bool) -> bytes:
    """INSERT DATA of N-Triples written by rdflib into a graph whose IRI n3() checked (it raises on a bad one)."""
    drop = f"DROP SILENT GRAPH {graph.n3()} ;\n" if replace else ""
    return f"{drop}INSERT DATA {{ GRAPH {graph.n3()} {{\n".encode() + ntriples + b"} }\n"


def _values(variable: str, terms: Sequence[URIRef]) -> str:
    return f"\nVALUES ?{variable} {{ {' '.join(term.n3() for term in terms)} }}\n"


def _excerpt(response: httpx.Response) -> str:
    text = response.text.strip()
    if not text or text.startswith("<"):  # an HTML error page says nothing a line can hold
        return ""
    return f" (the store says: {text.splitlines()[0][:200]})"


class _Store:
    """Requests to one store with retries and backoff; every failure becomes a PushError naming the URL."""

    def __init__(self, client: httpx.Client, retries: int, backoff: float, timeout: float) -> None:
        self.client, self.retries, self.backoff, self.timeout = client, retries, backoff, timeout

    def _hint(self, status: int) -> str:
        if status == 401 and self.client.auth is None:
            return f": the store wants credentials (set {USER_ENV} and {PASSWORD_ENV}, or --user/--password)"
        return f": {_HINTS[status]}" if status in _HINTS else ""

    def send(self, method: str, url: str, *, writes: bool = False, **request: object) -> httpx.Response:
        """One request, retried after a connection error, a timeout or a 5xx; a write that timed out is never
        sent again: it may still land after its retry, and an older write must not overtake a newer one."""
        problem = ""
        for attempt in range(self.retries + 1):
            if attempt:
                time.sleep(self.backoff * 2 ** (attempt - 1))
            try:
                response = self.client.request(method, url, **request)
            except httpx.TimeoutException:
                problem = f"no answer within {self.timeout:g} s"
                if writes:
                    raise PushError(url, f"{problem} to a write, which may still land: it is not sent again, "
                                         "and nothing is verified") from None
                continue
            except httpx.TransportError as exc:
                problem = f"cannot reach the store ({exc or type(exc).__name__})"
                continue
            status = f"{response.status_code} {response.reason_phrase}".strip()
            if 300 <= response.status_code < 400:  # a PUT that was redirected was not stored
                where = response.headers.get("location", "elsewhere")
                raise _Refused(url, response.status_code, f"answered {status}, to {where}: give that URL instead")
            if response.status_code < 400:
                return response
            if response.status_code < 500:
                raise _Refused(url, response.status_code,
                               f"refused with {status}{self._hint(response.status_code)}{_excerpt(response)}")
            problem = f"{status}{_excerpt(response)}"
        raise PushError(url, f"{problem}, after {self.retries + 1} attempt(s)")

    def put_graph(self, protocol: str, endpoint: str, graph: URIRef, batch: bytes, first: bool) -> None:
        if protocol == GRAPH_STORE:
            self.send("PUT" if first else "POST", endpoint, writes=True, params={"graph": str(graph)},
                      content=batch, headers={"Content-Type": NTRIPLES})
        else:
            self.send("POST", endpoint, writes=True, content=_update(graph, batch, replace=first),
                      headers={"Content-Type": "application/sparql-update"})

    def triples(self, protocol: str, endpoint: str, query_endpoint: str, graph: URIRef) -> Graph:
        """A graph's triples as the store gives them back (Graph Store GET, else CONSTRUCT), literals in
        rdflib's normal form, so that a store's own spelling of a number or a date compares equal."""
        if protocol == GRAPH_STORE:
            response = self.send("GET", endpoint, params={"graph": str(graph)}, headers={"Accept": NTRIPLES})
        else:
            response = self.send("POST", query_endpoint, headers={"Accept": NTRIPLES}, data={
                "query": f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}"})
        try:
            return Graph().parse(data=response.content, format="nt")
        except Exception as exc:  # rdflib's parsers raise many types; all mean the answer is not N-Triples
            raise PushError(endpoint, f"reading <{graph}> back did not give N-Triples ({exc})") from exc

    def graphs_under(self, endpoint: str, base: str) -> list[str]:
        """The named graphs the store holds whose IRI starts with base."""
        query = ("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } "
                 f"FILTER(STRSTARTS(STR(?g), {Literal(base).n3()})) }}")
        response = self.send("POST", endpoint, data={"query": query},
                             headers={"Accept": "application/sparql-results+json"})
        try:
            return sorted(row["g"]["value"] for row in response.json()["results"]["bindings"])
        except (ValueError, KeyError, TypeError) as exc:
            raise PushError(endpoint, f"the graph listing did not answer SPARQL JSON results ({exc})") from exc

    def drop(self, protocol: str, endpoint: str, graph: str) -> None:
        if protocol == GRAPH_STORE:
            self.send("DELETE", endpoint, writes=True, params={"graph": graph})
        else:
            self.send("POST", endpoint, writes=True, content=f"DROP SILENT GRAPH <{graph}>".encode(),
                      headers={"Content-Type": "application/sparql-update"})

    def count(self, endpoint: str, graphs: Sequence[URIRef]) -> dict[str, int]:
        """Triples per graph as the store counts them (a graph it does not hold counts 0)."""
        query = (files("kg.queries") / "graph-sizes.rq").read_text(encoding="utf-8")
        counts = {str(g): 0 for g in graphs}
        for start in range(0, len(graphs), GRAPHS_PER_COUNT):
            chunk = graphs[start:start + GRAPHS_PER_COUNT]
            response = self.send("POST", endpoint, data={"query": query + _values("graph", chunk)},
                                 headers={"Accept": "application/sparql-results+json"})
            try:
                for row in response.json()["results"]["bindings"]:
                    counts[row["graph"]["value"]] = int(row["triples"]["value"])
            except (ValueError, KeyError, TypeError) as exc:
                raise PushError(endpoint, f"the count query did not answer SPARQL JSON results ({exc})") from exc
        return counts


def _plan(dataset: Dataset, source: object, batch_size: int) -> list[tuple[URIRef, list[bytes]]]:
    if len(dataset.graph(DATASET_DEFAULT_GRAPH_ID)):
        raise InputError(str(source), "holds triples outside named graphs; push a build folder or a TriG, "
                                      "N-Quads or JSON-LD export (one named graph per document)")
    graphs = named_graphs(dataset)
    if not graphs:
        raise InputError(str(source), "holds no named graph to push")
    return [(URIRef(g.identifier), _batches(g, batch_size)) for g in graphs]


def _triples(batches: list[bytes]) -> int:
    return sum(batch.count(b"\n") for batch in batches)


def _send_all(store: _Store, plan: list[tuple[URIRef, list[bytes]]], protocol: str, target: str,
              update_endpoint: str | None, progress: Progress | None) -> tuple[str, str]:
    """Send every batch, graph after graph; returns the protocol and URL that took them."""
    for number, (graph, batches) in enumerate(plan):
        for index, batch in enumerate(batches):
            try:
                try:
                    store.put_graph(protocol, target, graph, batch, first=index == 0)
                except _Refused as refused:
                    probing = protocol == GRAPH_STORE and number == index == 0 and update_endpoint is not None
                    if not (probing and refused.status in NOT_A_GRAPH_STORE):
                        raise
                    protocol, target = UPDATE, update_endpoint  # the first answer says: no Graph Store here
                    store.put_graph(protocol, target, graph, batch, first=True)
            except PushError as exc:
                raise PushError(exc.endpoint, f"{exc.problem}; stopped in graph <{graph}> (request {index + 1} of "
                                f"{len(batches)}) after {number} of {len(plan)} graph(s); nothing is verified, "
                                f"and the next push replaces whatever arrived") from exc
            if progress is not None:
                progress(str(graph), index + 1, len(batches))
    return protocol, target


def push(source: Path | str | Dataset, *, query_endpoint: str, endpoint: str | None = None,
         update_endpoint: str | None = None, user: str | None = None, password: str | None = None,
         base: str | None = None, batch_size: int = DEFAULT_BATCH, retries: int = 3, backoff: float = 1.0,
         timeout: float = 60.0, validate: bool = True, dry_run: bool = False,
         progress: Progress | None = None, prune: bool = True) -> PushReport:
    """Replace each named graph of source in a store (what `kg push` does), check that the store holds the
    same triples (counts, then each graph read back), and, with prune, drop the graphs under the build's
    base (data:graph/...) that no document of it has any more.

    endpoint is a Graph Store Protocol URL (PUT ?graph=IRI); update_endpoint a SPARQL Update URL, used
    when endpoint is not given or answers that it does not speak the protocol. progress, if given, is
    called after each request the store accepted. Raises PushError naming the endpoint on any failure.
    """
    if endpoint is None and update_endpoint is None:
        raise KgError("give --endpoint (Graph Store Protocol) or --update-endpoint (SPARQL Update)")
    if batch_size < 1 or retries < 0:
        raise KgError("--batch-size must be at least 1 and --retries at least 0")
    for url in (endpoint, update_endpoint, query_endpoint):
        if url is not None:
            check_endpoint(url)
    dataset = source if isinstance(source, Dataset) else load_dataset(source)
    if validate:
        check(dataset)
    if base is not None:
        dataset = rebase(dataset, base)
    plan = _plan(dataset, source, batch_size)
    protocol, target = (GRAPH_STORE, endpoint) if endpoint is not None else (UPDATE, update_endpoint)
    if dry_run:
        return PushReport(target, protocol, query_endpoint, tuple(
            GraphCount(str(graph), _triples(batches), len(batches)) for graph, batches in plan), dry_run=True)
    login = credentials(user, password)
    # the graphs this build owns in the store: its graph names, under --base when it moved them
    graph_base = str(DATA["graph/"]) if base is None else base + str(DATA["graph/"])[len(BASE):]
    with httpx.Client(auth=ChallengeAuth(*login) if login else None, timeout=timeout) as client:
        store = _Store(client, retries, backoff, timeout)
        protocol, target = _send_all(store, plan, protocol, target, update_endpoint, progress)
        try:
            stored = store.count(query_endpoint, [graph for graph, _ in plan])
        except PushError as exc:
            raise PushError(exc.endpoint,
                            f"{exc.problem}; all {len(plan)} graph(s) were sent, none is verified") from exc
        counts = tuple(GraphCount(str(graph), _triples(batches), len(batches), stored[str(graph)])
                       for graph, batches in plan)
        wrong = [f"<{c.graph}> holds {c.stored}, {c.sent} sent" for c in counts if c.stored != c.sent]
        if not wrong:  # the counts agree: now the triples themselves, graph by graph
            wrong = [f"<{graph}> holds other triples than were sent" for graph, batches in plan
                     if not _same(store.triples(protocol, target, query_endpoint, graph), _sent(batches))]
        if wrong:
            raise PushError(query_endpoint, f"verification failed for {len(wrong)} of {len(counts)} graph(s): "
                                            + "; ".join(wrong))
        dropped: list[str] = []
        if prune:  # a push replaces the whole set it owns: graphs of documents no longer in the build go
            pushed = {str(graph) for graph, _ in plan}
            for graph in store.graphs_under(query_endpoint, graph_base):
                if graph not in pushed:
                    store.drop(protocol, target, graph)
                    dropped.append(graph)
    return PushReport(target, protocol, query_endpoint, counts, dropped=tuple(dropped))


def _sent(batches: list[bytes]) -> Graph:
    """The triples sent, as rdflib reads them (the same normal form as what comes back)."""
    return Graph().parse(data=b"".join(batches), format="nt")


def _same(stored: Graph, sent: Graph) -> bool:
    """The same triples: as sets, or, where blank nodes (named anew by every store) are, as isomorphic graphs."""
    if any(isinstance(term, BNode) for triple in sent for term in triple):
        return isomorphic(stored, sent)
    return set(stored) == set(sent)

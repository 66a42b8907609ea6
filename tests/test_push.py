"""kg push against real triple stores started here on 127.0.0.1: the Oxigraph server and Virtuoso."""
from __future__ import annotations

import json
import math
import os
import re
import secrets
import shutil
import socket
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import pytest
from rdflib import Dataset, Graph, URIRef

import kg
from kg.export import export, named_graphs
from kg.push import GRAPH_STORE, UPDATE, ChallengeAuth, PushReport, push
from kg.vocab import BASE, KG

VIRTUOSO_INI = Path("/etc/virtuoso-opensource-7/virtuoso.ini")
SECOND_DOCUMENT = ("رحّبت الحكومة الأردنية بالحوار بين بغداد ودمشق حول أمن الحدود المشتركة.\n"
                   "وتخشى تركيا من عودة النفوذ الإيراني إلى شمال سوريا.\n")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class Server:
    """A triple store process on 127.0.0.1 that a test can start, stop and start again on the same data."""

    name: str
    command: list[str]
    store: str  # Graph Store Protocol endpoint
    query: str
    update: str
    log: Path
    user: str | None = None
    password: str | None = None
    sql_port: int | None = None  # Virtuoso's isql port, to add a user
    process: subprocess.Popen | None = field(default=None, repr=False)

    def start(self, seconds: float = 120) -> None:
        with self.log.open("ab") as log:
            self.process = subprocess.Popen(self.command, stdout=log, stderr=subprocess.STDOUT, cwd=self.log.parent)
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"{self.name} exited with {self.process.returncode}: {self.log.read_text()[-2000:]}")
            try:
                httpx.get(self.query, timeout=2)
                return
            except httpx.TransportError:
                time.sleep(0.2)
        self.stop()
        raise RuntimeError(f"{self.name} did not answer within {seconds} s")

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(60)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.process = None

    @property
    def auth(self) -> dict[str, str | None]:
        return {"user": self.user, "password": self.password}

    def push(self, source: object, **options: object) -> PushReport:
        return push(source, endpoint=self.store, query_endpoint=self.query, **self.auth, **options)

    def select(self, query: str) -> list[dict]:
        response = httpx.post(self.query, data={"query": query}, headers={"Accept": "application/sparql-results+json"})
        response.raise_for_status()
        return response.json()["results"]["bindings"]

    def graph(self, iri: str) -> Graph:
        """A named graph as the store gives it back over the Graph Store Protocol."""
        auth = ChallengeAuth(self.user, self.password or "") if self.user else None
        response = httpx.get(self.store, params={"graph": iri}, headers={"Accept": "application/n-triples"}, auth=auth)
        response.raise_for_status()
        return Graph().parse(data=response.content, format="nt")

    def sizes(self) -> dict[str, int]:
        """Triples in each named graph as the store counts them."""
        rows = self.select("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")
        return {row["g"]["value"]: int(row["n"]["value"]) for row in rows}


def oxigraph(folder: Path) -> Server:
    binary = Path(sys.executable).with_name("oxigraph")
    binary = str(binary) if binary.exists() else shutil.which("oxigraph")
    if binary is None:
        pytest.fail("the oxigraph server is missing: pip install -e '.[test]' installs it")
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    return Server("oxigraph", [binary, "serve", "--location", str(folder / "db"), "--bind", f"127.0.0.1:{port}"],
                  f"{url}/store", f"{url}/query", f"{url}/update", folder / "oxigraph.log")


def virtuoso(folder: Path) -> Server:
    """Virtuoso on a copy of the packaged ini, its database in folder; writes need digest auth."""
    if shutil.which("virtuoso-t") is None or not VIRTUOSO_INI.exists():
        pytest.skip("virtuoso-t is not installed (apt-get install virtuoso-opensource; .ci/run does)")
    sql_port, http_port = free_port(), free_port()
    ini = VIRTUOSO_INI.read_text().replace("/var/lib/virtuoso-opensource-7/db", str(folder))
    ini = re.sub(r"(?m)^(ServerPort\s*=\s*)1111\b", rf"\g<1>127.0.0.1:{sql_port}", ini)
    ini = re.sub(r"(?m)^(ServerPort\s*=\s*)8890\b", rf"\g<1>127.0.0.1:{http_port}", ini)
    (folder / "virtuoso.ini").write_text(ini)
    url = f"http://127.0.0.1:{http_port}"
    return Server("virtuoso", ["virtuoso-t", "+foreground", "+configfile", str(folder / "virtuoso.ini")],
                  f"{url}/sparql-graph-crud-auth", f"{url}/sparql", f"{url}/sparql-auth", folder / "virtuoso.log",
                  user="dba", password="dba", sql_port=sql_port)


def add_virtuoso_user(server: Server) -> None:
    """A writer with a password no test prints on purpose, so any output that shows it is a leak."""
    password = "kg-" + secrets.token_hex(8)
    subprocess.run(["isql-vt", f"127.0.0.1:{server.sql_port}", "dba", "dba",
                    f"exec=DB.DBA.USER_CREATE('kgpush', '{password}'); GRANT SPARQL_UPDATE TO \"kgpush\";"],
                   check=True, capture_output=True, timeout=60)
    server.user, server.password = "kgpush", password


MAKERS = {"oxigraph": oxigraph, "virtuoso": virtuoso}


@pytest.fixture(scope="module")
def running(tmp_path_factory):
    """One server of each kind for the module, started when a test first asks for it."""
    started: dict[str, Server] = {}

    def server(name: str) -> Server:
        if name not in started:
            started[name] = MAKERS[name](tmp_path_factory.mktemp(name))
            started[name].start()
            if name == "virtuoso":
                add_virtuoso_user(started[name])
        return started[name]

    yield server
    for each in started.values():
        each.stop()


@pytest.fixture(params=list(MAKERS))
def store(request, running) -> Server:
    return running(request.param)


@pytest.fixture
def oxigraph_store(running) -> Server:
    return running("oxigraph")


@pytest.fixture
def virtuoso_store(running) -> Server:
    return running("virtuoso")


@pytest.fixture(scope="module")
def second_build(tmp_path_factory) -> kg.BuildResult:
    folder = tmp_path_factory.mktemp("second")
    (folder / "amman-note.txt").write_text(SECOND_DOCUMENT, encoding="utf-8")
    (folder / "amman-note.meta.json").write_text('{"outlet": "Test Wire", "date": "2026-02-03"}', encoding="utf-8")
    return kg.build([folder], folder / "out")


def local_graphs(dataset: Dataset) -> dict[str, Graph]:
    return {str(g.identifier): g for g in named_graphs(dataset)}


def document_graph(dataset: Dataset) -> str:
    return next(name for name in local_graphs(dataset) if not name.endswith("/graph/ontology"))


# --- both stores -------------------------------------------------------------------------------------------------

def test_a_push_is_verified_and_the_store_gives_every_graph_back(store, seed_build, seed_dataset) -> None:
    report = store.push(seed_build.out_dir)
    graphs = local_graphs(seed_dataset)
    assert {g.graph: (g.sent, g.stored) for g in report.graphs} == {n: (len(g), len(g)) for n, g in graphs.items()}
    for name, graph in graphs.items():
        assert store.graph(name).isomorphic(graph), name


def test_arabic_comes_back_over_sparql_with_its_tag_and_bytes(store, seed_build, seed_dataset) -> None:
    store.push(seed_build.out_dir)
    graph = document_graph(seed_dataset)
    rows = store.select(f"SELECT ?text WHERE {{ GRAPH <{graph}> {{ ?s <{KG.sentenceText}> ?text }} }}")
    got = {(row["text"]["value"].encode("utf-8"), row["text"].get("xml:lang")) for row in rows}
    assert got == {(o.encode("utf-8"), "ar") for o in seed_dataset.objects(None, KG.sentenceText)}


def test_a_second_push_replaces_and_nothing_doubles(store, seed_build, seed_dataset) -> None:
    store.push(seed_build.out_dir)
    store.push(seed_build.out_dir)
    sizes = store.sizes()
    assert {name: sizes[name] for name in local_graphs(seed_dataset)} == \
        {name: len(g) for name, g in local_graphs(seed_dataset).items()}


def test_a_second_build_without_pruning_leaves_the_first_untouched(store, seed_build, seed_dataset,
                                                                    second_build) -> None:
    store.push(seed_build.out_dir)
    second = kg.load_dataset(second_build.out_dir)
    report = store.push(second_build.out_dir, prune=False)
    first = document_graph(seed_dataset)
    assert document_graph(second) in [g.graph for g in report.graphs] and first not in [g.graph for g in report.graphs]
    assert store.graph(first).isomorphic(local_graphs(seed_dataset)[first]) and report.dropped == ()


def test_a_push_drops_the_graphs_of_documents_no_longer_in_the_build(store, seed_build, seed_dataset,
                                                                     second_build) -> None:
    store.push(seed_build.out_dir)
    report = store.push(second_build.out_dir)  # the seed is not in this build: its graph goes
    first = document_graph(seed_dataset)
    assert report.dropped == (first,) and first not in store.sizes()
    assert "dropped: no document of this build has it" in str(report)


def test_verified_means_the_same_triples_not_only_as_many(oxigraph_store, seed_build, seed_dataset,
                                                          monkeypatch) -> None:
    """A store that acknowledges a write it did not make passes a count when the old graph has the same size:
    reading the graph back catches it."""
    import importlib
    module = importlib.import_module("kg.push")  # kg.push is the function
    oxigraph_store.push(seed_build.out_dir)
    graph = document_graph(seed_dataset)
    real = module._Store.triples

    def altered(self, protocol, endpoint, query_endpoint, name):
        found = real(self, protocol, endpoint, query_endpoint, name)
        if str(name) == graph:  # as if one triple had been stored changed
            s, p, o = next(iter(found))
            found.remove((s, p, o))
            found.add((s, p, URIRef("https://example.org/other")))
        return found

    monkeypatch.setattr(module._Store, "triples", altered)
    with pytest.raises(kg.PushError, match="holds other triples than were sent"):
        oxigraph_store.push(seed_build.out_dir)


def test_sparql_update_carries_the_push_where_there_is_no_graph_store(store, seed_build, seed_dataset) -> None:
    report = push(seed_build.out_dir, update_endpoint=store.update, query_endpoint=store.query,
                  batch_size=400, **store.auth)
    assert report.protocol == UPDATE and all(g.stored == g.sent for g in report.graphs)
    name = document_graph(seed_dataset)
    assert store.graph(name).isomorphic(local_graphs(seed_dataset)[name])


def test_stopping_the_server_mid_push_is_a_clear_error_and_claims_nothing(store, seed_build, seed_dataset,
                                                                          tmp_path) -> None:
    server = MAKERS[store.name](tmp_path)
    server.start()
    try:
        accepted: list[tuple[str, int]] = []

        def stop_after_the_first_request(graph: str, number: int, total: int) -> None:
            accepted.append((graph, number))
            if len(accepted) == 1:
                server.stop()

        with pytest.raises(kg.PushError) as failure:
            server.push(seed_build.out_dir, batch_size=200, retries=1, backoff=0.1,
                        progress=stop_after_the_first_request)
        message = str(failure.value)
        first, *_ = local_graphs(seed_dataset)
        assert message.startswith(f"{server.store}: cannot reach the store")
        assert f"stopped in graph <{first}> (request 2 of " in message and "after 0 of 2 graph(s)" in message
        assert "nothing is verified" in message and accepted == [(first, 1)]
        server.start()  # what arrived stays partial, and the report above said so
        assert server.sizes().get(first) == 200
        report = server.push(seed_build.out_dir, batch_size=200)
        assert server.sizes()[first] == len(local_graphs(seed_dataset)[first]) == report.graphs[0].stored
    finally:
        server.stop()


# --- Oxigraph: options, retries, the command --------------------------------------------------------------------

def test_requests_follow_the_batch_size(oxigraph_store, seed_build, seed_dataset) -> None:
    calls: list[tuple[str, int, int]] = []
    report = oxigraph_store.push(seed_build.out_dir, batch_size=100, progress=lambda *call: calls.append(call))
    assert len(calls) == sum(math.ceil(len(g) / 100) for g in local_graphs(seed_dataset).values())
    assert all(g.stored == g.sent for g in report.graphs)


def test_a_base_puts_the_graphs_under_it(oxigraph_store, seed_build, seed_dataset) -> None:
    report = oxigraph_store.push(seed_build.out_dir, base="https://example.org/kg/")
    moved = [name.replace(BASE, "https://example.org/kg/") for name in local_graphs(seed_dataset)]
    assert [g.graph for g in report.graphs] == moved and all(oxigraph_store.sizes()[name] for name in moved)


def test_an_endpoint_without_graph_store_falls_back_to_update(oxigraph_store, seed_build) -> None:
    report = push(seed_build.out_dir, endpoint=oxigraph_store.store.replace("/store", "/no-graph-store"),
                  update_endpoint=oxigraph_store.update, query_endpoint=oxigraph_store.query)
    assert (report.protocol, report.endpoint) == (UPDATE, oxigraph_store.update)


def test_a_store_that_comes_up_late_is_retried(seed_build, tmp_path) -> None:
    server = oxigraph(tmp_path)
    late = threading.Timer(1.5, server.start)
    late.start()
    try:
        report = server.push(seed_build.out_dir, retries=5, backoff=0.5)
        assert report.protocol == GRAPH_STORE and all(g.stored == g.sent for g in report.graphs)
    finally:
        late.join()
        server.stop()


def test_a_dry_run_sends_nothing(seed_build, seed_dataset) -> None:
    url = f"http://127.0.0.1:{free_port()}"  # nothing listens here: any request would fail
    report = push(seed_build.out_dir, endpoint=f"{url}/store", query_endpoint=f"{url}/query", dry_run=True)
    assert report.dry_run and report.triples == len(seed_dataset) and "nothing was sent" in str(report)


def test_a_graph_without_names_is_refused(seed_build, tmp_path) -> None:
    turtle = export(seed_build.out_dir, tmp_path / "seed.ttl").path
    with pytest.raises(kg.InputError, match="outside named graphs"):
        push(turtle, endpoint="http://127.0.0.1:9/store", query_endpoint="http://127.0.0.1:9/query", dry_run=True)


def _kg(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kg.cli", *args], capture_output=True, text=True,
                          env={**os.environ, **(env or {})})


def test_the_command_reports_each_graph_verified(oxigraph_store, seed_build, seed_dataset) -> None:
    result = _kg("push", str(seed_build.out_dir), "--endpoint", oxigraph_store.store,
                 "--query-endpoint", oxigraph_store.query)
    assert result.returncode == 0, result.stderr
    for name, graph in local_graphs(seed_dataset).items():
        assert f"  {name}  {len(graph)} sent, {len(graph)} stored, the same triples" in result.stdout.splitlines()


def test_the_command_on_a_dead_store_prints_one_line_and_nothing_done(seed_build) -> None:
    url = f"http://127.0.0.1:{free_port()}"
    result = _kg("push", str(seed_build.out_dir), "--endpoint", f"{url}/store", "--query-endpoint", f"{url}/query",
                 "--retries", "0")
    assert result.returncode == 2 and result.stdout == "" and len(result.stderr.splitlines()) == 1
    assert result.stderr.startswith(f"kg: error: {url}/store: cannot reach the store")


# --- Virtuoso: auth --------------------------------------------------------------------------------------------

def test_a_wrong_password_is_a_401_that_does_not_show_it(virtuoso_store, seed_build) -> None:
    wrong = "wrong-" + secrets.token_hex(6)
    with pytest.raises(kg.PushError, match="refused with 401") as failure:
        push(seed_build.out_dir, endpoint=virtuoso_store.store, query_endpoint=virtuoso_store.query,
             user=virtuoso_store.user, password=wrong, retries=0)
    assert wrong not in str(failure.value)


def test_no_credentials_says_the_store_wants_them(virtuoso_store, seed_build) -> None:
    with pytest.raises(kg.PushError, match="the store wants credentials"):
        push(seed_build.out_dir, endpoint=virtuoso_store.store, query_endpoint=virtuoso_store.query, retries=0,
             user="", password="")


def test_credentials_from_the_environment_work_and_are_never_printed(virtuoso_store, seed_build) -> None:
    env = {"KG_PUSH_USER": virtuoso_store.user, "KG_PUSH_PASSWORD": virtuoso_store.password}
    result = _kg("push", str(seed_build.out_dir), "--endpoint", virtuoso_store.store,
                 "--query-endpoint", virtuoso_store.query, env=env)
    assert result.returncode == 0 and "stored" in result.stdout, result.stderr
    assert virtuoso_store.password not in result.stdout + result.stderr


def test_a_wrong_password_given_as_an_option_is_never_printed(virtuoso_store, seed_build) -> None:
    wrong = "wrong-" + secrets.token_hex(6)
    result = _kg("push", str(seed_build.out_dir), "--endpoint", virtuoso_store.store, "--query-endpoint",
                 virtuoso_store.query, "--user", virtuoso_store.user, "--password", wrong)
    assert result.returncode == 2 and "401" in result.stderr and wrong not in result.stdout + result.stderr


class _FaultyProxy:
    """A proxy in front of a real store that does to each write, in turn, what `faults` says, then `then`:
    forward it ("pass"), answer 500 ("error"), drop the connection before or after forwarding
    ("drop-before", "drop-after"), answer 204 without forwarding ("lie"), or hold it `hold` seconds first
    ("hold"). Reads always pass. The store is real; only the faults are injected, as a bad gateway would."""

    def __init__(self, target: str, faults: list[str], *, then: str = "pass", hold: float = 0) -> None:
        from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

        self.target, self.faults, self.writes = target.rstrip("/"), list(faults), 0
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:
                pass

            def _reply(self, status: int, body: bytes = b"", headers: dict[str, str] | None = None) -> None:
                self.send_response(status)
                for key, value in (headers or {}).items():
                    if key.lower() not in ("transfer-encoding", "content-length", "connection"):
                        self.send_header(key, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def _forward(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                fault = "pass"
                if self.command in ("PUT", "POST", "DELETE") and not self.path.startswith("/query"):
                    proxy.writes += 1
                    fault = proxy.faults.pop(0) if proxy.faults else then
                if fault == "drop-before":
                    self.close_connection = True
                    return
                if fault in ("error", "lie"):
                    self._reply(500 if fault == "error" else 204)
                    return
                if fault == "hold":
                    time.sleep(hold)
                headers = {k: v for k, v in self.headers.items() if k.lower() not in ("host", "content-length")}
                answer = httpx.request(self.command, proxy.target + self.path, content=body, headers=headers)
                if fault == "drop-after":  # stored, but the answer never comes back
                    self.close_connection = True
                    return
                self._reply(answer.status_code, answer.content, dict(answer.headers))

            do_GET = do_PUT = do_POST = do_DELETE = _forward

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def _origin(store: Server) -> str:
    return store.store.rsplit("/", 1)[0]


def test_a_store_answering_500_then_200_is_retried_and_verified(oxigraph_store, seed_build, seed_dataset) -> None:
    proxy = _FaultyProxy(_origin(oxigraph_store), ["error", "error"])
    try:
        report = push(seed_build.out_dir, endpoint=f"{proxy.url}/store", query_endpoint=f"{proxy.url}/query",
                      retries=3, backoff=0.1)
    finally:
        proxy.close()
    assert proxy.writes > 2  # the two failures, then the writes that went through
    assert all(g.stored == g.sent for g in report.graphs)
    assert oxigraph_store.sizes()[document_graph(seed_dataset)] == len(local_graphs(seed_dataset)[document_graph(seed_dataset)])


def test_a_store_that_keeps_answering_500_is_a_truthful_failure(oxigraph_store, seed_build) -> None:
    proxy = _FaultyProxy(_origin(oxigraph_store), [], then="error")
    try:
        with pytest.raises(kg.PushError) as caught:
            push(seed_build.out_dir, endpoint=f"{proxy.url}/store", query_endpoint=f"{proxy.url}/query",
                 retries=2, backoff=0.1)
    finally:
        proxy.close()
    message = str(caught.value)
    assert "500" in message and "nothing is verified" in message and proxy.url in message


def test_every_shipped_query_answers_at_the_store_as_kg_query_does(oxigraph_store, seed_build, seed_rows) -> None:
    """After a push, each query as `kg query --show-query` writes it, sent to Oxigraph's /query over the union
    of the named graphs (README: Loading into a triple store), gives the rows `kg query` gives on the build."""
    from kg.query import answer, query_info, query_names

    httpx.post(oxigraph_store.update, data={"update": "CLEAR ALL"}).raise_for_status()  # other tests pushed too
    oxigraph_store.push(seed_build.out_dir)
    values = {"actor": "Turk", "issue": "النفوذ", "concept": "engagement", "statement": seed_rows[0]["statement"],
              "from": "2025-01-01", "to": "2025-12-31"}
    for name in query_names():
        params = {p.name: values[p.name] for p in query_info(name).params}
        text = answer(seed_build.out_dir, name=name, params=params, show=True)
        response = httpx.post(f"{oxigraph_store.query}?union-default-graph", data={"query": text},
                              headers={"Accept": "application/sparql-results+json"})
        assert response.status_code == 200, (name, response.text[:500])
        local = json.loads(answer(seed_build.out_dir, name=name, params=params, fmt="json"))

        def rows(answer: dict) -> list[list[tuple[str, str]]]:
            return sorted(sorted((var, cell["value"]) for var, cell in row.items())
                          for row in answer["results"]["bindings"])

        assert rows(response.json()) == rows(local), name


def test_a_write_that_times_out_is_not_sent_again_and_nothing_is_called_verified(oxigraph_store,
                                                                                  seed_build) -> None:
    proxy = _FaultyProxy(_origin(oxigraph_store), ["hold"], hold=3)
    try:
        with pytest.raises(kg.PushError, match="may still land: it is not sent again, and nothing is verified"):
            push(seed_build.out_dir, endpoint=f"{proxy.url}/store", query_endpoint=oxigraph_store.query,
                 batch_size=10, timeout=1, retries=3, backoff=0.1)
    finally:
        time.sleep(3)  # the held write lands now, after kg has said it failed
        proxy.close()


from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                  HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(["pass", "pass", "drop-before", "drop-after", "error", "lie"]), max_size=6))
def test_a_push_that_succeeds_leaves_the_store_equal_to_the_build(oxigraph_store, seed_build, seed_dataset,
                                                                  faults: list[str]) -> None:
    """Whatever the proxy does to the writes, `verified` means the store holds exactly the build, graph by
    graph; when kg cannot prove it, it fails and names the graphs."""
    httpx.post(oxigraph_store.update, data={"update": "CLEAR ALL"}).raise_for_status()
    proxy = _FaultyProxy(_origin(oxigraph_store), faults)
    try:
        report = push(seed_build.out_dir, endpoint=f"{proxy.url}/store", query_endpoint=oxigraph_store.query,
                      batch_size=400, retries=3, backoff=0.01, timeout=10)
    except kg.PushError as failure:
        assert "graph" in str(failure)
        return
    finally:
        proxy.close()
    assert {g.graph for g in report.graphs} == set(local_graphs(seed_dataset))
    for name, graph in local_graphs(seed_dataset).items():
        assert oxigraph_store.graph(name).isomorphic(graph), name

"""kg serve as a client meets it: a real Oxigraph endpoint on 127.0.0.1, queried with SPARQLWrapper."""
import csv
import io
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from importlib.resources import files
from pathlib import Path
from urllib.error import HTTPError
from xml.etree import ElementTree

import pytest
from SPARQLWrapper import CSV, JSON, POST, TSV, XML, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import QueryBadFormed

import kg
from kg.query import query_info, query_names, run_query
from kg.vocab import KG
from rdflib.namespace import RDF

PREFIXES = """PREFIX kg: <https://w3id.org/kg-news/ontology#>
PREFIX kga: <https://w3id.org/kg-news/actor/>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
"""
TURKEY_QID = PREFIXES + "SELECT ?q WHERE { kga:turkey owl:sameAs ?q }"
RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"


def _port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _start(out_dir: Path, *options: str) -> tuple[subprocess.Popen, str]:
    """Run `kg serve` as a user does and wait for the line that says where it listens."""
    process = subprocess.Popen([sys.executable, "-m", "kg.cli", "serve", str(out_dir), *options],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    guard = threading.Timer(120, process.kill)  # a server that never says it is ready must not hang the suite
    guard.start()
    try:
        line = process.stdout.readline()
    finally:
        guard.cancel()
    assert line.startswith("serving "), process.stderr.read() if process.poll() is not None else line
    return process, line.split(" at ")[1].split()[0]


def _stop(process: subprocess.Popen) -> int:
    process.terminate()
    return process.wait(timeout=30)


@pytest.fixture(scope="module")
def served(seed_build) -> Iterator[str]:
    port = _port()
    process, url = _start(seed_build.out_dir, "--port", str(port))
    yield url
    assert _stop(process) == 0
    with pytest.raises(OSError):  # the Oxigraph server went with it
        socket.create_connection(("127.0.0.1", port), timeout=2).close()


def client(url: str, query: str, fmt: str = JSON, method: str | None = None) -> SPARQLWrapper:
    sparql = SPARQLWrapper(url)
    sparql.setQuery(query)
    sparql.setReturnFormat(fmt)
    if method:
        sparql.setMethod(method)
    return sparql


def test_it_listens_on_loopback_at_the_port_given(served: str) -> None:
    assert served.startswith("http://127.0.0.1:") and served.endswith("/query")


def test_a_get_query_answers_json(served: str) -> None:
    bindings = client(served, TURKEY_QID).queryAndConvert()["results"]["bindings"]
    assert [b["q"]["value"] for b in bindings] == ["http://www.wikidata.org/entity/Q43"]


def test_a_post_query_answers_the_same(served: str) -> None:
    bindings = client(served, TURKEY_QID, method=POST).queryAndConvert()["results"]["bindings"]
    assert [b["q"]["value"] for b in bindings] == ["http://www.wikidata.org/entity/Q43"]


def test_results_come_as_xml_csv_or_tsv_on_request(served: str) -> None:
    xml = client(served, TURKEY_QID, XML).query()
    assert xml.info()["content-type"].startswith("application/sparql-results+xml")
    uris = [e.text for e in ElementTree.fromstring(xml.response.read()).iter(
        "{http://www.w3.org/2005/sparql-results#}uri")]
    assert uris == ["http://www.wikidata.org/entity/Q43"]
    rows = list(csv.reader(io.StringIO(client(served, TURKEY_QID, CSV).queryAndConvert().decode("utf-8"))))
    assert rows == [["q"], ["http://www.wikidata.org/entity/Q43"]]
    tsv = client(served, TURKEY_QID, TSV).queryAndConvert().decode("utf-8").splitlines()
    assert tsv == ["?q", "<http://www.wikidata.org/entity/Q43>"]


def test_all_named_graphs_form_the_default_graph(served: str, seed_dataset) -> None:
    query = PREFIXES + "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a kg:PositionStatement }"
    (row,) = client(served, query).queryAndConvert()["results"]["bindings"]
    assert int(row["n"]["value"]) == len(set(seed_dataset.subjects(RDF.type, KG.PositionStatement)))


@pytest.mark.parametrize("name", [n for n in query_names() if all(p.optional for p in query_info(n).params)])
def test_the_shipped_queries_give_the_endpoint_the_same_answers(served: str, seed_dataset, name: str) -> None:
    text = (files("kg.queries") / f"{name}.rq").read_text(encoding="utf-8")
    remote = client(served, text).queryAndConvert()["results"]["bindings"]
    assert len(remote) == len(list(run_query(seed_dataset, name)))


def test_the_endpoint_is_read_only(served: str) -> None:
    update = SPARQLWrapper(served, updateEndpoint=served.replace("/query", "/update"))
    update.setQuery(PREFIXES + "INSERT DATA { kga:turkey owl:sameAs kga:nowhere }")
    update.setMethod(POST)
    with pytest.raises(HTTPError) as refused:
        update.query()
    assert refused.value.code == 403
    assert len(client(served, TURKEY_QID).queryAndConvert()["results"]["bindings"]) == 1


@pytest.mark.filterwarnings("ignore:.*query type:RuntimeWarning")  # SPARQLWrapper cannot classify bad text either
def test_a_malformed_query_gets_the_parser_message(served: str) -> None:
    with pytest.raises(QueryBadFormed, match="error at 1:"):
        client(served, "SELEC ?x WHERE { ?x ?p ?o }").query()


def test_the_timeout_cancels_a_runaway_query(seed_build) -> None:
    process, url = _start(seed_build.out_dir, "--port", str(_port()), "--timeout", "1")
    try:
        started = time.monotonic()
        response = client(url, RUNAWAY, CSV).query().response.read().decode("utf-8")
        assert "cancelled" in response and time.monotonic() - started < 30
    finally:
        assert _stop(process) == 0


def test_a_taken_port_is_one_clear_error(seed_build) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = subprocess.run([sys.executable, "-m", "kg.cli", "serve", str(seed_build.out_dir), "--port", str(port)],
                                capture_output=True, text=True, timeout=120)
    assert result.returncode == 2
    assert result.stderr.startswith(f"kg: error: 127.0.0.1:{port}: the port is in use")


def test_the_python_endpoint_removes_its_store(seed_build) -> None:
    with kg.endpoint(seed_build.out_dir, port=0) as running:
        assert client(running.url, "ASK { ?s ?p ?o }").queryAndConvert()["boolean"] is True
        store = Path(running.process.args[running.process.args.index("--location") + 1])
        assert store.is_dir()
    assert running.process.poll() is not None and not store.exists()


# ---------------------------------------------------------------- what an attacker's page could send

def _get(url: str, query: str, accept: str = "application/sparql-results+json", timeout: float = 60):
    import urllib.parse
    import urllib.request
    request = urllib.request.Request(url + "?" + urllib.parse.urlencode({"query": query}), headers={"Accept": accept})
    return urllib.request.urlopen(request, timeout=timeout)


def test_service_is_refused_and_nothing_connects_out(served: str) -> None:
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        listener.settimeout(1.5)
        port = listener.getsockname()[1]
        for query in (f"SELECT * WHERE {{ SERVICE <http://127.0.0.1:{port}/x> {{ ?s ?p ?o }} }}",
                      f"select * where {{ \\u0053ERVICE silent <http://127.0.0.1:{port}/x> {{ ?s ?p ?o }} }}"):
            with pytest.raises(HTTPError) as refused:
                _get(served, query)
            assert refused.value.code == 400 and b"SERVICE is refused" in refused.value.read()
        with pytest.raises(TimeoutError):
            listener.accept()  # no request ever reached the listening socket


def test_a_deeply_nested_query_is_refused_and_the_server_lives_on(served: str) -> None:
    deep = "SELECT * WHERE { ?s ?p ?o FILTER(" + "(" * 4000 + "true" + ")" * 4000 + ") }"
    with pytest.raises(HTTPError) as refused:
        _get(served, deep)
    assert refused.value.code == 400 and b"nests more than" in refused.value.read()
    with pytest.raises(HTTPError) as long:
        _get(served, "ASK {} #" + "x" * 70_000)
    assert long.value.code in (400, 414)
    assert client(served, "ASK { ?s ?p ?o }").queryAndConvert()["boolean"] is True


def test_a_streaming_answer_stops_within_its_timeout(seed_build) -> None:
    process, url = _start(seed_build.out_dir, "--port", str(_port()), "--timeout", "1")
    try:
        started = time.monotonic()
        with _get(url, "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f }", accept="text/csv", timeout=30) as answer:
            read = len(answer.read())
        assert time.monotonic() - started < 1 + 1 + 1.5 and read > 0  # timeout + 1 s, and the way back
        assert client(url, "ASK { ?s ?p ?o }").queryAndConvert()["boolean"] is True
    finally:
        assert _stop(process) == 0


def test_the_store_dies_with_kg_serve_even_when_killed(seed_build) -> None:
    import psutil
    process, url = _start(seed_build.out_dir, "--port", str(_port()))
    children = psutil.Process(process.pid).children(recursive=True)
    assert children
    process.kill()
    process.wait(timeout=30)
    gone, alive = psutil.wait_procs(children, timeout=10)
    assert not alive
    left = [f for f in Path(tempfile.gettempdir()).glob("kg-serve-*") if (f / "owner.pid").is_file()
            and (f / "owner.pid").read_text() == str(process.pid)]
    assert left  # killed, it could not clean up; the next endpoint does
    with kg.endpoint(seed_build.out_dir, port=0):
        assert not any(f.exists() for f in left)


from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

PIECES = st.sampled_from(["SELECT", "ASK", "CONSTRUCT", "WHERE", "SERVICE", "FILTER", "{", "}", "(", ")", "[", "]",
                          "?s", "?p", "?o", "<http://127.0.0.1:9/x>", '"str"', "'s'", "#c\n", ".", ";", ",", "*",
                          "\\u0053ERVICE", "OPTIONAL", "UNION", "VALUES", "1", "true", "regex(?o, '(a+)+$')"])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                  HealthCheck.function_scoped_fixture])
@given(st.lists(PIECES, max_size=40).map(" ".join) | st.text(max_size=300))
def test_any_query_is_answered_or_refused_and_the_server_never_dies(served: str, query: str) -> None:
    try:
        with _get(served, query, timeout=30) as answer:
            assert answer.status == 200
    except HTTPError as refused:
        assert refused.code in (400, 403, 413, 414, 500), refused.code
    assert client(served, "ASK {}").queryAndConvert()["boolean"] is True

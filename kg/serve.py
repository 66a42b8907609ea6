"""A local, read-only SPARQL 1.1 Protocol endpoint over a built graph, run by the Oxigraph server."""
from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sysconfig
import re
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from .dataset import graph_file
from .errors import ServeError
from .processes import die_with_parent

HOST = "127.0.0.1"
DEFAULT_PORT = 7878
START_WITHIN = 60.0  # seconds for the server to load the graph and answer a first query
MAX_QUERY_BYTES = 64 * 1024  # a longer query is refused before it reaches the store
MAX_NESTING = 64  # brackets and braces open at once; Oxigraph's parser aborts the process at some thousands
STREAM_CHUNK = 64 * 1024
# Outside strings, IRIs and comments: SERVICE (a federated query makes the server connect out), brackets.
_STRINGS = (r'"""(?:[^"\\]|\\.|"(?!""))*"""', r"'''(?:[^'\\]|\\.|'(?!''))*'''",
            r'"(?:[^"\\\n]|\\.)*"', r"'(?:[^'\\\n]|\\.)*'")
_IRI, _COMMENT = r'<[^<>"{}|^`\\\x00-\x20]*>', r"#[^\n]*"
_TOKENS = re.compile("(?P<skip>" + "|".join((*_STRINGS, _IRI, _COMMENT)) + ")"
                     r"|(?P<service>\bSERVICE\b)|(?P<open>[({\[])|(?P<close>[)}\]])", re.IGNORECASE)


_CODEPOINT = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")


def refusal(query: str) -> str | None:
    """Why this endpoint will not run a query, or None: too long, nested too deep, or asking it to connect out.

    >>> refusal('SELECT * WHERE { SERVICE <http://x/> { ?s ?p ?o } }')
    'SERVICE is refused: this endpoint never connects out'
    >>> refusal('SELECT * WHERE { ?s ?p "a SERVICE in a string" }') is None
    True
    """
    if len(query.encode("utf-8")) > MAX_QUERY_BYTES:
        return f"the query is over {MAX_QUERY_BYTES // 1024} KiB"
    # SPARQL reads \\u and \\U escapes anywhere in a query before it parses it: so does this check
    query = _CODEPOINT.sub(lambda m: chr(int(m.group(1) or m.group(2), 16)) if int(m.group(1) or m.group(2), 16)
                           < 0x110000 else "", query)
    depth = 0
    for match in _TOKENS.finditer(query):
        if match["service"]:
            return "SERVICE is refused: this endpoint never connects out"
        if match["open"]:
            depth += 1
            if depth > MAX_NESTING:
                return f"the query nests more than {MAX_NESTING} brackets deep"
        elif match["close"]:
            depth -= 1
    return None


@dataclass(frozen=True)
class Endpoint:
    """A running endpoint: the SPARQL query URL (GET ?query=... or POST) and the server process."""

    url: str
    graph: Path
    process: subprocess.Popen

    def wait(self) -> int:
        """Block until the server stops; its exit code."""
        return self.process.wait()


def oxigraph_binary() -> str:
    """The `oxigraph` command of the oxigraph package installed beside this Python, else the one on PATH."""
    beside = Path(sysconfig.get_path("scripts")) / "oxigraph"
    found = str(beside) if beside.is_file() else shutil.which("oxigraph")
    if not found:
        raise ServeError("the Oxigraph server is not installed (pip install oxigraph)")
    return found


def _free_port(port: int) -> int:
    """Check that HOST:port can be bound (port 0: pick a free one), as the server will bind it."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as the server does, so TIME_WAIT is no clash
        try:
            probe.bind((HOST, port))
        except OverflowError as exc:
            raise ServeError(f"{HOST}:{port}: not a port (give 1-65535, or 0 for any free one)") from exc
        except OSError as exc:
            raise ServeError(f"{HOST}:{port}: the port is in use or not allowed ({exc.strerror}); "
                             "choose another with --port") from exc
        return probe.getsockname()[1]


def _tail(log: Path) -> str:
    lines = [line for line in log.read_text(encoding="utf-8", errors="replace").splitlines() if line.strip()]
    return lines[-1].strip() if lines else "no message"


def _load(binary: str, graph: Path, store: Path, log: Path) -> None:
    """Bulk-load the RDF file into a fresh on-disk store (Oxigraph's read-only server needs one)."""
    with log.open("ab") as out:
        done = subprocess.run([binary, "load", "--location", str(store), "--file", str(graph)],
                              stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.STDOUT, check=False)
    if done.returncode != 0:
        raise ServeError(f"{graph}: the Oxigraph server cannot load it: {_tail(log)}")


def _wait_until_ready(process: subprocess.Popen, url: str, log: Path) -> None:
    """Poll with a real query until the server answers, it dies, or START_WITHIN passes."""
    probe = url + "?" + urllib.parse.urlencode({"query": "ASK {}"})
    deadline = time.monotonic() + START_WITHIN
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise ServeError(f"{url}: the server stopped while starting: {_tail(log)}")
        try:
            with urllib.request.urlopen(probe, timeout=2) as response:
                if response.status == 200:
                    return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            time.sleep(0.05)
    raise ServeError(f"{url}: the server did not answer within {START_WITHIN:g} s: {_tail(log)}")


def _stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


SERVE_PREFIX, OWNER_FILE = "kg-serve-", "owner.pid"


def _remove_orphans() -> None:
    """Delete the temporary stores of endpoints whose kg process is gone (killed, so it could not clean up)."""
    for folder in Path(tempfile.gettempdir()).glob(SERVE_PREFIX + "*"):
        try:
            owner = int((folder / OWNER_FILE).read_text(encoding="ascii"))
            os.kill(owner, 0)  # raises when no such process is left
        except ProcessLookupError:
            shutil.rmtree(folder, ignore_errors=True)
        except (OSError, ValueError):  # not ours to judge (no owner file yet, another user's)
            continue


# Seconds the store may take past the timeout to say it cancelled a query: Oxigraph checks its timeout only now
# and then (a cross product over the seed's 7,000 triples is cancelled after 5 to 6 s with --timeout-s 1).
STORE_GRACE = 30

class _Front(ThreadingHTTPServer):
    """What listens on the user's port: each query is checked (refusal) before Oxigraph sees it, and its
    answer is streamed back only until the timeout (plus a second) has passed."""

    daemon_threads = True

    def __init__(self, address: tuple[str, int], backend: str, timeout: int | None) -> None:
        super().__init__(address, _Handler)
        self.backend, self.timeout = backend, timeout


class _Handler(BaseHTTPRequestHandler):
    server: _Front
    protocol_version = "HTTP/1.0"  # the answer streams, its length unknown: the connection's end ends it
    server_version = "kg-serve"

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 (the name is http.server's)
        """Quiet: a local endpoint's requests are the user's own."""

    def _plain(self, status: int, message: str) -> None:
        body = (message + "\n").encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        parts = urllib.parse.urlsplit(self.path)
        params = urllib.parse.parse_qs(parts.query)
        if parts.path != "/query" or "update" in params:
            self._plain(403 if parts.path == "/update" or "update" in params else 404,
                        "this endpoint is read-only and answers at /query")
        elif not params.get("query"):
            self._plain(400, "give the query as ?query=...")
        else:
            self._answer(params["query"][0])

    def do_POST(self) -> None:  # noqa: N802
        parts = urllib.parse.urlsplit(self.path)
        if parts.path != "/query":
            self._plain(403 if parts.path == "/update" else 404, "this endpoint is read-only and answers at /query")
            return
        length = int(self.headers.get("Content-Length") or 0)
        if length > 4 * MAX_QUERY_BYTES:  # a form encodes each byte in up to three
            self._plain(413, f"the query is over {MAX_QUERY_BYTES // 1024} KiB")
            return
        body = self.rfile.read(length).decode("utf-8", errors="replace")
        kind = self.headers.get_content_type()
        if kind == "application/sparql-query":
            self._answer(body)
        elif kind == "application/x-www-form-urlencoded":
            params = urllib.parse.parse_qs(body)
            if "update" in params:
                self._plain(403, "this endpoint is read-only")
            elif not params.get("query"):
                self._plain(400, "give the query as query=...")
            else:
                self._answer(params["query"][0])
        else:
            self._plain(415, "send application/sparql-query or a form with query=...")

    def _answer(self, query: str) -> None:
        reason = refusal(query)
        if reason is not None:
            self._plain(400, reason)
            return
        request = urllib.request.Request(
            self.server.backend, data=urllib.parse.urlencode({"query": query}).encode("utf-8"),
            headers={"Accept": self.headers.get("Accept") or "application/sparql-results+json",
                     "Content-Type": "application/x-www-form-urlencoded"})
        deadline = time.monotonic() + self.server.timeout + 1 if self.server.timeout else None
        try:
            upstream = urllib.request.urlopen(request, timeout=(self.server.timeout or 600) + STORE_GRACE)
        except urllib.error.HTTPError as refused:  # the store's own answer: a parse error, a cancellation
            self._plain(refused.code, refused.read().decode("utf-8", errors="replace").strip())
            return
        except (urllib.error.URLError, OSError) as exc:
            self._plain(503, f"the store does not answer: {exc}")
            return
        with upstream:
            self.send_response(upstream.status)
            self.send_header("Content-Type", upstream.headers.get("Content-Type", "application/octet-stream"))
            self.end_headers()
            while chunk := upstream.read1(STREAM_CHUNK):
                self.wfile.write(chunk)
                if deadline is not None and time.monotonic() > deadline:
                    break  # the answer streams past its time: it ends here, cut


@contextmanager
def endpoint(source: Path | str, *, port: int = DEFAULT_PORT, timeout: int | None = None) -> Iterator[Endpoint]:
    """Serve GRAPH_OR_DIR read-only on 127.0.0.1:port while the block runs; port 0 picks a free port.

    The union of all named graphs is the default graph, as in `kg query`. `timeout` (whole seconds)
    makes the store cancel longer queries, and an answer that streams past it is cut a second later. Each
    query is checked first (refusal): SERVICE, over 64 KiB or nested over 64 deep never reach the store.
    The store is a temporary folder, removed afterwards.
    """
    graph = graph_file(source)
    binary = oxigraph_binary()
    if timeout is not None and timeout < 1:
        raise ServeError(f"the timeout must be a whole number of seconds, at least 1, not {timeout}")
    address = (HOST, _free_port(port))
    inner = f"{HOST}:{_free_port(0)}"
    _remove_orphans()
    with tempfile.TemporaryDirectory(prefix=SERVE_PREFIX) as folder:
        (Path(folder) / OWNER_FILE).write_text(str(os.getpid()), encoding="ascii")
        store, log = Path(folder) / "store", Path(folder) / "oxigraph.log"
        _load(binary, graph, store, log)
        command = [binary, "serve-read-only", "--location", str(store), "--bind", inner, "--union-default-graph"]
        if timeout is not None:
            command += ["--timeout-s", str(timeout)]
        with log.open("ab") as out:
            process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.STDOUT,
                                       preexec_fn=die_with_parent)
        front = None
        try:
            _wait_until_ready(process, f"http://{inner}/query", log)
            front = _Front(address, f"http://{inner}/query", timeout)
            threading.Thread(target=front.serve_forever, name="kg-serve", daemon=True).start()
            yield Endpoint(f"http://{address[0]}:{front.server_address[1]}/query", graph, process)
        finally:
            if front is not None:
                front.shutdown()
                front.server_close()
            _stop(process)


@contextmanager
def _sigterm_as_interrupt() -> Iterator[None]:
    """Let `kill` stop the endpoint as Ctrl-C does, so the server and its temporary store go too."""
    def _interrupt(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, _interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def serve(source: Path | str, *, port: int = DEFAULT_PORT, timeout: int | None = None,
          on_ready: Callable[[Endpoint], None] | None = None) -> None:
    """Run the endpoint until Ctrl-C or SIGTERM (from the main thread); on_ready hears where it listens."""
    if threading.current_thread() is not threading.main_thread():
        raise ServeError("serve() waits for Ctrl-C and so runs in the main thread; use endpoint() elsewhere")
    with _sigterm_as_interrupt(), endpoint(source, port=port, timeout=timeout) as running:
        if on_ready is not None:
            on_ready(running)
        try:
            code = running.wait()
        except KeyboardInterrupt:
            return
    raise ServeError(f"{running.url}: the server stopped by itself with exit code {code}")

"""A local, read-only SPARQL 1.1 Protocol endpoint over a built graph, run by the Oxigraph server."""
from __future__ import annotations

import shutil
import signal
import socket
import subprocess
import sysconfig
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from .dataset import graph_file
from .errors import ServeError

HOST = "127.0.0.1"
DEFAULT_PORT = 7878
START_WITHIN = 60.0  # seconds for the server to load the graph and answer a first query


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


@contextmanager
def endpoint(source: Path | str, *, port: int = DEFAULT_PORT, timeout: int | None = None) -> Iterator[Endpoint]:
    """Serve GRAPH_OR_DIR read-only on 127.0.0.1:port while the block runs; port 0 picks a free port.

    The union of all named graphs is the default graph, as in `kg query`. `timeout` (whole seconds)
    makes the server cancel longer queries. The store is a temporary folder, removed afterwards.
    """
    graph = graph_file(source)
    binary = oxigraph_binary()
    if timeout is not None and timeout < 1:
        raise ServeError(f"the timeout must be a whole number of seconds, at least 1, not {timeout}")
    address = f"{HOST}:{_free_port(port)}"
    with tempfile.TemporaryDirectory(prefix="kg-serve-") as folder:
        store, log = Path(folder) / "store", Path(folder) / "oxigraph.log"
        _load(binary, graph, store, log)
        command = [binary, "serve-read-only", "--location", str(store), "--bind", address, "--union-default-graph"]
        if timeout is not None:
            command += ["--timeout-s", str(timeout)]
        with log.open("ab") as out:
            process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.STDOUT)
        try:
            url = f"http://{address}/query"
            _wait_until_ready(process, url, log)
            yield Endpoint(url, graph, process)
        finally:
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

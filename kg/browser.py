"""Headless Chromium over the DevTools protocol: open a page offline, read values from it, take a screenshot."""
from __future__ import annotations

import base64
import json
import os
import shutil
import subprocess
import tempfile
import time
import urllib.request
from pathlib import Path
from types import TracebackType
from typing import Any

import websocket

from .errors import KgError

# The flags plus the ones that stop Chromium's own background traffic; QUIC off so nothing leaves by UDP.
CHROMIUM_FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--no-first-run", "--disable-component-update", "--disable-sync", "--disable-quic",
                  "--no-default-browser-check", "--remote-debugging-port=0", "--remote-debugging-address=127.0.0.1")


class BrowserError(KgError):
    """Chromium is missing, did not start, or a page did not answer in time."""


def chromium_path() -> str:
    """The Chromium binary: $KG_CHROMIUM, else chromium or chromium-browser on PATH."""
    for candidate in (os.environ.get("KG_CHROMIUM"), shutil.which("chromium"), shutil.which("chromium-browser")):
        if candidate:
            return candidate
    raise BrowserError("chromium: not found (apt-get install -y chromium, or set KG_CHROMIUM)")


class Chromium:
    """One headless Chromium with a fresh profile and one page, driven over a DevTools websocket.

    Every console error, uncaught exception and network request of the page is recorded, so a
    test can assert that a view drew without errors and without leaving the machine.
    """

    def __init__(self, *, width: int = 1400, height: int = 900, timeout: float = 30.0) -> None:
        self.width, self.height, self.timeout = width, height, timeout
        self.errors: list[str] = []
        self.requests: list[str] = []
        self._profile: str | None = None
        self._process: subprocess.Popen[bytes] | None = None
        self._socket: websocket.WebSocket | None = None
        self._next_id = 0

    def __enter__(self) -> Chromium:
        try:
            self._start()
        except BaseException:
            self.close()
            raise
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.close()

    def _start(self) -> None:
        self._profile = tempfile.mkdtemp(prefix="kg-chromium-")  # a fresh profile for every browser
        self._process = subprocess.Popen(
            [chromium_path(), *CHROMIUM_FLAGS, f"--user-data-dir={self._profile}",
             f"--window-size={self.width},{self.height}", "about:blank"],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        port_file = Path(self._profile) / "DevToolsActivePort"
        deadline = time.monotonic() + self.timeout
        while not (port_file.is_file() and port_file.read_text().count("\n") >= 1):
            if self._process.poll() is not None:
                raise BrowserError(f"chromium exited with code {self._process.returncode} before it listened")
            if time.monotonic() > deadline:
                raise BrowserError(f"chromium did not open its DevTools port within {self.timeout:.0f} s")
            time.sleep(0.05)
        port = int(port_file.read_text().split()[0])
        opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # loopback: never via a proxy
        with opener.open(f"http://127.0.0.1:{port}/json/list", timeout=self.timeout) as answer:
            pages = [t for t in json.load(answer) if t["type"] == "page"]
        self._socket = websocket.create_connection(pages[0]["webSocketDebuggerUrl"], timeout=self.timeout,
                                                   suppress_origin=True)
        for domain in ("Page", "Runtime", "Log", "Network"):
            self.call(f"{domain}.enable")
        self.call("Emulation.setDeviceMetricsOverride",
                  {"width": self.width, "height": self.height, "deviceScaleFactor": 1, "mobile": False})

    def close(self) -> None:
        """Stop the browser and remove its profile (safe to call twice)."""
        if self._socket is not None:
            self._socket.close()
            self._socket = None
        if self._process is not None:
            self._process.terminate()
            try:
                self._process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait()
            self._process = None
        if self._profile is not None:
            shutil.rmtree(self._profile, ignore_errors=True)
            self._profile = None

    def call(self, method: str, params: dict[str, Any] | None = None) -> dict[str, Any]:
        """Send one DevTools command and wait for its answer, recording the events that arrive meanwhile."""
        if self._socket is None:
            raise BrowserError("chromium: not started")
        self._next_id += 1
        self._socket.send(json.dumps({"id": self._next_id, "method": method, "params": params or {}}))
        while True:
            message = json.loads(self._socket.recv())
            if message.get("id") == self._next_id:
                if "error" in message:
                    raise BrowserError(f"chromium: {method} failed: {message['error'].get('message')}")
                return message.get("result", {})
            self._record(message)

    def _record(self, event: dict[str, Any]) -> None:
        method, params = event.get("method"), event.get("params", {})
        if method == "Network.requestWillBeSent":
            self.requests.append(params["request"]["url"])
        elif method == "Runtime.exceptionThrown":
            details = params["exceptionDetails"]
            self.errors.append(details.get("exception", {}).get("description") or details.get("text", ""))
        elif method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
            self.errors.append(" ".join(str(a.get("value", a.get("description", ""))) for a in params["args"]))
        elif method == "Log.entryAdded" and params["entry"].get("level") == "error":
            self.errors.append(params["entry"].get("text", ""))

    def open(self, url: str) -> None:
        """Navigate and wait for the load event."""
        self.call("Page.navigate", {"url": url})
        self.wait_for("document.readyState === 'complete'")

    def evaluate(self, expression: str) -> Any:
        """The JSON value of a JavaScript expression in the page (promises are awaited)."""
        answer = self.call("Runtime.evaluate", {"expression": expression, "returnByValue": True,
                                                "awaitPromise": True})
        if "exceptionDetails" in answer:
            details = answer["exceptionDetails"]
            reason = details.get("exception", {}).get("description") or details.get("text")
            raise BrowserError(f"chromium: {expression!r} threw: {reason}")
        return answer["result"].get("value")

    def wait_for(self, expression: str, timeout: float | None = None) -> float:
        """Poll until the expression is truthy; returns the seconds waited."""
        start = time.monotonic()
        while not self.evaluate(expression):
            if time.monotonic() - start > (timeout or self.timeout):
                raise BrowserError(f"chromium: {expression!r} still false after {timeout or self.timeout:.0f} s")
            time.sleep(0.05)
        return time.monotonic() - start

    def screenshot(self, path: Path | str) -> Path:
        """Save the visible page as PNG."""
        data = self.call("Page.captureScreenshot", {"format": "png"})["data"]
        path = Path(path)
        path.write_bytes(base64.b64decode(data))
        return path

"""The notebooks run top to bottom in a fresh kernel, and are stored without outputs."""
from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import nbformat
import pytest
from nbclient import NotebookClient

NOTEBOOKS = sorted((Path(__file__).resolve().parents[1] / "notebooks").glob("*.ipynb"))


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def oxigraph_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A real Oxigraph server on 127.0.0.1 for the triple-store notebook."""
    binary = Path(sys.executable).with_name("oxigraph")
    command = str(binary) if binary.exists() else shutil.which("oxigraph")
    if command is None:
        pytest.fail("the oxigraph server is missing: pip install -e '.[test]' installs it")
    url = f"http://127.0.0.1:{_free_port()}"
    process = subprocess.Popen([command, "serve", "--location", str(tmp_path_factory.mktemp("oxigraph")),
                                "--bind", url.removeprefix("http://")],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(200):
            try:
                httpx.get(f"{url}/query", params={"query": "ASK {}"}, timeout=1).raise_for_status()
                break
            except httpx.HTTPError:
                time.sleep(0.1)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=30)


def _run(path: Path) -> nbformat.NotebookNode:
    """Execute a notebook; it must leave no temporary folder of its own behind."""
    before = set(Path(tempfile.gettempdir()).glob("kg-notebook-*"))
    notebook = nbformat.read(path, as_version=4)
    NotebookClient(notebook, timeout=600, kernel_name="python3",
                   resources={"metadata": {"path": str(path.parent)}}).execute()
    assert set(Path(tempfile.gettempdir()).glob("kg-notebook-*")) == before, f"{path.name} left its folder"
    return notebook


def _text(notebook: nbformat.NotebookNode) -> str:
    return "".join(output.get("text", "") for cell in notebook.cells if cell.cell_type == "code"
                   for output in cell.outputs)


def test_there_are_the_three_notebooks() -> None:
    assert [p.name for p in NOTEBOOKS] == [
        "01-build-and-explore.ipynb", "02-networks-and-views.ipynb", "03-triple-store.ipynb"]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_outputs_are_stripped_in_git(path: Path) -> None:
    notebook = nbformat.read(path, as_version=4)
    dirty = [i for i, cell in enumerate(notebook.cells)
             if cell.cell_type == "code" and (cell.outputs or cell.execution_count is not None)]
    assert not dirty, f"{path.name}: cells {dirty} keep outputs; strip them before committing"


def test_build_and_explore_runs() -> None:
    text = _text(_run(NOTEBOOKS[0]))
    assert "statements" in text and "Turkey" in text and "kg:holder" in text


def test_networks_and_views_runs() -> None:
    notebook = _run(NOTEBOOKS[1])
    assert "congruence.gexf" in _text(notebook)
    assert any("iframe" in str(output.get("data", {})) for cell in notebook.cells if cell.cell_type == "code"
               for output in cell.outputs)


def test_triple_store_pushes_and_queries_back(oxigraph_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KG_OXIGRAPH_URL", oxigraph_url)
    text = _text(_run(NOTEBOOKS[2]))
    assert "No Oxigraph server answers" not in text and "Turkey concern" in text


def test_triple_store_skips_clearly_without_a_server(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KG_OXIGRAPH_URL", f"http://127.0.0.1:{_free_port()}")
    assert "No Oxigraph server answers" in _text(_run(NOTEBOOKS[2]))

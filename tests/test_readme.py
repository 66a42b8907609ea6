"""README.md stays true: every bash and python block in it runs, in order, in a fresh folder with the seed.

The two install commands run as far as what follows `pip install ... &&` (the test command itself is
what runs this); `kg push` and `curl` reach an Oxigraph server started here, on a free port instead of
7878."""
from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

ROOT = Path(__file__).resolve().parents[1]
BLOCK = re.compile(r"^```(bash|python)\n(.*?)^```", re.M | re.S)


def blocks() -> list[tuple[str, str]]:
    return BLOCK.findall((ROOT / "README.md").read_text(encoding="utf-8"))


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def oxigraph_server(tmp_path_factory: pytest.TempPathFactory):
    binary = Path(sys.executable).with_name("oxigraph")
    binary = str(binary) if binary.exists() else shutil.which("oxigraph")
    port, folder = free_port(), tmp_path_factory.mktemp("oxigraph")
    process = subprocess.Popen([binary, "serve", "--location", str(folder / "db"), "--bind", f"127.0.0.1:{port}"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            httpx.get(f"http://127.0.0.1:{port}/query", timeout=2)
            break
        except httpx.TransportError:
            time.sleep(0.2)
    yield port
    process.terminate()
    process.wait(30)


def test_the_readme_has_the_two_commands_first_and_stays_short() -> None:
    found = blocks()
    assert found[0] == ("bash", "pip install -e . && kg build seeds/ --out out/\n")
    assert found[1] == ("bash", 'pip install -e ".[test]" && python -m pytest\n')
    assert len((ROOT / "README.md").read_text(encoding="utf-8").splitlines()) <= 300


def test_every_command_in_the_readme_runs(oxigraph_server: int, tmp_path: Path) -> None:
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"}
    ran = 0
    for kind, code in blocks():
        code = re.sub(r"^pip install [^&\n]*&& ", "", code, flags=re.M).replace("127.0.0.1:7878",
                                                                             f"127.0.0.1:{oxigraph_server}")
        if code.strip() == "python -m pytest":
            continue
        command = ["bash", "-euo", "pipefail", "-c", code] if kind == "bash" else [sys.executable, "-c", code]
        result = subprocess.run(command, cwd=tmp_path, env=env, capture_output=True, text=True, timeout=600)
        assert result.returncode == 0, f"{code}\n{result.stderr[-3000:]}"
        assert "Traceback" not in result.stderr, code
        ran += 1
    assert ran >= 10
    assert (tmp_path / "turkey.html").is_file() and (tmp_path / "statements.xlsx").is_file()

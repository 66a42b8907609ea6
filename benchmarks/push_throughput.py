"""Export and push throughput: N copies of the seed build (each under its own base) into an in-memory Oxigraph server.

    python benchmarks/push_throughput.py [--copies 100] [--batch-size 50000]

Prints triples, seconds and triples/s for validation, N-Quads export and push (with its count check).
"""
from __future__ import annotations

import argparse
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx
from rdflib import Dataset

import kg

ROOT = Path(__file__).resolve().parents[1]


def copies(seed: Dataset, n: int) -> Dataset:
    """n disjoint copies of the seed dataset: every graph and IRI moved under a base of its own."""
    many = Dataset(default_union=True)
    for i in range(n):
        for quad in kg.rebase(seed, f"https://bench.example/{i}/").quads((None, None, None, None)):
            many.add(quad)
    return many


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--copies", type=int, default=100)
    options.add_argument("--batch-size", type=int, default=50_000)
    args = options.parse_args()
    dataset = copies(kg.build_dataset([ROOT / "seeds"]), args.copies)
    triples = len(dataset)
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    binary = str(Path(sys.executable).with_name("oxigraph")) if Path(sys.executable).with_name("oxigraph").exists() \
        else shutil.which("oxigraph")
    server = subprocess.Popen([binary, "serve", "--bind", f"127.0.0.1:{port}"], stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL)
    try:
        url = f"http://127.0.0.1:{port}"
        for _ in range(100):
            try:
                httpx.get(f"{url}/query", timeout=1)
                break
            except httpx.TransportError:
                time.sleep(0.1)
        started = time.perf_counter()
        kg.validate(dataset)
        figures = {"validate": time.perf_counter() - started}
        with tempfile.TemporaryDirectory() as tmp:
            started = time.perf_counter()
            kg.export(dataset, Path(tmp) / "bench.nq")
            figures["export nq"] = time.perf_counter() - started
        started = time.perf_counter()
        kg.push(dataset, endpoint=f"{url}/store", query_endpoint=f"{url}/query", batch_size=args.batch_size,
                validate=False)
        figures["push + count"] = time.perf_counter() - started
    finally:
        server.terminate()
        server.wait()
    for name, seconds in figures.items():
        print(f"{name:13} {triples:>9} triples {seconds:7.2f} s {triples / seconds:>10,.0f} triples/s")


if __name__ == "__main__":
    main()

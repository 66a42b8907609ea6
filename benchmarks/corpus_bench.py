"""Corpus build benchmark: documents/s, words/s and statements/s per core, triples/s, peak RSS, output size,
the rebuild after one changed document, and the shipped queries' times, for each store.

    python benchmarks/corpus_bench.py --docs 1000 --jobs 2
    python benchmarks/corpus_bench.py --docs 1000 10000 --words 500 --stores memory oxigraph --queries

Figures are printed, never asserted: targets are checked by reading them (see README, Corpora).
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from importlib.resources import files
from pathlib import Path

import psutil
import pyoxigraph as ox

sys.path.insert(0, str(Path(__file__).resolve().parent))
from synthetic_corpus import write_corpus  # noqa: E402 (a sibling script, not a package)


def run(command: list[str]) -> tuple[float, float]:
    """Wall time and peak RSS (MB) of the whole process tree, sampled every 50 ms."""
    start = time.perf_counter()
    process = psutil.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak = 0
    while process.poll() is None:
        try:
            tree = [process, *process.children(recursive=True)]
            peak = max(peak, sum(p.memory_info().rss for p in tree if p.is_running()))
        except psutil.Error:
            pass
        time.sleep(0.05)
    if process.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(command)} failed: {process.stderr.read().decode()[-2000:]}")
    return time.perf_counter() - start, peak / 2**20


def size_mb(path: Path) -> float:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) / 2**20


def time_queries(graph: Path) -> None:
    """Every shipped query without parameters, on Oxigraph (through kg's rdflib binding) and, below 200k
    triples, on rdflib's memory store."""
    from rdflib import Dataset

    from kg.query import PREFIXES, query_info, query_names
    from kg.store import as_dataset

    store = ox.Store()
    store.bulk_load(path=str(graph), format=ox.RdfFormat.TRIG)
    backends = {"oxigraph": as_dataset(store)}
    if len(store) < 200_000:
        memory = Dataset(default_union=True)
        memory.parse(graph, format="trig")
        backends["rdflib"] = memory
    print(f"  queries on {len(store):,} triples:")
    for name in query_names():
        if query_info(name).params:
            continue
        text = (files("kg.queries") / f"{name}.rq").read_text(encoding="utf-8")
        times = []
        for backend, dataset in backends.items():
            start = time.perf_counter()
            rows = len(list(dataset.query(text, initNs=PREFIXES)))
            times.append(f"{backend} {time.perf_counter() - start:6.2f} s")
        print(f"    {name:20} {rows:>7} rows  " + "  ".join(times))


def bench(docs: int, words: int, jobs: int, stores: list[str], queries: bool, work: Path) -> None:
    corpus = work / f"corpus-{docs}"
    paths = write_corpus(corpus, docs, words=words)
    total_words = sum(len(p.read_text(encoding="utf-8").split()) for p in paths)
    print(f"\n{docs} documents, {total_words:,} words, --jobs {jobs}")
    for store in stores:
        out = work / f"out-{docs}-{store}"
        spec = "memory" if store == "memory" else f"oxigraph:{out / 'store'}"
        command = [sys.executable, "-m", "kg", "build", str(corpus), "--out", str(out), "--jobs", str(jobs),
                   "--store", spec, "--no-progress"]
        seconds, peak = run(command)
        graph = ox.Store()
        graph.bulk_load(path=str(out / "graph.trig"), format=ox.RdfFormat.TRIG)
        triples = len(graph)
        with (out / "statements.csv").open(encoding="utf-8") as table:
            statements = sum(1 for _ in table) - 1
        del graph
        cores = jobs
        print(f"  store {store}: {seconds:.1f} s, {docs / seconds / cores:.1f} docs/s per core, "
              f"{total_words / seconds / cores:,.0f} words/s per core, {statements / seconds:,.0f} statements/s, "
              f"{triples / seconds:,.0f} triples/s, peak RSS {peak:,.0f} MB, output "
              f"{size_mb(out) - size_mb(out / '.kg'):,.1f} MB (+ {size_mb(out / '.kg'):,.1f} MB parts)")
        changed = paths[len(paths) // 2]
        changed.write_text(changed.read_text(encoding="utf-8") + "\nوترفض دمشق أي وجود عسكري أجنبي على أراضيها.\n",
                           encoding="utf-8")
        seconds, peak = run(command)
        print(f"  store {store}: rebuild after changing one document: {seconds:.1f} s, peak RSS {peak:,.0f} MB")
        if queries:
            time_queries(out / "graph.trig")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, nargs="+", default=[1000], help="corpus sizes (default 1000)")
    parser.add_argument("--words", type=int, default=500, help="words per article (default 500)")
    parser.add_argument("--jobs", type=int, default=2, help="kg build --jobs (default 2)")
    parser.add_argument("--stores", nargs="+", default=["memory", "oxigraph"], choices=["memory", "oxigraph"])
    parser.add_argument("--queries", action="store_true", help="also time the shipped queries on each graph")
    parser.add_argument("--work", type=Path, help="folder for corpora and outputs (default: a temporary one)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp:
        for docs in args.docs:
            bench(docs, args.words, args.jobs, args.stores, args.queries, args.work or Path(tmp))


if __name__ == "__main__":
    main()

"""Corpus build benchmark: documents/s, words/s and statements/s per core, triples/s, peak RSS, output size,
the rebuild after one changed document, and the named queries' times on a 1,000,000-triple graph.

    python benchmarks/corpus_bench.py --docs 1000 10000
    python benchmarks/corpus_bench.py --docs 1000 --jobs 2 --stores memory oxigraph --validation on off
    python benchmarks/corpus_bench.py --docs 0 --queries 1000000

Each build runs `kg build` in a fresh process and counts the whole process tree (workers included):
startup, extraction, SHACL when on, and the writing of every output. Figures are printed, never
asserted: the targets are read off them (README, Corpora).
"""
from __future__ import annotations

import argparse
import gc
import sys
from multiprocessing import get_context
from multiprocessing.connection import Connection
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox

sys.path.insert(0, str(Path(__file__).resolve().parent))
from measure import run, size_mb  # noqa: E402 (sibling scripts, not a package)
from synthetic_corpus import write_corpus  # noqa: E402

TRIPLES_PER_DOCUMENT = 265  # about, for the 500-word articles: sizes the corpus of the query benchmark
COMPETENCY = ("positions-of", "actors-on-issue", "agreement", "evidence", "contested-issues", "metonymy", "hedged",
              "changes", "wikidata-actors", "report-sourced")


def build_command(corpus: Path, out: Path, store: str, jobs: int, validate: bool) -> list[str]:
    spec = "memory" if store == "memory" else f"oxigraph:{out / 'store'}"
    return [sys.executable, "-m", "kg", "build", str(corpus), "--out", str(out), "--jobs", str(jobs),
            "--store", spec, "--no-progress", *([] if validate else ["--no-validate"])]


def bench(docs: int, words: int, jobs: int, stores: list[str], validation: list[str], work: Path) -> None:
    corpus = work / f"corpus-{docs}"
    paths = write_corpus(corpus, docs, words=words)
    total_words = sum(len(p.read_text(encoding="utf-8").split()) for p in paths)
    print(f"\n{docs:,} documents, {total_words:,} words, --jobs {jobs}")
    for store in stores:
        for check in validation:
            out = work / f"out-{docs}-{store}-{check}"
            command = build_command(corpus, out, store, jobs, check == "on")
            seconds, peak, _own = run(command)
            with (out / "statements.csv").open(encoding="utf-8") as table:
                statements = sum(1 for _ in table) - 1
            # counted as parsed, not in a store: a process forked after this one grew inherits its peak RSS
            # (ru_maxrss survives exec), which inflated every later build's figure by the graph's size
            triples = sum(1 for _ in ox.parse(path=str(out / "graph.trig"), format=ox.RdfFormat.TRIG))
            parts = size_mb(out / ".kg")
            print(f"  {store:8} SHACL {check:3}: {seconds:7.1f} s  {docs / seconds / jobs:6.1f} docs/s per core  "
                  f"{total_words / seconds / jobs:9,.0f} words/s per core  {statements / seconds:7,.0f} statements/s  "
                  f"{triples / seconds:9,.0f} triples/s  peak RSS {peak:6,.0f} MB  "
                  f"output {size_mb(out) - parts:,.1f} MB (+ {parts:,.1f} MB parts)")
        changed = paths[len(paths) // 2]
        original = changed.read_text(encoding="utf-8")
        changed.write_text(original + "\nوترفض دمشق أي وجود عسكري أجنبي على أراضيها.\n", encoding="utf-8")
        seconds, peak, _own = run(command)
        changed.write_text(original, encoding="utf-8")
        print(f"  {store:8} rebuild after changing one document: {seconds:.1f} s, peak RSS {peak:,.0f} MB")


def _answer(source, name: str, bindings: dict, pipe: Connection) -> None:
    """Run one query and send back its rows and seconds; source is a dataset or an oxigraph:PATH spec, which
    the child opens itself (a store's handles are not shared across a fork)."""
    from kg.query import shipped_query, sparql
    from kg.store import query_store

    dataset = query_store(source) if isinstance(source, str) else source
    gc.freeze()
    started = time.perf_counter()  # what `kg query` spends: rdflib parses the query, Oxigraph takes the text
    rows = len(sparql(dataset, shipped_query(dataset, name), bindings).bindings)
    pipe.send((rows, time.perf_counter() - started))


def _timed(source, name: str, bindings: dict, timeout: float, repeat: int) -> tuple[str, str]:
    """(rows, seconds) of one query run `repeat` times, each in a forked child stopped after timeout seconds (a
    query inside Oxigraph cannot be interrupted from Python): the best time, and the worst when they differ
    (this machine's speed varies by a third from one minute to the next)."""
    times, rows = [], "?"
    for _ in range(repeat):
        receive, send = get_context("fork").Pipe(duplex=False)
        child = get_context("fork").Process(target=_answer, args=(source, name, bindings, send))
        child.start()
        child.join(timeout)
        if child.is_alive():
            child.kill()
            child.join()
            return rows, f"> {timeout:.0f} s"
        if not receive.poll():
            return rows, "failed"
        count, seconds = receive.recv()
        rows = str(count)
        times.append(seconds)
    spread = f" (worst {max(times):.3f})" if len(times) > 1 else ""
    return rows, f"{min(times):7.3f} s{spread}"


def time_queries(triples: int, words: int, jobs: int, timeout: float, repeat: int, backends: list[str],
                 work: Path) -> None:
    """The ten competency queries on a graph of about `triples` triples: Oxigraph (the build's on-disk store,
    through kg's rdflib binding, as `kg query oxigraph:PATH` runs them) and rdflib's memory store."""
    from rdflib.namespace import DCTERMS

    from kg import load_dataset
    from kg.query import bind_params, query_info, run_query
    from kg.store import query_store

    docs = max(1, triples // TRIPLES_PER_DOCUMENT)
    corpus, out = work / f"query-corpus-{docs}", work / f"query-out-{docs}"
    write_corpus(corpus, docs, words=words)
    seconds, _peak, _own = run(build_command(corpus, out, "oxigraph", jobs, validate=False))
    spec = f"oxigraph:{out / 'store'}"
    oxigraph = query_store(spec)
    started = time.perf_counter()
    memory = load_dataset(out) if "rdflib" in backends else None
    loaded = time.perf_counter() - started
    print(f"\nqueries on {len(oxigraph):,} triples ({docs:,} documents, built in {seconds:.0f} s"
          + (f"; rdflib took {loaded:.0f} s to load graph.trig" if memory is not None else "")
          + "; Oxigraph reads its store in place)")
    first = next(iter(run_query(oxigraph, "statements")))
    dates = sorted({str(d) for d in oxigraph.objects(None, DCTERMS.date)})
    values = {"actor": str(first["actor"]), "issue": str(first["issue"])[:12], "statement": str(first["statement"]),
              "from": dates[len(dates) // 2], "to": dates[-1]}
    for name in COMPETENCY:
        params = query_info(name).params
        runs = [(name, {p.name: values[p.name] for p in params})]
        if any(p.optional for p in params):  # also without its optional values: e.g. every pair, not one actor's
            runs.append((f"{name} (all)", {p.name: values[p.name] for p in params if not p.optional}))
        for title, given in runs:
            bindings = bind_params(name, given)
            figures, counted = [], "?"
            for backend, source in (("oxigraph", spec), ("rdflib", memory)):
                if backend in backends:
                    rows, seconds_taken = _timed(source, name, bindings, timeout, repeat)
                    counted = rows if rows != "?" else counted
                    figures.append(f"{backend} {seconds_taken}")
            print(f"  {title:18} {counted:>7} rows   " + "   ".join(figures), flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, nargs="+", default=[1000], help="corpus sizes, 0 for none (default 1000)")
    parser.add_argument("--words", type=int, default=500, help="words per article (default 500)")
    parser.add_argument("--jobs", type=int, default=2, help="kg build --jobs (default 2, the cores here)")
    parser.add_argument("--stores", nargs="+", default=["memory", "oxigraph"], choices=["memory", "oxigraph"])
    parser.add_argument("--validation", nargs="+", default=["on", "off"], choices=["on", "off"],
                        help="build with the SHACL check of each part (on, the default of kg build) or without")
    parser.add_argument("--queries", type=int, default=0, metavar="TRIPLES",
                        help="also time the competency queries on a graph of about this many triples")
    parser.add_argument("--query-repeat", type=int, default=3, help="runs of each query; the best is shown (default 3)")
    parser.add_argument("--query-timeout", type=float, default=120,
                        help="seconds before a query is given up (default 120)")
    parser.add_argument("--query-backends", nargs="+", default=["oxigraph", "rdflib"], choices=["oxigraph", "rdflib"],
                        help="rdflib also loads graph.trig into memory (slow past 100,000 triples)")
    parser.add_argument("--work", type=Path, help="folder for corpora and outputs (default: a temporary one)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp:
        work = args.work or Path(tmp)
        for docs in (d for d in args.docs if d > 0):
            bench(docs, args.words, args.jobs, args.stores, args.validation, work)
        if args.queries:
            time_queries(args.queries, args.words, args.jobs, args.query_timeout, args.query_repeat, args.query_backends,
                         work)


if __name__ == "__main__":
    main()

"""How long the shipped questions take on a built synthetic corpus: in process (kg query) and on kg serve.

Run: python benchmarks/query_speed.py [--docs 40]

Writes a synthetic corpus (benchmarks/synthetic_corpus.py), builds it, then runs the ten competency
queries: with rdflib, as `kg query` does (best of three, seconds), and, for those without options, on the
Oxigraph endpoint `kg serve` starts (one POST, seconds, JSON results).
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from importlib.resources import files
from pathlib import Path

from rdflib.namespace import DCTERMS

import kg
from kg.query import bind_params, format_table, named_query, query_info, sparql

sys.path.insert(0, str(Path(__file__).parent))
from synthetic_corpus import write_corpus  # noqa: E402 - the sibling script, found through the line above

COMPETENCY = ("positions-of", "actors-on-issue", "agreement", "evidence", "contested-issues", "metonymy", "hedged",
              "changes", "wikidata-actors", "report-sourced")


def _best_of_three(run) -> tuple[float, int]:
    times, rows = [], 0
    for _ in range(3):
        started = time.perf_counter()
        rows = len(run())
        times.append(time.perf_counter() - started)
    return min(times), rows


def _post(url: str, text: str) -> float:
    body = urllib.parse.urlencode({"query": text}).encode()
    request = urllib.request.Request(url, body, {"Accept": "application/sparql-results+json"})
    started = time.perf_counter()
    with urllib.request.urlopen(request, timeout=600) as response:
        response.read()
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=40, help="synthetic articles (default 40)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        corpus, out = Path(folder) / "corpus", Path(folder) / "out"
        write_corpus(corpus, args.docs)
        started = time.perf_counter()
        built = kg.build([corpus], out)
        print(f"{built.documents} documents, {built.statements} statements, built in "
              f"{time.perf_counter() - started:.1f} s")
        dataset = kg.load_dataset(out)
        print(f"{len(dataset)} triples")
        first = next(iter(kg.run_query(dataset, "statements")))
        dates = sorted(str(d) for d in dataset.objects(None, DCTERMS.date))
        params = {"actor": str(first["actor"]), "issue": str(first["issue"])[:12], "statement": str(first["statement"]),
                  "from": dates[len(dates) // 2], "to": dates[-1]}
        rows = []
        with kg.endpoint(out, port=0) as running:
            for name in COMPETENCY:
                wanted = {p.name: params[p.name] for p in query_info(name).params}
                bindings = bind_params(name, wanted)
                seconds, count = _best_of_three(lambda: sparql(dataset, named_query(name), bindings).bindings)
                text = (files("kg.queries") / f"{name}.rq").read_text(encoding="utf-8")
                remote = "" if wanted else f"{_post(running.url, text):.3f}"
                rows.append([name, str(count), f"{seconds:.3f}", remote])
        print(format_table(["query", "rows", "rdflib s", "oxigraph s"], rows), end="")


if __name__ == "__main__":
    main()

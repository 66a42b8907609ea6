"""How long a large positions view takes to settle in headless Chromium (target: 2,000 nodes within 10 s).

Run: python benchmarks/view_settle.py [--nodes 2000] [--runs 3]

The graph is synthetic (our own sentences), shaped like the real one: a few hundred actors, many issues
with one to three actors each, and some edges backed by several statements. Prints the time to write the
page, its size, and for each run the time from navigation to the first still frame (physics stabilised
and switched off) as the page itself measures it (performance.now()), plus the wall time seen from Python.
"""
from __future__ import annotations

import argparse
import random
import tempfile
import time
from pathlib import Path

from kg.browser import Chromium
from kg.views import STANCE_COLOURS, position_graph, positions_page

TYPES = (("State", "state", "دولة"), ("ArmedGroup", "armed group", "جماعة مسلحة"), ("Person", "person", "شخص"),
         ("PoliticalFaction", "political faction or camp", "فصيل أو معسكر سياسي"))


def synthetic_rows(nodes: int, seed: int = 1) -> list[dict[str, str]]:
    """Statements-view rows over nodes // 6 actors and the rest issues."""
    rng = random.Random(seed)
    actors = max(2, nodes // 6)
    issues = nodes - actors
    rows = []
    for issue in range(issues):
        for actor in rng.sample(range(actors), rng.choice((1, 1, 1, 2, 2, 3))):
            stance = rng.choice(list(STANCE_COLOURS))
            kind = TYPES[actor % len(TYPES)]
            for repeat in range(rng.choice((1, 1, 1, 2, 4))):
                sentence = f"قال الفاعل {actor} إنه يتخذ موقفاً من القضية رقم {issue} في التصريح {repeat}."
                rows.append({
                    "statement": f"urn:st:{issue}:{actor}:{repeat}", "actor": f"urn:actor:{actor}",
                    "actor_en": f"Actor {actor}", "actor_ar": f"الفاعل {actor}",
                    "actor_type": f"https://w3id.org/kg-news/ontology#{kind[0]}", "actor_type_en": kind[1],
                    "actor_type_ar": kind[2], "stance": stance, "stance_en": stance, "stance_ar": stance,
                    "issue": f"urn:issue:{issue}", "issue_en": "", "issue_ar": f"القضية رقم {issue} وما يتصل بها",
                    "sentence": sentence, "char_start": "0", "issue_start": "24", "issue_end": "40",
                    "source_en": f"Actor {actor}", "source_ar": f"الفاعل {actor}", "outlet_en": "Test Outlet",
                    "outlet_ar": "منفذ الاختبار", "date": "2025-11-08", "doc_id": f"doc-{issue % 50}"})
    return rows


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--nodes", type=int, default=2000)
    options.add_argument("--runs", type=int, default=3)
    args = options.parse_args()
    graph = position_graph(synthetic_rows(args.nodes))
    start = time.perf_counter()
    page = positions_page(graph)
    written = time.perf_counter() - start
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "view.html"
        path.write_text(page, encoding="utf-8")
        print(f"nodes {graph.number_of_nodes()} edges {graph.number_of_edges()} "
              f"page {len(page.encode()) / 1e6:.1f} MB written in {written:.2f} s")
        for run in range(args.runs):
            with Chromium() as browser:
                start = time.perf_counter()
                browser.open(path.as_uri())
                browser.wait_for("window.kgView && window.kgView.settled", timeout=120)
                wall = time.perf_counter() - start
                settled_ms, drawn = browser.evaluate(
                    "[kgView.settledMs, Object.keys(kgView.network.body.nodes).length]")
                print(f"run {run + 1}: settled {settled_ms / 1000:.2f} s after navigation "
                      f"(wall {wall:.2f} s), {drawn} nodes drawn, errors {len(browser.errors)}")


if __name__ == "__main__":
    main()

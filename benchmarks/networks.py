"""How long the discourse networks take on a large graph: reading, projecting, measuring and writing.

Run: python benchmarks/networks.py [--statements 20000] [--actors 300] [--issues 2000]

The dataset is synthetic, in the model kg build writes (the triples tests/fixtures/networks.trig shows):
statements spread over 200 dated documents, actors picked with a skew (a few speak often), each issue
drawing a handful of actors. Prints the seconds of each step and the size of each network.
"""
from __future__ import annotations

import argparse
import random
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from rdflib import Dataset, Literal
from rdflib.namespace import DCTERMS, RDF, SKOS, XSD

import kg
from kg.networks import SIGNS
from kg.vocab import ACTOR, DATA, ISSUE, KG


def synthetic_dataset(statements: int, actors: int, issues: int, seed: int = 1) -> Dataset:
    """A dataset of `statements` position statements by `actors` actors on `issues` issues."""
    rng = random.Random(seed)
    dataset = Dataset(default_union=True)
    ontology = dataset.graph(DATA["graph/ontology"])
    for stance in SIGNS:
        ontology.add((KG[stance], SKOS.notation, Literal(stance)))
    for a in range(actors):
        ontology.add((ACTOR[f"a{a}"], SKOS.prefLabel, Literal(f"Actor {a}", lang="en")))
    for i in range(issues):
        ontology.add((ISSUE[f"i{i}"], SKOS.prefLabel, Literal(f"القضية {i}", lang="ar")))
    docs = 200
    for d in range(docs):
        graph = dataset.graph(DATA[f"graph/d{d}"])
        graph.add((DATA[f"doc/d{d}"], DCTERMS.identifier, Literal(f"d{d}")))
        graph.add((DATA[f"doc/d{d}"], DCTERMS.date, Literal(date(2025, 1, 1) + timedelta(days=d), datatype=XSD.date)))
    weights = [1 / (a + 1) for a in range(actors)]  # Zipf-like: a few actors speak often
    for s in range(statements):
        d = rng.randrange(docs)
        node = DATA[f"s{s}"]
        graph = dataset.graph(DATA[f"graph/d{d}"])
        for p, o in ((RDF.type, KG.PositionStatement), (KG.document, DATA[f"doc/d{d}"]),
                     (KG.holder, ACTOR[f"a{rng.choices(range(actors), weights)[0]}"]),
                     (KG.stance, KG[rng.choice(list(SIGNS))]), (KG.issue, ISSUE[f"i{rng.randrange(issues)}"])):
            graph.add((node, p, o))
    return dataset


def timed(label: str, step):
    started = time.perf_counter()
    result = step()
    print(f"{label:28} {time.perf_counter() - started:7.2f} s")
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--statements", type=int, default=20000)
    parser.add_argument("--actors", type=int, default=300)
    parser.add_argument("--issues", type=int, default=2000)
    args = parser.parse_args()
    dataset = timed("make the dataset", lambda: synthetic_dataset(args.statements, args.actors, args.issues))
    print(f"{args.statements} statements, {len(dataset)} triples")
    b = timed("bipartite (SPARQL read)", lambda: kg.bipartite(dataset))
    print(f"  {b.number_of_nodes()} nodes, {b.number_of_edges()} edges")
    for name, project in (("congruence", kg.congruence), ("conflict", kg.conflict), ("issue", kg.issue_projection)):
        g = timed(f"{name} (jaccard)", lambda: project(b, normalize="jaccard"))
        print(f"  {g.number_of_nodes()} nodes, {g.number_of_edges()} ties")
    g = kg.congruence(b)
    m = timed("measures of congruence", lambda: kg.measures(g))
    with tempfile.TemporaryDirectory() as tmp:
        for suffix in ("graphml", "gexf", "csv", "trig"):
            timed(f"write congruence .{suffix}", lambda: kg.write_network(m, Path(tmp) / f"c.{suffix}"))


if __name__ == "__main__":
    main()

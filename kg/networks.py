"""Discourse networks from the knowledge graph, after Leifeld's Discourse Network Analyzer: who stands with whom.

Every function takes a graph and returns a new networkx graph: ``bipartite`` reads the
actor–issue network from an RDF dataset, ``congruence``, ``conflict`` and ``issue_projection``
project it, ``measures`` adds centralities and communities. README.md, section "Discourse
networks", gives the exact definitions next to DNA's.
"""
from __future__ import annotations

import csv
import hashlib
import io
import math
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from decimal import Decimal
from itertools import combinations
from pathlib import Path
from typing import Any

import networkx as nx
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import PROV, RDF, XSD

from .errors import ExportError, NetworkError
from .export import FORMATS as RDF_FORMATS
from .export import serialize, write_atomically
from .query import format_table, plain_rows
from .progress import step
from .reading import open_build
from .rdf import PREFIXES
from .vocab import DATA, KG, KGN

KINDS = ("bipartite", "congruence", "conflict", "issue")
LEVELS = ("concept", "issue")  # what actors are tied through: concepts with agreement (as DNA codes), or issue phrases
NORMALIZATIONS = ("jaccard", "average", "cosine")
# The sign of a stance or an agreement in the signed network: conflict opposes support to oppose or concern, and
# agree to disagree; reserved (neither) is on no side.
SIGNS = {"support": 1, "oppose": -1, "concern": -1, "reserved": 0, "agree": 1, "disagree": -1, "neither": 0}
NEITHER = "neither"
TABLE_LABEL_CHARS = 40
LIST_SEPARATOR = "; "
BETWEENNESS_EXACT = 100
BETWEENNESS_SOURCES = 50  # a corpus's dense congruence network: 50 sources estimate it in half a second


# ---------------------------------------------------------------- the actor–issue network

def _day(value: date | str | None, name: str) -> date | None:
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise NetworkError(f"{name} {value!r}: not a date (YYYY-MM-DD)") from None


def _tail(iri: str) -> str:
    return iri.rstrip("/#").rsplit("/", 1)[-1].rsplit("#", 1)[-1]


def _context(dataset: Graph) -> dict[str, dict[str, Any]]:
    """Per IRI: label_en, label_ar, type (actor class), notation (stance), doc_id and date (document)."""
    context: dict[str, dict[str, Any]] = defaultdict(dict)
    for row in plain_rows(dataset, "network-context"):  # plain strings: rdflib terms of a corpus took a second
        found = context[row["node"]]
        if row["label"] and row["lang"] in ("en", "ar"):
            key = f"label_{row['lang']}"
            found[key] = min(found.get(key, row["label"]), row["label"])
        if row["type"]:  # an actor of two classes keeps the first by name
            found["type"] = min(found.get("type", row["type"]), row["type"])
        for key in ("notation", "doc_id"):
            if row[key]:
                found[key] = row[key]
        if row["date"]:
            try:
                found["date"] = date.fromisoformat(row["date"])
            except ValueError:  # not a day: kept as written, and left out of any window
                found["date"] = row["date"]
    return context


def bipartite(dataset: Graph, *, start: date | str | None = None, end: date | str | None = None,
              level: str = "concept") -> nx.MultiGraph:
    """The signed actor–concept network (as DNA codes it): one edge per actor, agreement and concept, the key
    being the agreement (agree, disagree, or neither for a reserved stance). With ``level="issue"``, the
    actor–issue network: one edge per actor, stance and issue phrase, the key being the stance.

    Edge attributes: ``agreement`` or ``stance``, ``sign`` (+1 agree or support, -1 disagree, oppose or
    concern, 0 neither or reserved),
    ``count`` and ``weight`` (statements), ``documents`` (ids), ``first`` and ``last`` (ISO dates
    or None) and ``statements`` (IRIs). With ``start`` or ``end`` only statements whose document
    is dated inside the window (both ends included) count; undated ones are left out.
    """
    if level not in LEVELS:
        raise NetworkError(f"unknown level {level!r}; known: {', '.join(LEVELS)}")
    first_day, last_day = _day(start, "start"), _day(end, "end")
    if first_day and last_day and first_day > last_day:
        raise NetworkError(f"the window starts ({first_day}) after it ends ({last_day})")
    window = first_day is not None or last_day is not None
    context = _context(dataset)
    edges: dict[tuple[str, str, str], list[tuple[str, str, str | None]]] = defaultdict(list)
    for row in plain_rows(dataset, "network"):
        stance = context[row["stance"]].get("notation")
        if stance not in SIGNS:
            raise NetworkError(f"stance {row['stance']} has no known skos:notation in the graph "
                               "(is the ontology graph missing?)")
        if level == "concept":
            if not row["concept"]:
                raise NetworkError(f"statement {row['statement']} has no concept (built by an older kg? build again)")
            stance = context[row["agreement"]].get("notation", NEITHER) if row["agreement"] else NEITHER
        document = context[row["doc"]]
        day = document.get("date") if isinstance(document.get("date"), date) else None
        if window and (day is None or (first_day and day < first_day) or (last_day and day > last_day)):
            continue
        edges[(row["actor"], row[level], stance)].append(
            (row["statement"], str(document.get("doc_id") or _tail(row["doc"])), day.isoformat() if day else None))
    b = nx.MultiGraph(kind="bipartite", level=level, normalize=None, start=first_day, end=last_day)
    attribute = "agreement" if level == "concept" else "stance"
    for (actor, issue, stance), statements in sorted(edges.items()):
        for node, kind in ((actor, "actor"), (issue, level)):
            if node not in b:
                attrs = {k: v for k, v in context[node].items() if k in ("label_en", "label_ar", "type")}
                label = attrs.get("label_en") or attrs.get("label_ar") or _tail(node)
                b.add_node(node, kind=kind, bipartite=0 if kind == "actor" else 1, label=label, **attrs)
        dates = sorted(day for _, _, day in statements if day)
        b.add_edge(actor, issue, key=stance, **{attribute: stance}, label=stance, sign=SIGNS[stance], count=len(statements),
                   weight=len(statements), documents=sorted({doc for _, doc, _ in statements}),
                   first=dates[0] if dates else None, last=dates[-1] if dates else None,
                   statements=sorted(st for st, _, _ in statements))
    return b


# ---------------------------------------------------------------- one-mode projections

def _positions(b: nx.MultiGraph) -> Iterator[tuple[str, str, str]]:
    """(actor, issue, stance) of every edge, whichever end networkx lists first."""
    for u, v, stance in b.edges(keys=True):
        yield (u, v, stance) if b.nodes[u].get("kind") == "actor" else (v, u, stance)


def _nodes_of(b: nx.MultiGraph, kind: str) -> list[str]:
    return sorted(n for n, k in b.nodes(data="kind") if k == kind)


def _statements_by_position(b: nx.MultiGraph) -> dict[tuple[str, str, str], tuple[str, ...]]:
    """The statements of every edge by (actor, issue, stance)."""
    return {(actor, issue, stance): tuple(b.edges[actor, issue, stance].get("statements", ()))
            for actor, issue, stance in _positions(b)}


def _normalizer(name: str | None) -> Callable[[int, set, set], float] | None:
    if name is None:
        return None
    if name == "jaccard":
        return lambda w, a, b: w / len(a | b)
    if name == "average":
        return lambda w, a, b: w / ((len(a) + len(b)) / 2)
    if name == "cosine":
        return lambda w, a, b: w / math.sqrt(len(a) * len(b))
    raise NetworkError(f"unknown normalisation {name!r}; known: {', '.join(NORMALIZATIONS)}")


def _one_mode(b: nx.MultiGraph, kind: str, node_kind: str, ties: dict[tuple[str, str], dict[str, set]],
              activity: dict[str, set], normalize: str | None, basis: str) -> nx.Graph:
    """A one-mode graph of node_kind with one edge per tie; weight is the raw count or its normalisation.

    The edge's ``label`` spells out its basis ('concern: <issue>; ...'), for tables and Gephi.
    """
    norm = _normalizer(normalize)
    g = nx.Graph(kind=kind, level=b.graph.get("level", "issue"), normalize=normalize, start=b.graph.get("start"),
                 end=b.graph.get("end"))
    g.add_nodes_from((n, b.nodes[n]) for n in _nodes_of(b, node_kind))
    named = {n: b.nodes[n].get("label", n) for n in b}  # looked up once: a corpus has tens of thousands of ties

    def label(item: tuple[str, str] | str) -> str:
        return f"{item[0]}: {named.get(item[1], item[1])}" if isinstance(item, tuple) else named.get(item, item)

    def edge(u: str, v: str, tie: dict[str, set]) -> tuple[str, str, dict[str, Any]]:
        items = sorted(tie[basis])
        return u, v, {"count": len(items), "weight": norm(len(items), activity[u], activity[v]) if norm else len(items),
                      "label": LIST_SEPARATOR.join(map(label, items)), basis: items,
                      **({"statements": sorted(tie["statements"])} if tie["statements"] else {})}

    g.add_edges_from(edge(u, v, tie) for (u, v), tie in sorted(ties.items()))
    return g


def congruence(b: nx.MultiGraph, *, normalize: str | None = None, evidence: bool = True) -> nx.Graph:
    """Actors tied by the issue–stance pairs they share: weight = how many (or its normalisation).

    >>> b = nx.MultiGraph()
    >>> b.add_nodes_from(["Ankara", "Riyadh", "Tehran"], kind="actor")
    >>> b.add_nodes_from(["influence", "pipeline"], kind="issue")
    >>> for actor, issue, stance in [("Ankara", "influence", "concern"), ("Riyadh", "influence", "concern"),
    ...                              ("Ankara", "pipeline", "concern"), ("Tehran", "influence", "support")]:
    ...     _ = b.add_edge(actor, issue, key=stance, stance=stance)
    >>> sorted(congruence(b).edges(data="weight"))
    [('Ankara', 'Riyadh', 1)]
    >>> congruence(b, normalize="jaccard").edges["Ankara", "Riyadh"]["weight"]
    0.5
    """
    holders: dict[tuple[str, str], list[str]] = defaultdict(list)
    for actor, issue, stance in _positions(b):
        holders[(issue, stance)].append(actor)
    held = _statements_by_position(b)  # looked up once: a corpus ties tens of thousands of pairs
    activity: dict[str, set] = defaultdict(set)
    ties: dict[tuple[str, str], dict[str, set]] = defaultdict(lambda: {"pairs": set(), "statements": set()})
    for (issue, stance), actors in holders.items():
        for actor in actors:
            activity[actor].add((issue, stance))
        for u, v in combinations(sorted(actors), 2):
            tie = ties[(u, v)]
            tie["pairs"].add((stance, issue))
            if evidence:
                tie["statements"].update(held[u, issue, stance], held[v, issue, stance])
    return _one_mode(b, "congruence", "actor", ties, activity, normalize, "pairs")


def conflict(b: nx.MultiGraph, *, normalize: str | None = None, evidence: bool = True) -> nx.Graph:
    """Actors tied by the issues on which one supports and the other opposes or is concerned: weight = how many.

    >>> b = nx.MultiGraph()
    >>> b.add_nodes_from(["Baghdad", "Damascus", "Tehran"], kind="actor")
    >>> b.add_nodes_from(["summit"], kind="issue")
    >>> for actor, stance in [("Baghdad", "support"), ("Damascus", "reserved"), ("Tehran", "concern")]:
    ...     _ = b.add_edge(actor, "summit", key=stance, stance=stance)
    >>> sorted(conflict(b).edges(data="issues"))
    [('Baghdad', 'Tehran', ['summit'])]
    """
    sides: dict[str, dict[int, set[str]]] = defaultdict(lambda: {1: set(), -1: set()})
    stances: dict[tuple[str, str], set[str]] = defaultdict(set)
    held = _statements_by_position(b) if evidence else {}
    for actor, issue, stance in _positions(b):
        stances[(actor, issue)].add(stance)
        if SIGNS[stance]:
            sides[issue][SIGNS[stance]].add(actor)
    activity: dict[str, set] = defaultdict(set)
    ties: dict[tuple[str, str], dict[str, set]] = defaultdict(lambda: {"issues": set(), "statements": set()})
    for issue, side in sides.items():
        for actor in side[1] | side[-1]:
            activity[actor].add(issue)
        for pro in side[1]:
            for contra in side[-1] - {pro}:
                u, v = sorted((pro, contra))
                ties[(u, v)]["issues"].add(issue)
                for actor, sign in ((pro, 1), (contra, -1)) if evidence else ():
                    for stance in stances[(actor, issue)]:
                        if SIGNS[stance] == sign:
                            ties[(u, v)]["statements"].update(held[actor, issue, stance])
    return _one_mode(b, "conflict", "actor", ties, activity, normalize, "issues")


def issue_projection(b: nx.MultiGraph, *, normalize: str | None = None, evidence: bool = True) -> nx.Graph:
    """Issues tied by the actor–stance pairs they share (an actor holds the same stance on both): weight = how many.

    >>> b = nx.MultiGraph()
    >>> b.add_nodes_from(["Ankara", "Riyadh"], kind="actor")
    >>> b.add_nodes_from(["influence", "pipeline", "summit"], kind="issue")
    >>> for actor, issue, stance in [("Ankara", "influence", "concern"), ("Ankara", "pipeline", "concern"),
    ...                              ("Riyadh", "influence", "concern"), ("Riyadh", "summit", "support")]:
    ...     _ = b.add_edge(actor, issue, key=stance, stance=stance)
    >>> sorted(issue_projection(b).edges(data="weight"))
    [('influence', 'pipeline', 1)]
    """
    positions: dict[tuple[str, str], list[str]] = defaultdict(list)
    held = _statements_by_position(b) if evidence else {}
    for actor, issue, stance in _positions(b):
        positions[(actor, stance)].append(issue)
    activity: dict[str, set] = defaultdict(set)
    ties: dict[tuple[str, str], dict[str, set]] = defaultdict(lambda: {"pairs": set(), "statements": set()})
    for (actor, stance), issues in positions.items():
        for issue in issues:
            activity[issue].add((actor, stance))
        for u, v in combinations(sorted(issues), 2):
            ties[(u, v)]["pairs"].add((stance, actor))
            if evidence:
                ties[(u, v)]["statements"].update(held[actor, u, stance], held[actor, v, stance])
    return _one_mode(b, "issue", b.graph.get("level", "issue"), ties, activity, normalize, "pairs")


def network(dataset: Graph, kind: str = "congruence", *, normalize: str | None = None,
            start: date | str | None = None, end: date | str | None = None, level: str = "concept",
            evidence: bool = True) -> nx.Graph:
    """The network of the given kind (one of KINDS) over the statements of a dataset, on concepts with their
    agreement (``level="concept"``, the default, as DNA computes it) or on issue phrases and stances."""
    projections = {"congruence": congruence, "conflict": conflict, "issue": issue_projection}
    if kind != "bipartite" and kind not in projections:
        raise NetworkError(f"unknown network kind {kind!r}; known: {', '.join(KINDS)}")
    if kind == "bipartite" and normalize is not None:
        raise NetworkError("the bipartite network has no normalisation; it counts statements")
    _normalizer(normalize)  # an unknown normalisation fails before the graph is read
    b = bipartite(dataset, start=start, end=end, level=level)
    return b if kind == "bipartite" else projections[kind](b, normalize=normalize, evidence=evidence)


# ---------------------------------------------------------------- measures

def _simple(g: nx.Graph) -> nx.Graph:
    """A multigraph's parallel edges merged, weights summed, so measures see one tie per pair of nodes."""
    if not g.is_multigraph():
        return g
    simple = nx.Graph()
    simple.add_nodes_from(g.nodes)
    for u, v, weight in g.edges(data="weight", default=1):
        previous = simple.edges[u, v]["weight"] if simple.has_edge(u, v) else 0
        simple.add_edge(u, v, weight=previous + weight)
    return simple


def measures(g: nx.Graph, *, seed: int = 0) -> nx.Graph:
    """A copy of g whose nodes carry degree, weighted_degree, betweenness and community.

    Betweenness is normalised and ignores weights (weights are similarities, not distances); on more than
    BETWEENNESS_EXACT nodes it is estimated from BETWEENNESS_SOURCES source nodes (networkx's k, seeded);
    communities are Louvain's (networkx, weighted, ``seed`` fixed), numbered from 1 by size.
    """
    simple = _simple(g)
    # exact up to BETWEENNESS_EXACT nodes; above, estimated from BETWEENNESS_SOURCES sources (seeded: repeatable)
    sample = BETWEENNESS_SOURCES if simple.number_of_nodes() > BETWEENNESS_EXACT else None
    betweenness = nx.betweenness_centrality(simple, k=sample, normalized=True, seed=seed)
    found = nx.community.louvain_communities(simple, weight="weight", seed=seed)
    label = nx.get_node_attributes(g, "label")
    ordered = sorted((sorted(c, key=lambda n: (label.get(n, n), n)) for c in found),
                     key=lambda c: (-len(c), label.get(c[0], c[0]), c[0]))
    community = {node: number for number, members in enumerate(ordered, 1) for node in members}
    out = g.copy()
    for node in out:
        out.nodes[node].update(degree=simple.degree(node), weighted_degree=simple.degree(node, weight="weight"),
                               betweenness=betweenness[node], community=community[node])
    return out


# ---------------------------------------------------------------- tables and exports

def _short(text: str, width: int = TABLE_LABEL_CHARS) -> str:
    return text if len(text) <= width else text[:width - 1] + "…"


def _number(value: float) -> str:
    return str(value) if isinstance(value, int) else f"{value:.3f}"


def _describe(g: nx.Graph) -> str:
    kind = g.graph.get("kind", "")
    level = f"{g.graph.get('level') or 'issue'}s"
    nodes = f"actors and {level}" if kind == "bipartite" else (level if kind == "issue" else "actors")
    details = [g.graph["normalize"]] if g.graph.get("normalize") else []
    if g.graph.get("start") or g.graph.get("end"):
        details.append(f"{g.graph.get('start') or '…'} to {g.graph.get('end') or '…'}")
    suffix = f" ({', '.join(details)})" if details else ""
    return f"{kind} network{suffix}: {g.number_of_nodes()} {nodes}, {g.number_of_edges()} ties"


def network_table(g: nx.Graph, top: int = 10, *, width: int | None = None) -> str:
    """The top nodes by weighted degree and the strongest ties, as text tables (what `kg network` prints)."""
    if top < 1:
        raise NetworkError(f"top {top}: give a positive number")
    m = g if all("community" in d for _, d in g.nodes(data=True)) else measures(g)  # kg network measured it
    label = {n: d.get("label") or n for n, d in m.nodes(data=True)}
    ranked = sorted(m.nodes(data=True), key=lambda nd: (-nd[1]["weighted_degree"], -nd[1]["degree"], label[nd[0]],
                                                        nd[0]))[:top]
    nodes = format_table(("rank", "node", "degree", "weighted", "betweenness", "community"),
                         [(str(i), _short(label[n]), str(d["degree"]), _number(d["weighted_degree"]),
                           f"{d['betweenness']:.3f}", str(d["community"])) for i, (n, d) in enumerate(ranked, 1)],
                         width=width)
    actor_first = ((v, u, d) if m.nodes[u].get("kind") != "actor" else (u, v, d) for u, v, d in m.edges(data=True))
    strongest = sorted(actor_first, key=lambda e: (-e[2].get("weight", 1), label[e[0]], label[e[1]],
                                                   e[2].get("label", "")))[:top]
    key = "agreement" if m.graph.get("level") == "concept" else "stance"
    ties = format_table(("rank", "node", "node", "weight", "count", key if m.is_multigraph() else "on"),
                        [(str(i), _short(label[u]), _short(label[v]), _number(d.get("weight", 1)),
                          str(d.get("count", 1)), _short(d.get("label", ""), 2 * TABLE_LABEL_CHARS))
                         for i, (u, v, d) in enumerate(strongest, 1)], width=width) if strongest else "no ties\n"
    return f"{_describe(g)}\n\n{nodes}\n{ties}"


def _scalar(value: Any) -> Any:
    """GraphML, GEXF and CSV hold scalars: lists are joined, pairs become 'stance IRI', dates ISO strings."""
    if isinstance(value, (list, tuple, set)):
        return LIST_SEPARATOR.join(" ".join(item) if isinstance(item, tuple) else str(item) for item in value)
    if isinstance(value, date):
        return value.isoformat()
    return value


def _exportable(g: nx.Graph) -> nx.Graph:
    """g with scalar attributes only and actors before issues, so writers put bipartite edges as actor, issue."""
    out = g.__class__()
    out.graph.update({k: _scalar(value) for k, value in g.graph.items() if value is not None})
    nodes = sorted(g.nodes(data=True), key=lambda nd: nd[1].get("kind") != "actor")  # stable: keeps g's order
    out.add_nodes_from((n, {k: _scalar(value) for k, value in d.items() if value is not None}) for n, d in nodes)
    edges = g.edges(keys=True, data=True) if g.is_multigraph() else ((u, v, None, d) for u, v, d in g.edges(data=True))
    for number, (u, v, key, d) in enumerate(edges):
        attrs = {k: _scalar(value) for k, value in d.items() if value is not None}
        attrs["id"] = f"e{number}"  # unique edge ids: a multigraph's keys (stances) repeat across pairs
        if key is None:
            out.add_edge(u, v, **attrs)
        else:
            out.add_edge(u, v, key=key, **attrs)
    return out


def _csv(g: nx.Graph) -> bytes:
    flat = _exportable(g)
    leading = ["source", "target", "source_label", "target_label", "weight", "count"]
    keys = sorted({k for _, _, d in flat.edges(data=True) for k in d} - set(leading) - {"id"})
    stream = io.StringIO()
    writer = csv.writer(stream, lineterminator="\n")
    writer.writerow(leading + keys)
    for u, v, d in flat.edges(data=True):
        writer.writerow([u, v, flat.nodes[u].get("label", ""), flat.nodes[v].get("label", ""),
                         d.get("weight", ""), d.get("count", "")] + [d.get(k, "") for k in keys])
    return stream.getvalue().encode("utf-8")


def _xml(g: nx.Graph, fmt: str) -> bytes:
    stream = io.BytesIO()
    if fmt == "graphml":
        nx.write_graphml(_exportable(g), stream, edge_id_from_attribute="id")
    else:
        nx.write_gexf(_exportable(g), stream)
    return stream.getvalue()


NETWORK_FORMATS = ("graphml", "gexf", "csv")


def network_format(out: Path | str, fmt: str | None = None) -> str:
    """The format asked for, or the one out's suffix names: graphml, gexf, csv or an RDF format of kg export."""
    known = [*NETWORK_FORMATS, *RDF_FORMATS]
    if fmt is not None:
        if fmt not in known:
            raise ExportError(f"unknown network format {fmt!r}; known: {', '.join(known)}")
        return fmt
    suffix = Path(out).suffix.lower()
    by_suffix = {f".{name}": name for name in NETWORK_FORMATS} | {f.suffix: f.name for f in RDF_FORMATS.values()}
    if suffix not in by_suffix:
        raise ExportError(f"{out}: cannot tell the format from the suffix; use one of {', '.join(by_suffix)}")
    return by_suffix[suffix]


def write_network(g: nx.Graph, out: Path | str, *, fmt: str | None = None) -> Path:
    """Write g as GraphML, GEXF (Gephi), a CSV edge list, or RDF (to_rdf's named graph); fmt from the suffix.

    Replaces out whole, through a temporary file, so a failure leaves no half-written file.
    """
    out = Path(out)
    fmt = network_format(out, fmt)
    if fmt in ("graphml", "gexf"):
        data = _xml(g, fmt)
    elif fmt == "csv":
        data = _csv(g)
    else:
        dataset = Dataset()
        for prefix, namespace in {**PREFIXES, "kgn": KGN._NS}.items():
            dataset.bind(prefix, namespace)
        to_rdf(g, into=dataset)
        data = serialize(dataset, fmt)
    write_atomically(out, data)
    return out


def network_report(source: Path | str | Graph, *, kind: str = "congruence", normalize: str | None = None,
                   start: date | str | None = None, end: date | str | None = None, top: int = 10,
                   out: Iterable[Path | str] = (), width: int | None = None, level: str = "concept") -> str:
    """What `kg network` does: the ranked table of one network, and the files it was written to.

    The files carry the measures as node attributes (degree, weighted_degree, betweenness, community).
    """
    outputs = [(Path(path), network_format(path)) for path in out]  # a bad suffix fails before any work
    dataset = open_build(source, bag=True)  # the network's rows cannot repeat in a bag
    with step(f"computing the {kind} network and its measures"):
        # the statements behind each tie go only into files: a table of a corpus needs none of them
        g = measures(network(dataset, kind, normalize=normalize, start=start, end=end, level=level,
                             evidence=bool(outputs)))
    return network_table(g, top, width=width) + "".join(
        f"wrote {write_network(g, path, fmt=fmt)}\n" for path, fmt in outputs)


# ---------------------------------------------------------------- back into RDF

def network_name(g: nx.Graph) -> str:
    """A readable, content-derived name for g: kind, normalisation and window (congruence-jaccard-2025-01-01..)."""
    parts = [g.graph.get("kind") or "network"]
    if g.graph.get("level") == "issue":
        parts.append("issues")
    if g.graph.get("normalize"):
        parts.append(g.graph["normalize"])
    start, end = g.graph.get("start"), g.graph.get("end")
    if start or end:
        parts.append(f"{_scalar(start) or ''}..{_scalar(end) or ''}")
    return "-".join(parts)


def _digest(*parts: str) -> str:
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:16]


def to_rdf(g: nx.Graph, *, into: Dataset | None = None) -> Graph:
    """g as the named graph data:graph/network/<name>, so SPARQL reaches it beside the statements.

    One kgn:Network and one kgn:Tie per edge: its two kgn:node, kgn:weight, kgn:count, the
    shared kgn:concept or kgn:issue (actor networks) or kgn:actor (concept or issue network),
    kgn:agreement or kgn:stance and kgn:sign (bipartite) and prov:wasDerivedFrom each statement behind it. With ``into`` the graph is
    added to that dataset (replacing an earlier one of the same name); else to a new one.
    """
    dataset = into if into is not None else Dataset()
    name = network_name(g)
    graph = dataset.graph(DATA[f"graph/network/{name}"])
    graph.remove((None, None, None))
    net = DATA[f"network/{name}"]
    graph.add((net, RDF.type, KGN.Network))
    graph.add((net, KGN.kind, Literal(g.graph.get("kind") or "network")))
    graph.add((net, KGN.level, Literal(g.graph.get("level") or "issue")))
    if g.graph.get("normalize"):
        graph.add((net, KGN.normalization, Literal(g.graph["normalize"])))
    for term, value in ((KGN.start, g.graph.get("start")), (KGN.end, g.graph.get("end"))):
        if value:
            graph.add((net, term, Literal(_scalar(value), datatype=XSD.date)))
    edges = g.edges(keys=True, data=True) if g.is_multigraph() else ((u, v, "", d) for u, v, d in g.edges(data=True))
    for u, v, key, d in edges:
        tie = DATA[f"network/{name}/tie/{_digest(*sorted((u, v)), key)}"]
        graph.add((tie, RDF.type, KGN.Tie))
        graph.add((tie, KGN.network, net))
        for node in (u, v):
            graph.add((tie, KGN.node, URIRef(node)))
        graph.add((tie, KGN.weight, Literal(Decimal(repr(float(d.get("weight", 1)))))))
        graph.add((tie, KGN.count, Literal(int(d.get("count", 1)), datatype=XSD.integer)))
        if d.get("stance"):
            graph.add((tie, KGN.stance, KG[d["stance"]]))
            graph.add((tie, KGN.sign, Literal(int(d["sign"]))))
        if d.get("agreement"):
            if d["agreement"] != NEITHER:
                graph.add((tie, KGN.agreement, KG[d["agreement"]]))
            graph.add((tie, KGN.sign, Literal(int(d["sign"]))))
        shared = KGN.concept if g.graph.get("level") == "concept" else KGN.issue
        for issue in d.get("issues", ()):
            graph.add((tie, shared, URIRef(issue)))
        for _, node in d.get("pairs", ()):
            graph.add((tie, shared if g.graph.get("kind") == "congruence" else KGN.actor, URIRef(node)))
        for statement in d.get("statements", ()):
            graph.add((tie, PROV.wasDerivedFrom, URIRef(statement)))
    return graph

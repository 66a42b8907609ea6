"""Self-contained, bilingual HTML views of a built graph (pyvis + vis-network), that open offline from a file:// path."""
from __future__ import annotations

import hashlib
import math
import os
import re
import tempfile
from collections import Counter
from itertools import chain, combinations
from importlib.resources import files
from operator import itemgetter
from pathlib import Path
from typing import TYPE_CHECKING, Any

import networkx as nx
import orjson
from jinja2 import Environment, PackageLoader, select_autoescape
from rdflib import Dataset, Graph

from .errors import InputError, KgError
from .progress import step
from .query import plain_rows
from .rows import merge_view

if TYPE_CHECKING:
    from pyvis.network import Network

VIEW_COLUMNS = ("statement", "actor", "actor_en", "actor_ar", "actor_type", "actor_type_en", "actor_type_ar",
                "stance", "stance_en", "stance_ar", "issue", "issue_en", "issue_ar", "concept", "concept_en",
                "concept_ar", "sentence", "char_start",
                "issue_start", "issue_end", "source_en", "source_ar", "outlet_en", "outlet_ar", "date", "doc_id")
STANCE_COLOURS = {"support": "#2e7d32", "oppose": "#c62828", "concern": "#ef6c00", "reserved": "#6a1b9a"}
# Actor types by the local name of their class in ontology/kg.ttl; hues kept apart from the stance colours.
ACTOR_TYPE_COLOURS = {"State": "#1565c0", "GovernmentBody": "#00838f", "InternationalOrganisation": "#3949ab",
                      "ArmedGroup": "#4e342e", "PoliticalFaction": "#d81b60", "StateCollective": "#00695c",
                      "Person": "#f9a825", "MediaOutlet": "#8d6e63", "ThinkTank": "#546e7a"}
OTHER_ACTOR_COLOUR = "#9e9e9e"
# The actor network: agreement is kg.networks.congruence, conflict is kg.networks.conflict.
RELATION_COLOURS = {"agreement": "#00897b", "conflict": "#c62828"}
ISSUE_COLOUR = {"background": "#eceff1", "border": "#90a4ae"}
LANGUAGES = ("en", "ar")
ISSUE_LABEL_CHARS = 48
TOOLTIP_STATEMENTS = 6
# Positions come from Python (_layout); vis-network's physics only polishes graphs up to this size, within a
# bounded number of iterations, and is then switched off. Larger graphs draw at once from the precomputed
# layout: benchmarks/view_settle.py measures 2,000 nodes.
PHYSICS_MAX_NODES = 400
VIEW_MAX_NODES = 2000  # the whole-graph view draws the busiest this many: they settle in ~2 s (view_settle.py)
STABILISATION_ITERATIONS = 200
# networkx's spring layout needs scipy from 500 nodes on; above that the actors get ForceAtlas2 (numpy only).
SPRING_MAX_ACTORS = 499
ISSUE_ARC, ACTOR_ARC = 260, 150  # pixels of ring an issue box and an actor with its label take in a focus view
ACTOR_SPACING = 140.0
PETAL_SPACING = 42.0
GOLDEN_ANGLE = math.pi * (3 - math.sqrt(5))

# The words of the page itself; names of actors, issues, stances and types come from the graph in both languages.
UI_TEXT: dict[str, dict[str, str]] = {
    "en": {
        "title": "Who holds which position on which issue", "graph": "whole graph",
        "busiest": "the {shown:,} actors and issues with the most statements, of {total:,}", "actor_view": "around {name}",
        "issue_view": "issue: {name}", "search": "Search", "search_placeholder": "an actor or an issue",
        "fit": "Show all", "stance": "Stance", "actor_type": "Actor type", "shapes": "Shapes", "actor": "actor",
        "issue": "issue", "other_type": "other", "count_actors": "{n} actors", "count_issues": "{n} issues",
        "count_edges": "{n} links", "no_match": "no match", "matches": "{n} found", "source": "source",
        "outlet": "outlet", "more": "and {n} more statements", "actor_stats": "{n} statements on {m} issues",
        "issue_stats": "{n} statements by {m} actors", "concept": "concept: {name}",
        "more_issues": "and {n:,} more issues", "more_actors": "and {n:,} more actors",
        "untied": "{n} actors without ties left out", "network": "actors: agreement and conflict",
        "relation": "Tie", "agreement": "agreement", "conflict": "conflict", "tie_stats": "issues in common: {n}",
    },
    "ar": {
        "title": "من يتخذ أي موقف من أي قضية", "graph": "الرسم كاملاً",
        "busiest": "الفاعلون والقضايا الأكثر تصريحات: {shown:,} من {total:,}", "actor_view": "حول {name}",
        "issue_view": "القضية: {name}", "search": "بحث", "search_placeholder": "اسم فاعل أو قضية",
        "fit": "عرض الكل", "stance": "الموقف", "actor_type": "نوع الفاعل", "shapes": "الأشكال", "actor": "فاعل",
        "issue": "قضية", "other_type": "غير ذلك", "count_actors": "الفاعلون: {n}", "count_issues": "القضايا: {n}",
        "count_edges": "الروابط: {n}", "no_match": "لا نتيجة", "matches": "النتائج: {n}", "source": "المصدر",
        "outlet": "وسيلة النشر", "more": "تصريحات أخرى: {n}", "actor_stats": "التصريحات: {n} · القضايا: {m}",
        "issue_stats": "التصريحات: {n} · الفاعلون: {m}", "concept": "المفهوم: {name}",
        "more_issues": "وقضايا أخرى: {n:,}", "more_actors": "وفاعلون آخرون: {n:,}",
        "untied": "فاعلون بلا روابط لم يُرسموا: {n}", "network": "الفاعلون: اتفاق وخلاف",
        "relation": "العلاقة", "agreement": "اتفاق", "conflict": "خلاف", "tie_stats": "القضايا المشتركة: {n}",
    },
}
_EXTERNAL = re.compile(r"(?:src|href)\s*=\s*[\"']([^\"']+)[\"']")
_VIS_DIR = "templates/lib/vis-9.1.2"


class ViewError(KgError):
    """A view cannot be drawn as asked (an unknown actor or issue, an unknown language)."""


def view_rows(dataset: Graph | Dataset) -> list[dict[str, str]]:
    """One row per statement with IRIs and labels in both languages (kg/queries/view.rq).

    An actor typed twice yields two rows; the first type in IRI order is kept, so views are deterministic.
    """
    return merge_view([{column: row.get(column, "") for column in VIEW_COLUMNS} for row in plain_rows(dataset, "view")])


def _local_name(iri: str) -> str:
    """What follows the last '#' or '/'."""
    return iri[max(iri.rfind("#"), iri.rfind("/")) + 1:]


def position_graph(rows: list[dict[str, str]]) -> nx.MultiDiGraph:
    """Actors and issues as nodes, one edge per actor-stance-issue (keyed by stance) carrying its statements.

    Gathered in dicts and added to networkx at once (a corpus has 100,000 rows): nodes in the order they first
    appear, each with the labels of its last row, edges with those of their first (actor and issue IRIs are
    minted apart, so no node is both).
    """
    edges: dict[tuple[str, str, str], list[dict[str, str]]] = {}
    edge_of = itemgetter("actor", "issue", "stance")
    for row in rows:
        edges.setdefault(edge_of(row), []).append(row)
    actors = {row["actor"]: row for row in rows}
    issues = {row["issue"]: row for row in rows}
    graph = nx.MultiDiGraph()
    graph.add_nodes_from(dict.fromkeys(chain.from_iterable(map(itemgetter("actor", "issue"), rows))))
    for node, row in actors.items():
        graph.nodes[node].update(kind="actor", en=row["actor_en"], ar=row["actor_ar"],
                                 type=_local_name(row["actor_type"]) if row["actor_type"] else "",
                                 type_en=row["actor_type_en"], type_ar=row["actor_type_ar"])
    for node, row in issues.items():
        graph.nodes[node].update(kind="issue", en=row["issue_en"], ar=row["issue_ar"], concept=row.get("concept", ""),
                                 concept_en=row.get("concept_en", ""), concept_ar=row.get("concept_ar", ""))
    graph.add_edges_from((actor, issue, stance, {"en": found[0]["stance_en"] or stance,
                                                 "ar": found[0]["stance_ar"] or stance, "statements": found})
                         for (actor, issue, stance), found in edges.items())
    return graph


def _find(graph: nx.MultiDiGraph, kind: str, name: str) -> str:
    """The node of this kind named name, as every command resolves names (kg.names)."""
    from .names import NameError_, resolve

    names = {n: [label for label in (a["en"], a["ar"]) if label] for n, a in graph.nodes(data=True)
             if a["kind"] == kind}
    try:
        return resolve(names, name, kind, one=True)[0]
    except NameError_ as exc:
        raise ViewError(str(exc)) from exc


FOCUS_TOP = 25  # a focus view draws at most this many issues and this many other actors, the busiest


def actor_view(graph: nx.MultiDiGraph, name: str, *, top: int = FOCUS_TOP,
               min_statements: int = 1) -> tuple[nx.MultiDiGraph, str, int, int]:
    """One actor's focus view: its issues (the `top` with the most statements) and the actors that share
    them, ranked by the issues they share, then their statements on them, and capped at `top`; an actor
    with fewer than min_statements statements on the shared issues is left out.

    Returns the view, the focal node, and how many issues and actors were left out."""
    if top < 1 or min_statements < 1:
        raise ViewError("--top and --min-statements take a positive number")
    focal = _find(graph, "actor", name)
    issues = Counter({issue: sum(len(d["statements"]) for *_, d in graph.in_edges(issue, data=True))
                      for issue in graph.successors(focal)})
    kept_issues = sorted(issues, key=lambda i: (-issues[i], i))[:top]
    shared: dict[str, list[int]] = {}
    for issue in kept_issues:
        for other, _, data in graph.in_edges(issue, data=True):
            if other != focal:
                score = shared.setdefault(other, [0, 0])
                score[1] += len(data["statements"])
        for other in set(graph.predecessors(issue)) - {focal}:
            shared[other][0] += 1
    ranked = sorted((a for a, (_, n) in shared.items() if n >= min_statements),
                    key=lambda a: (-shared[a][0], -shared[a][1], a))
    view = graph.subgraph([focal, *kept_issues, *ranked[:top]]).copy()
    return view, focal, len(issues) - len(kept_issues), len(shared) - len(ranked[:top])


def issue_view(graph: nx.MultiDiGraph, name: str) -> nx.MultiDiGraph:
    """One issue and every actor's position on it."""
    return nx.ego_graph(graph, _find(graph, "issue", name), radius=1, undirected=True)


def _label(attrs: dict[str, Any], lang: str) -> str:
    other = "ar" if lang == "en" else "en"
    return attrs.get(lang) or attrs.get(other) or ""


def _short(text: str) -> str:
    return text if len(text) <= ISSUE_LABEL_CHARS else text[:ISSUE_LABEL_CHARS - 1].rstrip() + "…"


def _both(attrs: dict[str, Any], lang: str) -> str:
    """'Iraq · العراق': the label in the page's language first, the other one after it."""
    other = "ar" if lang == "en" else "en"
    return " · ".join(dict.fromkeys(x for x in (attrs.get(lang), attrs.get(other)) if x))


def _statement_item(row: dict[str, str], lang: str, ui: dict[str, str]) -> dict[str, Any]:
    """One statement in a tooltip: the Arabic sentence with the issue phrase marked, then source, outlet, date.
    (Written out, as _label would be: it runs for 50,000 statements of a corpus.)"""
    start = int(row["char_start"])
    mark = [int(row["issue_start"]) - start, int(row["issue_end"]) - start]
    if not 0 <= mark[0] < mark[1] <= len(row["sentence"]):
        mark = [0, 0]
    other = "ar" if lang == "en" else "en"
    source = row[f"source_{lang}"] or row[f"source_{other}"]
    outlet = row[f"outlet_{lang}"] or row[f"outlet_{other}"]
    # parts, each isolated (<bdi>) in the page, so that Latin names and dates read in order inside Arabic
    meta = [f"{ui['source']}: {source}", f"{ui['outlet']}: {outlet}", *([row["date"]] if row["date"] else [])]
    return {"sentence": row["sentence"], "mark": mark, "meta": meta}


def _statement_with_gloss(row: dict[str, str], lang: str, ui: dict[str, str]) -> dict[str, Any]:
    """A statement behind a tie between two actors: which actor, stance and issue, then the evidence."""
    actor, stance, issue = ({"en": row[f"{part}_en"], "ar": row[f"{part}_ar"]} for part in ("actor", "stance", "issue"))
    return {"gloss": _gloss(actor, stance, issue, lang), **_statement_item(row, lang, ui)}


CONCEPT_COLOURS = ("#8e24aa", "#00897b", "#f4511e", "#3949ab", "#7cb342", "#c0ca33", "#6d4c41", "#d81b60",
                   "#039be5", "#fb8c00")


def _concept_colour(concept: str) -> str:
    """A border colour for an issue's concept: the same concept, the same colour, in every view of any build."""
    if not concept:
        return ISSUE_COLOUR["border"]
    return CONCEPT_COLOURS[int(hashlib.sha256(concept.encode("utf-8")).hexdigest(), 16) % len(CONCEPT_COLOURS)]


def _gloss(actor: dict[str, Any], stance: dict[str, Any], issue: dict[str, Any], lang: str) -> str:
    return " — ".join([_label(actor, lang), _label(stance, lang), _label(issue, lang)])


def _layout(graph: nx.MultiDiGraph) -> dict[str, tuple[int, int]]:
    """Node positions in pixels, in time linear in the issues (a force layout of 2,000 nodes takes too long).

    Actors get a spring layout of who shares issues (or an edge) with whom; the issues held by the same set of
    actors are placed as a sunflower around those actors' centre, so each actor's positions gather round it.
    """
    actors = sorted(n for n, a in graph.nodes(data=True) if a["kind"] == "actor")
    weights: Counter[tuple[str, str]] = Counter()  # counted first: a corpus has a million pairs
    groups: dict[tuple[str, ...], list[str]] = {}
    for node in sorted(graph):
        holders = tuple(sorted(set(nx.all_neighbors(graph, node))))
        if graph.nodes[node]["kind"] == "actor":
            weights.update(tuple(sorted((node, other))) for other in holders if graph.nodes[other]["kind"] == "actor")
        else:
            groups.setdefault(holders, []).append(node)
            weights.update(combinations(holders, 2))
    for issues in groups.values():  # the issues of one concept sit side by side among their holders' petals
        issues.sort(key=lambda node: (graph.nodes[node].get("concept") or "", node))
    together = nx.Graph()
    together.add_nodes_from(actors)
    together.add_weighted_edges_from((a, b, weight) for (a, b), weight in weights.items())
    if len(actors) <= SPRING_MAX_ACTORS:
        unit = nx.spring_layout(together, seed=7, iterations=50)
    else:
        unit = nx.forceatlas2_layout(together, seed=7, max_iter=50, weight="weight")
        largest = max((abs(c) for xy in unit.values() for c in xy), default=1.0) or 1.0
        unit = {n: xy / largest for n, xy in unit.items()}
    scale = ACTOR_SPACING * math.sqrt(len(actors)) + PETAL_SPACING * math.sqrt(len(graph) / max(len(actors), 1))
    positions = {n: (float(xy[0]) * scale, float(xy[1]) * scale) for n, xy in unit.items()}
    for holders, issues in groups.items():
        cx = sum(positions[a][0] for a in holders) / len(holders)
        cy = sum(positions[a][1] for a in holders) / len(holders)
        for i, issue in enumerate(issues):
            radius, angle = PETAL_SPACING * math.sqrt(i + 1.5), (i + 1) * GOLDEN_ANGLE
            positions[issue] = (cx + radius * math.cos(angle), cy + radius * math.sin(angle))
    return {n: (round(x), round(y)) for n, (x, y) in positions.items()}


def _focus_layout(graph: nx.MultiDiGraph, focal: str) -> dict[str, tuple[int, int]]:
    """A focus view's positions: the actor at the centre, its issues on a ring around it, and the other actors
    on an outer ring, each at the mean angle of the issues it shares, so its lines run outward and apart."""
    issues = sorted(graph.successors(focal), key=lambda n: (graph.nodes[n].get("concept") or "", n))
    others = [n for n in sorted(graph) if n != focal and graph.nodes[n]["kind"] == "actor"]
    inner = max(220.0, len(issues) * ISSUE_ARC / (2 * math.pi))
    outer = max(inner + 260.0, len(others) * ACTOR_ARC / (2 * math.pi))
    angle = {issue: 2 * math.pi * i / max(len(issues), 1) for i, issue in enumerate(issues)}
    positions = {focal: (0.0, 0.0)}
    positions.update({issue: (inner * math.cos(a), inner * math.sin(a)) for issue, a in angle.items()})

    def bearing(actor: str) -> float:
        shared = [angle[i] for i in graph.successors(actor) if i in angle]
        x, y = sum(math.cos(a) for a in shared), sum(math.sin(a) for a in shared)
        return math.atan2(y, x) % (2 * math.pi) if shared else 0.0

    for i, actor in enumerate(sorted(others, key=lambda a: (bearing(a), a))):
        a = 2 * math.pi * i / len(others)
        positions[actor] = (outer * math.cos(a), outer * math.sin(a))
    return {n: (round(x), round(y)) for n, (x, y) in positions.items()}


def _options(nodes: int, *, directed: bool, still: bool = False) -> dict[str, Any]:
    """vis-network options: a short, bounded Barnes-Hut polish of small graphs, then still (view.js); a view
    laid out by rings (still) is drawn as laid out."""
    return {
        "autoResize": True,
        "layout": {"randomSeed": 7, "improvedLayout": False},
        "physics": {"enabled": 0 < nodes <= PHYSICS_MAX_NODES and not still, "solver": "barnesHut",
                    "barnesHut": {"gravitationalConstant": -4500, "centralGravity": 0.9, "springLength": 110,
                                  "springConstant": 0.04,
                                  "avoidOverlap": 0.7, "damping": 0.3},
                    "stabilization": {"enabled": True, "iterations": STABILISATION_ITERATIONS,
                                      "updateInterval": 50, "fit": True}},
        "nodes": {"font": {"face": "system-ui, 'Noto Sans Arabic', 'DejaVu Sans', sans-serif", "size": 15},
                  "borderWidth": 1},
        "edges": {"smooth": {"enabled": True, "type": "continuous", "roundness": 0.3},
                  "arrows": {"to": {"enabled": directed, "scaleFactor": 0.6}},
                  "color": {"inherit": False}, "selectionWidth": 2},
        "interaction": {"hover": True, "tooltipDelay": 120, "hideEdgesOnDrag": nodes > 500,
                        "navigationButtons": False, "keyboard": {"enabled": True, "bindToWindow": False}},
    }


def _edge_width(statements: int) -> float:
    """Wider with more statements, linear at first and capped so one busy edge does not hide the rest."""
    return min(1.5 + 1.5 * statements, 12.0)


def _names(attrs: dict[str, Any]) -> list[str]:
    return list(dict.fromkeys(name for name in (attrs["en"], attrs["ar"]) if name))


def _network() -> Network:
    """pyvis's directed Network, its node check a dict lookup: pyvis tests each edge's ends against its list of
    node ids, quadratic in a corpus view (2,000 nodes, 40,000 edges)."""
    from pyvis.network import Network  # here: pyvis imports IPython, which a build without a page need not load

    class Indexed(Network):
        def get_nodes(self) -> dict[str, dict[str, Any]]:  # what add_edge tests the ends against
            return self.node_map

    return Indexed(directed=True)


def _add_actor(net: Network, node: str, attrs: dict[str, Any], *, statements: int, issues: int, degree: int,
               position: tuple[int, int], lang: str, ui: dict[str, str]) -> None:
    """An actor: a dot coloured by its type, sized by its statements; the tooltip names it in both languages."""
    kind = {"en": attrs["type_en"], "ar": attrs["type_ar"]}
    head = [_both(attrs, lang), _both(kind, lang)] if any(kind.values()) else [_both(attrs, lang)]
    net.add_node(node, label=_label(attrs, lang), shape="dot",
                 color=ACTOR_TYPE_COLOURS.get(attrs["type"], OTHER_ACTOR_COLOUR),
                 size=round(12 + 5 * math.sqrt(statements), 1), kind="actor", atype=attrs["type"],
                 names=_names(attrs), degree=degree, x=position[0], y=position[1],
                 tip={"head": [*head, ui["actor_stats"].format(n=statements, m=issues)]})


def _positions_net(graph: nx.MultiDiGraph, lang: str, ui: dict[str, str], focal: str | None = None) -> Network:
    """The network of a position graph: actors as dots coloured by type, issues as boxes, stance edges."""
    net = _network()
    positions = _layout(graph) if focal is None else _focus_layout(graph, focal)
    for node, attrs in sorted(graph.nodes(data=True)):
        x, y = positions[node]
        statements = sum(len(d["statements"]) for *_, d in graph.edges(node, data=True)) \
            + sum(len(d["statements"]) for *_, d in graph.in_edges(node, data=True))
        neighbours = len(set(nx.all_neighbors(graph, node)))
        if attrs["kind"] == "actor":
            _add_actor(net, node, attrs, statements=statements, issues=neighbours, degree=graph.degree(node),
                       position=(x, y), lang=lang, ui=ui)
            if node == focal:
                net.nodes[-1].update(size=max(net.nodes[-1]["size"], 40), borderWidth=4, fixed=True, focal=True,
                                     font={"size": 22, "bold": True}, color={"background": net.nodes[-1]["color"],
                                                                            "border": "#212121"})
        else:
            concept = {"en": attrs.get("concept_en") or "", "ar": attrs.get("concept_ar") or ""}
            net.add_node(node, label=_short(_label(attrs, lang)), shape="box",
                         color={**ISSUE_COLOUR, "border": _concept_colour(attrs.get("concept") or "")},
                         borderWidth=3 if attrs.get("concept") else 1, concept=_label(concept, lang),
                         widthConstraint={"maximum": 220}, kind="issue", atype="", names=_names(attrs),
                         degree=graph.degree(node), margin=6, x=x, y=y,
                         tip={"head": [_label(attrs, lang), *([_label(attrs, "ar" if lang == "en" else "en")]
                                                             if attrs["en"] and attrs["ar"] else []),
                                       *([ui["concept"].format(name=_label(concept, lang))]
                                         if concept["en"] or concept["ar"] else []),
                                       ui["issue_stats"].format(n=statements, m=neighbours)]})
    pair_count: Counter[tuple[str, str]] = Counter()
    for number, (actor, issue, stance, data) in enumerate(sorted(graph.edges(keys=True, data=True))):
        a, s, i = graph.nodes[actor], data, graph.nodes[issue]
        rows = data["statements"]
        head = list(dict.fromkeys([_gloss(a, s, i, lang), _gloss(a, s, i, "en")]))
        more = len(rows) - TOOLTIP_STATEMENTS
        tip = {"head": head, "items": [_statement_item(r, lang, ui) for r in rows[:TOOLTIP_STATEMENTS]],
               "more": ui["more"].format(n=more) if more > 0 else ""}
        # A second stance of the same actor on the same issue curves away instead of hiding under the first.
        bend = pair_count[(actor, issue)]
        pair_count[(actor, issue)] += 1
        smooth = {"enabled": True, "type": "curvedCW", "roundness": 0.25 * bend} if bend else None
        net.add_edge(actor, issue, id=f"e{number}", kind=stance, color=STANCE_COLOURS.get(stance, "#616161"),
                     width=_edge_width(len(rows)), statements=len(rows), tip=tip,
                     **({"smooth": smooth} if smooth else {}))
    return net


def _environment() -> Environment:
    environment = Environment(loader=PackageLoader("kg", "templates"), autoescape=select_autoescape(["html"]),
                              keep_trailing_newline=True)
    environment.policies["json.dumps_function"] = _json  # |tojson: still made HTML-safe by Jinja
    return environment


def _json(value: object, **_options: object) -> str:
    """JSON by orjson: the stdlib encoder took 0.5 s of a 10,000-document view."""
    return orjson.dumps(value, option=orjson.OPT_SORT_KEYS).decode("utf-8")


def _page(net: Network, graph: nx.Graph, *, lang: str, subtitle: str, directed: bool, edge_heading: str,
          edge_legend: list[dict[str, str]], still: bool = False) -> str:
    ui = UI_TEXT[lang]
    nodes, edges = net.nodes, net.edges
    types: dict[str, dict[str, str]] = {}
    for _, attrs in graph.nodes(data=True):
        if attrs["kind"] == "actor":
            types.setdefault(attrs["type"], {"key": attrs["type"],
                                             "colour": ACTOR_TYPE_COLOURS.get(attrs["type"], OTHER_ACTOR_COLOUR),
                                             "label": _label({"en": attrs["type_en"], "ar": attrs["type_ar"]}, lang)
                                             or ui["other_type"]})
    has_issues = any(a["kind"] == "issue" for _, a in graph.nodes(data=True))
    vis = files("pyvis") / _VIS_DIR
    return _environment().get_template("view.html").render(
        lang=lang, dir="rtl" if lang == "ar" else "ltr", title=ui["title"], subtitle=subtitle, ui=ui,
        names=sorted({name for node in nodes for name in node["names"]}),
        edge_heading=edge_heading, edge_legend=edge_legend, has_issues=has_issues,
        type_legend=sorted(types.values(), key=lambda t: (t["key"] == "", t["label"])),
        vis_js=(vis / "vis-network.min.js").read_text(encoding="utf-8"),
        vis_css=(vis / "vis-network.css").read_text(encoding="utf-8"),
        view_js=(files("kg") / "templates" / "view.js").read_text(encoding="utf-8"),
        page={"nodes": nodes, "edges": edges, "options": _options(len(nodes), directed=directed, still=still), "ui": ui,
              "has_issues": has_issues})


def _stance_legend(graph: nx.MultiDiGraph, lang: str) -> list[dict[str, str]]:
    stances = {key: data for *_, key, data in graph.edges(keys=True, data=True)}
    return [{"key": key, "colour": STANCE_COLOURS.get(key, "#616161"), "label": _label(stances[key], lang)}
            for key in [*STANCE_COLOURS, *sorted(set(stances) - set(STANCE_COLOURS))] if key in stances]


def graph_html(dataset: Graph | Dataset, rows: list[dict[str, str]] | None = None, *, actor: str | None = None,
               issue: str | None = None, lang: str = "en", top: int | None = None, min_statements: int = 1) -> str:
    """The positions view: the whole graph, one actor's focus view or one issue, labelled in English or Arabic.

    rows: statements-table rows (kg.statement_rows) to restrict the view to, by their statement IRI;
    every statement of the graph by default.
    """
    drawn = view_rows(dataset)
    if rows is not None:
        keep = {row["statement"] for row in rows}
        drawn = [row for row in drawn if row["statement"] in keep]
    return view_html(drawn, actor=actor, issue=issue, lang=lang, top=top, min_statements=min_statements)


def busiest(drawn: list[dict[str, str]], limit: int) -> tuple[list[dict[str, str]], int, int]:
    """The rows among the `limit` actors and issues with the most statements (ties by IRI), the nodes kept
    and all nodes: a browser cannot draw a corpus of tens of thousands of edges usefully."""
    counts = Counter(chain.from_iterable(map(itemgetter("actor", "issue"), drawn)))
    if len(counts) <= limit:
        return drawn, len(counts), len(counts)
    kept = set(sorted(counts, key=lambda node: (-counts[node], node))[:limit])
    rows = [row for row in drawn if row["actor"] in kept and row["issue"] in kept]
    return rows, len({row["actor"] for row in rows} | {row["issue"] for row in rows}), len(counts)


def view_html(drawn: list[dict[str, str]], *, actor: str | None = None, issue: str | None = None,
              lang: str = "en", top: int | None = None, min_statements: int = 1) -> str:
    """The positions view of view rows (view_rows of a graph, or the rows a corpus build keeps per document).

    The whole graph is drawn up to `top` (VIEW_MAX_NODES) actors and issues, the busiest; an actor's view is
    a focus view (actor_view) with the actor in the middle; an issue's view is drawn whole.
    """
    if lang not in LANGUAGES:
        raise ViewError(f"no labels in language {lang!r} (choose one of: {', '.join(LANGUAGES)})")
    if actor and issue:
        raise ViewError("give an actor or an issue, not both")
    ui = UI_TEXT[lang]
    subtitle = ui["graph"]
    focal = None
    if not (actor or issue):
        drawn, shown, total = busiest(drawn, top or VIEW_MAX_NODES)
        if shown < total:
            subtitle = ui["busiest"].format(shown=shown, total=total)
    graph = position_graph(drawn)
    if actor:
        graph, focal, fewer_issues, fewer_actors = actor_view(graph, actor, top=top or FOCUS_TOP,
                                                              min_statements=min_statements)
        subtitle = ui["actor_view"].format(name=_label(graph.nodes[focal], lang))
        subtitle += "".join(" · " + ui[key].format(n=n) for key, n in (("more_issues", fewer_issues),
                                                                        ("more_actors", fewer_actors)) if n)
    elif issue:
        graph = issue_view(graph, issue)
        subtitle = ui["issue_view"].format(name=_short(_label(graph.nodes[_find(graph, "issue", issue)], lang)))
    return positions_page(graph, lang=lang, subtitle=subtitle, focal=focal)


def positions_page(graph: nx.MultiDiGraph, *, lang: str = "en", subtitle: str = "", focal: str | None = None) -> str:
    """The HTML page of a position graph (from position_graph, actor_view or issue_view); a focal actor is
    drawn larger, in the middle, and held there."""
    return _page(_positions_net(graph, lang, UI_TEXT[lang], focal), graph, lang=lang, subtitle=subtitle, directed=True,
                 still=focal is not None,
                 edge_heading=UI_TEXT[lang]["stance"], edge_legend=_stance_legend(graph, lang))


def actor_network(dataset: Graph | Dataset) -> nx.MultiGraph:
    """Actors tied by agreement and by conflict (kg.networks), one edge per kind of tie, with its statements.

    Agreement is kg.networks.congruence (the same agreement with the same concept), conflict kg.networks.conflict
    (agreement against disagreement with one concept). Every actor with a statement is a node, tied or not.
    """
    from . import networks  # here, not at the top: networks -> dataset -> build -> views would be a cycle

    positions = position_graph(view_rows(dataset))
    by_iri = {row["statement"]: row for *_, data in positions.edges(data=True) for row in data["statements"]}
    graph = nx.MultiGraph()
    for node, attrs in sorted(positions.nodes(data=True)):
        if attrs["kind"] == "actor":
            graph.add_node(node, **attrs, issues=positions.out_degree(node),
                           statements=sum(len(d["statements"]) for *_, d in positions.out_edges(node, data=True)))
    between = networks.bipartite(dataset)
    for kind, ties in (("agreement", networks.congruence(between)), ("conflict", networks.conflict(between))):
        for u, v, data in sorted(ties.edges(data=True)):
            graph.add_edge(u, v, key=kind, count=data["count"],
                           statements=[by_iri[iri] for iri in data["statements"] if iri in by_iri])
    return graph


def _actor_network_net(graph: nx.MultiGraph, lang: str, ui: dict[str, str]) -> Network:
    """The network of actor_network: ties coloured by kind, wider with more issues in common."""
    net = _network()  # directed, as pyvis would merge an undirected graph's parallel edges; arrows are turned off
    positions = _layout(graph)
    for node, attrs in sorted(graph.nodes(data=True)):
        _add_actor(net, node, attrs, statements=attrs["statements"], issues=attrs["issues"],
                   degree=graph.degree(node), position=positions[node], lang=lang, ui=ui)
    pair_count: Counter[tuple[str, str]] = Counter()
    for number, (u, v, kind, data) in enumerate(sorted(graph.edges(keys=True, data=True))):
        relation = {"en": UI_TEXT["en"][kind], "ar": UI_TEXT["ar"][kind]}
        head = list(dict.fromkeys([_gloss(graph.nodes[u], relation, graph.nodes[v], lang),
                                   _gloss(graph.nodes[u], relation, graph.nodes[v], "en"),
                                   ui["tie_stats"].format(n=data["count"])]))
        rows = data["statements"]
        more = len(rows) - TOOLTIP_STATEMENTS
        tip = {"head": head, "items": [_statement_with_gloss(r, lang, ui) for r in rows[:TOOLTIP_STATEMENTS]],
               "more": ui["more"].format(n=more) if more > 0 else ""}
        bend = pair_count[(u, v)]
        pair_count[(u, v)] += 1
        smooth = {"enabled": True, "type": "curvedCW", "roundness": 0.25 * bend} if bend else None
        net.add_edge(u, v, id=f"e{number}", kind=kind, color=RELATION_COLOURS[kind], width=_edge_width(data["count"]),
                     statements=len(rows), ties=data["count"], tip=tip, arrows={"to": {"enabled": False}},
                     **({"smooth": smooth} if smooth else {}))
    return net


def network_html(dataset: Graph | Dataset, *, lang: str = "en") -> str:
    """The actor network view: who agrees and who is in conflict with whom, labelled in English or Arabic."""
    if lang not in LANGUAGES:
        raise ViewError(f"no labels in language {lang!r} (choose one of: {', '.join(LANGUAGES)})")
    ui = UI_TEXT[lang]
    graph = actor_network(dataset)
    untied = [node for node in graph if graph.degree(node) == 0]  # dots with no line say nothing here
    graph.remove_nodes_from(untied)
    subtitle = ui["network"] + (" · " + ui["untied"].format(n=len(untied)) if untied else "")
    legend = [{"key": kind, "colour": colour, "label": ui[kind]} for kind, colour in RELATION_COLOURS.items()]
    return _page(_actor_network_net(graph, lang, ui), graph, lang=lang, subtitle=subtitle, directed=False,
                 edge_heading=ui["relation"], edge_legend=legend)


def write_view(graph_or_dir: Path | str, out: Path | str, *, actor: str | None = None, issue: str | None = None,
               network: bool = False, lang: str = "en", top: int | None = None, min_statements: int = 1) -> Path:
    """Draw a view of a built graph (an output folder or an RDF file) into one HTML file, atomically.

    The positions view by default (the whole graph, or around one actor or one issue); with network, the
    actors' agreement and conflict network.
    """
    from .reading import open_build  # here, not at the top: reading -> build -> views would be a cycle

    dataset = open_build(graph_or_dir)
    try:
        if network and (actor or issue):
            raise ViewError("the actor network is drawn whole; leave out --actor and --issue")
        with step("drawing the view"):
            page = network_html(dataset, lang=lang) if network else graph_html(
                dataset, actor=actor, issue=issue, lang=lang, top=top, min_statements=min_statements)
    except ViewError as exc:
        raise InputError(graph_or_dir, str(exc)) from exc
    out = Path(out)
    if out.is_dir():
        raise InputError(out, "is a folder; give the HTML file to write")
    temp = None
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        handle, temp = tempfile.mkstemp(dir=out.parent, prefix=f".{out.name}.", suffix=".tmp")
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(page)
        os.chmod(temp, 0o644)  # like the build's outputs (mkstemp makes it private)
        os.replace(temp, out)
    except OSError as exc:
        if temp is not None and os.path.exists(temp):
            os.remove(temp)
        raise InputError(out, f"cannot write the view: {exc.strerror or exc}") from exc
    return out


def external_references(page: str) -> list[str]:
    """Every src/href in the page that would make the browser fetch something (should be none)."""
    return [m for m in _EXTERNAL.findall(page) if not m.startswith("#")]

"""Discourse networks: every weight checked against a hand computation, exports read back, the seed's coalitions."""
from __future__ import annotations

import csv
import json
import math
import subprocess
import sys
from datetime import date
from pathlib import Path

import networkx as nx
import pytest
from rdflib import Dataset, Literal, URIRef
from rdflib.compare import isomorphic

import kg
from kg.errors import ExportError, NetworkError
from kg.vocab import KGN

FIXTURE = Path(__file__).parent / "fixtures" / "networks.trig"
ACTOR = "https://w3id.org/kg-news/actor/"
ISSUE = "https://w3id.org/kg-news/issue/"
DATA = "https://w3id.org/kg-news/data/"
A, B, C, D, E = (ACTOR + name for name in "abcde")
I1, I2, I3 = (ISSUE + name for name in ("i1", "i2", "i3"))


def statements(*numbers: int) -> list[str]:
    return sorted(f"{DATA}s{n}" for n in numbers)


def weights(g: nx.Graph) -> dict[frozenset, float]:
    return {frozenset((u, v)): w for u, v, w in g.edges(data="weight")}


@pytest.fixture(scope="module")
def hand() -> Dataset:
    return kg.load_dataset(FIXTURE)


@pytest.fixture(scope="module")
def b(hand: Dataset) -> nx.MultiGraph:
    return kg.bipartite(hand, level="issue")  # the fixture's statements are coded to issues only


# ---------------------------------------------------------------- the actor–issue network

def test_an_edge_counts_statements_documents_and_dates(b: nx.MultiGraph) -> None:
    assert b.edges[A, I1, "support"] == {
        "stance": "support", "label": "support", "sign": 1, "count": 2, "weight": 2, "documents": ["d1", "d2"],
        "first": "2025-01-10", "last": "2025-02-20", "statements": statements(1, 2)}


def test_an_undated_statement_has_no_first_or_last_date(b: nx.MultiGraph) -> None:
    edge = b.edges[A, I2, "concern"]
    assert (edge["documents"], edge["first"], edge["last"]) == (["d3"], None, None)


def test_two_stances_of_one_actor_on_one_issue_are_two_signed_edges(b: nx.MultiGraph) -> None:
    assert {key: d["sign"] for key, d in b[D][I1].items()} == {"concern": -1, "support": 1}


def test_the_bipartite_network_has_every_actor_issue_and_stance_once(b: nx.MultiGraph) -> None:
    assert (b.number_of_nodes(), b.number_of_edges()) == (8, 12)  # 13 statements, s1 and s2 share an edge
    assert sorted(n for n, kind in b.nodes(data="kind") if kind == "actor") == [A, B, C, D, E]
    assert nx.bipartite.is_bipartite_node_set(b, [A, B, C, D, E])


def test_nodes_carry_labels_and_actor_types(b: nx.MultiGraph) -> None:
    assert (b.nodes[A]["label"], b.nodes[A]["label_ar"], b.nodes[A]["type"]) == ("A", "أ", "State")
    assert (b.nodes[E]["label"], b.nodes[I3]["label"], b.nodes[D]["type"]) == ("هـ", "القضية الثالثة", "Person")


# ---------------------------------------------------------------- projections, by hand
# Issue-stance pairs held: A {I1 support, I2 concern}; B {I1 support, I2 concern, I3 support};
# C {I1 oppose, I2 concern, I3 concern}; D {I1 concern, I1 support}; E {I1 reserved, I3 reserved}.

CONGRUENCE = {
    None: {(A, B): 2, (A, C): 1, (A, D): 1, (B, C): 1, (B, D): 1},
    # shared pairs over the pairs either holds
    "jaccard": {(A, B): 2 / 3, (A, C): 1 / 4, (A, D): 1 / 3, (B, C): 1 / 5, (B, D): 1 / 4},
    # shared pairs over the mean number of pairs each holds
    "average": {(A, B): 2 / 2.5, (A, C): 1 / 2.5, (A, D): 1 / 2, (B, C): 1 / 3, (B, D): 1 / 2.5},
    "cosine": {(A, B): 2 / math.sqrt(6), (A, C): 1 / math.sqrt(6), (A, D): 1 / 2, (B, C): 1 / 3,
               (B, D): 1 / math.sqrt(6)},
}


@pytest.mark.parametrize("normalize", list(CONGRUENCE))
def test_congruence_weights(b: nx.MultiGraph, normalize: str | None) -> None:
    expected = {frozenset(pair): w for pair, w in CONGRUENCE[normalize].items()}
    assert weights(kg.congruence(b, normalize=normalize)) == pytest.approx(expected)


def test_a_congruence_tie_names_its_pairs_and_statements(b: nx.MultiGraph) -> None:
    tie = kg.congruence(b).edges[A, B]
    assert (tie["count"], tie["pairs"], tie["statements"]) == (
        2, [("concern", I2), ("support", I1)], statements(1, 2, 3, 4, 9))
    assert tie["label"] == "concern: I2; support: I1"


def test_congruence_keeps_actors_without_ties(b: nx.MultiGraph) -> None:
    g = kg.congruence(b)
    assert sorted(g.nodes) == [A, B, C, D, E] and g.degree(E) == 0


# Conflict: on I1 A, B and D support while C opposes and D is concerned; on I3 B supports, C is concerned;
# on I2 nobody supports; E's reservations oppose nothing. Signed issues: A {I1, I2}, B and C {I1, I2, I3}, D {I1}.
CONFLICT = {
    None: {(A, C): 1, (A, D): 1, (B, C): 2, (B, D): 1, (C, D): 1},
    "jaccard": {(A, C): 1 / 3, (A, D): 1 / 2, (B, C): 2 / 3, (B, D): 1 / 3, (C, D): 1 / 3},
    "average": {(A, C): 1 / 2.5, (A, D): 1 / 1.5, (B, C): 2 / 3, (B, D): 1 / 2, (C, D): 1 / 2},
}


@pytest.mark.parametrize("normalize", list(CONFLICT))
def test_conflict_weights(b: nx.MultiGraph, normalize: str | None) -> None:
    expected = {frozenset(pair): w for pair, w in CONFLICT[normalize].items()}
    assert weights(kg.conflict(b, normalize=normalize)) == pytest.approx(expected)


def test_a_conflict_tie_names_its_issues_and_only_the_opposed_statements(b: nx.MultiGraph) -> None:
    tie = kg.conflict(b).edges[B, C]
    assert (tie["issues"], tie["statements"]) == ([I1, I3], statements(3, 5, 12, 13))


# Issues: I1 and I3 share B's support and E's reservation; I2 and I3 share C's concern; I1 and I2 nothing.
# Actor-stance pairs per issue: I1 6, I2 3, I3 3.
ISSUES = {
    None: {(I1, I3): 2, (I2, I3): 1},
    "jaccard": {(I1, I3): 2 / 7, (I2, I3): 1 / 5},
}


@pytest.mark.parametrize("normalize", list(ISSUES))
def test_issue_projection_weights(b: nx.MultiGraph, normalize: str | None) -> None:
    expected = {frozenset(pair): w for pair, w in ISSUES[normalize].items()}
    assert weights(kg.issue_projection(b, normalize=normalize)) == pytest.approx(expected)


def test_an_issue_tie_names_the_actors_and_stances_it_shares(b: nx.MultiGraph) -> None:
    assert kg.issue_projection(b).edges[I1, I3]["pairs"] == [("reserved", E), ("support", B)]


# ---------------------------------------------------------------- time windows

def test_a_window_keeps_the_statements_of_documents_dated_inside_it(hand: Dataset) -> None:
    later = kg.network(hand, "conflict", start="2025-02-01", level="issue")  # d2 only: s2 s4 s5 s8 s11 s12 s13
    assert weights(later) == {frozenset((A, C)): 1, frozenset((C, D)): 1, frozenset((B, C)): 1}
    earlier = kg.network(hand, "congruence", end="2025-01-31", level="issue")  # d1 only; undated d3 is left out
    assert weights(earlier) == {frozenset((A, B)): 1}
    assert earlier.graph["end"] == date(2025, 1, 31) and E in earlier


def test_the_window_includes_both_ends(hand: Dataset) -> None:
    b = kg.bipartite(hand, start="2025-01-10", end="2025-01-10", level="issue")
    assert sorted(d["statements"][0] for _, _, d in b.edges(data=True)) == statements(1, 3, 6, 7, 10)


@pytest.mark.parametrize("options, message", [
    ({"start": "2025-02-30"}, "start '2025-02-30': not a date"),
    ({"start": "2025-03-01", "end": "2025-02-01"}, "starts (2025-03-01) after it ends (2025-02-01)"),
    ({"kind": "trust"}, "unknown network kind 'trust'"),
    ({"normalize": "pmi"}, "unknown normalisation 'pmi'"),
    ({"kind": "bipartite", "normalize": "jaccard"}, "bipartite network has no normalisation"),
])
def test_a_network_that_cannot_be_made_says_why(hand: Dataset, options: dict, message: str) -> None:
    with pytest.raises(NetworkError, match=message.replace("(", r"\(").replace(")", r"\)")):
        kg.network(hand, **{"kind": "congruence", **options})


# ---------------------------------------------------------------- measures

def test_measures_of_the_congruence_network(b: nx.MultiGraph) -> None:
    m = kg.measures(kg.congruence(b))
    assert dict(m.nodes(data="degree")) == {A: 3, B: 3, C: 2, D: 2, E: 0}
    assert dict(m.nodes(data="weighted_degree")) == {A: 4, B: 4, C: 2, D: 2, E: 0}
    # C and D reach each other through A or through B: half a path each, over (5-1)(5-2)/2 = 6 pairs.
    assert dict(m.nodes(data="betweenness")) == pytest.approx({A: 1 / 12, B: 1 / 12, C: 0, D: 0, E: 0})
    assert "degree" not in kg.congruence(b).nodes[A]  # a new graph; the input is untouched


def test_communities_are_the_two_cliques_numbered_by_size() -> None:
    g = nx.Graph()
    g.add_nodes_from([(n, {"label": n}) for n in "abcdefg"])
    g.add_weighted_edges_from([("a", "b", 3), ("b", "c", 3), ("a", "c", 3), ("c", "d", 1),
                               ("d", "e", 3), ("e", "f", 3), ("d", "f", 3), ("f", "g", 3), ("d", "g", 3)])
    community = dict(kg.measures(g).nodes(data="community"))
    assert community == {"a": 2, "b": 2, "c": 2, "d": 1, "e": 1, "f": 1, "g": 1}


def test_the_ranked_table(b: nx.MultiGraph) -> None:
    lines = kg.network_table(kg.congruence(b), top=2).splitlines()
    assert lines[0] == "congruence network: 5 actors, 5 ties"
    assert [line.split()[:4] for line in lines[4:6]] == [["1", "A", "3", "4"], ["2", "B", "3", "4"]]
    assert lines[9].split() == ["1", "A", "B", "2", "2", "concern:", "I2;", "support:", "I1"]
    assert len(lines) == 11  # two node rows, two tie rows


# ---------------------------------------------------------------- exports

def test_graphml_reads_back_with_the_same_ties_and_measures(b: nx.MultiGraph, tmp_path: Path) -> None:
    g = kg.measures(kg.congruence(b, normalize="jaccard"))
    back = nx.read_graphml(kg.write_network(g, tmp_path / "c.graphml"))
    assert weights(back) == pytest.approx(weights(g))
    assert back.edges[A, B]["pairs"] == f"concern {I2}; support {I1}"
    assert back.nodes[E]["label"] == "هـ" and back.nodes[A]["community"] == g.nodes[A]["community"]


def test_gexf_keeps_every_signed_edge_of_the_bipartite_network(b: nx.MultiGraph, tmp_path: Path) -> None:
    back = nx.read_gexf(kg.write_network(b, tmp_path / "b.gexf"))
    assert back.number_of_edges() == 12
    assert sorted(d["stance"] for _, _, d in back.edges(D, data=True)) == ["concern", "support"]
    assert back.nodes[I3]["label"] == "القضية الثالثة"


def test_the_csv_edge_list(b: nx.MultiGraph, tmp_path: Path) -> None:
    with kg.write_network(b, tmp_path / "b.csv").open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == 12 and all(row["source"].startswith(ACTOR) for row in rows)  # actor -> issue
    a_i1 = next(row for row in rows if (row["source"], row["target"]) == (A, I1))
    assert (a_i1["stance"], a_i1["count"], a_i1["documents"], a_i1["first"], a_i1["last"]) == (
        "support", "2", "d1; d2", "2025-01-10", "2025-02-20")


def test_an_unknown_suffix_writes_nothing(hand: Dataset, tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="cannot tell the format"):
        kg.network_report(hand, out=[tmp_path / "c.graphml", tmp_path / "c.xlsx"])
    assert list(tmp_path.iterdir()) == []


# ---------------------------------------------------------------- back into RDF

AGREEING = """
PREFIX kgn: <https://w3id.org/kg-news/network#>
PREFIX kg: <https://w3id.org/kg-news/ontology#>
SELECT ?weight ?issue (COUNT(DISTINCT ?statement) AS ?statements) WHERE {
  GRAPH ?g { ?tie a kgn:Tie ; kgn:node ?a, ?b ; kgn:weight ?weight ; kgn:issue ?issue ;
                  <http://www.w3.org/ns/prov#wasDerivedFrom> ?statement . }
  ?statement kg:issue ?issue .
} GROUP BY ?weight ?issue ORDER BY ?issue
"""


def test_sparql_reaches_a_network_added_to_the_dataset(b: nx.MultiGraph) -> None:
    dataset = kg.load_dataset(FIXTURE)
    graph = kg.to_rdf(kg.congruence(b, normalize="jaccard"), into=dataset)
    assert graph.identifier == URIRef(DATA + "graph/network/congruence-issues-jaccard")
    rows = list(dataset.query(AGREEING, initBindings={"a": URIRef(A), "b": URIRef(B)}))
    # The tie A-B: weight 2/3, on I1 (s1 s2 s3) and I2 (s4 s9), each statement joined back to its issue.
    assert [(round(float(r.weight), 6), str(r.issue), int(r.statements)) for r in rows] == [
        (0.666667, I1, 3), (0.666667, I2, 2)]


def test_the_rdf_network_names_kind_window_and_signs(hand: Dataset) -> None:
    graph = kg.to_rdf(kg.network(hand, "bipartite", start="2025-02-01", level="issue"))
    net = URIRef(DATA + "network/bipartite-issues-2025-02-01..")
    assert graph.value(net, KGN.kind) == Literal("bipartite") and graph.value(net, KGN.level) == Literal("issue")
    assert graph.value(net, KGN.start).toPython().isoformat() == "2025-02-01"
    signs = sorted(int(graph.value(tie, KGN.sign)) for tie in graph.subjects(KGN.network, net))
    assert signs == [-1, -1, -1, 0, 1, 1, 1]  # d2: s2 s8 s12 support, s4 s5 s13 against, s11 reserved


def test_trig_and_json_ld_files_hold_the_same_named_graph(b: nx.MultiGraph, tmp_path: Path) -> None:
    g = kg.conflict(b)
    expected = kg.to_rdf(g)
    for name in ("c.trig", "c.jsonld"):
        back = Dataset()
        back.parse(kg.write_network(g, tmp_path / name), format="trig" if name.endswith("trig") else "json-ld")
        assert isomorphic(back.graph(expected.identifier), expected), name
    assert json.loads((tmp_path / "c.jsonld").read_text(encoding="utf-8"))


# ---------------------------------------------------------------- the kg network command

def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kg.cli", "network", *args], capture_output=True, text=True)


def test_the_command_prints_the_table_and_writes_the_files(tmp_path: Path) -> None:
    result = run(str(FIXTURE), "--kind", "conflict", "--level", "issue", "--top", "1", "--out", str(tmp_path / "x.gexf"),
                 "--out", str(tmp_path / "x.csv"))
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0] == "conflict network: 5 actors, 5 ties"
    assert f"wrote {tmp_path / 'x.gexf'}" in result.stdout and (tmp_path / "x.csv").is_file()
    assert nx.read_gexf(tmp_path / "x.gexf").number_of_edges() == 5


def test_the_command_turns_a_bad_date_into_one_line() -> None:
    result = run(str(FIXTURE), "--end", "yesterday")
    assert (result.returncode, result.stderr) == (2, "kg: error: end 'yesterday': not a date (YYYY-MM-DD)\n")


# ---------------------------------------------------------------- our own sentences, through the pipeline

def test_networks_of_our_own_sentences(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    for name, day, text in (
            ("a", "2025-03-01", "وتخشى أنقرة توسع النفوذ الإيراني في سوريا. ويؤيد العراق التنسيق الأمني مع دمشق."),
            ("b", "2025-04-15", "وتخشى الرياض توسع النفوذ الإيراني في سوريا. وترفض إيران التنسيق الأمني مع دمشق. "
                                "وتدعم تركيا التنسيق الأمني مع دمشق.")):
        (docs / f"{name}.txt").write_text(text + "\n", encoding="utf-8")
        (docs / f"{name}.meta.json").write_text(json.dumps({"outlet": "شفق نيوز", "date": day}), encoding="utf-8")
    dataset = kg.build_dataset([docs])

    def label(g: nx.Graph) -> dict[frozenset, float]:
        return {frozenset((g.nodes[u]["label"], g.nodes[v]["label"])): w for u, v, w in g.edges(data="weight")}

    # Turkey and Saudi Arabia fear Iranian influence; Turkey and Iraq back coordination that Iran rejects.
    assert label(kg.network(dataset, "congruence")) == {
        frozenset({"Turkey", "Saudi Arabia"}): 1, frozenset({"Turkey", "Iraq"}): 1}
    assert label(kg.network(dataset, "conflict")) == {frozenset({"Iran", "Iraq"}): 1, frozenset({"Iran", "Turkey"}): 1}
    assert label(kg.network(dataset, "conflict", start="2025-04-01")) == {frozenset({"Iran", "Turkey"}): 1}
    assert kg.network(dataset, "issue").number_of_edges() == 0  # Turkey's two issues carry different stances


# ---------------------------------------------------------------- the seed

def _actor(g: nx.Graph, name: str) -> str:
    return next(n for n, label in g.nodes(data="label") if label == name)


def test_turkey_and_the_gulf_states_are_congruent_on_concern_about_iranian_influence(seed_dataset: Dataset) -> None:
    g = kg.network(seed_dataset, "congruence")
    tie = g.edges[_actor(g, "Turkey"), _actor(g, "Gulf states")]
    [(agreement, concept)] = tie["pairs"]
    assert (agreement, g.graph["level"]) == ("disagree", "concept")
    assert kg.bipartite(seed_dataset).nodes[concept]["label"] == "Iranian influence"
    [(stance, issue)] = kg.network(seed_dataset, "congruence", level="issue").edges[
        _actor(g, "Turkey"), _actor(g, "Gulf states")]["pairs"]
    assert stance == "concern" and "النفوذ الإيراني" in kg.bipartite(seed_dataset, level="issue").nodes[issue]["label"]


def test_saudi_arabia_and_the_emirates_are_congruent_on_drawing_damascus_away_from_tehran(
        seed_dataset: Dataset) -> None:
    g = kg.network(seed_dataset, "congruence")
    tie = g.edges[_actor(g, "Saudi Arabia"), _actor(g, "United Arab Emirates")]
    assert tie["label"] == "agree: جذب: سوريا"  # an automatic concept: no codebook head, but the same words


def test_maliki_and_sudani_are_in_conflict_on_syria_at_the_arab_league_summit(seed_dataset: Dataset) -> None:
    g = kg.network(seed_dataset, "conflict")
    assert g.edges[_actor(g, "Nouri al-Maliki"), _actor(g, "Mohammed Shia al-Sudani")]["label"] == \
        "engagement with a government: Syria"
    issues = kg.network(seed_dataset, "conflict", level="issue")  # their phrases share no words
    assert not issues.has_edge(_actor(g, "Nouri al-Maliki"), _actor(g, "Mohammed Shia al-Sudani"))


def test_maliki_and_sudani_take_opposite_stances_in_the_seed(seed_dataset: Dataset) -> None:
    b = kg.bipartite(seed_dataset)
    stances = {b.nodes[a]["label"]: {d["sign"] for _, _, d in b.edges(a, data=True)}
               for a in (_actor(b, "Nouri al-Maliki"), _actor(b, "Mohammed Shia al-Sudani"))}
    assert stances == {"Nouri al-Maliki": {-1}, "Mohammed Shia al-Sudani": {1}}

"""Every built graph passes the SHACL shapes; a broken one does not, and the report says where and why."""
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import PROV, RDF, XSD

import kg
from kg.rdf import flatten, to_trig
from kg.validation import MAX_LINES, validation_report
from kg.vocab import DATA, KG


def test_the_seed_graph_conforms(seed_dataset) -> None:
    conforms, report = validation_report(seed_dataset)
    assert conforms, report


def test_a_statement_without_holder_is_reported(seed_dataset) -> None:
    graph: Graph = flatten(seed_dataset)
    broken = DATA["statement/broken"]
    graph.add((broken, RDF.type, KG.PositionStatement))
    graph.add((broken, KG.stance, KG.support))
    graph.add((broken, KG.hedged, Literal("maybe")))
    conforms, report = validation_report(graph)
    assert not conforms and "holder" in report and "statement/broken" in report


def _statement(graph: Graph) -> URIRef:
    return min(graph.subjects(RDF.type, KG.PositionStatement))


def _set(predicate: URIRef, value: Callable[[Graph, URIRef], object]) -> Callable[[Graph], None]:
    return lambda graph: graph.set((_statement(graph), predicate, value(graph, _statement(graph))))


BREAKAGES = {
    "an English sentence": (_set(KG.sentenceText, lambda g, s: Literal("in English", lang="en")), "kg:sentenceText"),
    "an issue past the sentence": (_set(KG.issueEnd, lambda g, s: Literal(
        int(g.value(s, KG.charEnd)) + 1, datatype=XSD.integer)), "kg:issueEnd"),
    "an issue before the sentence": (_set(KG.issueStart, lambda g, s: Literal(
        int(g.value(s, KG.charStart)) - 1, datatype=XSD.integer)), "kg:charStart"),
    "derived from another document": (_set(PROV.wasDerivedFrom, lambda g, s: DATA["doc/other"]), "prov:wasDerivedFrom"),
    "no cue text": (lambda g: g.remove((_statement(g), KG.cueText, None)), "kg:cueText"),
    "metonymy not a boolean": (_set(KG.viaMetonymy, lambda g, s: Literal("no")), "kg:viaMetonymy"),
}


@pytest.mark.parametrize("name", BREAKAGES)
def test_each_tightened_shape_catches_its_breakage(seed_dataset, name) -> None:
    graph = flatten(seed_dataset)
    breakage, where = BREAKAGES[name]
    breakage(graph)
    conforms, report = validation_report(graph)
    assert not conforms and where in report, report


def test_the_report_groups_results_under_the_node(seed_dataset) -> None:
    graph = flatten(seed_dataset)
    node = _statement(graph)
    graph.remove((node, KG.holder, None))
    graph.set((node, KG.hedged, Literal("maybe")))
    _, report = validation_report(graph)
    lines = report.splitlines()
    assert lines[0].startswith("does not conform to ontology/shapes.ttl: 2 violation(s) on 1 node(s)")
    assert lines[1:] == [f"  data:{node[len(DATA):]}",
                         '    kg:hedged: violation: Value is not Literal with datatype xsd:boolean (value "maybe")',
                         "    kg:holder: violation: Less than 1 values"]


def test_a_long_report_is_cut_but_still_counts_everything(seed_dataset) -> None:
    graph = flatten(seed_dataset)
    statements = list(graph.subjects(RDF.type, KG.PositionStatement))
    for node in statements:
        for predicate in (KG.holder, KG.source, KG.cue):
            graph.remove((node, predicate, None))
    lines = validation_report(graph)[1].splitlines()
    assert f"{3 * len(statements)} violation(s)" in lines[0] and len(lines) == MAX_LINES + 1, lines[-1]


def _kg(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kg.cli", *args], capture_output=True, text=True)


def test_validate_a_build_exits_0_and_counts_what_it_checked(seed_build, seed_rows) -> None:
    result = _kg("validate", str(seed_build.out_dir))
    assert result.returncode == 0 and f"{len(seed_rows)} position statement(s)" in result.stdout, result.stderr


def test_validate_a_broken_file_exits_1_and_names_node_and_property(seed_dataset, tmp_path: Path) -> None:
    broken = Dataset(default_union=True)
    for quad in seed_dataset.quads((None, None, None, None)):
        broken.add(quad)
    node = _statement(flatten(seed_dataset))
    broken.remove((node, KG.holder, None, None))
    (tmp_path / "broken.trig").write_text(to_trig(broken), encoding="utf-8")
    result = _kg("validate", str(tmp_path / "broken.trig"))
    assert result.returncode == 1 and node.split("/statement/")[1] in result.stdout and "kg:holder" in result.stdout


def test_validate_an_unreadable_file_exits_2(tmp_path: Path) -> None:
    (tmp_path / "bad.ttl").write_text("<a> <b> {{{", encoding="utf-8")
    result = _kg("validate", str(tmp_path / "bad.ttl"))
    assert result.returncode == 2 and result.stderr.startswith(f"kg: error: {tmp_path / 'bad.ttl'}: is not valid")

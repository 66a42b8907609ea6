"""Every export parses back, in rdflib and in Oxigraph, to the graph that was built; --base moves our IRIs."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.compare import graph_diff, isomorphic, to_isomorphic
from rdflib.namespace import XSD

import kg
from kg.export import FORMATS, VOCABULARY, export, named_graphs, rebase
from kg.rdf import flatten
from kg.vocab import BASE, KG

OX_FORMATS = {"turtle": ox.RdfFormat.TURTLE, "trig": ox.RdfFormat.TRIG, "nt": ox.RdfFormat.N_TRIPLES,
              "nq": ox.RdfFormat.N_QUADS, "jsonld": ox.RdfFormat.JSON_LD}
NEW_BASE = "https://example.org/kg/"


def _rdflib_term(term: object) -> object:
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if term.language:
        return Literal(term.value, lang=term.language)
    datatype = term.datatype.value
    return Literal(term.value, datatype=None if datatype == str(XSD.string) else URIRef(datatype))


def by_graph_rdflib(path: Path, fmt: str) -> dict[str, Graph]:
    dataset = Dataset()
    dataset.parse(path, format=FORMATS[fmt].rdflib_name)
    graphs = {str(g.identifier): g for g in named_graphs(dataset)}
    if not FORMATS[fmt].named_graphs:
        graphs = {"merged": flatten(dataset)}
    return graphs


def by_graph_oxigraph(path: Path, fmt: str) -> dict[str, Graph]:
    graphs: dict[str, Graph] = {}
    for quad in ox.parse(path=str(path), format=OX_FORMATS[fmt]):
        name = "merged" if isinstance(quad.graph_name, ox.DefaultGraph) else quad.graph_name.value
        triple = tuple(_rdflib_term(t) for t in (quad.subject, quad.predicate, quad.object))
        graphs.setdefault(name, Graph()).add(triple)
    return graphs


def expected(dataset: Dataset, fmt: str) -> dict[str, Graph]:
    if not FORMATS[fmt].named_graphs:
        return {"merged": flatten(dataset)}
    return {str(g.identifier): g for g in named_graphs(dataset)}


def assert_same(got: dict[str, Graph], want: dict[str, Graph]) -> None:
    assert sorted(got) == sorted(want)
    for name, graph in want.items():
        if not isomorphic(got[name], graph):
            _, only_got, only_want = graph_diff(to_isomorphic(got[name]), to_isomorphic(graph))
            pytest.fail(f"{name}: only in export {sorted(only_got)[:5]}, only in build {sorted(only_want)[:5]}")


@pytest.fixture(scope="module")
def exports(seed_build, tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("exports")
    return {fmt: export(seed_build.out_dir, folder / f"seed{spec.suffix}").path for fmt, spec in FORMATS.items()}


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_parses_back_in_rdflib_to_the_built_graph(exports, seed_dataset, fmt) -> None:
    assert_same(by_graph_rdflib(exports[fmt], fmt), expected(seed_dataset, fmt))


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_parses_back_in_oxigraph_to_the_built_graph(exports, seed_dataset, fmt) -> None:
    assert_same(by_graph_oxigraph(exports[fmt], fmt), expected(seed_dataset, fmt))


def _arabic(graphs: dict[str, Graph]) -> set[tuple[str, str]]:
    return {(str(o), o.language) for g in graphs.values() for o in g.objects() if getattr(o, "language", None) == "ar"}


@pytest.mark.parametrize("fmt", FORMATS)
def test_arabic_literals_keep_their_tag_and_every_byte(exports, seed_dataset, fmt) -> None:
    want = _arabic(expected(seed_dataset, fmt))
    assert want and _arabic(by_graph_oxigraph(exports[fmt], fmt)) == want


@pytest.mark.parametrize("fmt", FORMATS)
def test_arabic_is_written_as_utf8_not_escaped(exports, seed_dataset, fmt) -> None:
    sentence = next(str(o) for o in seed_dataset.objects(None, KG.sentenceText) if '"' not in o and "\\" not in o)
    assert sentence.encode("utf-8") in exports[fmt].read_bytes()


def test_jsonld_carries_its_context_and_uses_it(exports) -> None:
    document = json.loads(exports["jsonld"].read_text(encoding="utf-8"))
    assert document["@context"]["kg"] == str(KG._NS)
    assert '"@type": "kg:PositionStatement"' in exports["jsonld"].read_text(encoding="utf-8")


def test_exports_are_the_same_bytes_in_any_process(seed_build, tmp_path: Path) -> None:
    script = ("import sys, kg\nfrom kg.export import FORMATS\n"
              "for f, s in FORMATS.items(): kg.export(sys.argv[1], f'{sys.argv[2]}/seed{s.suffix}')")
    for seed in ("1", "2"):
        (tmp_path / seed).mkdir()
        subprocess.run([sys.executable, "-c", script, str(seed_build.out_dir), str(tmp_path / seed)], check=True,
                       env={**os.environ, "PYTHONHASHSEED": seed})
    for spec in FORMATS.values():
        name = f"seed{spec.suffix}"
        assert (tmp_path / "1" / name).read_bytes() == (tmp_path / "2" / name).read_bytes(), name


def test_base_moves_every_iri_but_the_vocabulary(seed_build, seed_dataset, tmp_path: Path) -> None:
    out = export(seed_build.out_dir, tmp_path / "seed.nq", base=NEW_BASE).path
    terms = {t for g in by_graph_oxigraph(out, "nq").values() for triple in g for t in triple if isinstance(t, URIRef)}
    left = {t for t in terms if str(t).startswith(BASE) and not str(t).startswith(VOCABULARY)}
    assert not left and any(str(t).startswith(NEW_BASE + "data/statement/") for t in terms)


def test_base_moves_the_graph_names_and_keeps_the_triples(seed_dataset) -> None:
    moved = rebase(seed_dataset, NEW_BASE)
    assert [str(g.identifier) for g in named_graphs(moved)] == \
        [str(g.identifier).replace(BASE, NEW_BASE) for g in named_graphs(seed_dataset)]
    assert len(flatten(moved)) == len(flatten(seed_dataset))


def test_a_rebased_export_still_validates_with_every_statement_checked(seed_build, seed_rows, tmp_path) -> None:
    out = export(seed_build.out_dir, tmp_path / "seed.trig", base=NEW_BASE).path
    conforms, report = kg.validate(out)
    assert conforms and f"{len(seed_rows)} position statement(s)" in report


@pytest.mark.parametrize("base, problem", [
    ("example.org/kg/", "not an absolute IRI"),
    ("https://example.org/kg", "must end with / or #"),
    ("https://example.org/k g/", "character"),
])
def test_a_bad_base_is_refused(seed_dataset, base, problem) -> None:
    with pytest.raises(kg.ExportError, match=problem):
        rebase(seed_dataset, base)


def test_an_unknown_suffix_asks_for_a_format(seed_build, tmp_path: Path) -> None:
    with pytest.raises(kg.ExportError, match="give --format"):
        export(seed_build.out_dir, tmp_path / "seed.xyz")


def test_a_failed_export_leaves_the_earlier_file(seed_build, tmp_path: Path) -> None:
    out = tmp_path / "seed.ttl"
    out.write_bytes(b"earlier")
    with pytest.raises(kg.ExportError):
        export(seed_build.out_dir, out, base="no-base")
    assert out.read_bytes() == b"earlier" and [p.name for p in tmp_path.iterdir()] == ["seed.ttl"]


def test_the_command_writes_the_file_and_says_so(seed_build, seed_dataset, tmp_path: Path) -> None:
    out = tmp_path / "seed.jsonld"
    result = subprocess.run([sys.executable, "-m", "kg.cli", "export", str(seed_build.out_dir), "--out", str(out)],
                            capture_output=True, text=True)
    graphs = named_graphs(seed_dataset)
    assert result.stdout == f"wrote {out} (jsonld, {sum(map(len, graphs))} triples in {len(graphs)} named graph(s))\n"


def test_the_command_reports_a_bad_base_in_one_line(seed_build, tmp_path: Path) -> None:
    result = subprocess.run([sys.executable, "-m", "kg.cli", "export", str(seed_build.out_dir), "--out",
                             str(tmp_path / "x.nt"), "--base", "https://example.org/kg"],
                            capture_output=True, text=True)
    assert result.returncode == 2 and result.stderr == \
        "kg: error: --base 'https://example.org/kg': must end with / or # so that names can follow it\n"

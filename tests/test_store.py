"""Stores: Oxigraph answers the statements query exactly as rdflib does, and an on-disk store follows rebuilds."""
from pathlib import Path

import pytest

import kg
from kg.query import answer, bind_params, named_query, query_info, query_names, shipped_query, sparql, statement_rows
from kg.store import StoreError, as_dataset, open_dataset, open_store, query_store, store_path, sync_store


def test_oxigraph_gives_the_same_statements_table_as_rdflib(seed_build: kg.BuildResult, seed_rows) -> None:
    store = open_store("memory")
    sync_store(store, "memory", {}, seed_build.files["graph.trig"])
    assert statement_rows(as_dataset(store)) == seed_rows


@pytest.mark.parametrize("spec", ["oxigraph:", "sqlite:x.db", ""])
def test_an_unknown_store_is_refused(spec: str) -> None:
    with pytest.raises(StoreError, match="oxigraph:PATH"):
        store_path(spec)


def test_an_on_disk_store_follows_rebuilds(tmp_path: Path) -> None:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a.txt").write_text("وترفض دمشق أي وجود عسكري أجنبي على أراضيها.\n", encoding="utf-8")
    (folder / "b.txt").write_text("وتخشى أنقرة توسع النفوذ الإيراني في سوريا.\n", encoding="utf-8")
    spec = f"oxigraph:{tmp_path / 'store'}"
    kg.build([folder], tmp_path / "out", store=spec)
    (folder / "b.txt").unlink()
    (folder / "c.txt").write_text("ورحبت بغداد بالتعاون الأمني مع دمشق.\n", encoding="utf-8")
    result = kg.build([folder], tmp_path / "out", store=spec)
    rows = statement_rows(open_dataset(spec))
    assert sorted({r["doc_id"] for r in rows}) == ["a", "c"] and len(rows) == result.statements


def test_every_shipped_query_gives_the_same_rows_in_oxigraph_and_rdflib(seed_path, seed_dataset, tmp_path) -> None:
    """Oxigraph runs rdflib's prepared queries by their text, with option values written into it."""
    spec = f"oxigraph:{tmp_path / 'store'}"
    kg.build([seed_path], tmp_path / "out", store=spec)
    oxigraph = query_store(spec)
    first = statement_rows(seed_dataset)[0]
    values = {"actor": "تركيا", "issue": first["issue"][:10], "concept": "engagement", "statement": first["statement"],
              "from": "2025-01-01", "to": "2025-12-31"}
    optional = {(name, p.name): p.optional for name in query_names() for p in query_info(name).params}
    for name in query_names():
        bindings = bind_params(name, {p.name: values[p.name] for p in query_info(name).params})
        everything = {key: value for key, value in bindings.items() if not optional[name, key]}
        for given in (bindings, everything):  # an optional value given and left out
            rows = [sorted(tuple(map(str, row)) for row in sparql(graph, query, given))
                    for graph, query in ((seed_dataset, named_query(name)), (oxigraph, named_query(name)),
                                         (oxigraph, shipped_query(oxigraph, name)))]  # parsed by rdflib, or text
            assert rows[0] == rows[1] == rows[2], (name, sorted(given))


def test_oxigraph_answers_keep_rdflib_order_and_kinds(seed_path, seed_dataset, tmp_path) -> None:
    """The rows of an ordered query come in the same order, and ASK and CONSTRUCT answer as in rdflib."""
    spec = f"oxigraph:{tmp_path / 'store'}"
    kg.build([seed_path], tmp_path / "out", store=spec)
    oxigraph = query_store(spec)
    ordered = [[tuple(map(str, row)) for row in sparql(graph, named_query("agreement"))]
               for graph in (seed_dataset, oxigraph)]
    assert ordered[0] and ordered[0] == ordered[1]
    ask = "ASK { ?a owl:sameAs wd:Q43 }"
    assert sparql(oxigraph, ask).askAnswer is sparql(seed_dataset, ask).askAnswer is True
    construct = "CONSTRUCT { ?a owl:sameAs ?q } WHERE { ?s kg:holder ?a . ?a owl:sameAs ?q }"
    graphs = [set(sparql(graph, construct).graph) for graph in (seed_dataset, oxigraph)]
    assert graphs[0] and graphs[0] == graphs[1]


def test_a_value_cannot_change_a_query_run_in_oxigraph(seed_path, tmp_path) -> None:
    spec = f"oxigraph:{tmp_path / 'store'}"
    kg.build([seed_path], tmp_path / "out", store=spec)
    hostile = 'Turkey" } UNION { ?s ?p ?o } #'
    store = query_store(spec)
    rows = list(sparql(store, named_query("positions-of"), bind_params("positions-of", {"actor": hostile})))
    assert rows == []  # the value is a name that matches nothing, not a part of the query
    with pytest.raises(kg.KgError, match="no actor is named"):  # and kg query says so before it asks
        answer(spec, name="positions-of", params={"actor": hostile}, fmt="csv")
    assert answer(spec, name="positions-of", params={"actor": "Turkey"}, fmt="csv").count("\n") > 1


def test_querying_a_store_that_was_never_built_is_a_clear_error(tmp_path) -> None:
    with pytest.raises(StoreError, match="no graph store there"):
        query_store(f"oxigraph:{tmp_path / 'nothing'}")


def test_the_selected_variables_are_read_off_a_query_text_as_rdflib_reads_them() -> None:
    from kg.query import _query_file_text
    from kg.store import _projected

    for name in query_names():
        assert _projected(_query_file_text(name)) == _projected(named_query(name)), name
    assert _projected("SELECT * { ?a ?b ?c }") == {"a", "b", "c"}
    assert _projected("PREFIX x: <http://a#>\nSELECT DISTINCT ?a (COUNT( ?b )  AS  ?n) # ?c\n{ ?a ?b ?c }") == {"a", "n"}

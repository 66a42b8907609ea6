"""Stores: Oxigraph answers the statements query exactly as rdflib does, and an on-disk store follows rebuilds."""
from pathlib import Path

import pytest

import kg
from kg.store import StoreError, as_dataset, open_dataset, open_store, store_path, sync_store
from kg.query import statement_rows


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

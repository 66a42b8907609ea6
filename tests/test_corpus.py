"""Corpus builds: incremental rebuilds equal clean builds, parallel and Dask builds equal the single-process one."""
import csv
import json
import os
import time
from importlib import import_module
from pathlib import Path

import pytest

import kg
import kg.corpus as corpus_module
from kg.build import label_clashes
from kg.corpus import (BATCH_DOCUMENTS, MANIFEST, PARTS, STATE_DIR, Options, batches, fingerprint, load_manifest,
                       source_stat)
from kg.store import as_dataset, open_store, sync_store
from kg.views import view_html, view_rows

# Our own sentences, one statement or more each.
ARTICLES = {
    "a": "وترفض دمشق أي وجود عسكري أجنبي على أراضيها.\n",
    "b": "وتخشى أنقرة توسع النفوذ الإيراني في سوريا.\n",
    "c": "ورحبت بغداد بالتعاون الأمني مع دمشق.\n",
    "d": "وحذرت الأمم المتحدة من تداعيات تهريب المخدرات على استقرار المنطقة.\n",
}


def corpus(folder: Path, articles: dict[str, str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in articles.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    return folder


def outputs(out: Path) -> dict[str, bytes]:
    return {name: (out / name).read_bytes() for name in ("graph.trig", "statements.csv", "graph.html")}


def test_a_rebuild_extracts_only_what_changed_and_equals_a_clean_build(tmp_path: Path) -> None:
    folder = corpus(tmp_path / "corpus", ARTICLES)
    out = tmp_path / "out"
    first = kg.build([folder], out)
    assert (first.extracted, first.reused) == (4, 0)
    (folder / "b.txt").write_text("وتعارض أنقرة إقامة منطقة آمنة شمال سوريا.\n", encoding="utf-8")
    (folder / "d.txt").unlink()
    (folder / "e.txt").write_text("ودعت جامعة الدول العربية إلى مكافحة الإرهاب.\n", encoding="utf-8")
    again = kg.build([folder], out)
    assert (again.extracted, again.reused, again.documents) == (2, 2, 4)
    clean = kg.build([folder], tmp_path / "clean")
    assert outputs(out) == outputs(tmp_path / "clean")
    assert len(list((out / STATE_DIR / PARTS).glob("*.trig"))) == 5  # four documents and the ontology


def test_a_rebuild_with_nothing_changed_extracts_nothing(tmp_path: Path) -> None:
    folder = corpus(tmp_path / "corpus", ARTICLES)
    kg.build([folder], tmp_path / "out")
    before = outputs(tmp_path / "out")
    again = kg.build([folder], tmp_path / "out")
    assert again.extracted == 0 and outputs(tmp_path / "out") == before


def test_changed_metadata_makes_a_document_stale(tmp_path: Path) -> None:
    folder = corpus(tmp_path / "corpus", ARTICLES)
    kg.build([folder], tmp_path / "out")
    (folder / "a.meta.json").write_text(json.dumps({"outlet": "Reuters"}), encoding="utf-8")
    assert kg.build([folder], tmp_path / "out").extracted == 1


def test_a_damaged_manifest_means_a_full_rebuild(tmp_path: Path) -> None:
    folder = corpus(tmp_path / "corpus", ARTICLES)
    kg.build([folder], tmp_path / "out")
    (tmp_path / "out" / STATE_DIR / MANIFEST).write_text("{not json", encoding="utf-8")
    assert load_manifest(tmp_path / "out" / STATE_DIR) == {}
    assert kg.build([folder], tmp_path / "out").extracted == 4


def test_the_manifest_records_hashes_and_the_code_fingerprint(tmp_path: Path) -> None:
    folder = corpus(tmp_path / "corpus", ARTICLES)
    kg.build([folder], tmp_path / "out")
    manifest = json.loads((tmp_path / "out" / STATE_DIR / MANIFEST).read_text(encoding="utf-8"))
    assert manifest["fingerprint"] == fingerprint()
    assert sorted(Path(p).name for p in manifest["documents"]) == ["a.txt", "b.txt", "c.txt", "d.txt"]


def test_worker_processes_give_the_same_bytes(tmp_path: Path) -> None:
    folder = corpus(tmp_path / "corpus", {f"{name}{n}": text for n in range(10) for name, text in ARTICLES.items()})
    kg.build([folder], tmp_path / "one")
    kg.build([folder], tmp_path / "two", jobs=2)
    assert outputs(tmp_path / "one") == outputs(tmp_path / "two")


def test_a_dask_cluster_with_two_workers_gives_the_same_bytes(tmp_path: Path) -> None:
    distributed = pytest.importorskip("dask.distributed")
    folder = corpus(tmp_path / "corpus", {f"{name}{n}": text for n in range(10) for name, text in ARTICLES.items()})
    kg.build([folder], tmp_path / "local")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        result = kg.build([folder], tmp_path / "dask", scheduler=cluster.scheduler_address)
    assert result.documents == 40 and outputs(tmp_path / "local") == outputs(tmp_path / "dask")


def test_an_unreachable_scheduler_is_a_clear_error(tmp_path: Path) -> None:
    folder = corpus(tmp_path / "corpus", ARTICLES)
    with pytest.raises(kg.KgError, match="tcp://127.0.0.1:9: cannot reach the Dask scheduler"):
        kg.build([folder], tmp_path / "out", scheduler="tcp://127.0.0.1:9")


def test_the_table_and_the_view_are_the_shipped_queries_over_the_whole_graph(tmp_path: Path) -> None:
    """Each part keeps its own rows; assembled, they must be what the queries give over the corpus graph,
    also where documents share actors and issues introduced in text."""
    shared = {"e": "وأعرب وزير الخارجية العراقي فؤاد حسين عن قلقه من تهريب السلاح عبر الحدود.\n",
              "f": "ورفض فؤاد حسين تهريب السلاح عبر الحدود.\n"}
    folder = corpus(tmp_path / "corpus", {**ARTICLES, **shared})
    out = tmp_path / "out"
    kg.build([folder], out)
    store = open_store("memory")
    sync_store(store, "memory", {}, out / "graph.trig")  # the union of all graphs, as kg query reads it
    dataset = as_dataset(store)
    rows = kg.statement_rows(dataset)
    with (out / "statements.csv").open(encoding="utf-8", newline="") as stream:
        assert list(csv.DictReader(stream)) == rows
    assert len({row["doc_id"] for row in rows}) == 6
    assert (out / "graph.html").read_text(encoding="utf-8") == view_html(view_rows(dataset))


def test_skipping_validation_writes_the_same_bytes(tmp_path: Path) -> None:
    folder = corpus(tmp_path / "corpus", ARTICLES)
    kg.build([folder], tmp_path / "checked")
    kg.build([folder], tmp_path / "unchecked", validate=False)
    assert outputs(tmp_path / "checked") == outputs(tmp_path / "unchecked")


def test_a_node_labelled_differently_by_two_documents_is_reported() -> None:
    labels = {("https://w3id.org/kg-news/issue/new/1", "ar"): {"تهريب السلاح", "تهريب الأسلحة"},
              ("https://w3id.org/kg-news/issue/new/2", "ar"): {"الحدود"}}
    [clash] = label_clashes(labels)
    assert clash.startswith("https://w3id.org/kg-news/issue/new/1 has 2 @ar labels across documents")


def test_rows_read_in_many_pieces_keep_the_order_of_the_query(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A long document is read in segments and its rows in several batches: the table must not notice."""
    monkeypatch.setattr(corpus_module, "CHECK_TRIPLES", 30)
    monkeypatch.setattr(import_module("kg.build"), "SEGMENT_CHARS", 120)  # kg.build is also the function
    long_one = "".join(ARTICLES.values()) * 3
    folder = corpus(tmp_path / "corpus", {"long": long_one, **ARTICLES})
    out = tmp_path / "out"
    kg.build([folder], out)
    store = open_store("memory")
    sync_store(store, "memory", {}, out / "graph.trig")
    with (out / "statements.csv").open(encoding="utf-8", newline="") as stream:
        table = list(csv.DictReader(stream))
    assert table == kg.statement_rows(as_dataset(store))
    assert sum(row["doc_id"] == "long" for row in table) >= 12


def test_batches_are_large_for_a_corpus_and_spread_over_the_workers_for_a_few_documents() -> None:
    sources = list(range(1000))
    assert [len(b) for b in batches(sources)][:2] == [BATCH_DOCUMENTS] * 2
    assert [len(b) for b in batches(sources[:40], workers=2)] == [5] * 8  # four tasks per worker at least
    assert sum(batches(sources, workers=2), []) == sources  # every document once, in order


def hashed(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The names of the files a build hashes (kg.build is also the function, hence import_module)."""
    build_module, names = import_module("kg.build"), []
    real = build_module.source_key

    def counting(path: Path, options: Options) -> str:
        names.append(path.name)
        return real(path, options)

    monkeypatch.setattr(build_module, "source_key", counting)
    return names


def test_an_unchanged_file_is_not_hashed_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(corpus_module, "RACY_NS", -10**12)  # every file counts as written long ago
    folder = corpus(tmp_path / "corpus", ARTICLES)
    kg.build([folder], tmp_path / "out")
    names = hashed(monkeypatch)
    again = kg.build([folder], tmp_path / "out")
    assert names == [] and (again.extracted, again.reused) == (0, 4)
    assert kg.build([folder], tmp_path / "out", rehash=True).extracted == 0 and len(names) == 4


def test_a_new_file_is_hashed_by_the_worker_that_reads_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The scan of a clean build only stats; the keys the workers make are the scan's own (a rehash reuses all)."""
    folder = corpus(tmp_path / "corpus", ARTICLES)
    names = hashed(monkeypatch)
    first = kg.build([folder], tmp_path / "out", jobs=2)
    assert names == [] and first.extracted == 4
    again = kg.build([folder], tmp_path / "out", rehash=True)
    assert sorted(names) == sorted(f"{name}.txt" for name in ARTICLES) and (again.extracted, again.reused) == (0, 4)


def test_a_change_that_keeps_size_and_mtime_is_seen_by_its_ctime(tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(corpus_module, "RACY_NS", -10**12)
    folder = corpus(tmp_path / "corpus", ARTICLES)
    out = tmp_path / "out"
    kg.build([folder], out)
    changed = folder / "c.txt"
    before = changed.stat()
    changed.write_text(ARTICLES["c"].replace("بغداد", "بيروت"), encoding="utf-8")  # as many bytes
    os.utime(changed, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert changed.stat().st_size == before.st_size and changed.stat().st_mtime_ns == before.st_mtime_ns
    names = hashed(monkeypatch)
    again = kg.build([folder], out)
    assert names == ["c.txt"] and again.extracted == 1
    kg.build([folder], tmp_path / "clean")
    assert outputs(out) == outputs(tmp_path / "clean")


def test_a_file_written_just_before_the_build_is_hashed_again(tmp_path: Path) -> None:
    """Its stat is not recorded: a second write in the same timestamp tick would leave it as it was."""
    folder = corpus(tmp_path / "corpus", ARTICLES)
    kg.build([folder], tmp_path / "out")
    manifest = json.loads((tmp_path / "out" / STATE_DIR / MANIFEST).read_text(encoding="utf-8"))
    assert all(entry["stat"] == [] for entry in manifest["documents"].values())
    later = time.time_ns() + 2 * corpus_module.RACY_NS
    (folder / "a.meta.json").write_text(json.dumps({"outlet": "Reuters"}), encoding="utf-8")
    assert len(source_stat(folder / "a.txt", later)) == 8 and len(source_stat(folder / "b.txt", later)) == 4
    assert source_stat(folder / "a.txt", time.time_ns()) == ()


def test_recorded_stats_count_only_for_the_same_code_and_options(tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(corpus_module, "RACY_NS", -10**12)
    folder = corpus(tmp_path / "corpus", ARTICLES)
    kg.build([folder], tmp_path / "out")
    state = tmp_path / "out" / STATE_DIR
    assert all(part.stat for part in load_manifest(state, Options()).values())
    assert not any(part.stat for part in load_manifest(state, Options(encoding="cp1256")).values())
    assert not any(part.stat for part in load_manifest(state).values())
    assert kg.build([folder], tmp_path / "out", encoding="utf-8").extracted == 4


def test_each_part_keeps_its_lines_of_the_table(tmp_path: Path) -> None:
    """statements.csv is the parts' table files copied one after the other under the header."""
    folder = corpus(tmp_path / "corpus", ARTICLES)
    out = tmp_path / "out"
    kg.build([folder], out)
    parts = sorted(load_manifest(out / STATE_DIR).values(), key=lambda part: part.doc_id)
    table = (out / "statements.csv").read_bytes()
    header = table[:table.index(b"\n") + 1]
    assert table == header + b"".join((out / STATE_DIR / PARTS / f"{part.key}.csv").read_bytes() for part in parts)

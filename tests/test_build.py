"""The main job end to end on the seed: outputs, determinism, and the maintainers' score."""
import csv
import json
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Dataset

import kg

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
SHARED_EVAL = ROOT.parent / "shared" / "eval"


def test_build_writes_the_three_outputs(seed_build: kg.BuildResult) -> None:
    assert seed_build.documents == 1 and seed_build.statements > 0
    assert all(path.stat().st_size > 0 for path in seed_build.files.values())


def test_the_table_agrees_with_the_graph(seed_build: kg.BuildResult, seed_rows) -> None:
    with seed_build.files["statements.csv"].open(encoding="utf-8", newline="") as f:
        assert list(csv.DictReader(f)) == seed_rows


def test_two_builds_are_byte_identical(seed_build: kg.BuildResult, tmp_path: Path) -> None:
    again = kg.build([SEEDS], tmp_path)
    for name, path in seed_build.files.items():
        assert path.read_bytes() == again.files[name].read_bytes(), name


def test_the_graph_has_one_named_graph_per_document(seed_build: kg.BuildResult) -> None:
    dataset = Dataset()
    dataset.parse(seed_build.files["graph.trig"], format="trig")
    names = {str(g.identifier) for g in dataset.graphs() if len(g)}
    assert "https://w3id.org/kg-news/data/graph/shafaq-2025-11-08-iraq-syria-security" in names


def test_metadata_reaches_every_row(seed_rows) -> None:
    assert {(r["outlet"], r["date"]) for r in seed_rows} == {("Shafaq News", "2025-11-08")}


@pytest.mark.skipif(not (SHARED_EVAL / "score.py").exists(), reason="the shared scorer is not beside this checkout")
def test_seed_score_meets_the_bar(seed_build: kg.BuildResult) -> None:
    result = subprocess.run(
        [sys.executable, str(SHARED_EVAL / "score.py"), str(SHARED_EVAL / "seed_gold.jsonl"),
         str(seed_build.files["statements.csv"]), "--doc", "seed", "--json"],
        capture_output=True, text=True, check=True)
    score = json.loads(result.stdout.splitlines()[0])
    assert score["precision"] >= 0.85 and score["f1"] >= 0.75, score


def test_a_failed_build_leaves_earlier_outputs_untouched(seed_build: kg.BuildResult, tmp_path: Path) -> None:
    out = tmp_path / "out"
    kg.build([SEEDS], out)
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"")
    with pytest.raises(kg.InputError):
        kg.build([bad], out)
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before


def test_a_corpus_folder_builds_every_document(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("وترفض دمشق أي وجود عسكري أجنبي على أراضيها.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("وتسعى أنقرة إلى إقامة منطقة آمنة شمال سوريا.", encoding="utf-8")
    result = kg.build([tmp_path], tmp_path / "out")
    with result.files["statements.csv"].open(encoding="utf-8", newline="") as f:
        assert sorted((r["doc_id"], r["actor"]) for r in csv.DictReader(f)) == [("a", "Syria"), ("b", "Turkey")]

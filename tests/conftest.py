"""Shared fixtures: the seed document and one build of it per test session."""
from __future__ import annotations

from pathlib import Path

import pytest

import kg

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
SEED = SEEDS / "shafaq-2025-11-08-iraq-syria-security.txt"
SHARED_EVAL = ROOT.parent / "shared" / "eval"


@pytest.fixture(scope="session")
def seed_path() -> Path:
    return SEED


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory: pytest.TempPathFactory) -> kg.BuildResult:
    return kg.build([SEEDS], tmp_path_factory.mktemp("seed-out"))


@pytest.fixture(scope="session")
def seed_dataset(seed_build: kg.BuildResult):
    from rdflib import Dataset
    dataset = Dataset(default_union=True)
    dataset.parse(seed_build.files["graph.trig"], format="trig")
    return dataset


@pytest.fixture(scope="session")
def seed_rows(seed_dataset) -> list[dict[str, str]]:
    return kg.statement_rows(seed_dataset)

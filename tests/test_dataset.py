from pathlib import Path

import pytest

import kg
from kg.query import statement_rows


def test_an_output_folder_opens_as_its_graph(seed_build, seed_rows) -> None:
    assert statement_rows(kg.load_dataset(seed_build.out_dir)) == seed_rows


def test_a_missing_graph_is_named(tmp_path: Path) -> None:
    with pytest.raises(kg.InputError, match="no such graph file"):
        kg.load_dataset(tmp_path)


def test_a_corrupt_graph_is_reported(tmp_path: Path) -> None:
    bad = tmp_path / "graph.trig"
    bad.write_text("<a> <b> {{{", encoding="utf-8")
    with pytest.raises(kg.InputError, match="is not valid trig"):
        kg.load_dataset(bad)

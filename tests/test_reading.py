"""Reading a build: Oxigraph in memory for a folder or file, in place for oxigraph:PATH; the same answers."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import kg
from kg.errors import InputError
from kg.reading import open_build


@pytest.fixture(scope="module")
def stored(seed_path: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    root = tmp_path_factory.mktemp("stored")
    kg.build([seed_path], root / "out", store=f"oxigraph:{root / 'store'}")
    return root / "out", f"oxigraph:{root / 'store'}"


def kg_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kg", *map(str, args)], capture_output=True, text=True)


def test_a_build_read_into_oxigraph_gives_the_rows_rdflib_gives(seed_build, seed_rows) -> None:
    assert kg.statement_rows(open_build(seed_build.out_dir)) == seed_rows
    assert kg.statement_rows(open_build(seed_build.files["graph.trig"])) == seed_rows


@pytest.mark.parametrize("command", [
    ["network", "--kind", "conflict"], ["concepts"], ["query", "--name", "contested-concepts"]])
def test_every_reading_command_answers_the_same_from_a_folder_and_from_its_store(stored, command) -> None:
    out, spec = stored
    name, *options = command
    answers = [kg_cli(name, source, *options) for source in (out, spec)]
    assert [a.returncode for a in answers] == [0, 0], answers[1].stderr
    assert answers[0].stdout == answers[1].stdout


def test_view_export_and_validate_read_a_store(stored, tmp_path: Path) -> None:
    out, spec = stored
    assert kg_cli("view", spec, "--out", tmp_path / "v.html").returncode == 0
    assert kg_cli("export", spec, "--out", tmp_path / "g.nq").returncode == 0
    assert kg_cli("export", out, "--out", tmp_path / "f.nq").returncode == 0
    assert (tmp_path / "g.nq").read_bytes() == (tmp_path / "f.nq").read_bytes()
    checked = kg_cli("validate", spec)
    assert checked.returncode == 0, checked.stderr


def test_a_file_that_is_not_rdf_names_itself(tmp_path: Path) -> None:
    bad = tmp_path / "bad.trig"
    bad.write_text("this is not TriG", encoding="utf-8")
    with pytest.raises(InputError, match="bad.trig"):
        open_build(bad)
    with pytest.raises(InputError, match="no such graph file"):
        open_build(tmp_path / "missing")


@pytest.mark.parametrize("kind", ["bipartite", "congruence", "conflict", "issue"])
def test_a_network_read_from_the_union_bag_is_the_network_of_the_merge(seed_build, kind) -> None:
    merged, bag = (kg.network(open_build(seed_build.out_dir, bag=bag), kind) for bag in (False, True))
    assert sorted(merged.edges(data="weight")) == sorted(bag.edges(data="weight"))
    assert dict(merged.nodes(data="label")) == dict(bag.nodes(data="label"))

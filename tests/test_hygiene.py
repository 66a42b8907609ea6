"""Output hygiene: cells safe in a spreadsheet, terminals safe from control characters, input refused early."""
from __future__ import annotations

import csv
import subprocess
import sys
from pathlib import Path

import pytest

import kg
from kg.hygiene import one_line, spreadsheet_cell, terminal


def kg_cli(*args: object) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kg", *map(str, args)], capture_output=True, text=True)


def test_the_three_neutralisers() -> None:
    assert [spreadsheet_cell(v) for v in ("=1", "+1", "-1", "@x", "\tx", "نص")] == ["'=1", "'+1", "'-1", "'@x",
                                                                                  "'\tx", "نص"]
    assert terminal("a\x1bb\x07c\n\td\x9b") == "a\\x1bb\\x07c\n\td\\x9b"
    assert one_line("file\nkg: error: forged") == "file\\nkg: error: forged"


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A document whose text carries terminal escapes, a sentence that opens like a formula, and a file name
    with a line feed in it."""
    folder = tmp_path_factory.mktemp("hostile")
    (folder / "docs").mkdir()
    (folder / "docs" / "a.txt").write_text("وأيدت تركيا \x1b[31mالاتفاق\x07 الأمني.\n-وأيدت قطر الاتفاق الأمني.\n",
                                           encoding="utf-8")
    (folder / "docs" / "empty\nkg: error: forged.txt").write_text("", encoding="utf-8")
    return folder


def test_statements_csv_cells_never_run_as_formulas(hostile: Path) -> None:
    result = kg_cli("build", hostile / "docs", "--out", hostile / "out")
    assert result.returncode == 0, result.stderr
    with (hostile / "out" / "statements.csv").open(encoding="utf-8") as stream:
        sentences = [row["sentence"] for row in csv.DictReader(stream)]
    assert "'-وأيدت قطر الاتفاق الأمني." in sentences
    assert not any(s.startswith(("=", "+", "-", "@")) for s in sentences)
    stored = {row["sentence"] for row in kg.statement_rows(kg.load_dataset(hostile / "out"))}
    assert "-وأيدت قطر الاتفاق الأمني." in stored  # the graph keeps the text as it was


def test_no_control_character_reaches_a_terminal_and_no_line_is_forged(hostile: Path) -> None:
    built = kg_cli("build", hostile / "docs", "--out", hostile / "out2")
    assert [line for line in built.stderr.splitlines() if line.startswith("kg: error")] == []
    assert "empty\\nkg: error: forged.txt" in built.stderr
    for args in (["query", hostile / "out2", "SELECT ?t WHERE { ?s kg:issueText ?t }"],
                 ["explain", hostile / "docs" / "a.txt"], ["network", hostile / "out2", "--level", "issue"]):
        shown = kg_cli(*args)
        assert shown.returncode == 0 and "\x1b" not in shown.stdout and "\x07" not in shown.stdout, args
    assert " [31m" in kg_cli("explain", hostile / "docs" / "a.txt").stdout  # the ESC was blanked at input
    piped = kg_cli("query", hostile / "out2", "SELECT ?t WHERE { ?s kg:sentenceText ?t }", "--format", "csv")
    assert "\x1b" not in piped.stdout  # not even for a program: the ESC was blanked at input


@pytest.mark.parametrize("args, message", [
    (["--encoding", "rot13"], "unknown text encoding 'rot13'"),
    (["--encoding", "zlib"], "unknown text encoding 'zlib'"),
])
def test_a_codec_that_is_no_text_encoding_is_refused(tmp_path: Path, args, message) -> None:
    (tmp_path / "a.txt").write_text("وأيدت تركيا الاتفاق.\n", encoding="utf-8")
    result = kg_cli("build", tmp_path / "a.txt", "--out", tmp_path / "out", *args)
    assert result.returncode == 2 and message in result.stderr


@pytest.mark.parametrize("day", ["20250101", "2025-W01-1", "2025-13-01"])
def test_a_date_is_strictly_yyyy_mm_dd(tmp_path: Path, day: str) -> None:
    (tmp_path / "a.txt").write_text("وأيدت تركيا الاتفاق.\n", encoding="utf-8")
    (tmp_path / "a.meta.json").write_text(f'{{"date": "{day}"}}', encoding="utf-8")
    result = kg_cli("build", tmp_path / "a.txt", "--out", tmp_path / "out")
    assert result.returncode == 2 and "is not YYYY-MM-DD" in result.stderr


@pytest.mark.parametrize("value", ["nan", "-1", "0", "inf"])
def test_a_timeout_is_a_finite_positive_number(seed_build, value: str) -> None:
    result = kg_cli("query", seed_build.out_dir, "--name", "concern", "--timeout", value)
    assert result.returncode == 2 and "give a number of seconds above 0" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("meta, message", [
    ('{"outlet": "' + "x" * 70_000 + '"}', "metadata is over 64 KiB"),
    ('{"outlet": "' + "x" * 3000 + '"}', "is over 2,048 characters"),
    ("[" * 20_000 + "]" * 20_000, "must be a flat JSON object"),
], ids=["a-large-file", "a-long-value", "deep-nesting"])
def test_metadata_has_limits(tmp_path: Path, meta: str, message: str) -> None:
    (tmp_path / "a.txt").write_text("وأيدت تركيا الاتفاق.\n", encoding="utf-8")
    (tmp_path / "a.meta.json").write_text(meta, encoding="utf-8")
    result = kg_cli("build", tmp_path / "a.txt", "--out", tmp_path / "out")
    assert result.returncode == 2 and message in result.stderr and "bug in kg" not in result.stderr


def test_control_characters_are_blanked_at_input_so_no_output_carries_them(tmp_path: Path) -> None:
    text = "وأيدت تركيا الاتفاق الأمني.\n" * 12_000 + "\x00ورفضت\x01 إيران\x1b الاتفاق الأمني.\n"  # NUL past 256 KiB
    (tmp_path / "a.txt").write_bytes(text.encode("utf-8"))
    result = kg_cli("build", tmp_path / "a.txt", "--out", tmp_path / "out")
    assert result.returncode == 0, result.stderr
    for name in ("statements.csv", "graph.html", "graph.trig"):
        data = (tmp_path / "out" / name).read_bytes()
        assert not any(control in data for control in (b"\x00", b"\x01", b"\x1b")), name
    document = kg.read_document(tmp_path / "a.txt")
    assert len(document.text) == len(text)  # the same length: every offset still points where it did


# ---------------------------------------------------------------- properties: any text at all

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

ANY = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
FORMULA = ("=", "+", "-", "@", "\t", "\r")


@ANY
@given(st.text())
def test_no_cell_opens_as_a_formula_and_no_control_reaches_a_terminal(value: str) -> None:
    cell = spreadsheet_cell(value)
    assert not cell.startswith(FORMULA) and cell.removeprefix("'") == value or cell == value
    shown = terminal(value)
    assert not any(ord(c) < 32 and c not in "\n\t" or 0x7f <= ord(c) <= 0x9f for c in shown)
    assert "\n" not in one_line(value)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                  HealthCheck.function_scoped_fixture])
@given(name=st.text(st.characters(blacklist_characters="/\x00", blacklist_categories=("Cs",)), min_size=1,
                    max_size=40),
       meta=st.dictionaries(st.sampled_from(["outlet", "date", "url", "place", "report_by", "doc_id", "other"]),
                            st.one_of(st.none(), st.text(max_size=80), st.integers(), st.lists(st.text(), max_size=3)),
                            max_size=4))
def test_any_file_name_and_metadata_read_cleanly_or_fail_in_one_line(tmp_path_factory, name: str, meta) -> None:
    import json
    from kg.errors import KgError
    folder = tmp_path_factory.mktemp("any")
    path = folder / (name.replace(".", "_")[:40] + ".txt")
    try:
        path.write_text("وأيدت تركيا الاتفاق الأمني مع العراق.\n", encoding="utf-8")
    except OSError:  # a name this file system refuses (too long in bytes): nothing to read
        return
    path.with_name(path.stem + ".meta.json").write_text(json.dumps(meta), encoding="utf-8")
    try:
        document = kg.read_document(path)
    except KgError as exc:
        assert "\n" not in one_line(str(exc))
        return
    assert document.text.startswith("وأيدت")

"""The statements table for people: a DataFrame, a workbook and a CSV that spreadsheets open safely."""
from __future__ import annotations

import csv
import io
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook
from rdflib import Literal

import kg
from kg.query import STATEMENT_COLUMNS
from kg.hygiene import spreadsheet_cell as neutralised
from kg.vocab import KG


def test_the_dataframe_has_every_statement_with_typed_columns(seed_build, seed_rows) -> None:
    frame = kg.statements(seed_build.out_dir)
    assert list(frame.columns) == list(STATEMENT_COLUMNS) and len(frame) == len(seed_rows)
    assert str(frame["char_start"].dtype) == "int64" and str(frame["confidence"].dtype) == "float64"
    assert frame["hedged"].dtype == bool and frame["date"].dt.year.eq(2025).all()
    assert frame["confidence"].between(0, 1).all() and (frame["confidence"] > 0).all()


@pytest.fixture
def hostile(seed_dataset):
    """The seed with one sentence that a spreadsheet would run as a formula."""
    statement = next(seed_dataset.subjects(KG.sentenceText, None))
    (old, graph), = [(o, c) for _, _, o, c in seed_dataset.quads((statement, KG.sentenceText, None, None))]
    seed_dataset.remove((statement, KG.sentenceText, old, graph))
    seed_dataset.add((statement, KG.sentenceText, Literal('=HYPERLINK("http://example.org","x")', lang="ar"),
                      graph))
    yield seed_dataset
    seed_dataset.remove((statement, KG.sentenceText, None, graph))
    seed_dataset.add((statement, KG.sentenceText, old, graph))


def test_a_workbook_holds_text_as_text_and_numbers_as_numbers(hostile, tmp_path: Path) -> None:
    sheet = load_workbook(kg.write_table(hostile, tmp_path / "s.xlsx")).active
    header = [cell.value for cell in sheet[1]]
    assert header == list(STATEMENT_COLUMNS) and sheet.max_row == len(kg.statement_rows(hostile)) + 1
    sentences = [row[header.index("sentence")] for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert '\'=HYPERLINK("http://example.org","x")' in sentences
    assert all(cell.data_type != "f" for row in sheet.iter_rows() for cell in row)
    assert all(isinstance(row[header.index("char_start")], int) for row in sheet.iter_rows(min_row=2, values_only=True))


def test_a_csv_for_excel_has_a_byte_order_mark_and_reads_back(hostile, tmp_path: Path) -> None:
    data = kg.write_table(hostile, tmp_path / "s.csv", bom=True).read_bytes()
    assert data.startswith(b"\xef\xbb\xbfdoc_id,") and b"\r\n" in data
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    assert len(rows) == len(kg.statement_rows(hostile))
    assert sum(row["sentence"].startswith("'=") for row in rows) == 1


def test_neutralised_cells() -> None:
    assert [neutralised(v) for v in ("=1+1", "+1", "-1", "@x", "تركيا", "")] == ["'=1+1", "'+1", "'-1", "'@x",
                                                                             "تركيا", ""]


def test_kg_export_writes_the_table_by_suffix(seed_build, tmp_path: Path) -> None:
    run = subprocess.run([sys.executable, "-m", "kg", "export", str(seed_build.out_dir), "--out",
                          str(tmp_path / "t.xlsx")], capture_output=True, text=True)
    assert run.returncode == 0 and load_workbook(tmp_path / "t.xlsx").active.max_row == seed_build.statements + 1
    refused = subprocess.run([sys.executable, "-m", "kg", "export", str(seed_build.out_dir), "--out",
                              str(tmp_path / "t.ttl"), "--bom"], capture_output=True, text=True)
    assert refused.returncode == 2 and not (tmp_path / "t.ttl").exists()

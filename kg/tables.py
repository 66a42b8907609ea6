"""The statements table for people: a pandas DataFrame for the API, and files a spreadsheet opens as they are
(an Excel workbook, or CSV with a byte-order mark so that Excel reads the Arabic as UTF-8).

Cells that a spreadsheet would run as a formula (beginning with = + - @, a tab or a carriage return) get a
leading apostrophe, as OWASP advises for CSV injection: the sentence of a news article is text, never code.
"""
from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import TYPE_CHECKING

from rdflib import Graph

from .errors import ExportError
from .export import write_atomically
from .hygiene import spreadsheet_cell
from .query import STATEMENT_COLUMNS, statement_rows
from .reading import open_build

if TYPE_CHECKING:
    import pandas

TABLE_SUFFIXES = (".xlsx", ".csv")
_INTEGERS = ("char_start", "char_end", "issue_start", "issue_end")


def statements(source: Path | str | Graph) -> pandas.DataFrame:
    """The statements table of a build (folder, RDF file, oxigraph:PATH or dataset) as a pandas DataFrame:
    offsets as integers, confidence as a number, hedged as a boolean, the date as a datetime."""
    import pandas  # imported on use: a second to load, and only the API needs it

    frame = pandas.DataFrame(statement_rows(open_build(source)), columns=list(STATEMENT_COLUMNS))
    for column in _INTEGERS:
        frame[column] = frame[column].astype("int64")
    frame["confidence"] = frame["confidence"].astype("float64")
    frame["hedged"] = frame["hedged"] == "true"
    frame["date"] = pandas.to_datetime(frame["date"].replace("", None), format="%Y-%m-%d")
    return frame


def _csv(rows: list[dict[str, str]], bom: bool) -> bytes:
    stream = io.StringIO()
    writer = csv.writer(stream, lineterminator="\r\n" if bom else "\n")
    writer.writerow(STATEMENT_COLUMNS)
    writer.writerows([spreadsheet_cell(row[column]) for column in STATEMENT_COLUMNS] for row in rows)
    return stream.getvalue().encode("utf-8-sig" if bom else "utf-8")


def _xlsx(rows: list[dict[str, str]]) -> bytes:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "statements"
    sheet.append(list(STATEMENT_COLUMNS))
    for row in rows:
        sheet.append([int(row[c]) if c in _INTEGERS else float(row[c]) if c == "confidence" else spreadsheet_cell(row[c])
                      for c in STATEMENT_COLUMNS])
    for cells in sheet.iter_rows(min_row=2):  # openpyxl would store a text beginning with = as a formula
        for cell in cells:
            if isinstance(cell.value, str):
                cell.data_type = "s"
    sheet.freeze_panes = "A2"
    stream = io.BytesIO()
    book.save(stream)
    return stream.getvalue()


def write_table(source: Path | str | Graph, out: Path | str, *, bom: bool = False) -> Path:
    """Write the statements table as an Excel workbook (.xlsx) or CSV (.csv; bom: UTF-8 with a byte-order mark,
    CRLF lines, as Excel expects), replacing out whole."""
    out = Path(out)
    suffix = out.suffix.lower()
    if suffix not in TABLE_SUFFIXES:
        raise ExportError(f"{out}: a table is written as {' or '.join(TABLE_SUFFIXES)}")
    if bom and suffix != ".csv":
        raise ExportError(f"{out}: --bom is for CSV; a workbook needs none")
    rows = statement_rows(open_build(source))
    write_atomically(out, _xlsx(rows) if suffix == ".xlsx" else _csv(rows, bom))
    return out

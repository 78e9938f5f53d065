"""Reading task tables from .xlsx, .docx and .csv files into plain grids that remember merged cells.

Every cell carries the text of its merged area and the position of that area's first cell, so
the importer can tell "same as above" (a vertical merge) and "spans the next column" (a
horizontal merge) apart from two cells that merely hold the same words.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import UsageError

SUFFIXES = (".xlsx", ".docx", ".csv")


@dataclass(frozen=True, slots=True)
class Cell:
    text: str
    origin: tuple[int, int]
    """(row, column) of the first cell of the merged area this cell belongs to; its own when not merged."""


@dataclass(frozen=True, slots=True)
class Grid:
    """One table of a file: rows of cells, padded to the same width, with a name for each row."""

    name: str
    rows: tuple[tuple[Cell, ...], ...]
    labels: tuple[str, ...]
    preamble: tuple[str, ...] = ()
    """Text just before the table (a Word document's title paragraphs)."""


def read_grids(path: Path) -> list[Grid]:
    """Every table in ``path``; UsageError (in Chinese) when the file cannot be read."""
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise UsageError(f"不支持的文件类型 “{path.suffix or path.name}”：只能导入 .xlsx、.docx 或 .csv 文件")
    if not path.is_file():
        raise UsageError(f"找不到文件 {path}")
    try:
        data = path.read_bytes()
        if suffix == ".csv":
            return [_csv_grid(data)]
        if suffix == ".xlsx":
            return _xlsx_grids(data)
        return _docx_grids(data)
    except UsageError:
        raise
    except Exception as exc:  # a damaged or mislabelled file: say so, never a traceback
        raise UsageError(
            f"无法读取 {path.name}：文件已损坏或不是真正的 {suffix} 文件（{type(exc).__name__}: {exc}）"
        ) from exc


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).replace("\r\n", "\n").strip()


def _padded(rows: list[list[Cell]]) -> tuple[tuple[Cell, ...], ...]:
    width = max((len(r) for r in rows), default=0)
    return tuple(tuple(r + [Cell("", (i, c)) for c in range(len(r), width)]) for i, r in enumerate(rows))


def _csv_grid(data: bytes) -> Grid:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("gb18030")  # CSV saved by Chinese Excel
    rows = [
        [Cell(_text(v), (r, c)) for c, v in enumerate(line)] for r, line in enumerate(csv.reader(io.StringIO(text)))
    ]
    return Grid("CSV", _padded(rows), tuple(f"第 {r + 1} 行" for r in range(len(rows))))


def _xlsx_grids(data: bytes) -> list[Grid]:
    from openpyxl import load_workbook

    book = load_workbook(io.BytesIO(data), data_only=True)
    grids = []
    for sheet in book.worksheets:
        origin: dict[tuple[int, int], tuple[int, int]] = {}
        for area in sheet.merged_cells.ranges:
            for r in range(area.min_row, area.max_row + 1):
                for c in range(area.min_col, area.max_col + 1):
                    origin[(r, c)] = (area.min_row, area.min_col)
        values = {(cell.row, cell.column): _text(cell.value) for row in sheet.iter_rows() for cell in row}
        rows = []
        for r in range(1, sheet.max_row + 1):
            row = []
            for c in range(1, sheet.max_column + 1):
                first = origin.get((r, c), (r, c))
                row.append(Cell(values.get(first, ""), (first[0] - 1, first[1] - 1)))
            rows.append(row)
        grids.append(
            Grid(f"工作表“{sheet.title}”", _padded(rows), tuple(f"第 {r} 行" for r in range(1, len(rows) + 1)))
        )
    return grids


def _paragraphs(cell: Any) -> str:
    lines = [p.text.strip() for p in cell.paragraphs if p.text.strip()]
    return "\n".join(lines)


def _docx_grids(data: bytes) -> list[Grid]:
    import docx
    from docx.oxml.ns import qn

    document = docx.Document(io.BytesIO(data))
    preambles: list[tuple[str, ...]] = []
    texts: list[str] = []
    for child in document.element.body.iterchildren():
        if child.tag == qn("w:p"):
            text = "".join(node.text or "" for node in child.iter(qn("w:t"))).strip()
            texts += [text] if text else []
        elif child.tag == qn("w:tbl"):
            preambles.append(tuple(texts[-3:]))
            texts = []
    grids = []
    for t, table in enumerate(document.tables, start=1):
        elements: list[list[Any]] = []
        rows: list[list[Cell]] = []
        for r, row in enumerate(table.rows):
            # python-docx yields the first cell of a merged area again for each grid column and row it
            # covers; keeping the elements alive keeps their identity comparable with ``is``.
            row_cells = row.cells
            tcs = [cell._tc for cell in row_cells]
            cells: list[Cell] = []
            for c, (tc, cell) in enumerate(zip(tcs, row_cells, strict=True)):
                if c and tc is tcs[c - 1]:
                    first = cells[c - 1].origin
                elif r and c < len(elements[r - 1]) and tc is elements[r - 1][c]:
                    first = rows[r - 1][c].origin
                else:
                    first = (r, c)
                cells.append(Cell(_paragraphs(cell), first))
            elements.append(tcs)
            rows.append(cells)
        labels = tuple(f"表格第 {r} 行" for r in range(1, len(rows) + 1))
        grids.append(Grid(f"第 {t} 个表格", _padded(rows), labels, preambles[t - 1] if t <= len(preambles) else ()))
    return grids


def squeeze(text: str) -> str:
    """A header or name without spaces and with full-width brackets, for matching."""
    return re.sub(r"\s+", "", text).replace("(", "（").replace(")", "）")


def concat(grids: Sequence[Grid]) -> Grid:
    """Tables that continue one another (a Word table broken by page or section) as one grid.

    The paragraphs between two tables (such as a section heading) become a row across the table;
    「续表」 lines are only page furniture and are left out.
    """
    width = max(len(g.rows[0]) for g in grids if g.rows)
    rows: list[list[Cell]] = []
    labels: list[str] = []
    for n, grid in enumerate(grids):
        if n:
            for text in grid.preamble:
                if not re.match(r"^[（(]?续表", text):
                    rows.append([Cell(text, (len(rows), 0))] * width)
                    labels.append(f"{grid.name}前的段落")
        offset = len(rows)
        for row, label in zip(grid.rows, grid.labels, strict=True):
            rows.append([Cell(c.text, (c.origin[0] + offset, c.origin[1])) for c in row])
            labels.append(grid.name + label.removeprefix("表格"))
    return Grid("、".join(g.name for g in grids), _padded(rows), tuple(labels), grids[0].preamble)

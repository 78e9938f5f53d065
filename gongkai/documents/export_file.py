"""A CMS export (.csv, .xlsx, .json, .jsonl) → its column headers and one record per row.

Exports put one 公文 on a row (or one JSON object), under a header row. Cells come back as text
exactly as exported; a date cell of an Excel file is written as YYYY-MM-DD (with its time when
it has one, 2024-04-06 16:34), a list in a JSON export stays a list (attachments often are).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import UsageError

SUFFIXES = (".csv", ".xlsx", ".json", ".jsonl")
HEADER_SEARCH = 10
"""How many rows from the top may hold the header (a title row may come first)."""

Cell = str | list[Any] | dict[str, Any]
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
"""Invisible control characters (pasted from Word); a vertical tab or page break becomes a line break."""


@dataclass(frozen=True, slots=True)
class Record:
    label: str
    """Where the row is in the file, e.g. 「第 5 行」 or 「第 3 条」."""
    cells: dict[str, Cell]
    """Non-empty cells by column header."""


@dataclass(frozen=True, slots=True)
class Export:
    name: str
    kind: str
    """「CSV」, 「工作表“Sheet1”」, 「JSON」 …"""
    columns: tuple[str, ...]
    records: tuple[Record, ...]
    blank_rows: int = 0


def read_export(path: Path) -> Export:
    """The records of ``path``; UsageError (in Chinese) when it cannot be read."""
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise UsageError(
            f"不支持的文件类型 “{path.suffix or path.name}”：只能导入 .csv、.xlsx、.json 或 .jsonl 导出文件"
        )
    if not path.is_file():
        raise UsageError(f"找不到文件 {path}")
    try:
        data = path.read_bytes()
        if suffix == ".csv":
            return _table(path.name, "CSV", list(csv.reader(io.StringIO(_decode(data)))))
        if suffix == ".xlsx":
            return _xlsx(path.name, data)
        return _json(path.name, _decode(data), suffix == ".jsonl")
    except UsageError:
        raise
    except Exception as exc:  # a damaged or mislabelled file: say so, never a traceback
        raise UsageError(
            f"无法读取 {path.name}：文件已损坏或不是 {suffix} 文件（{type(exc).__name__}: {exc}）"
        ) from exc


def _decode(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("gb18030")  # saved by Chinese Excel or an old CMS


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        if value.time() == dt.time(0, 0):
            return value.date().isoformat()
        return value.strftime("%Y-%m-%d %H:%M" if value.second == 0 else "%Y-%m-%d %H:%M:%S")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return _CONTROL.sub("", str(value).replace("\r\n", "\n").replace("\x0b", "\n").replace("\x0c", "\n")).strip()


def _table(name: str, kind: str, rows: list[list[Any]]) -> Export:
    texts = [[_text(v) for v in row] for row in rows]
    first = next((r for r, row in enumerate(texts[:HEADER_SEARCH]) if sum(1 for t in row if t) >= 2), None)
    if first is None:
        raise UsageError(f"{name} 中找不到表头：前 {HEADER_SEARCH} 行中没有一行有两个以上的列名")
    header = _headers(texts[first])
    records, blank = [], 0
    for r in range(first + 1, len(texts)):
        cells: dict[str, Cell] = {h: t for h, t in zip(header, texts[r], strict=False) if h and t}
        extra = [t for t in texts[r][len(header) :] if t]
        if extra:
            cells[f"第 {len(header) + 1} 列起（无列名）"] = "\n".join(extra)
        if cells:
            records.append(Record(f"第 {r + 1} 行", cells))
        else:
            blank += 1
    return Export(name, kind, tuple(h for h in header if h), tuple(records), blank)


def _headers(row: list[str]) -> list[str]:
    """Header texts; a repeated header gets 「（2）」 so neither column's values are lost."""
    out: list[str] = []
    for c, text in enumerate(row):
        name = " ".join(text.split()) or (f"第 {c + 1} 列" if any(row[c + 1 :]) else "")
        n, base = 2, name
        while name and name in out:
            name, n = f"{base}（{n}）", n + 1
        out.append(name)
    return out


def _xlsx(name: str, data: bytes) -> Export:
    from openpyxl import load_workbook

    book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    sheets = [(s.title, [list(r) for r in s.iter_rows(values_only=True)]) for s in book.worksheets]
    book.close()
    filled = [(title, rows) for title, rows in sheets if any(any(v is not None for v in r) for r in rows)]
    if not filled:
        raise UsageError(f"{name} 中没有数据")
    title, rows = max(filled, key=lambda s: len(s[1]))
    return _table(name, f"工作表“{title}”", rows)


def _json(name: str, text: str, lines: bool) -> Export:
    if lines:
        items: Any = [json.loads(line) for line in text.splitlines() if line.strip()]
    else:
        items = json.loads(text)
    if isinstance(items, dict):
        lists = [v for v in items.values() if isinstance(v, list) and v and all(isinstance(i, dict) for i in v)]
        if len(lists) != 1:
            raise UsageError(f"{name} 应为一个对象列表（每个对象一件公文），或只含一个这样的列表的对象")
        items = lists[0]
    if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
        raise UsageError(f"{name} 应为一个对象列表（每个对象一件公文）")
    columns: dict[str, None] = {}
    records = []
    blank = 0
    unit = "行" if lines else "条"
    for n, item in enumerate(items, start=1):
        cells: dict[str, Cell] = {}
        for key, value in item.items():
            columns.setdefault(str(key))
            cell = value if isinstance(value, list | dict) else _text(value)
            if cell:
                cells[str(key)] = cell
        if cells:
            records.append(Record(f"第 {n} {unit}", cells))
        else:
            blank += 1
    return Export(name, "JSON", tuple(columns), tuple(records), blank)

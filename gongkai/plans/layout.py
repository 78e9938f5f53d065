"""Where a task table's header is and what each of its columns holds.

The header is the first row (of the first 20) that names a 具体要求 column, or a 工作任务 column
with a 责任单位 / 完成时限 one; a second header row below it (「责任单位」 over 「牵头单位 | 配合单位」)
is recognised and its words name the columns under it. Every column with a header or with
text keeps a place: recognised ones fill a field, all others keep their values in ``extra``.
In a gongkai ledger download the columns the ledger adds (编号, 到期日期, 状态, 网址) are told
apart from the table's own ones, which its subtitle names.
"""

from __future__ import annotations

from dataclasses import dataclass

from .headers import (
    LEDGER_ONLY,
    REPEATABLE,
    Column,
    assign,
    extra_key,
    is_ledger,
    original_columns,
    role_of,
)
from .tables import Cell, Grid, squeeze

SEARCHED_ROWS = 20


@dataclass(frozen=True, slots=True)
class Slot:
    """One column of the table as its header names it, and the grid columns under that header."""

    column: Column
    indexes: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class Layout:
    header_rows: tuple[int, ...]
    first: int
    """The first row below the header."""
    slots: tuple[Slot, ...]
    table_columns: tuple[str, ...]
    """The table's own headers, in order, as the plan's ``table_columns`` records them."""
    ledger: bool
    title_rows: tuple[str, ...]

    def role_slots(self, role: str) -> list[Slot]:
        return [s for s in self.slots if s.column.role == role]


def _is_header(row: tuple[Cell, ...]) -> bool:
    roles = {role_of(c.text) for c in row if c.text}
    return "requirement" in roles or ("group" in roles and bool(roles & {"units", "lead", "support", "deadline"}))


def find_layout(grid: Grid) -> Layout | None:
    """The header of ``grid`` and its columns, or None when no row looks like a task table's header."""
    header = next((r for r, row in enumerate(grid.rows[:SEARCHED_ROWS]) if _is_header(row)), None)
    if header is None:
        return None
    sub = header + 1 if header + 1 < len(grid.rows) and _is_sub_header(grid, header) else None
    names = _leaf_names(grid, header, sub)
    first = (sub if sub is not None else header) + 1
    spans = _spans(grid, header, sub, names, first)
    titles = _title_rows(grid, header)
    ledger = is_ledger(titles)
    if ledger:
        originals = original_columns(titles) or ()
        columns = _ledger_columns([name for name, _ in spans], originals)
        table_columns = originals
    else:
        columns = assign([name for name, _ in spans])
        table_columns = tuple(name for name, _ in spans)
    slots = tuple(Slot(col, idx) for col, (_, idx) in zip(columns, spans, strict=True))
    rows = (header,) if sub is None else (header, sub)
    return Layout(rows, first, slots, table_columns, ledger, tuple(titles))


def _spans_columns(row: tuple[Cell, ...], c: int) -> bool:
    origin = row[c].origin
    return sum(1 for cell in row if cell.origin == origin) > 1


def _is_sub_header(grid: Grid, header: int) -> bool:
    """True when the row below the header names the columns under a wider header cell."""
    top, below = grid.rows[header], grid.rows[header + 1]
    found = False
    for c, cell in enumerate(below):
        if cell.origin[0] <= header or not cell.text:
            continue  # merged down from the header, or blank
        named, spanned = role_of(cell.text) is not None, _spans_columns(top, c)
        if not (named or spanned or not top[c].text):
            return False  # a data row: text under a header cell of its own
        found = found or named or spanned
    return found


def _leaf_names(grid: Grid, header: int, sub: int | None) -> list[tuple[str, tuple[int, int]]]:
    """Each grid column's header text and the cell it comes from (the lower one in a two-row header)."""
    out = []
    for c, cell in enumerate(grid.rows[header]):
        below = grid.rows[sub][c] if sub is not None else None
        if below is not None and below.text and below.origin[0] == sub:
            out.append((squeeze(below.text), below.origin))
        else:
            out.append((squeeze(cell.text), cell.origin))
    return out


def _spans(
    grid: Grid, header: int, sub: int | None, names: list[tuple[str, tuple[int, int]]], first: int
) -> list[tuple[str, tuple[int, ...]]]:
    """(header, grid columns) per column of the table: one merged header cell is one column; an
    unnamed column with text is called 「第N列」; a column with neither header nor text is left out."""
    out: list[tuple[str, tuple[int, ...]]] = []
    last: tuple[int, int] | None = None
    for c, (name, origin) in enumerate(names):
        if out and origin == last:
            out[-1] = (out[-1][0], (*out[-1][1], c))
            continue
        if not name:
            if not any(row[c].text and row[c].origin[1] == c for row in grid.rows[first:]):
                continue
            name = f"第{c + 1}列"
        if out and name == out[-1][0] and role_of(name) == "group":  # 工作任务 | 工作任务 (a CSV of merged headers)
            out[-1] = (name, (*out[-1][1], c))
        else:
            out.append((name, (c,)))
        last = origin
    return out


def _ledger_columns(names: list[str], originals: tuple[str, ...]) -> list[Column]:
    """Columns of a ledger download: those its subtitle names are the table's own, read as the
    importer read them the first time; the others are the ledger's, known by their headers."""
    own = assign(originals)
    pending = {name: [c for c in own if c.name == name] for name in originals}
    taken = {c.role for c in own if c.role not in REPEATABLE and c.role != "extra"}
    keys = {c.key for c in own if c.role == "extra"}
    out = []
    for name in names:
        if pending.get(name):
            out.append(pending[name].pop(0))
            continue
        if name in LEDGER_ONLY:
            out.append(Column(name, LEDGER_ONLY[name], name))
            continue
        role = role_of(name)
        if role is None or (role not in REPEATABLE and role in taken):
            key = extra_key(name, keys)
            keys.add(key)
            out.append(Column(name, "extra", key))
        else:
            taken.add(role)
            out.append(Column(name, role, name))
    return out


def _title_rows(grid: Grid, header: int) -> list[str]:
    """Text above the table (a Word document's paragraphs) and above the header row, in order."""
    texts = list(grid.preamble)
    for row in grid.rows[:header]:
        text = next((c.text for c in row if c.text), "")
        if text and text not in texts:
            texts.append(text)
    return texts

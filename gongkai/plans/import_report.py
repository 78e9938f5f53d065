"""What ``import`` did with a table, in words for the editor: rows, columns, unit names, skipped rows."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .headers import FIELD_LABELS, LEDGER_LABELS, Column


def where(rows: list[str] | tuple[str, ...]) -> str:
    """「表格第 2 行、表格第 3 行」, shortened to the first three and a count for long lists."""
    return "、".join(rows) if len(rows) <= 4 else "、".join(rows[:3]) + f"等 {len(rows)} 行"


@dataclass(frozen=True, slots=True)
class UnmappedName:
    """A 责任单位 name the registry does not know, and the rows it appears on."""

    name: str
    rows: tuple[str, ...]

    def __str__(self) -> str:
        return f"{self.name}（{where(self.rows)}）"


@dataclass(frozen=True, slots=True)
class SkippedRow:
    """A row below the header that became no task, why, and its text (kept in a YAML comment)."""

    label: str
    reason: str
    content: str

    def __str__(self) -> str:
        return f"{self.label}：{self.reason}" + (f"（原文：{self.content}）" if self.content else "")


@dataclass(frozen=True, slots=True)
class ImportReport:
    table: str
    columns: tuple[Column, ...]
    ledger: bool
    rows_read: int
    tasks: int
    headings: tuple[str, ...]
    """Rows across the table that became a 工作任务 group over the rows below them."""
    repeated_headers: tuple[str, ...]
    blank_rows: int
    skipped: tuple[SkippedRow, ...]
    unmapped: tuple[UnmappedName, ...]
    year: int
    year_source: str
    other_tables: tuple[str, ...] = ()

    @property
    def kept_columns(self) -> list[str]:
        return [c.name for c in self.columns if c.role == "extra"]


@dataclass(frozen=True, slots=True)
class ImportResult:
    """What ``import`` wrote and the report on it."""

    path: Path
    report: ImportReport

    @property
    def task_count(self) -> int:
        return self.report.tasks

    @property
    def table(self) -> str:
        return self.report.table

    @property
    def unmapped(self) -> tuple[UnmappedName, ...]:
        return self.report.unmapped

    @property
    def skipped(self) -> tuple[SkippedRow, ...]:
        return self.report.skipped


def _column_line(column: Column) -> str:
    target = FIELD_LABELS.get(column.role) or LEDGER_LABELS[column.role]
    if column.same_as:
        target = f"与“{column.same_as}”同类，该字段已由“{column.same_as}”填写；按原列名保留在各任务的 extra 下"
    if column.role == "extra" and column.key != column.name:
        target += f"（键名 “{column.key}”）"
    return f"    {column.name} → {target}"


def summary_lines(result: ImportResult) -> list[str]:
    """The closing summary of ``import``: every count, column, unknown unit name and skipped row."""
    r = result.report
    counts = [f"读取 {r.rows_read} 行，写入 {r.tasks} 项任务"]
    if r.headings:
        counts.append(f"{len(r.headings)} 行为通栏标题，作为上一级工作任务（{where(r.headings)}）")
    if r.repeated_headers:
        counts.append(f"{len(r.repeated_headers)} 行为续页重复的表头（{where(r.repeated_headers)}）")
    counts.append(f"跳过 {len(r.skipped)} 行")
    lines = [
        f"导入摘要（{r.table}{'，本站导出的任务台账' if r.ledger else ''}）：",
        "  " + "；".join(counts) + (f"；另有空行 {r.blank_rows} 行" if r.blank_rows else "") + "。",
        f"  年度：{r.year}（{r.year_source}）",
        "  各列的对应：",
        *[_column_line(c) for c in r.columns],
    ]
    kept = r.kept_columns
    lines.append(f"  按原列名保留在 extra 下的列：{'、'.join(kept)}" if kept else "  按原列名保留在 extra 下的列：无")
    if r.unmapped:
        lines.append("  机构名录（content/organizations.yaml）中没有的责任单位，已按原文保留，check 会指出：")
        lines += [f"    {u}" for u in r.unmapped]
    else:
        lines.append("  机构名录中没有的责任单位：无")
    if r.skipped:
        lines.append("  跳过的行（原文已写入 YAML 文件开头的注释）：")
        lines += [f"    {s}" for s in r.skipped]
    lines += [f"  未导入：{t}" for t in r.other_tables]
    return lines

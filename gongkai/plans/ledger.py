"""The 任务台账 of one plan as a flat table: the rows every download (CSV, XLSX, Word) carries.

The columns are the plan's own table (``table_columns``: in its order, under its headers, its
unrecognised columns from each task's ``extra`` included) so an office can print it as the
任务分解表, then what the ledger adds: the due date, the state on the build date, the 落实情况
and the task's own page. The subtitle names the table's own columns; importer.py reads these
files back into the same plan.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from .. import urls
from ..models import Organization, Plan, Task
from ..values import Entry, Linked
from .deadlines import DeadlineKind as Kind
from .facts import KEY, TaskRef
from .headers import assign, original_columns_note
from .progress_lines import progress_line

LEVELS = "一二三四五六七八九"
REQUIREMENT, UNITS, LEADER, DEADLINE, DEADLINE_NOTE = "具体要求", "责任单位", "责任领导", "完成时限", "完成时限说明"
UNITS_NOTE = "责任单位说明"
DUE, STATUS, PROGRESS, ADDRESS = "到期日期", "状态", "落实情况", "网址"
PRINTED_NO, RUNNING_NO = "序号", "编号"


@dataclass(frozen=True, slots=True)
class LedgerColumn:
    """A column of the ledger: its header, what it shows, and whether the plan's own table had it."""

    header: str
    kind: str
    """A field (``no``, ``group``, ``requirement``, ``units``, ``lead``, ``support``, ``leader``, ``deadline``,
    ``deadline_note``, ``progress``, ``extra``) or one the ledger adds (``running``, ``due``, ``status``, ``address``)."""
    own: bool
    key: str = ""
    """The ``extra`` key an ``extra`` or ``progress`` column shows."""
    level: int = 0


@dataclass(frozen=True, slots=True)
class LedgerTable:
    """A plan's ledger: title lines, headers, and one row of texts per task."""

    title: str
    subtitle: str
    columns: tuple[LedgerColumn, ...]
    rows: tuple[tuple[str, ...], ...]

    @property
    def headers(self) -> tuple[str, ...]:
        return tuple(c.header for c in self.columns)

    @property
    def group_columns(self) -> tuple[int, ...]:
        return tuple(i for i, c in enumerate(self.columns) if c.kind == "group")


def group_headers(depth: int) -> list[str]:
    if depth == 1:
        return ["工作任务"]
    return [f"{LEVELS[i]}级工作任务" for i in range(depth)]


def names(ids: Sequence[str], orgs: Mapping[str, Organization]) -> str:
    return "、".join(orgs[i].name if i in orgs else i for i in ids)


def units_text(task: Task, orgs: Mapping[str, Organization], lead: bool = True, support: bool = True) -> str:
    """责任单位 as one cell: 「牵头：A、B；配合：C」, 「A、B」 or 「分项：A；分项：B、C」.

    ``lead`` / ``support`` False leave out the parts that have a column of their own.
    """
    parts = []
    if task.lead and lead:
        parts.append(f"牵头：{names(task.lead, orgs)}")
    if task.support and support:
        parts.append(f"配合：{names(task.support, orgs)}")
    if task.units:
        parts.append(names(task.units, orgs))
    parts += [f"{a.label}：{names(a.units, orgs)}" for a in task.assignments]
    return "；".join(parts)


def progress_text(task: Task, today: dt.date | None, kept: str = "") -> str:
    """The 落实情况 cell: text of the source table's own column first, then the dated entries."""
    lines = [kept] if kept else []
    for p in task.progress:
        if today is None or p.date <= today:
            lines.append(progress_line(p))
    return "\n".join(lines)


def due_text(ref: TaskRef) -> str:
    deadline = ref.deadline
    if deadline.due is not None:
        text = deadline.due.isoformat() + ("起长期坚持" if deadline.kind is Kind.DUE_THEN_ONGOING else "")
        return text + ("（推定）" if deadline.inherited else "")
    if deadline.kind is Kind.ONGOING:
        return "长期坚持"
    return "" if deadline.kind is Kind.NONE else "无法换算"


def ledger_columns(plan: Plan, tasks: Sequence[Task], depth: int) -> list[LedgerColumn]:
    """The plan's own table columns, in its order and under its headers (``table_columns``), then the
    columns the ledger adds; every field a task fills has a column, ``extra`` included.

    Columns are read back by importer.py the same way (headers.py), so an export imports unchanged.
    """
    own = assign(plan.table_columns)
    kinds = {c.role for c in own}
    own_keys = {c.key for c in own if c.role in ("extra", "progress")}
    extra_keys = list(dict.fromkeys(k for t in tasks for k in t.extra))
    own_groups = [c.name for c in own if c.role == "group"]
    levels = max(depth, len(own_groups))
    front: list[LedgerColumn] = []
    if "no" not in kinds:
        printed = any(t.no for t in tasks)
        front.append(LedgerColumn(PRINTED_NO if printed else RUNNING_NO, "no" if printed else "running", False))
    if not own_groups:
        taken = set(plan.table_columns)
        headers = group_headers(depth)
        if taken & set(headers):
            headers = [f"{LEVELS[i]}级分组" for i in range(depth)]
        front += [LedgerColumn(h, "group", False, level=i) for i, h in enumerate(headers)]
    if "requirement" not in kinds:
        front.append(LedgerColumn(REQUIREMENT, "requirement", False))
    middle: list[LedgerColumn] = []
    for column in own:
        if column.role == "group":
            if not any(c.kind == "group" for c in middle):  # every level where the first 工作任务 column is
                headers = group_headers(levels) if levels > len(own_groups) else own_groups
                middle += [LedgerColumn(h, "group", True, level=i) for i, h in enumerate(headers)]
            continue
        middle.append(LedgerColumn(column.name, column.role, True, column.key))
    back: list[LedgerColumn] = []
    separate = {"lead", "support"} & kinds
    remainder = any(
        t.units or t.assignments or (t.lead and "lead" not in separate) or (t.support and "support" not in separate)
        for t in tasks
    )
    if "units" not in kinds and (remainder or not separate):
        back.append(LedgerColumn(UNITS, "units", False))
    if "units_note" not in kinds and any(t.units_note for t in tasks):
        back.append(LedgerColumn(UNITS_NOTE, "units_note", False))
    if "leader" not in kinds and any(t.leader for t in tasks):
        back.append(LedgerColumn(LEADER, "leader", False))
    if "deadline" not in kinds:
        back.append(LedgerColumn(DEADLINE, "deadline", False))
    if "deadline_note" not in kinds:
        back.append(LedgerColumn(DEADLINE_NOTE, "deadline_note", False))
    progress_key = next((c.key for c in own if c.role == "progress"), PROGRESS)
    back += [LedgerColumn(k, "extra", False, k) for k in extra_keys if k not in own_keys and k != progress_key]
    back += [LedgerColumn(DUE, "due", False), LedgerColumn(STATUS, "status", False)]
    if "progress" not in kinds:
        back.append(LedgerColumn(PROGRESS, "progress", False, PROGRESS))
    back.append(LedgerColumn(ADDRESS, "address", False))
    return front + middle + back


PAGE_HEADERS = {PRINTED_NO, "工作任务", REQUIREMENT, UNITS, DEADLINE, PROGRESS}


def added_columns(plan: Plan, tasks: Sequence[Task]) -> tuple[str | None, list[tuple[str, str]]]:
    """For the plan page: the 责任领导 header (the table's own, e.g. 「分管领导」) when a task names a
    leader, and (header, key) of every ``extra`` value, in the table's column order. A header the
    page already uses for its own column is marked 「（原表）」."""
    own = assign(plan.table_columns)
    leader = next((c.name for c in own if c.role == "leader"), LEADER) if any(t.leader for t in tasks) else None
    keys = list(dict.fromkeys(k for t in tasks for k in t.extra))
    shown = [(c.name, c.key) for c in own if c.role in ("extra", "progress") and c.key in keys]
    shown += [(k, k) for k in keys if k not in {key for _, key in shown}]
    return leader, [(f"{h}（原表）" if h in PAGE_HEADERS else h, k) for h, k in shown]


def ledger_table(linked: Linked, entry: Entry[Plan], today: dt.date | None) -> LedgerTable:
    plan = entry.model
    refs = linked.of(KEY).tasks[entry.slug]
    depth = max((len(r.groups) for r in refs), default=0)
    columns = ledger_columns(plan, [r.task for r in refs], depth)
    separate = {c.kind for c in columns}
    base = linked.site.config.model.base_url
    rows = []
    for ref in refs:
        task = ref.task
        state = ref.state
        cells = {
            "running": str(ref.number),
            "no": task.no or "",
            "requirement": task.requirement,
            "units": units_text(task, linked.orgs, "lead" not in separate, "support" not in separate),
            "lead": names(task.lead, linked.orgs),
            "support": names(task.support, linked.orgs),
            "units_note": task.units_note or "",
            "leader": task.leader or "",
            "deadline": task.deadline or "",
            "deadline_note": task.deadline_note or "",
            "due": due_text(ref),
            "status": state.status.value + ("（晚于完成时限）" if state.late else ""),
            "address": urls.absolute(base, urls.task(entry.slug, ref.anchor)),
        }
        row = []
        for column in columns:
            if column.kind == "group":
                row.append(ref.groups[column.level] if column.level < len(ref.groups) else "")
            elif column.kind == "extra":
                row.append(task.extra.get(column.key, ""))
            elif column.kind == "progress":
                row.append(progress_text(task, today, task.extra.get(column.key, "")))
            else:
                row.append(cells[column.kind])
        rows.append(tuple(row))
    when = f"状态截至{today.year}年{today.month}月{today.day}日" if today else "未设定构建日期，未判断是否逾期"
    subtitle = f"{plan.title}（{plan.year}年度，{when}）"
    if plan.default_deadline:
        subtitle += f"；未单列完成时限的任务按{plan.default_deadline}"
    if plan.table_columns:
        subtitle += "；" + original_columns_note(plan.table_columns)
    return LedgerTable(plan.table_title, subtitle, tuple(columns), tuple(rows))

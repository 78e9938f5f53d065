"""The 任务台账 of one plan as a flat table: the rows every download (CSV, XLSX, Word) carries.

The columns keep the seed's layout (序号, 工作任务 by level, 具体要求, 责任单位, 完成时限) so an
office can print it as the 任务分解表, then add what the ledger knows: the due date, the state
on the build date, the 落实情况 and the task's own page. importer.py reads these files back.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from .. import urls
from ..models import Organization, Plan, Task
from ..values import Entry, Linked
from .deadlines import DeadlineKind
from .facts import KEY, TaskRef

LEVELS = "一二三四五六七八九"
REQUIREMENT, UNITS, UNITS_NOTE = "具体要求", "责任单位", "责任单位说明"
DEADLINE, DEADLINE_NOTE = "完成时限", "完成时限说明"
DUE, STATUS, PROGRESS, ADDRESS = "到期日期", "状态", "落实情况", "网址"
PRINTED_NO, RUNNING_NO = "序号", "编号"


@dataclass(frozen=True, slots=True)
class LedgerTable:
    """A plan's ledger: title lines, headers, and one row of texts per task."""

    title: str
    subtitle: str
    headers: tuple[str, ...]
    group_columns: tuple[int, ...]
    rows: tuple[tuple[str, ...], ...]


def group_headers(depth: int) -> list[str]:
    if depth == 1:
        return ["工作任务"]
    return [f"{LEVELS[i]}级工作任务" for i in range(depth)]


def units_text(task: Task, orgs: Mapping[str, Organization]) -> str:
    """责任单位 as one cell: 「牵头：A、B；配合：C」, 「A、B」 or 「分项：A；分项：B、C」.

    Units the source names without a role follow the 牵头/配合 parts: 「牵头：A；配合：B；C」.
    """

    def names(ids: Sequence[str]) -> str:
        return "、".join(orgs[i].name if i in orgs else i for i in ids)

    parts = []
    if task.lead:
        parts.append(f"牵头：{names(task.lead)}")
    if task.support:
        parts.append(f"配合：{names(task.support)}")
    if task.units:
        parts.append(names(task.units))
    parts += [f"{a.label}：{names(a.units)}" for a in task.assignments]
    return "；".join(parts)


def progress_text(task: Task, today: dt.date | None) -> str:
    lines = []
    for p in task.progress:
        if today is None or p.date <= today:
            lines.append(f"{p.date.isoformat()} {p.status}：{p.note}" + ("（示例）" if p.sample else ""))
    return "\n".join(lines)


def due_text(ref: TaskRef) -> str:
    deadline = ref.deadline
    if deadline.due is not None:
        text = deadline.due.isoformat() + ("起长期坚持" if deadline.kind is DeadlineKind.DUE_THEN_ONGOING else "")
        return text + ("（推定）" if deadline.inherited else "")
    if deadline.kind is DeadlineKind.ONGOING:
        return "长期坚持"
    return "" if deadline.kind is DeadlineKind.NONE else "无法换算"


def ledger_table(linked: Linked, entry: Entry[Plan], today: dt.date | None) -> LedgerTable:
    plan = entry.model
    refs = linked.of(KEY).tasks[entry.slug]
    depth = max((len(r.groups) for r in refs), default=0)
    printed = any(r.task.no for r in refs)
    headers = [
        PRINTED_NO if printed else RUNNING_NO,
        *group_headers(depth),
        REQUIREMENT,
        UNITS,
        UNITS_NOTE,
        DEADLINE,
        DEADLINE_NOTE,
        DUE,
        STATUS,
        PROGRESS,
        ADDRESS,
    ]
    base = linked.site.config.model.base_url
    rows = []
    for ref in refs:
        state = ref.state
        status = state.status.value + ("（晚于完成时限）" if state.late else "")
        groups = [*ref.groups, *[""] * (depth - len(ref.groups))]
        rows.append(
            (
                (ref.task.no or "") if printed else str(ref.number),
                *groups,
                ref.task.requirement,
                units_text(ref.task, linked.orgs),
                ref.task.units_note or "",
                ref.task.deadline or "",
                ref.task.deadline_note or "",
                due_text(ref),
                status,
                progress_text(ref.task, today),
                urls.absolute(base, urls.task(entry.slug, ref.anchor)),
            )
        )
    when = f"状态截至{today.year}年{today.month}月{today.day}日" if today else "未设定构建日期，未判断是否逾期"
    subtitle = f"{plan.title}（{plan.year}年度，{when}）"
    if plan.default_deadline:
        subtitle += f"；未单列完成时限的任务按{plan.default_deadline}"
    return LedgerTable(plan.table_title, subtitle, tuple(headers), tuple(range(1, 1 + depth)), tuple(rows))

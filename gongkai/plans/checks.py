"""Rules within one plan file: responsible units present (or said to be missing), 配合 with a
牵头, 完成时限 understood, 落实情况 in order."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ..errors import ContentError
from ..models import Plan, Task, TaskGroup
from ..source import Locator
from .deadlines import ACCEPTED_FORMS, parse_deadline
from .headers import FIELD_LABELS, assign


def iter_tasks(
    nodes: tuple[Any, ...], key: tuple[int | str, ...] = ("tasks",)
) -> Iterator[tuple[Task, tuple[int | str, ...], tuple[str, ...]]]:
    """Every task of a task tree, with its field key and its group path."""

    def walk(
        items: tuple[Any, ...], prefix: tuple[int | str, ...], groups: tuple[str, ...]
    ) -> Iterator[tuple[Task, tuple[int | str, ...], tuple[str, ...]]]:
        for i, node in enumerate(items):
            if isinstance(node, TaskGroup):
                yield from walk(node.items, (*prefix, i, "items"), (*groups, node.group))
            else:
                yield node, (*prefix, i), groups

    yield from walk(nodes, key, ())


def _deadline_error(loc: Locator, key: tuple[int | str, ...], text: str, free_key: str) -> ContentError:
    return loc.error(
        key,
        f"完成时限 “{text}” 无法换算为到期日期或“全年”“长期坚持”等类型",
        f"deadline {text!r} cannot be resolved",
        f"照原文填写，常见写法：{ACCEPTED_FORMS}。确属文字说明、不应换算日期的，在同一任务下加 “{free_key}: true”。",
        code="plan.deadline-unresolved",
    )


def _extra_errors(plan: Plan, task: Task, key: tuple[int | str, ...], loc: Locator) -> list[ContentError]:
    """Each ``extra`` key is a column of ``table_columns`` that no field holds (headers.py decides)."""
    columns = {c.name: c for c in assign(plan.table_columns)}
    kept = {c.key for c in columns.values() if c.role in ("extra", "progress")}
    out = []
    for name in task.extra:
        if name in kept:
            continue
        column = columns.get(name)
        if column is not None:
            problem = f"表头 “{name}” 是{FIELD_LABELS[column.role]}列，内容应写在该字段，不放在 extra"
            hint = ""
        else:
            problem = f"原表其他列 “{name}” 不在表头 table_columns 中"
            hint = f"按原表的列序把 “{name}” 加入 table_columns，页面和任务台账据此排列各列。"
        out.append(
            loc.error(
                (*key, "extra", name),
                problem,
                f"extra key {name!r} is not a kept column",
                hint,
                code="plan.extra-not-a-column",
            )
        )
    return out


def check_plan(plan: Plan, loc: Locator) -> list[ContentError]:
    out = []
    if plan.default_deadline and parse_deadline(plan.default_deadline, plan.year) is None:
        out.append(
            loc.error(
                ("default_deadline",),
                f"默认完成时限 “{plan.default_deadline}” 无法换算为到期日期",
                f"default deadline {plan.default_deadline!r} cannot be resolved",
                f"常见写法：{ACCEPTED_FORMS}。",
                code="plan.default-deadline-unresolved",
            )
        )
    for task, key, _ in iter_tasks(plan.tasks):
        if not (task.units or task.lead or task.assignments or task.units_note):
            out.append(
                loc.error(
                    (*key, "requirement"),
                    "任务没有责任单位：应填写 units、lead 或 assignments",
                    "task has no responsible unit",
                    "原文确实没有写明责任单位的，不要推断，写 “units_note: 原文未写明责任单位”（页面显示为未载明）。",
                    code="plan.task-no-unit",
                )
            )
        out += _extra_errors(plan, task, key, loc)
        if task.support and not task.lead:
            out.append(
                loc.error(
                    (*key, "support"),
                    "有配合单位却没有牵头单位（lead）",
                    "support without lead",
                    code="plan.support-without-lead",
                )
            )
        if task.deadline and not task.deadline_free_text and parse_deadline(task.deadline, plan.year) is None:
            out.append(_deadline_error(loc, (*key, "deadline"), task.deadline, "deadline_free_text"))
        if task.deadline_free_text and not task.deadline:
            out.append(
                loc.error(
                    (*key, "deadline_free_text"),
                    "标为文字说明的完成时限（deadline_free_text）缺少 deadline",
                    "deadline_free_text without a deadline",
                    code="plan.deadline-free-text-empty",
                )
            )
        for j, entry in enumerate(task.progress):
            if entry.date.year < plan.year - 1:
                out.append(
                    loc.error(
                        (*key, "progress", j, "date"),
                        f"落实情况日期 {entry.date} 早于工作要点年度 {plan.year}",
                        "progress dated before the plan year",
                        warning=True,
                        code="plan.progress-before-year",
                    )
                )
            if j and entry.date < task.progress[j - 1].date:
                out.append(
                    loc.error(
                        (*key, "progress", j, "date"),
                        f"落实情况应按日期先后排列：{entry.date} 早于上一条的 {task.progress[j - 1].date}",
                        "progress entries out of date order",
                        "把较早的一条移到前面。",
                        code="plan.progress-order",
                    )
                )
    return out

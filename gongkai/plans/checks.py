"""Rules within one plan file: responsible units present, roles not mixed, progress dates."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ..errors import ContentError
from ..models import Plan, Task, TaskGroup
from ..source import Locator


def iter_tasks(nodes: tuple[Any, ...], key: tuple[int | str, ...] = ("tasks",)) -> Iterator[tuple[Task, tuple[int | str, ...], tuple[str, ...]]]:
    """Every task of a task tree, with its field key and its group path."""
    def walk(items: tuple[Any, ...], prefix: tuple[int | str, ...], groups: tuple[str, ...]) -> Iterator[tuple[Task, tuple[int | str, ...], tuple[str, ...]]]:
        for i, node in enumerate(items):
            if isinstance(node, TaskGroup):
                yield from walk(node.items, (*prefix, i, "items"), (*groups, node.group))
            else:
                yield node, (*prefix, i), groups
    yield from walk(nodes, key, ())


def check_plan(plan: Plan, loc: Locator) -> list[ContentError]:
    out = []
    for task, key, _ in iter_tasks(plan.tasks):
        if not (task.units or task.lead or task.assignments):
            out.append(loc.error((*key, "requirement"), "任务没有责任单位：应填写 units、lead 或 assignments",
                                 "task has no responsible unit"))
        if task.units and (task.lead or task.support):
            out.append(loc.error((*key, "units"), "units 与 lead/support 不能同时使用：原表区分牵头/配合时用 lead/support，否则用 units",
                                 "units together with lead/support"))
        if task.support and not task.lead:
            out.append(loc.error((*key, "support"), "有配合单位却没有牵头单位（lead）", "support without lead"))
        for j, entry in enumerate(task.progress):
            if entry.date.year < plan.year - 1:
                out.append(loc.error((*key, "progress", j, "date"), f"落实情况日期 {entry.date} 早于工作要点年度 {plan.year}",
                                     "progress dated before the plan year", warning=True))
    return out

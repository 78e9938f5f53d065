"""Cross-file rules of plans and the task references pages and per-unit views use."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from ..errors import Problems, did_you_mean
from ..load import Entry
from ..models import Document, Organization, Plan, Task
from ..registry import unknown_org
from .checks import iter_tasks


@dataclass(frozen=True, slots=True)
class TaskRef:
    """A task with its plan, position and anchor, for tables and per-unit views."""

    plan_slug: str
    task: Task
    anchor: str
    number: int
    groups: tuple[str, ...]


def roles(task: Task) -> list[tuple[str, str]]:
    out = [("牵头", o) for o in task.lead] + [("配合", o) for o in task.support]
    out += [("责任", o) for o in task.units]
    out += [("责任", o) for a in task.assignments for o in a.units]
    seen: set[tuple[str, str]] = set()
    return [r for r in out if not (r in seen or seen.add(r))]


def link_plan(entry: Entry[Plan], orgs: Mapping[str, Organization], documents: Mapping[str, Entry[Document]],
                plans: Mapping[str, Entry[Plan]], problems: Problems) -> tuple[TaskRef, ...]:
    plan = entry.model
    if plan.publisher not in orgs:
        problems.add(unknown_org(entry, ("publisher",), plan.publisher, orgs))  # type: ignore[arg-type]
    if plan.notice and plan.notice not in documents:
        problems.add(entry.locator.error(("notice",), f"印发通知 “{plan.notice}” 不存在{did_you_mean(plan.notice, documents)}",
                                         f"unknown notice {plan.notice!r}"))
    if plan.previous and plan.previous not in plans:
        problems.add(entry.locator.error(("previous",), f"上年度工作要点 “{plan.previous}” 不存在",
                                         f"unknown plan {plan.previous!r}"))
    refs: list[TaskRef] = []
    anchors: dict[str, tuple[str | int, ...]] = {}
    for number, (task, key, groups) in enumerate(iter_tasks(plan.tasks), start=1):
        anchor = f"task-{task.id}" if task.id else f"task-{number}"
        if anchor in anchors:
            problems.add(entry.locator.error((*key, "id"), f"任务锚点 “{task.id}” 重复", "duplicate task id"))
        anchors[anchor] = key
        for field in ("units", "lead", "support"):
            for i, org_id in enumerate(getattr(task, field)):
                if org_id not in orgs:
                    problems.add(unknown_org(entry, (*key, field, i), org_id, orgs))  # type: ignore[arg-type]
        for a, assignment in enumerate(task.assignments):
            for i, org_id in enumerate(assignment.units):
                if org_id not in orgs:
                    problems.add(unknown_org(entry, (*key, "assignments", a, "units", i), org_id, orgs))  # type: ignore[arg-type]
        for p, progress in enumerate(task.progress):
            for i, slug in enumerate(progress.links):
                if slug not in documents:
                    problems.add(entry.locator.error((*key, "progress", p, "links", i), f"引用的文件 “{slug}” 不存在",
                                                     f"unknown document {slug!r}"))
        refs.append(TaskRef(entry.slug, task, anchor, number, groups))
    return tuple(refs)

"""Cross-file rules of plans and the task references pages, per-unit views and exports use."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

from ..errors import Problems, did_you_mean
from ..load import Entry
from ..models import Document, Organization, Plan, Task
from ..registry import unknown_org
from .checks import iter_tasks
from .deadlines import NO_DEADLINE, Deadline, resolve


@dataclass(frozen=True, slots=True)
class TaskRef:
    """A task with its plan, position, anchor and resolved 完成时限."""

    plan_slug: str
    task: Task
    anchor: str
    number: int
    groups: tuple[str, ...]
    deadline: Deadline = NO_DEADLINE

    @property
    def label(self) -> str:
        """How the task is named in text: its printed 序号, else its position."""
        return self.task.no or str(self.number)


def roles(task: Task) -> list[tuple[str, str]]:
    """(role, organisation id) pairs: 牵头, 配合, or 责任 when the table does not tell them apart."""
    out = [("牵头", o) for o in task.lead] + [("配合", o) for o in task.support]
    out += [("责任", o) for o in task.units]
    out += [("责任", o) for a in task.assignments for o in a.units]
    seen: set[tuple[str, str]] = set()
    return [r for r in out if not (r in seen or seen.add(r))]


def issue_date(slug: str, plan: Plan, documents: Mapping[str, Entry[Document]]) -> tuple[dt.date, str] | None:
    """The plan's 印发 date from its 印发通知 (印发日期, else 成文日期), or None without a notice."""
    notice = documents.get(plan.notice or "") or next((e for e in documents.values() if e.model.plan == slug), None)
    if notice is None:
        return None
    doc = notice.model
    return (doc.printed, "印发日期") if doc.printed else (doc.written, "印发通知成文日期")


def link_plan(
    entry: Entry[Plan],
    orgs: Mapping[str, Organization],
    documents: Mapping[str, Entry[Document]],
    plans: Mapping[str, Entry[Plan]],
    problems: Problems,
) -> tuple[TaskRef, ...]:
    plan = entry.model
    if plan.publisher not in orgs:
        problems.add(unknown_org(entry, ("publisher",), plan.publisher, orgs))  # type: ignore[arg-type]
    if plan.notice and plan.notice not in documents:
        problems.add(
            entry.locator.error(
                ("notice",),
                f"印发通知 “{plan.notice}” 不存在{did_you_mean(plan.notice, documents)}",
                f"unknown notice {plan.notice!r}",
                code="plan.notice-unknown",
            )
        )
    _check_previous(entry, plans, problems)
    issued = issue_date(entry.slug, plan, documents)
    refs: list[TaskRef] = []
    anchors: dict[str, tuple[str | int, ...]] = {}
    for number, (task, key, groups) in enumerate(iter_tasks(plan.tasks), start=1):
        anchor = f"task-{task.id}" if task.id else f"task-{number}"
        if anchor in anchors:
            problems.add(
                entry.locator.error(
                    (*key, "id"), f"任务锚点 “{task.id}” 重复", "duplicate task id", code="plan.task-id-duplicate"
                )
            )
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
                    problems.add(
                        entry.locator.error(
                            (*key, "progress", p, "links", i),
                            f"引用的文件 “{slug}” 不存在",
                            f"unknown document {slug!r}",
                            code="plan.progress-link-unknown",
                        )
                    )
        deadline = resolve(
            task.deadline, plan.year, issued, free_text=task.deadline_free_text, default=plan.default_deadline
        )
        refs.append(TaskRef(entry.slug, task, anchor, number, groups, deadline))
    return tuple(refs)


def _check_previous(entry: Entry[Plan], plans: Mapping[str, Entry[Plan]], problems: Problems) -> None:
    """回头看: ``previous`` names an existing, earlier plan."""
    previous = entry.model.previous
    if not previous:
        return
    if previous not in plans:
        others = [slug for slug in plans if slug != entry.slug]
        problems.add(
            entry.locator.error(
                ("previous",),
                f"上年度工作要点 “{previous}” 不存在{did_you_mean(previous, others)}",
                f"unknown plan {previous!r}",
                "填写 content/plans/ 下的文件名（不含 .yaml）。",
                code="plan.previous-unknown",
            )
        )
    elif previous == entry.slug:
        problems.add(
            entry.locator.error(
                ("previous",), "上年度工作要点不能是本文件", "plan names itself as previous", code="plan.previous-self"
            )
        )
    elif plans[previous].model.year >= entry.model.year:
        problems.add(
            entry.locator.error(
                ("previous",),
                f"上年度工作要点 “{previous}” 的年度（{plans[previous].model.year}）"
                f"不早于本工作要点（{entry.model.year}）",
                "previous plan is not earlier",
                warning=True,
                code="plan.previous-year",
            )
        )

"""Cross-file rules of plans and the task references pages, per-unit views and exports use."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Mapping

from .. import urls
from ..documents.facts import KEY as DOCUMENTS
from ..errors import Problems, did_you_mean
from ..kind import LinkInput
from ..models import Document, Organization, Plan, Task
from ..organizations import unknown_org
from ..values import Entry
from .checks import iter_tasks
from .deadlines import resolve
from .facts import KEY, PlanFacts, TaskRef
from .status import task_state


def roles(task: Task) -> list[tuple[str, str]]:
    """(role, organisation id) pairs: 牵头, 配合, or 责任 when the table does not tell them apart."""
    out = [("牵头", o) for o in task.lead] + [("配合", o) for o in task.support]
    out += [("责任", o) for o in task.units]
    out += [("责任", o) for a in task.assignments for o in a.units]
    return list(dict.fromkeys(out))


def link_plans(given: LinkInput, problems: Problems) -> PlanFacts:
    """Check every plan against the registry and the documents; resolve deadlines and states once."""
    documents = given.of(DOCUMENTS)
    entries = given.site.of(KEY)
    plans = {e.slug: e for e in entries}
    tasks: dict[str, tuple[TaskRef, ...]] = {}
    by_org: dict[str, list[tuple[str, TaskRef]]] = defaultdict(list)
    notices: dict[str, Entry[Document] | None] = {}
    dates: dict[str, tuple[dt.date | None, str]] = {}
    for entry in entries:
        notice = find_notice(entry, documents.by_slug, documents.plan_notices)
        notices[entry.slug] = notice
        dates[entry.slug] = notice_date(notice.model) if notice else (None, "印发日期")
        refs = link_plan(entry, given.orgs, documents.by_slug, plans, notice, given.today, problems)
        tasks[entry.slug] = refs
        for ref in refs:
            for role, org_id in roles(ref.task):
                by_org[org_id].append((role, ref))
        named = entry.model.notice
        if named and named in documents.by_slug and documents.by_slug[named].model.plan not in (None, entry.slug):
            problems.add(
                entry.locator.error(
                    ("notice",),
                    "印发通知的 plan 字段指向了另一个工作要点",
                    "notice points at another plan",
                    code="plan.notice-other-plan",
                )
            )
    return PlanFacts(
        by_slug=plans,
        tasks=tasks,
        tasks_by_org={k: tuple(v) for k, v in by_org.items()},
        notices=notices,
        dates=dates,
    )


def find_notice(
    entry: Entry[Plan], documents: Mapping[str, Entry[Document]], plan_notices: Mapping[str, str]
) -> Entry[Document] | None:
    """The plan's 印发通知: the one it names, else the first document whose ``plan`` names it."""
    named = entry.model.notice
    return documents.get(named) if named else documents.get(plan_notices.get(entry.slug, ""))


def notice_date(doc: Document) -> tuple[dt.date, str]:
    """The date a document is listed under: 发布日期, else 成文日期."""
    return (doc.published, "发布日期") if doc.published else (doc.written, "成文日期")


def issue_date(notice: Entry[Document] | None) -> tuple[dt.date, str] | None:
    """The plan's 印发 date from its 印发通知 (印发日期, else 成文日期), or None without a notice."""
    if notice is None:
        return None
    doc = notice.model
    return (doc.printed, "印发日期") if doc.printed else (doc.written, "印发通知成文日期")


def link_plan(
    entry: Entry[Plan],
    orgs: Mapping[str, Organization],
    documents: Mapping[str, Entry[Document]],
    plans: Mapping[str, Entry[Plan]],
    notice: Entry[Document] | None,
    today: dt.date | None,
    problems: Problems,
) -> tuple[TaskRef, ...]:
    plan = entry.model
    if plan.publisher is not None and plan.publisher not in orgs:
        problems.add(unknown_org(entry, ("publisher",), plan.publisher, orgs))
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
    issued = issue_date(notice)
    refs: list[TaskRef] = []
    anchors: dict[str, tuple[str | int, ...]] = {}
    for number, (task, key, groups) in enumerate(iter_tasks(plan.tasks), start=1):
        anchor = urls.task_anchor(task.id, number)
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
                    problems.add(unknown_org(entry, (*key, field, i), org_id, orgs))
        for a, assignment in enumerate(task.assignments):
            for i, org_id in enumerate(assignment.units):
                if org_id not in orgs:
                    problems.add(unknown_org(entry, (*key, "assignments", a, "units", i), org_id, orgs))
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
        refs.append(TaskRef(entry.slug, task, anchor, number, groups, deadline, task_state(task, deadline, today)))
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

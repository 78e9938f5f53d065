"""Part 六 of a report: how the year's 政务公开工作要点 went, counted from the plans ledger.

Kept apart on purpose: it reads plans only through ``iter_tasks`` and the ``Progress`` model.
A task's status is that of its latest 落实情况 entry dated on or before the report's
publication (so a published report never changes afterwards), or 未启动 when there is none.

Shown only when the report asks for it (``plan_progress: true``): the section is the site's
own count, not part of the report as published. A report that is not 示例 never shows a
summary built on 示例 plans or 示例 落实情况 (``report_follow_up``); ``follow_up_problems``
says why a requested summary is left out.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .. import urls
from ..errors import ContentError
from ..models import Progress
from ..plans.checks import iter_tasks

if TYPE_CHECKING:
    from ..load import Entry
    from ..models import Plan
    from ..models.reports import Report, Report2019

STATUSES = ("已完成", "长期坚持", "推进中", "未启动")


@dataclass(frozen=True, slots=True)
class PlanFollowUp:
    """Task counts of one plan, in STATUSES order."""

    title: str
    url: str
    total: int
    counts: tuple[tuple[str, int], ...]
    recorded: int
    as_of: dt.date | None
    sample: bool


def task_status(progress: Iterable[Progress], until: dt.date) -> tuple[str, Progress | None]:
    """The status of a task as of ``until``: its latest entry's, else 未启动."""
    entries = [p for p in progress if p.date <= until]
    if not entries:
        return "未启动", None
    latest = max(enumerate(entries), key=lambda pair: (pair[1].date, pair[0]))[1]
    return latest.status, latest


def plan_follow_up(plans: Iterable[Entry[Plan]], year: int, until: dt.date) -> list[PlanFollowUp]:
    """One summary per plan of ``year`` (Plan.year), in slug order."""
    out = []
    for entry in sorted((e for e in plans if e.model.year == year), key=lambda e: e.slug):
        counts: Counter[str] = Counter()
        latest: list[Progress] = []
        for task, _, _ in iter_tasks(entry.model.tasks):
            status, entry_used = task_status(task.progress, until)
            counts[status] += 1
            if entry_used is not None:
                latest.append(entry_used)
        out.append(
            PlanFollowUp(
                title=entry.model.title,
                url=urls.plan(entry.slug),
                total=sum(counts.values()),
                counts=tuple((s, counts[s]) for s in STATUSES),
                recorded=len(latest),
                as_of=max((p.date for p in latest), default=None),
                sample=entry.model.sample or any(p.sample for p in latest),
            )
        )
    return out


def report_follow_up(plans: Iterable[Entry[Plan]], report: Report | Report2019) -> list[PlanFollowUp]:
    """Part 六's summaries for ``report``: none unless it asks; none built on 示例 data for a real report."""
    if not report.plan_progress:
        return []
    found = plan_follow_up(plans, report.year, report.published)
    return found if report.sample else [f for f in found if not f.sample]


def follow_up_problems(entry: Entry[Report | Report2019], plans: Iterable[Entry[Plan]]) -> list[ContentError]:
    """Warnings where ``plan_progress: true`` cannot show what it asks for."""
    report = entry.model
    if not report.plan_progress:
        return []
    found = plan_follow_up(plans, report.year, report.published)
    hint = "第六部分只列本站登记的本年度工作要点落实情况；不需要时删去 plan_progress。"
    if not found:
        return [
            entry.locator.error(
                ("plan_progress",),
                f"本站没有 {report.year} 年度的政务公开工作要点，第六部分不会列出落实情况",
                f"no plan of {report.year}: part 6 shows no follow-through",
                hint,
                warning=True,
            )
        ]
    if report.sample:
        return []
    return [
        entry.locator.error(
            ("plan_progress",),
            f"“{f.title}” 或其落实情况是示例，不列入本报告（本报告不是示例）的第六部分",
            f"{f.title}: sample data is not shown in a report that is not a sample",
            hint,
            warning=True,
        )
        for f in found
        if f.sample
    ]

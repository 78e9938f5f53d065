"""Part 六 of a report: how the year's 政务公开工作要点 went, counted from the plans ledger.

Kept apart on purpose: it reads plans only through ``iter_tasks`` and the ``Progress`` model.
A task's status is that of its latest 落实情况 entry dated on or before the report's
publication (so a published report never changes afterwards), or 未启动 when there is none.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from .. import urls
from ..models import Plan, Progress
from ..plans.checks import iter_tasks
from ..plans.status import latest_progress
from ..values import Entry

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
    latest = latest_progress(progress, until)
    return (latest.status, latest) if latest else ("未启动", None)


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

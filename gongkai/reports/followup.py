"""Part 六 of a report: how the year's 政务公开工作要点 went, from the plans' linked task facts.

Each task's status comes from the one rule set every page uses (gongkai/plans/status.py:
``task_state`` with the 完成时限 resolved in the plans' link step), taken on the report's
publication date instead of the build date, so a published report never changes afterwards
and uses the same words as the plan's ledger (issue #9 point 10: one computation).

Shown only when the report asks for it (``plan_progress: true``): the section is the site's
own count, not part of the report as published. A report that is not 示例 never shows a
summary built on 示例 plans or 示例 落实情况; ``follow_up_problems`` says why a requested
summary is left out.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from .. import urls
from ..errors import ContentError
from ..models.reports import AnyReport, FreeReport, Report, Report2019
from ..plans.facts import PlanFacts
from ..plans.status import Status, Tally, shown_statuses, tally, task_state
from ..values import Entry


@dataclass(frozen=True, slots=True)
class PlanFollowUp:
    """Task counts of one plan on the report's publication date."""

    title: str
    url: str
    tally: Tally
    statuses: tuple[Status, ...]
    """The statuses the summary lists: the usual four, and the others where a task has them."""
    recorded: int
    """Tasks with a 落实情况 entry dated on or before ``on``."""
    on: dt.date
    as_of: dt.date | None
    """The date of the newest entry counted."""
    sample: bool


def plan_follow_up(plans: PlanFacts, year: int, on: dt.date) -> list[PlanFollowUp]:
    """One summary per plan of ``year`` (Plan.year), in slug order, with task states on ``on``."""
    out = []
    for slug, entry in sorted(plans.by_slug.items()):
        if entry.model.year != year:
            continue
        states = [task_state(ref.task, ref.deadline, on) for ref in plans.tasks.get(slug, ())]
        counted = tally(entry.model.title, states, urls.plan(slug))
        latest = [s.latest for s in states if s.latest is not None]
        out.append(
            PlanFollowUp(
                title=entry.model.title,
                url=urls.plan(slug),
                tally=counted,
                statuses=shown_statuses([counted]),
                recorded=len(latest),
                on=on,
                as_of=max((p.date for p in latest), default=None),
                sample=entry.model.sample or any(p.sample for p in latest),
            )
        )
    return out


def report_follow_ups(reports: Iterable[Entry[AnyReport]], plans: PlanFacts) -> Mapping[int, tuple[PlanFollowUp, ...]]:
    """Part 六's summaries by report year: none unless the report asks; none on 示例 data for a real report."""
    out: dict[int, tuple[PlanFollowUp, ...]] = {}
    for entry in reports:
        report = entry.model
        if isinstance(report, FreeReport) or not report.plan_progress:
            continue
        found = plan_follow_up(plans, report.year, report.published)
        out[report.year] = tuple(found if report.sample else [f for f in found if not f.sample])
    return out


def follow_up_problems(entry: Entry[Report | Report2019], plans: PlanFacts) -> list[ContentError]:
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
                code="report.follow-up-no-plan",
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
            code="report.follow-up-sample",
        )
        for f in found
        if f.sample
    ]

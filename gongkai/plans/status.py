"""A task's state on a given day, from its 落实情况 entries and its resolved 完成时限.

Rules (the day is ``--date`` or site.yaml ``build_date``, never the clock; entries dated
after it are not yet known on that day):

- the latest entry is 已完成 → 已完成 (marked 逾期完成 when dated after the due date);
- the latest entry is 长期坚持 → 进行中: the unit reports the task as a standing duty;
- the 完成时限 is 长期坚持 (no due date) → 进行中: such a task never falls overdue;
- past the due date → 逾期;
- on or before it → 进行中 with a 推进中 entry, else 未到期;
- no due date that can be worked out (未载明印发日期, 文字说明, no 完成时限 at all), or no day
  given → 无法判定, unless an entry says the work is under way (进行中).
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from ..formats import zh_date
from ..models import Progress, Task
from .deadlines import Deadline, DeadlineKind


class Status(enum.Enum):
    """The value is the word pages, exports and counts show."""

    DONE = "已完成"
    ACTIVE = "进行中"
    NOT_DUE = "未到期"
    OVERDUE = "逾期"
    UNKNOWN = "无法判定"

    @property
    def css(self) -> str:
        return self.name.lower().replace("_", "-")


ORDER = (Status.DONE, Status.ACTIVE, Status.NOT_DUE, Status.OVERDUE, Status.UNKNOWN)


@dataclass(frozen=True, slots=True)
class TaskState:
    """What a task's status is on one day and why, in a sentence."""

    status: Status
    reason: str
    latest: Progress | None = None
    late: bool = False


def latest_progress(progress: Iterable[Progress], until: dt.date | None) -> Progress | None:
    """The 落实情况 entry in force on ``until``: the latest dated one; on the same day the one
    listed last (entries are appended as the work goes on)."""
    known = [(p.date, i, p) for i, p in enumerate(progress) if until is None or p.date <= until]
    return max(known, key=lambda t: (t[0], t[1]))[2] if known else None


def task_state(task: Task, deadline: Deadline, today: dt.date | None) -> TaskState:
    """The task's status on ``today`` (None: no day given, nothing can be overdue)."""
    latest = latest_progress(task.progress, today)
    due = deadline.due
    if latest and latest.status == "已完成":
        late = due is not None and latest.date > due
        when = zh_date(latest.date)
        return TaskState(
            Status.DONE, f"{when}登记已完成" + (f"，完成时限为{zh_date(due)}" if due and late else ""), latest, late
        )
    if latest and latest.status == "长期坚持":
        return TaskState(Status.ACTIVE, f"{zh_date(latest.date)}登记为长期坚持，持续落实", latest)
    if deadline.kind is DeadlineKind.ONGOING:
        return TaskState(Status.ACTIVE, "长期坚持的任务，没有截止日期", latest)
    if today is None or due is None:
        if latest is not None and latest.status == "推进中":
            return TaskState(Status.ACTIVE, f"{zh_date(latest.date)}登记推进中", latest)
        why = "未设定构建日期，无法判断是否逾期" if today is None else f"{deadline.explanation}，无法判断是否逾期"
        return TaskState(Status.UNKNOWN, why, latest)
    if today > due:
        days = (today - due).days
        return TaskState(Status.OVERDUE, f"已过完成时限（{zh_date(due)}）{days}天，尚未登记完成", latest)
    if latest is not None and latest.status == "推进中":
        return TaskState(Status.ACTIVE, f"{zh_date(latest.date)}登记推进中，完成时限为{zh_date(due)}", latest)
    return TaskState(Status.NOT_DUE, f"完成时限为{zh_date(due)}，尚未到期", latest)


@dataclass(frozen=True, slots=True)
class Tally:
    """Counts of task states under one heading (a 一级 task, a 责任单位, a plan)."""

    label: str
    counts: Mapping[Status, int] = field(default_factory=dict)
    url: str = ""

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    @property
    def done(self) -> int:
        return self.counts.get(Status.DONE, 0)

    @property
    def percent(self) -> int:
        """Share of 已完成 tasks, rounded down so an unfinished plan never shows 100%."""
        return self.done * 100 // self.total if self.total else 0

    def count(self, status: Status) -> int:
        return self.counts.get(status, 0)


def tally(label: str, states: Iterable[TaskState], url: str = "") -> Tally:
    counts: dict[Status, int] = {}
    for state in states:
        counts[state.status] = counts.get(state.status, 0) + 1
    return Tally(label, {s: counts[s] for s in ORDER if s in counts}, url)


def shown_statuses(tallies: Iterable[Tally]) -> tuple[Status, ...]:
    """The four statuses always, 无法判定 only where some task has it."""
    unknown = any(t.count(Status.UNKNOWN) for t in tallies)
    return ORDER if unknown else ORDER[:-1]

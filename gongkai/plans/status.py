"""A task's state on a given day, from its 落实情况 entries and its resolved 完成时限.

The state says only what the content says (the day is ``--date`` or site.yaml
``build_date``, never the clock; entries dated after it are not yet known on that day):

- the latest entry is 已完成 → 已完成 (marked 晚于完成时限 only against a deadline the source states);
- the latest entry is 长期坚持 → 进行中: the unit reports the task as a standing duty;
- the latest entry is 推进中 or 未启动 → 逾期 once a deadline *stated in the source* has passed,
  else 进行中 (推进中) or 未到期 (未启动 before the due date);
- no entry at all → 未到期 while the (stated or inferred) due date is still ahead, else
  未报送落实情况: nobody has reported, so the site does not say the work is late or done;
- an *inferred* deadline (the plan's default for rows without their own, Deadline.inherited)
  never makes a task 逾期; nor does a 完成时限 that cannot be worked out (→ 无法判定).
On the same day, the entry listed last wins (entries are appended as the work goes on).
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
    NO_REPORT = "未报送落实情况"
    UNKNOWN = "无法判定"

    @property
    def css(self) -> str:
        return self.name.lower().replace("_", "-")


ORDER = (Status.DONE, Status.ACTIVE, Status.NOT_DUE, Status.OVERDUE, Status.NO_REPORT, Status.UNKNOWN)
ALWAYS_SHOWN = ORDER[:4]


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
    stated = due is not None and not deadline.inherited
    passed = today is not None and due is not None and today > due
    source = "" if stated else "（推定）"
    if latest is not None and latest.status == "已完成":
        late = stated and due is not None and latest.date > due
        reason = f"{zh_date(latest.date)}登记已完成" + (f"，完成时限为{zh_date(due)}" if late else "")
        return TaskState(Status.DONE, reason, latest, late)
    if latest is not None and latest.status == "长期坚持":
        return TaskState(Status.ACTIVE, f"{zh_date(latest.date)}登记为长期坚持，持续落实", latest)
    if latest is not None:
        said = f"{zh_date(latest.date)}登记为{latest.status}"
        if stated and passed and due is not None and today is not None:
            days = (today - due).days
            return TaskState(Status.OVERDUE, f"已过原文载明的完成时限（{zh_date(due)}）{days}天，{said}", latest)
        if latest.status == "推进中":
            return TaskState(Status.ACTIVE, said + (f"，完成时限{source}为{zh_date(due)}" if due else ""), latest)
        if due is not None and not passed and today is not None:
            return TaskState(Status.NOT_DUE, f"{said}，完成时限{source}为{zh_date(due)}，尚未到期", latest)
        return TaskState(Status.UNKNOWN, f"{said}，{_why_unknown(deadline, today)}", latest)
    if today is None:
        return TaskState(Status.UNKNOWN, "未设定构建日期，无法判断是否逾期", None)
    if due is not None and not passed:
        return TaskState(Status.NOT_DUE, f"完成时限{source}为{zh_date(due)}，尚未到期", None)
    if deadline.kind is DeadlineKind.ONGOING:
        return TaskState(Status.NO_REPORT, "长期坚持的任务，尚未报送落实情况", None)
    if due is not None:
        return TaskState(Status.NO_REPORT, f"完成时限{source}为{zh_date(due)}，尚未报送落实情况", None)
    return TaskState(Status.NO_REPORT, f"{deadline.explanation}，尚未报送落实情况", None)


def _why_unknown(deadline: Deadline, today: dt.date | None) -> str:
    if today is None:
        return "未设定构建日期，无法判断是否逾期"
    if deadline.kind is DeadlineKind.ONGOING:
        return "长期坚持的任务，没有截止日期"
    if deadline.due is not None and deadline.inherited:
        return f"完成时限为推定的{zh_date(deadline.due)}，不据此判定逾期"
    return f"{deadline.explanation}，无法判断是否逾期"


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
    """The four statuses always; 未报送落实情况 and 无法判定 only where some task has them."""
    tallies = list(tallies)
    extra = tuple(s for s in ORDER[4:] if any(t.count(s) for t in tallies))
    return ALWAYS_SHOWN + extra

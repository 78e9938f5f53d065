"""The facts the link stage derives for plans: each task with its 完成时限 and its state."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

from ..models import Document, Plan, Task
from ..values import Entry, Key
from .deadlines import Deadline
from .status import TaskState


@dataclass(frozen=True, slots=True)
class TaskRef:
    """A task with its plan, position, anchor, resolved 完成时限 and its state on the build day."""

    plan_slug: str
    task: Task
    anchor: str
    number: int
    groups: tuple[str, ...]
    deadline: Deadline
    state: TaskState

    @property
    def label(self) -> str:
        """How the task is named in text: its printed 序号, else its position."""
        return self.task.no or str(self.number)


@dataclass(frozen=True, slots=True)
class PlanFacts:
    """Plans by slug, their tasks, who is responsible for what, and each plan's 印发通知."""

    by_slug: Mapping[str, Entry[Plan]]
    tasks: Mapping[str, tuple[TaskRef, ...]]
    tasks_by_org: Mapping[str, tuple[tuple[str, TaskRef], ...]]
    """Organisation id → (role, task): 牵头, 配合, or 责任 when the table does not tell them apart."""
    notices: Mapping[str, Entry[Document] | None]
    dates: Mapping[str, tuple[dt.date | None, str]]
    """The date a plan is listed under and its label: its notice's date; None when it has no notice."""


KEY: Key[Plan, PlanFacts] = Key("plans")

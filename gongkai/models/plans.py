"""政务公开工作要点 and their 任务分解表."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, Literal

from pydantic import BeforeValidator, Discriminator, Field, Tag

from .base import OrgRef, Slug, Strict, Text

ProgressStatus = Literal["未启动", "推进中", "已完成", "长期坚持"]


class Progress(Strict):
    """One dated 落实情况 entry of a task."""

    date: dt.date = Field(title="日期")
    status: ProgressStatus = Field(title="状态")
    note: Text = Field(title="说明")
    links: tuple[Slug, ...] = Field((), title="相关文件")
    sample: bool = Field(False, title="示例")


class Assignment(Strict):
    label: Text = Field(title="分项")
    units: tuple[OrgRef, ...] = Field(min_length=1, title="责任单位")


class Task(Strict):
    """One row of a 任务分解表."""

    id: Slug | None = Field(None, title="锚点标识")
    no: (
        Annotated[
            str,
            BeforeValidator(
                lambda v: str(v) if isinstance(v, int) and not isinstance(v, bool) else v,
                json_schema_input_type=str | int,
            ),
        ]
        | None
    ) = Field(None, title="序号")
    requirement: Text = Field(title="具体要求")
    units: tuple[OrgRef, ...] = Field((), title="责任单位")
    lead: tuple[OrgRef, ...] = Field((), title="牵头单位")
    support: tuple[OrgRef, ...] = Field((), title="配合单位")
    assignments: tuple[Assignment, ...] = Field((), title="分项责任单位")
    units_note: str | None = Field(None, title="责任单位说明")
    """Shown beside the 责任单位, e.g. why the row names none (then the page says 未载明)."""
    deadline: str | None = Field(None, title="完成时限")
    deadline_note: str | None = Field(None, title="完成时限说明")
    deadline_free_text: bool = Field(False, title="完成时限为文字说明")
    """True when ``deadline`` is a description that is not meant to resolve to a date."""
    progress: tuple[Progress, ...] = Field((), title="落实情况")
    leader: Text | None = Field(None, title="责任领导")
    """A person or post (「分管副区长」), never a unit: not linked to the organisation registry."""
    extra: dict[Text, str] = Field({}, title="原表其他列")
    """Columns of the source table no field holds, by their header as written (「督办领导」, 「备注」)."""


class TaskGroup(Strict):
    """A merged 工作任务 cell: a heading over tasks or further groups."""

    group: Text = Field(title="工作任务")
    items: tuple[TaskNode, ...] = Field(min_length=1, title="下级任务")


def _node_kind(value: Any) -> str:
    if isinstance(value, dict):
        return "§group" if "group" in value else "§task"
    return "§group" if isinstance(value, TaskGroup) else "§task"


TaskNode = Annotated[
    Annotated[TaskGroup, Tag("§group")] | Annotated[Task, Tag("§task")],
    Discriminator(_node_kind),
]
TaskGroup.model_rebuild()


class Plan(Strict):
    """A 政务公开工作要点 with its 任务分解表."""

    title: Text = Field(title="标题")
    year: int = Field(ge=2000, le=2100, title="年度")
    notice: Slug | None = Field(None, title="印发通知")
    publisher: OrgRef | None = Field(None, title="发布机构")
    """None when the source names no issuing office (槐荫 has no 印发通知); shown as 未载明."""
    default_deadline: str | None = Field(None, title="默认完成时限")
    default_deadline_source: str | None = Field(None, title="默认完成时限依据")
    previous: Slug | None = Field(None, title="上年度工作要点")
    table_title: Text = Field("工作任务分解表", title="任务分解表标题")
    table_columns: tuple[Text, ...] = Field((), title="表头")
    body: str | None = Field(None, title="正文")
    tasks: tuple[TaskNode, ...] = Field(min_length=1, title="任务分解表")
    summary: str | None = Field(None, title="内容概述")
    index_no: str | None = Field(None, title="索引号")
    sample: bool = Field(False, title="示例")
    sample_note: str | None = Field(None, title="示例说明")

"""Pages of plans: the task table with merged group cells, its ledger summary, and one page per task."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from .. import urls
from ..link import Linked
from ..load import Entry
from ..models import Organization, Plan, Task, TaskGroup
from ..views import Crumb, ListItem, Page, doc_item, org_name, plan_date
from . import paths
from .ledger import added_columns
from .linking import TaskRef, roles
from .status import Status, Tally, TaskState, shown_statuses, tally, task_state
from .units import organization_views

__all__ = ["organization_pages", "plan_page", "task_depth", "task_rows"]


@dataclass(frozen=True, slots=True)
class GroupCell:
    """A merged 工作任务 cell that starts on a row and spans ``rowspan`` rows."""

    id: str
    text: str
    rowspan: int
    level: int


@dataclass(frozen=True, slots=True)
class TaskRow:
    """A row of a rendered task table: the group cells that start on it, and the task.

    ``header_ids`` lists every group cell covering the row, so each data cell can name its
    headers even where cells are merged (WCAG 1.3.1, technique H43).
    """

    ref: TaskRef
    group_cells: tuple[GroupCell, ...]
    header_ids: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Unfinished:
    """A task of last year's plan that is not 已完成, for the 回头看 section."""

    ref: TaskRef
    state: TaskState
    url: str


@dataclass(frozen=True, slots=True)
class Review:
    """回头看: how the previous plan stands on the build date."""

    title: str
    url: str
    tally: Tally
    unfinished: tuple[Unfinished, ...]


def task_rows(nodes: Sequence[TaskGroup | Task], refs: Sequence[TaskRef]) -> list[TaskRow]:
    """Flatten a task tree into table rows with rowspans for the merged 工作任务 cells."""
    leaves = iter(refs)
    rows: list[TaskRow] = []

    def count(node: TaskGroup | Task) -> int:
        return sum(count(n) for n in node.items) if isinstance(node, TaskGroup) else 1

    def walk(
        items: Sequence[TaskGroup | Task], starting: tuple[tuple[str, int], ...], covering: tuple[str, ...], level: int
    ) -> None:
        for node in items:
            if isinstance(node, TaskGroup):
                walk(node.items, (*starting, (node.group, count(node))), covering + (f"L{level}",), level + 1)
            else:
                ref = next(leaves)
                cells = []
                for depth, (text, span) in enumerate(starting, start=level - len(starting)):
                    cells.append(GroupCell(f"{ref.anchor}-g{depth}", text, span, depth))
                rows.append(TaskRow(ref, tuple(cells), covering))
            starting = ()

    walk(nodes, (), (), 0)
    # Resolve the level placeholders into the ids of the cells actually covering each row.
    current: dict[int, str] = {}
    resolved = []
    for row in rows:
        for cell in row.group_cells:
            current[cell.level] = cell.id
        ids = tuple(current[int(p[1:])] for p in row.header_ids)
        resolved.append(TaskRow(row.ref, row.group_cells, ids))
    return resolved


def task_depth(nodes: Sequence[TaskGroup | Task]) -> int:
    def depth(node: TaskGroup | Task) -> int:
        return 1 + max(depth(n) for n in node.items) if isinstance(node, TaskGroup) else 0

    return max((depth(n) for n in nodes), default=0)


def group_tallies(refs: Sequence[TaskRef], states: Mapping[str, TaskState]) -> list[Tally]:
    """One tally per 一级 工作任务, in table order; ungrouped tasks count under 其他任务."""
    order: dict[str, list[TaskRef]] = {}
    for ref in refs:
        order.setdefault(ref.groups[0] if ref.groups else "其他任务", []).append(ref)
    return [
        tally(label, (states[r.anchor] for r in members), f"#{members[0].anchor}") for label, members in order.items()
    ]


def unit_tallies(
    refs: Sequence[TaskRef], states: Mapping[str, TaskState], orgs: Mapping[str, Organization]
) -> list[Tally]:
    """One tally per 责任单位 named in the plan (牵头, 配合 or 责任), in registry order."""
    by_org: dict[str, list[TaskState]] = {}
    for ref in refs:
        for org_id in dict.fromkeys(o for _, o in roles(ref.task)):
            by_org.setdefault(org_id, []).append(states[ref.anchor])
    ranked = sorted(by_org, key=lambda o: list(orgs).index(o) if o in orgs else len(orgs))
    return [tally(orgs[o].name if o in orgs else o, by_org[o], urls.organization(o)) for o in ranked]


def review(linked: Linked, slug: str, today: dt.date | None) -> Review:
    previous = linked.plans[slug].model
    refs = linked.tasks[slug]
    states = [task_state(r, today) for r in refs]
    unfinished = tuple(
        Unfinished(r, s, paths.task(slug, r.anchor))
        for r, s in zip(refs, states, strict=True)
        if s.status is not Status.DONE
    )
    return Review(previous.title, urls.plan(slug), tally(previous.title, states), unfinished)


def progress_documents(linked: Linked, refs: Sequence[TaskRef]) -> dict[str, ListItem]:
    """The documents 落实情况 entries point at, by slug."""
    return {s: doc_item(linked, linked.documents[s]) for r in refs for p in r.task.progress for s in p.links}


def downloads(slug: str) -> list[tuple[str, str, str]]:
    return [
        ("Excel 表格（XLSX）", paths.ledger(slug, "xlsx"), "可筛选、排序，含合并的工作任务单元格"),
        ("Word 表格（DOCX）", paths.ledger(slug, "docx"), "横向排版，便于打印和编入年度报告"),
        ("CSV 文本", paths.ledger(slug, "csv"), "UTF-8 编码，逗号分隔"),
        ("全站任务数据（JSON）", paths.TASKS_JSON, "所有工作要点的全部任务，供数据汇总使用"),
    ]


def plan_page(
    linked: Linked, entry: Entry[Plan], crumbs: tuple[Crumb, ...], section: str, today: dt.date | None = None
) -> Page:
    plan = entry.model
    refs = linked.tasks[entry.slug]
    states = {r.anchor: task_state(r, today) for r in refs}
    notice_slug = plan.notice or linked.notice_of_plan.get(entry.slug)
    notice = linked.documents.get(notice_slug or "")
    date, label = plan_date(linked, entry)
    overall = tally(plan.title, states.values())
    groups, units = group_tallies(refs, states), unit_tallies(refs, states, linked.orgs)
    previous = review(linked, plan.previous, today) if plan.previous in linked.plans else None
    leader_header, extra_columns = added_columns(plan, [r.task for r in refs])
    context = {
        "plan": plan,
        "rows": task_rows(plan.tasks, refs),
        "depth": task_depth(plan.tasks),
        "task_count": len(refs),
        "notice": doc_item(linked, notice) if notice else None,
        "publisher": org_name(linked, plan.publisher),
        "date": date,
        "date_label": label,
        "states": states,
        "overall": overall,
        "group_tallies": groups,
        "unit_tallies": units,
        "statuses": shown_statuses([overall, *([previous.tally] if previous else [])]),
        "previous": previous,
        "today": today,
        "downloads": downloads(entry.slug),
        "task_urls": {r.anchor: paths.task(entry.slug, r.anchor) for r in refs},
        "documents": progress_documents(linked, refs),
        "leader_header": leader_header,
        "extra_columns": extra_columns,
    }
    return Page(
        urls.plan(entry.slug),
        "plan.html",
        plan.title,
        context,
        crumbs,
        section,
        date if label != "年度" else None,
        plan.title,
        source=entry.path,
        filters={"类型": ("工作要点",), "发布机构": (org_name(linked, plan.publisher),)},
        search_meta={"发布机构": org_name(linked, plan.publisher), "年度": f"{plan.year}年"},
        sort_date=date,
    )


def task_title(ref: TaskRef) -> str:
    where = (
        ref.groups[-1] if ref.groups else ref.task.requirement[:24] + ("…" if len(ref.task.requirement) > 24 else "")
    )
    return f"{where}（第{ref.label}项）"


def task_pages(linked: Linked, home: Crumb, column: Crumb, today: dt.date | None) -> list[Page]:
    """One small page per task, so a search can land on a single task (and link back to its row)."""
    pages = []
    fd, gz = Crumb("法定主动公开内容", urls.PROACTIVE), Crumb("政务公开工作要点", urls.PLANS)
    for entry in sorted(linked.site.plans, key=lambda e: (-e.model.year, e.slug)):
        plan = entry.model
        refs = linked.tasks[entry.slug]
        date, label = plan_date(linked, entry)
        crumbs = (home, column, fd, gz, Crumb(plan.title, urls.plan(entry.slug)))
        for i, ref in enumerate(refs):
            state = task_state(ref, today)
            names = [org_name(linked, o) for _, o in roles(ref.task)]
            leader_header, extra_columns = added_columns(plan, [ref.task])
            documents = progress_documents(linked, (ref,))
            neighbours = [
                (text, paths.task(entry.slug, other.anchor), other)
                for text, other in (
                    ("上一项", refs[i - 1] if i else None),
                    ("下一项", refs[i + 1] if i + 1 < len(refs) else None),
                )
                if other is not None
            ]
            pages.append(
                Page(
                    paths.task(entry.slug, ref.anchor),
                    "task.html",
                    task_title(ref),
                    {
                        "plan": plan,
                        "ref": ref,
                        "task": ref.task,
                        "state": state,
                        "today": today,
                        "plan_url": urls.plan(entry.slug),
                        "documents": documents,
                        "neighbours": neighbours,
                        "publisher": org_name(linked, plan.publisher),
                        "leader_header": leader_header,
                        "extra_columns": extra_columns,
                    },
                    crumbs,
                    "法定主动公开内容",
                    date if label != "年度" else None,
                    ref.task.requirement[:120],
                    source=entry.path,
                    filters={
                        "类型": ("工作任务",),
                        "责任单位": tuple(dict.fromkeys(names)),
                        "状态": (state.status.value,),
                    },
                    search_meta={
                        "位置": f"{urls.plan(entry.slug)}#{ref.anchor}",
                        "工作要点": plan.title,
                        "责任单位": "、".join(dict.fromkeys(names)),
                        "完成时限": ref.deadline.text or "未列",
                        "状态": state.status.value,
                    },
                    sort_date=date,
                )
            )
    return pages


def organization_pages(linked: Linked, home: Crumb, column: Crumb, today: dt.date | None = None) -> list[Page]:
    """/zfxxgk/zrdw/ and one page per organisation, then the per-task pages of every plan.

    The task pages ride along here so that gongkai/pages.py needs no new call; they sit under
    their plan's URL.
    """
    return [*organization_views(linked, home, column, today), *task_pages(linked, home, column, today)]

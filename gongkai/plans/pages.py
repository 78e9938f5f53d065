"""Pages of plans and of responsible units: task tables with merged group cells."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from .. import urls
from ..link import Linked
from ..load import Entry
from ..models import Organization, Plan, Task, TaskGroup
from ..views import Crumb, Page, doc_item, org_name, plan_date
from .linking import TaskRef


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


def task_rows(nodes: Sequence[TaskGroup | Task], refs: Sequence[TaskRef]) -> list[TaskRow]:
    """Flatten a task tree into table rows with rowspans for the merged 工作任务 cells."""
    leaves = iter(refs)
    rows: list[TaskRow] = []

    def count(node: TaskGroup | Task) -> int:
        return sum(count(n) for n in node.items) if isinstance(node, TaskGroup) else 1

    def walk(items: Sequence[TaskGroup | Task], starting: tuple[tuple[str, int], ...],
             covering: tuple[str, ...], level: int) -> None:
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


def plan_page(linked: Linked, entry: Entry[Plan], crumbs: tuple[Crumb, ...], section: str,
              today: dt.date | None = None) -> Page:
    plan = entry.model
    refs = linked.tasks[entry.slug]
    notice_slug = plan.notice or linked.notice_of_plan.get(entry.slug)
    notice = linked.documents.get(notice_slug or "")
    date, label = plan_date(linked, entry)
    return Page(urls.plan(entry.slug), "plan.html", plan.title,
                {"plan": plan, "rows": task_rows(plan.tasks, refs), "depth": task_depth(plan.tasks),
                 "task_count": len(refs),
                 "notice": doc_item(linked, notice) if notice else None,
                 "publisher": org_name(linked, plan.publisher),
                 "date": date, "date_label": label},
                crumbs, section, date if label != "年度" else None, plan.title, source=entry.path)


def organization_pages(linked: Linked, home: Crumb, column: Crumb, today: dt.date | None = None) -> list[Page]:
    section = "责任单位"
    zr = Crumb("责任单位", urls.ORGANIZATIONS)
    orgs: list[Organization] = list(linked.site.organizations.model)
    counts = {o.id: (len(linked.tasks_by_org.get(o.id, ())), len(linked.documents_by_org.get(o.id, ()))) for o in orgs}
    pages = [Page(urls.ORGANIZATIONS, "organizations.html", "责任单位", {"orgs": orgs, "counts": counts},
                  (home, column), section, searchable=False)]
    for org in orgs:
        tasks = linked.tasks_by_org.get(org.id, ())
        pages.append(Page(urls.organization(org.id), "organization.html", org.full_name or org.name,
                          {"org": org, "tasks": tasks, "plans": linked.plans,
                           "documents": [doc_item(linked, e) for e in linked.documents_by_org.get(org.id, ())]},
                          (home, column, zr), section, searchable=False))
    return pages

"""Pages of plans: the task table with merged group cells, its ledger summary, and one page per task."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from .. import urls
from ..directory import KEY as DIRECTORY
from ..models import Organization, Plan, Task, TaskGroup
from ..values import Crumb, Entry, Linked, ListItem, Page
from ..views import COLUMN, HOME, PLANS_CRUMB, PROACTIVE, directory_item, document_item, org_name, plan_date
from .facts import KEY, TaskRef
from .ledger import added_columns
from .linking import roles
from .status import Status, Tally, TaskState, shown_statuses, tally
from .units import organization_views

__all__ = ["plan_pages", "plan_page", "task_depth", "task_rows"]
SECTION = "法定主动公开内容"


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


def review(linked: Linked, slug: str) -> Review:
    facts = linked.of(KEY)
    previous = facts.by_slug[slug].model
    refs = facts.tasks[slug]
    states = [r.state for r in refs]
    unfinished = tuple(
        Unfinished(r, s, urls.task(slug, r.anchor))
        for r, s in zip(refs, states, strict=True)
        if s.status is not Status.DONE
    )
    return Review(previous.title, urls.plan(slug), tally(previous.title, states), unfinished)


def progress_documents(linked: Linked, refs: Sequence[TaskRef]) -> dict[str, ListItem]:
    """The documents 落实情况 entries point at, by slug."""
    return {s: document_item(linked, s) for r in refs for p in r.task.progress for s in p.links}


def downloads(slug: str) -> list[tuple[str, str, str]]:
    return [
        ("Excel 表格（XLSX）", urls.ledger(slug, "xlsx"), "可筛选、排序，含合并的工作任务单元格"),
        ("Word 表格（DOCX）", urls.ledger(slug, "docx"), "横向排版，便于打印和编入年度报告"),
        ("CSV 文本", urls.ledger(slug, "csv"), "UTF-8 编码，逗号分隔"),
        ("全站任务数据（JSON）", urls.TASKS_JSON, "所有工作要点的全部任务，供数据汇总使用"),
    ]


def plan_items(linked: Linked) -> list[ListItem]:
    """Every plan, newest year first, dated by its 印发通知 (else its year)."""
    facts = linked.of(KEY)
    items = []
    for e in sorted(facts.by_slug.values(), key=lambda e: (e.model.year, e.slug), reverse=True):
        extra = f"{len(facts.tasks[e.slug])} 项任务"
        items.append(
            directory_item(
                linked, KEY.name, e.slug, e.model.title, urls.plan(e.slug), extra=extra, sample=e.model.sample
            )
        )
    return items


def plan_pages(linked: Linked) -> list[Page]:
    """The plan list, each plan's page, each task's page and the per-organisation pages."""
    crumbs = (HOME, COLUMN, PROACTIVE, PLANS_CRUMB)
    pages = [
        Page(
            urls.PLANS,
            "list.html",
            "政务公开工作要点",
            {"items": plan_items(linked), "pager": None, "intro": "历年政务公开工作要点及其任务分解表。"},
            (HOME, COLUMN, PROACTIVE),
            SECTION,
            searchable=False,
        )
    ]
    for e in sorted(linked.site.of(KEY), key=lambda e: (e.model.year, e.slug), reverse=True):
        pages.append(plan_page(linked, e, crumbs, SECTION))
    return [*pages, *organization_views(linked), *task_pages(linked)]


def plan_page(linked: Linked, entry: Entry[Plan], crumbs: tuple[Crumb, ...], section: str) -> Page:
    plan = entry.model
    facts = linked.of(KEY)
    today = linked.today
    refs = facts.tasks[entry.slug]
    states = {r.anchor: r.state for r in refs}
    notice = facts.notices[entry.slug]
    date, label = plan_date(linked, entry.slug)
    publisher = org_name(linked, plan.publisher) if plan.publisher else ""
    overall = tally(plan.title, states.values())
    groups, units = group_tallies(refs, states), unit_tallies(refs, states, linked.orgs)
    previous = review(linked, plan.previous) if plan.previous and plan.previous in facts.by_slug else None
    leader_header, extra_columns = added_columns(plan, [r.task for r in refs])
    context = {
        "plan": plan,
        "rows": task_rows(plan.tasks, refs),
        "depth": task_depth(plan.tasks),
        "task_count": len(refs),
        "notice": document_item(linked, notice.slug) if notice else None,
        "publisher": publisher,
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
        "task_urls": {r.anchor: urls.task(entry.slug, r.anchor) for r in refs},
        "documents": progress_documents(linked, refs),
        "leader_header": leader_header,
        "extra_columns": extra_columns,
        "directory": linked.of(DIRECTORY).of(KEY.name, entry.slug),
    }
    return Page(
        urls.plan(entry.slug),
        "plan.html",
        plan.title,
        context,
        crumbs,
        section,
        date if label == "发布日期" else None,
        plan.title,
        source=entry.path,
        meta={"ContentSource": publisher},
        filters={"类型": ("工作要点",), "发布机构": (publisher,)},
        search_meta={"发布机构": publisher, "年度": f"{plan.year}年"},
        sort_date=date or plan.year,
    )


def task_title(ref: TaskRef) -> str:
    where = (
        ref.groups[-1] if ref.groups else ref.task.requirement[:24] + ("…" if len(ref.task.requirement) > 24 else "")
    )
    return f"{where}（第{ref.label}项）"


def task_pages(linked: Linked) -> list[Page]:
    """One small page per task, so a search can land on a single task (and link back to its row)."""
    pages = []
    facts = linked.of(KEY)
    today = linked.today
    for entry in sorted(linked.site.of(KEY), key=lambda e: (-e.model.year, e.slug)):
        plan = entry.model
        refs = facts.tasks[entry.slug]
        date, label = plan_date(linked, entry.slug)
        crumbs = (HOME, COLUMN, PROACTIVE, PLANS_CRUMB, Crumb(plan.title, urls.plan(entry.slug)))
        for i, ref in enumerate(refs):
            state = ref.state
            names = [org_name(linked, o) for _, o in roles(ref.task)]
            leader_header, extra_columns = added_columns(plan, [ref.task])
            documents = progress_documents(linked, (ref,))
            neighbours = [
                (text, urls.task(entry.slug, other.anchor), other)
                for text, other in (
                    ("上一项", refs[i - 1] if i else None),
                    ("下一项", refs[i + 1] if i + 1 < len(refs) else None),
                )
                if other is not None
            ]
            pages.append(
                Page(
                    urls.task(entry.slug, ref.anchor),
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
                        "publisher": org_name(linked, plan.publisher) if plan.publisher else "",
                        "leader_header": leader_header,
                        "extra_columns": extra_columns,
                    },
                    crumbs,
                    "法定主动公开内容",
                    date if label == "发布日期" else None,
                    ref.task.requirement[:120],
                    source=entry.path,
                    filters={
                        "类型": ("工作任务",),
                        "责任单位": tuple(dict.fromkeys(names)),
                        "状态": (state.status.value,),
                    },
                    search_meta={
                        "位置": urls.task_row(entry.slug, ref.anchor),
                        "工作要点": plan.title,
                        "责任单位": "、".join(dict.fromkeys(names)),
                        "完成时限": ref.deadline.text or "未列",
                        "状态": state.status.value,
                    },
                    sort_date=date or plan.year,
                )
            )
    return pages

"""Stage 4: the linked site → every page to render, with its URL, template and view model."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from . import catalog, urls
from .link import Linked, TaskRef
from .load import Entry
from .models import Document, Organization, Plan, Task, TaskGroup

PAGE_SIZE = 20
COLUMN_NAME = "政府信息公开"
PARTS = (
    ("政府信息公开指南", urls.GUIDE),
    ("政府信息公开制度", urls.RULES),
    ("法定主动公开内容", urls.PROACTIVE),
    ("政府信息公开工作年度报告", urls.REPORTS),
)


@dataclass(frozen=True, slots=True)
class Crumb:
    title: str
    url: str


@dataclass(frozen=True, slots=True)
class Page:
    """One output file: where it goes, how it is rendered, and what the template sees."""

    url: str
    template: str
    title: str
    context: Mapping[str, Any]
    crumbs: tuple[Crumb, ...] = ()
    section: str = ""
    pubdate: dt.date | None = None
    description: str = ""
    searchable: bool = True
    source: str = ""
    meta: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class ListItem:
    """A row of any list page: every listed item carries a date (国办秘函〔2019〕19号)."""

    title: str
    url: str
    date: dt.date
    date_label: str
    number: str = ""
    publisher: str = ""
    extra: str = ""


@dataclass(frozen=True, slots=True)
class Pager:
    page: int
    pages: int
    base_url: str

    def url(self, n: int) -> str:
        return urls.paginated(self.base_url, n)


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


def doc_date(doc: Document) -> tuple[dt.date, str]:
    return (doc.published, "发布日期") if doc.published else (doc.written, "成文日期")


def doc_item(linked: Linked, entry: Entry[Document]) -> ListItem:
    doc = entry.model
    date, label = doc_date(doc)
    return ListItem(doc.title, urls.document(doc.category, entry.slug), date, label,
                    doc.number or "", org_name(linked, doc.publisher))


def org_name(linked: Linked, org_id: str) -> str:
    org = linked.orgs.get(org_id)
    return org.full_name or org.name if org else org_id


def plan_date(linked: Linked, entry: Entry[Plan]) -> tuple[dt.date, str]:
    notice = linked.documents.get(entry.model.notice or "") or linked.documents.get(
        linked.notice_of_plan.get(entry.slug, ""))
    if notice:
        return doc_date(notice.model)
    return dt.date(entry.model.year, 1, 1), "年度"


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


def _paginate(items: Sequence[Any], base: str, make: Any) -> list[Page]:
    total = max(1, -(-len(items) // PAGE_SIZE))
    return [make(items[(n - 1) * PAGE_SIZE: n * PAGE_SIZE], Pager(n, total, base)) for n in range(1, total + 1)]


def make_pages(linked: Linked) -> list[Page]:
    """Every page of the site, in a stable order."""
    site = linked.site
    config = site.config.model
    home = Crumb("首页", urls.HOME)
    column = Crumb(COLUMN_NAME, urls.COLUMN)
    pages: list[Page] = []
    latest = [doc_item(linked, e) for e in linked.published_documents[:10]]
    pages.append(Page(urls.HOME, "home.html", config.name, {"latest": latest, "parts": PARTS},
                      section="首页", searchable=False))
    counts = {
        urls.GUIDE: 1,
        urls.RULES: len(site.rules),
        urls.PROACTIVE: len(linked.published_documents) + len(site.plans),
        urls.REPORTS: len(site.reports),
    }
    pages.append(Page(urls.COLUMN, "column.html", COLUMN_NAME,
                      {"parts": PARTS, "counts": counts, "latest": latest}, (home,), COLUMN_NAME, searchable=False))
    # 政府信息公开指南
    guide = site.guide.model
    pages.append(Page(urls.GUIDE, "guide.html", f"{config.name}政府信息公开指南", {"guide": guide},
                      (home, column), "政府信息公开指南", guide.updated, source=site.guide.path))
    # 政府信息公开制度
    rules = sorted(site.rules, key=lambda e: (e.model.published, e.slug), reverse=True)
    rule_items = [ListItem(e.model.title, urls.rule(e.slug), e.model.published, "公布日期",
                           e.model.number or "", e.model.issuer) for e in rules]
    zd = Crumb("政府信息公开制度", urls.RULES)
    pages.append(Page(urls.RULES, "list.html", "政府信息公开制度", {"items": rule_items, "pager": None,
                      "intro": "政府信息公开工作所依据的法律法规和本机关的工作制度。"},
                      (home, column), "政府信息公开制度", searchable=False))
    for e in rules:
        pages.append(Page(urls.rule(e.slug), "rule.html", e.model.title, {"rule": e.model},
                          (home, column, zd), "政府信息公开制度", e.model.published, e.model.summary, source=e.path))
    pages.extend(_proactive_pages(linked, home, column))
    pages.extend(_report_pages(linked, home, column))
    pages.extend(_organization_pages(linked, home, column))
    pages.append(Page(urls.SEARCH, "search.html", "站内搜索", {}, (home,), "站内搜索", searchable=False))
    pages.append(Page(urls.ACCESSIBILITY, "accessibility.html", "无障碍声明", {}, (home,), "无障碍声明", searchable=False))
    pages.append(Page(urls.NOT_FOUND, "404.html", "页面未找到", {}, (home,), "页面未找到", searchable=False))
    return pages


def _proactive_pages(linked: Linked, home: Crumb, column: Crumb) -> list[Page]:
    site = linked.site
    fd = Crumb("法定主动公开内容", urls.PROACTIVE)
    section = "法定主动公开内容"
    pages: list[Page] = []
    by_cat: dict[str, list[Entry[Document]]] = {}
    for e in linked.published_documents:
        by_cat.setdefault(e.model.category, []).append(e)
    applicable = {c.code for c in catalog.CATEGORIES if c.code.startswith("20-")}
    applicable |= set(catalog.LEVEL_CATEGORIES[site.config.model.level])
    shown = [c for c in catalog.CATEGORIES if c.code in by_cat]
    plans = sorted(site.plans, key=lambda e: (e.model.year, e.slug), reverse=True)
    plan_items = []
    for e in plans:
        date, label = plan_date(linked, e)
        plan_items.append(ListItem(e.model.title, urls.plan(e.slug), date, label,
                                   extra=f"{len(linked.tasks[e.slug])} 项任务"))
    pages.append(Page(urls.PROACTIVE, "proactive.html", "法定主动公开内容",
                      {"categories": shown, "counts": {c: len(v) for c, v in by_cat.items()},
                       "applicable": applicable, "plans": plan_items,
                       "latest": {c: [doc_item(linked, e) for e in v[:5]] for c, v in by_cat.items()}},
                      (home, column), section, searchable=False))
    for cat in shown:
        crumb = Crumb(cat.short, urls.category(cat.code))
        items = [doc_item(linked, e) for e in by_cat[cat.code]]

        def make(chunk: Sequence[ListItem], pager: Pager, cat: catalog.Category = cat) -> Page:
            title = cat.short if pager.page == 1 else f"{cat.short}（第 {pager.page} 页）"
            return Page(pager.url(pager.page), "list.html", title,
                        {"items": list(chunk), "pager": pager, "intro": f"条例{cat.article}：{cat.text}。"},
                        (home, column, fd), section, searchable=False)
        pages.extend(_paginate(items, urls.category(cat.code), make))
        for e in by_cat[cat.code]:
            pages.append(_document_page(linked, e, (home, column, fd, crumb), section))
    gz = Crumb("政务公开工作要点", urls.PLANS)
    pages.append(Page(urls.PLANS, "list.html", "政务公开工作要点",
                      {"items": plan_items, "pager": None, "intro": "历年政务公开工作要点及其任务分解表。"},
                      (home, column, fd), section, searchable=False))
    for e in plans:
        pages.append(_plan_page(linked, e, (home, column, fd, gz), section))
    return pages


def _document_page(linked: Linked, entry: Entry[Document], crumbs: tuple[Crumb, ...], section: str) -> Page:
    doc = entry.model
    interpretations = [doc_item(linked, e) for e in linked.interpretations.get(entry.slug, ())]
    related = {
        "interprets": doc_item(linked, linked.documents[doc.interprets]) if doc.interprets else None,
        "replaced_by": doc_item(linked, linked.documents[doc.replaced_by]) if doc.replaced_by else None,
        "interpretations": interpretations,
        "plan": (linked.plans[doc.plan].model.title, urls.plan(doc.plan)) if doc.plan else None,
    }
    date, _ = doc_date(doc)
    return Page(urls.document(doc.category, entry.slug), "document.html", doc.title,
                {"doc": doc, "index_no": linked.index_numbers[entry.slug],
                 "publisher": org_name(linked, doc.publisher), "category": catalog.CATEGORY_BY_CODE[doc.category],
                 "related": related},
                crumbs, section, date, doc.summary, source=entry.path,
                meta={"Keywords": ",".join(doc.keywords), "ContentSource": org_name(linked, doc.publisher)})


def _plan_page(linked: Linked, entry: Entry[Plan], crumbs: tuple[Crumb, ...], section: str) -> Page:
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


def _report_pages(linked: Linked, home: Crumb, column: Crumb) -> list[Page]:
    section = "政府信息公开工作年度报告"
    nd = Crumb(section, urls.REPORTS)
    site = linked.site
    reports = sorted(site.reports, key=lambda e: e.model.year, reverse=True)
    short = site.config.model.name
    items = [ListItem(e.model.title or f"{short}{e.model.year}年政府信息公开工作年度报告",
                      urls.report(e.model.year), e.model.published, "发布日期") for e in reports]
    pages = [Page(urls.REPORTS, "list.html", section, {"items": items, "pager": None,
                  "intro": "依据《中华人民共和国政府信息公开条例》第四十九条、第五十条，每年3月31日前公布上一年度报告。"},
                  (home, column), section, searchable=False)]
    for e, item in zip(reports, items, strict=True):
        pages.append(Page(item.url, "report.html", item.title,
                          {"report": e.model, "catalog": catalog},
                          (home, column, nd), section, e.model.published, item.title, source=e.path))
    return pages


def _organization_pages(linked: Linked, home: Crumb, column: Crumb) -> list[Page]:
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

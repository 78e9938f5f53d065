"""Stage 4: the linked site → every page to render, with its URL, template and view model."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from . import catalog, urls
from .guide.pages import application_form_page
from .link import Linked
from .load import Entry
from .models import Document
from .plans.pages import organization_pages, plan_page
from .reports.pages import report_pages
from .views import COLUMN_NAME, PARTS, Crumb, ListItem, Page, Pager, doc_date, doc_item, org_name, paginate, plan_date

__all__ = ["COLUMN_NAME", "PARTS", "Page", "make_pages", "org_name"]


def make_pages(linked: Linked, today: dt.date | None = None) -> list[Page]:
    """Every page of the site, in a stable order; ``today`` decides overdue tasks (never the clock)."""
    site = linked.site
    config = site.config.model
    home = Crumb("首页", urls.HOME)
    column = Crumb(COLUMN_NAME, urls.COLUMN)
    pages: list[Page] = []
    latest = [doc_item(linked, e) for e in linked.published_documents[:10]]
    pages.append(
        Page(urls.HOME, "home.html", config.name, {"latest": latest, "parts": PARTS}, section="首页", searchable=False)
    )
    counts = {
        urls.GUIDE: 1,
        urls.RULES: len(site.rules),
        urls.PROACTIVE: len(linked.published_documents) + len(site.plans),
        urls.REPORTS: len(site.reports),
    }
    pages.append(
        Page(
            urls.COLUMN,
            "column.html",
            COLUMN_NAME,
            {"parts": PARTS, "counts": counts, "latest": latest},
            (home,),
            COLUMN_NAME,
            searchable=False,
        )
    )
    # 政府信息公开指南
    guide = site.guide.model
    pages.append(
        Page(
            urls.GUIDE,
            "guide.html",
            f"{config.name}政府信息公开指南",
            {"guide": guide},
            (home, column),
            "政府信息公开指南",
            guide.updated,
            source=site.guide.path,
            filters={"类型": ("指南",), "发布机构": (config.office.name,)},
            search_meta={"发布机构": config.office.name, "发布日期": guide.updated.isoformat()},
        )
    )
    pages.append(application_form_page(linked, (home, column, Crumb("政府信息公开指南", urls.GUIDE))))
    # 政府信息公开制度
    rules = sorted(site.rules, key=lambda e: (e.model.published, e.slug), reverse=True)
    rule_items = [
        ListItem(e.model.title, urls.rule(e.slug), e.model.published, "公布日期", e.model.number or "", e.model.issuer)
        for e in rules
    ]
    zd = Crumb("政府信息公开制度", urls.RULES)
    pages.append(
        Page(
            urls.RULES,
            "list.html",
            "政府信息公开制度",
            {"items": rule_items, "pager": None, "intro": "政府信息公开工作所依据的法律法规和本机关的工作制度。"},
            (home, column),
            "政府信息公开制度",
            searchable=False,
        )
    )
    for e in rules:
        rule = e.model
        pages.append(
            Page(
                urls.rule(e.slug),
                "rule.html",
                rule.title,
                {"rule": rule},
                (home, column, zd),
                "政府信息公开制度",
                rule.published,
                rule.summary,
                source=e.path,
                filters={"类型": ("制度",), "发布机构": (rule.issuer,)},
                search_meta={
                    "文号": rule.number or "",
                    "发布机构": rule.issuer,
                    "发布日期": rule.published.isoformat(),
                },
            )
        )
    pages.extend(_proactive_pages(linked, home, column, today))
    pages.extend(report_pages(linked, home, column))
    pages.extend(organization_pages(linked, home, column, today))
    pages.append(Page(urls.SEARCH, "search.html", "站内搜索", {}, (home,), "站内搜索", searchable=False))
    pages.append(
        Page(
            urls.ACCESSIBILITY,
            "accessibility.html",
            "无障碍声明",
            {"audit_date": today},
            (home,),
            "无障碍声明",
            today,
            searchable=False,
        )
    )
    pages.append(Page(urls.NOT_FOUND, "404.html", "页面未找到", {}, (home,), "页面未找到", searchable=False))
    return pages


def _proactive_pages(linked: Linked, home: Crumb, column: Crumb, today: dt.date | None) -> list[Page]:
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
        plan_items.append(
            ListItem(e.model.title, urls.plan(e.slug), date, label, extra=f"{len(linked.tasks[e.slug])} 项任务")
        )
    pages.append(
        Page(
            urls.PROACTIVE,
            "proactive.html",
            "法定主动公开内容",
            {
                "categories": shown,
                "counts": {c: len(v) for c, v in by_cat.items()},
                "applicable": applicable,
                "plans": plan_items,
                "latest": {c: [doc_item(linked, e) for e in v[:5]] for c, v in by_cat.items()},
            },
            (home, column),
            section,
            searchable=False,
        )
    )
    for cat in shown:
        crumb = Crumb(cat.short, urls.category(cat.code))
        items = [doc_item(linked, e) for e in by_cat[cat.code]]

        def make(chunk: Sequence[ListItem], pager: Pager, cat: catalog.Category = cat) -> Page:
            title = cat.short if pager.page == 1 else f"{cat.short}（第 {pager.page} 页）"
            return Page(
                pager.url(pager.page),
                "list.html",
                title,
                {"items": list(chunk), "pager": pager, "intro": f"条例{cat.article}：{cat.text}。"},
                (home, column, fd),
                section,
                searchable=False,
            )

        pages.extend(paginate(items, urls.category(cat.code), make))
        for e in by_cat[cat.code]:
            pages.append(_document_page(linked, e, (home, column, fd, crumb), section))
    gz = Crumb("政务公开工作要点", urls.PLANS)
    pages.append(
        Page(
            urls.PLANS,
            "list.html",
            "政务公开工作要点",
            {"items": plan_items, "pager": None, "intro": "历年政务公开工作要点及其任务分解表。"},
            (home, column, fd),
            section,
            searchable=False,
        )
    )
    for e in plans:
        pages.append(plan_page(linked, e, (home, column, fd, gz), section, today))
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
    return Page(
        urls.document(doc.category, entry.slug),
        "document.html",
        doc.title,
        {
            "doc": doc,
            "index_no": linked.index_numbers[entry.slug],
            "publisher": org_name(linked, doc.publisher),
            "category": catalog.CATEGORY_BY_CODE[doc.category],
            "related": related,
        },
        crumbs,
        section,
        date,
        doc.summary,
        source=entry.path,
        meta={"Keywords": ",".join(doc.keywords), "ContentSource": org_name(linked, doc.publisher)},
        filters={
            "类型": (doc.doc_type,),
            "发布机构": (org_name(linked, doc.publisher),),
            "主题分类": (doc.topic,),
            "有效性": (doc.validity,),
            "公开类别": (catalog.CATEGORY_BY_CODE[doc.category].short,),
        },
        search_meta={
            "文号": doc.number or "",
            "发布机构": org_name(linked, doc.publisher),
            "发布日期": doc.published.isoformat() if doc.published else f"{doc.written.isoformat()}（成文）",
            "索引号": linked.index_numbers[entry.slug],
        },
    )

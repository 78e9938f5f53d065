"""The column's own pages: home, 政府信息公开, the 指南, the 法定主动公开内容 index, search, 无障碍声明, 404.

These pages gather what the kinds hold (counts per part, latest documents, the plan list);
each kind's own lists and item pages come from its package through the registry.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from . import urls
from .directory import GUIDE
from .directory import KEY as DIRECTORY
from .documents.facts import KEY as DOCUMENTS
from .guide.pages import application_form_page, guide_files
from .institution_pages import institution_pages
from .kind import ContentKind
from .proactive import proactive_page
from .sitemap_page import site_map_page
from .values import Linked, OutputFile, Page
from .views import COLUMN, COLUMN_NAME, HOME, PARTS, doc_item
from .views import GUIDE as GUIDE_CRUMB


def column_files(linked: Linked) -> list[OutputFile]:
    """The column's own downloads: the 政府信息公开申请表 (DOCX)."""
    return guide_files(linked)


def example_number(linked: Linked) -> str:
    """A 文号 the site really publishes (the newest), to show searchers what one looks like."""
    return next((e.model.number for e in linked.of(DOCUMENTS).published if e.model.number), "")


def column_pages(linked: Linked, kinds: Sequence[ContentKind[Any, Any]]) -> list[Page]:
    site = linked.site
    config = site.config.model
    latest = [doc_item(linked, e) for e in linked.of(DOCUMENTS).published[:10]]
    counts = {urls.GUIDE: 1}
    for kind in kinds:
        counts[kind.part] = counts.get(kind.part, 0) + kind.count(site)
    guide = site.guide.model
    pages = [
        Page(urls.HOME, "home.html", config.name, {"latest": latest, "parts": PARTS}, section="首页", searchable=False),
        Page(
            urls.COLUMN,
            "column.html",
            COLUMN_NAME,
            {"parts": PARTS, "counts": counts, "latest": latest},
            (HOME,),
            COLUMN_NAME,
            searchable=False,
        ),
        Page(
            urls.GUIDE,
            "guide.html",
            f"{config.name}政府信息公开指南",
            {"guide": guide, "directory": linked.of(DIRECTORY).of(GUIDE, GUIDE)},
            (HOME, COLUMN),
            "政府信息公开指南",
            guide.updated,
            source=site.guide.path,
            meta={"ContentSource": config.office.name},
            filters={"类型": ("指南",), "发布机构": (config.office.name,)},
            search_meta={"发布机构": config.office.name, "发布日期": guide.updated.isoformat()},
        ),
        proactive_page(linked),
        application_form_page(linked, (HOME, COLUMN, GUIDE_CRUMB)),
        Page(
            urls.SEARCH,
            "search.html",
            "站内搜索",
            {"example_number": example_number(linked)},
            (HOME,),
            "站内搜索",
            searchable=False,
        ),
        Page(
            urls.ACCESSIBILITY,
            "accessibility.html",
            "无障碍声明",
            {"audit_date": linked.today},
            (HOME,),
            "无障碍声明",
            linked.today,
            searchable=False,
        ),
        Page(urls.NOT_FOUND, "404.html", "页面未找到", {}, (HOME,), "页面未找到", searchable=False),
    ]
    return [*pages, *institution_pages(linked), site_map_page(linked)]

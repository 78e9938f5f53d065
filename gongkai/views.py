"""View models shared by every page maker: pages, crumbs, list items, pagination."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from . import urls
from .link import Linked
from .load import Entry
from .models import Document, Plan

PAGE_SIZE = 20
COLUMN_NAME = "政府信息公开"
PARTS = (
    ("政府信息公开指南", urls.GUIDE),
    ("政府信息公开制度", urls.RULES),
    ("法定主动公开内容", urls.PROACTIVE),
    ("政府信息公开工作年度报告", urls.REPORTS),
)


@dataclass(frozen=True, slots=True)
class OutputFile:
    """A data file published beside the pages (CSV, XLSX, JSON downloads)."""

    url: str
    data: bytes


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
    # Search index data (Pagefind): extra filters beyond 栏目/年份, result metadata such as
    # 文号/发布机构/发布日期, and the date results sort by (defaults to pubdate).
    filters: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    search_meta: Mapping[str, str] = field(default_factory=dict)
    sort_date: dt.date | int | None = None
    """A year alone (int) where only the year is known: search orders it before that year's dates."""


@dataclass(frozen=True, slots=True)
class ListItem:
    """A row of any list page: every listed item carries a date (国办秘函〔2019〕19号)."""

    title: str
    url: str
    date: dt.date | None
    """None where the source gives no date; the list then says 未载明 (never a made-up date)."""
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


def doc_date(doc: Document) -> tuple[dt.date, str]:
    return (doc.published, "发布日期") if doc.published else (doc.written, "成文日期")


def doc_item(linked: Linked, entry: Entry[Document]) -> ListItem:
    doc = entry.model
    date, label = doc_date(doc)
    return ListItem(
        doc.title,
        urls.document(doc.category, entry.slug),
        date,
        label,
        doc.number or "",
        org_name(linked, doc.publisher),
    )


def org_name(linked: Linked, org_id: str) -> str:
    org = linked.orgs.get(org_id)
    return org.full_name or org.name if org else org_id


def plan_date(linked: Linked, entry: Entry[Plan]) -> tuple[dt.date | None, str]:
    """The date of the plan's 印发通知; None when it has none (槐荫's plan): never a made-up date."""
    notice = linked.documents.get(entry.model.notice or "") or linked.documents.get(
        linked.notice_of_plan.get(entry.slug, "")
    )
    if notice:
        return doc_date(notice.model)
    return None, "印发日期"


def paginate(items: Sequence[Any], base: str, make: Any) -> list[Page]:
    total = max(1, -(-len(items) // PAGE_SIZE))
    return [make(items[(n - 1) * PAGE_SIZE : n * PAGE_SIZE], Pager(n, total, base)) for n in range(1, total + 1)]

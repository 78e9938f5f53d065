"""View helpers shared by every kind's pages: crumbs, list items, pagination, names and dates."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TypeVar

from . import urls
from .directory import KEY as DIRECTORY
from .documents.facts import KEY as DOCUMENTS
from .models import Document
from .plans.facts import KEY as PLANS
from .values import Crumb, Entry, Linked, ListItem, Page

T = TypeVar("T")

PAGE_SIZE = 20
COLUMN_NAME = "政府信息公开"
PARTS = (
    ("政府信息公开指南", urls.GUIDE),
    ("政府信息公开制度", urls.RULES),
    ("法定主动公开内容", urls.PROACTIVE),
    ("政府信息公开工作年度报告", urls.REPORTS),
)
HOME = Crumb("首页", urls.HOME)
COLUMN = Crumb(COLUMN_NAME, urls.COLUMN)
GUIDE = Crumb("政府信息公开指南", urls.GUIDE)
PROACTIVE = Crumb("法定主动公开内容", urls.PROACTIVE)
PLANS_CRUMB = Crumb("政务公开工作要点", urls.PLANS)


@dataclass(frozen=True, slots=True)
class Pager:
    page: int
    pages: int
    base_url: str

    def url(self, n: int) -> str:
        return urls.paginated(self.base_url, n)

    @property
    def window(self) -> list[int | None]:
        """The page numbers to link: the first, the last and two either side of the current
        one, with None where numbers are skipped, so a list of 500 pages stays short."""
        shown = sorted({1, self.pages, *range(max(1, self.page - 2), min(self.pages, self.page + 2) + 1)})
        out: list[int | None] = []
        for n in shown:
            if out and n - (out[-1] or 0) > 1:
                out.append(None)
            out.append(n)
        return out


def doc_date(doc: Document) -> tuple[dt.date, str]:
    """The date a document is listed under: 发布日期, else 成文日期, with its label."""
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
        sample=doc.sample,
        index_no=linked.of(DOCUMENTS).index_numbers[entry.slug],
        summary=doc.summary,
        created=doc.written if doc.published else None,
    )


def directory_item(
    linked: Linked,
    kind: str,
    slug: str,
    title: str,
    url: str,
    *,
    number: str = "",
    publisher: str = "",
    extra: str = "",
    sample: bool = False,
) -> ListItem:
    """A list row for a 工作要点, 制度, 年度报告 or the 指南, with its 目录 entry from link."""
    entry = linked.of(DIRECTORY).of(kind, slug)
    return ListItem(
        title,
        url,
        entry.created,
        entry.created_label,
        number,
        publisher,
        extra,
        sample,
        index_no=entry.index_no,
        summary=entry.summary,
    )


def document_item(linked: Linked, slug: str) -> ListItem:
    return doc_item(linked, linked.of(DOCUMENTS).by_slug[slug])


def org_name(linked: Linked, org_id: str) -> str:
    """An organisation's display name (its 全称 when it has one); the id when it is unknown."""
    org = linked.orgs.get(org_id)
    return org.label if org else org_id


def plan_date(linked: Linked, slug: str) -> tuple[dt.date | None, str]:
    """The date of the plan's 印发通知; None when it has none (槐荫's plan): never a made-up date."""
    return linked.of(PLANS).dates[slug]


def paginate(
    items: Sequence[T], base: str, make: Callable[[Sequence[T], Pager], Page], size: int = PAGE_SIZE
) -> list[Page]:
    total = max(1, -(-len(items) // size))
    return [make(items[(n - 1) * size : n * size], Pager(n, total, base)) for n in range(1, total + 1)]

"""Pages of 公文: one list per 条例 category (paginated) and one page per document."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from .. import catalog, urls
from ..models import Document
from ..plans.facts import KEY as PLANS
from ..values import Crumb, Entry, Linked, ListItem, Page
from ..views import COLUMN, HOME, PROACTIVE, Pager, doc_date, doc_item, document_item, org_name, paginate
from .browse_pages import browse_pages
from .catalogue import catalogue_pages
from .facts import KEY
from .status import status_view

SECTION = "法定主动公开内容"
FORM_LABELS = {"文字": "文字解读", "图解": "图解", "视频": "视频解读"}


def by_category(linked: Linked) -> Mapping[str, tuple[Entry[Document], ...]]:
    """Published documents grouped by 公开类别 (in link), newest first within each."""
    return linked.of(KEY).facets.by_category


def document_pages(linked: Linked) -> list[Page]:
    """Each category's paginated list and the page of every published document."""
    groups = by_category(linked)
    pages: list[Page] = []
    for cat in (c for c in catalog.CATEGORIES if c.code in groups):
        crumb = Crumb(cat.short, urls.category(cat.code))
        for e in groups[cat.code]:
            pages.append(document_page(linked, e, (HOME, COLUMN, PROACTIVE, crumb)))
        if cat.code == catalog.INSTITUTIONS:
            continue  # listed on the 机构职能 page with the organisations (institution_pages.py)
        items = [doc_item(linked, e) for e in groups[cat.code]]

        def make(chunk: Sequence[ListItem], pager: Pager, cat: catalog.Category = cat) -> Page:
            title = cat.short if pager.page == 1 else f"{cat.short}（第 {pager.page} 页）"
            return Page(
                pager.url(pager.page),
                "list.html",
                title,
                {"items": list(chunk), "pager": pager, "intro": f"条例{cat.article}：{cat.text}。"},
                (HOME, COLUMN, PROACTIVE),
                SECTION,
                searchable=False,
            )

        pages.extend(paginate(items, urls.category(cat.code), make))
    return [*pages, *catalogue_pages(linked), *browse_pages(linked)]


def topic_links(topic: str) -> list[tuple[str, str]]:
    """「一级\\二级」 as two links: the 一级 list and the 二级 list."""
    first, _, second = topic.partition("\\")
    links = [(first, urls.by_topic(first))]
    return [*links, (second, urls.by_topic(topic))] if second else links


def document_page(linked: Linked, entry: Entry[Document], crumbs: tuple[Crumb, ...]) -> Page:
    doc = entry.model
    facts = linked.of(KEY)
    plans = linked.of(PLANS).by_slug
    related = {
        "interprets": document_item(linked, doc.interprets) if doc.interprets else None,
        "interpretations": [
            replace(doc_item(linked, e), extra=FORM_LABELS[e.model.form])
            for e in facts.interpretations.get(entry.slug, ())
        ],
        "plan": (plans[doc.plan].model.title, urls.plan(doc.plan)) if doc.plan else None,
    }
    date, _ = doc_date(doc)
    publisher = org_name(linked, doc.publisher)
    index_no = facts.index_numbers[entry.slug]
    status = status_view(linked, entry.slug)
    return Page(
        urls.document(doc.category, entry.slug),
        "document.html",
        doc.title,
        {
            "doc": doc,
            "index_no": index_no,
            "publisher": publisher,
            "category": catalog.CATEGORY_BY_CODE[doc.category],
            "related": related,
            "status": status,
            "form_label": FORM_LABELS[doc.form],
            "topic_links": topic_links(doc.topic),
        },
        crumbs,
        SECTION,
        doc.published,  # PubDate is the 发布日期 only; never filled in from 成文日期
        doc.summary,
        source=entry.path,
        meta={"Keywords": ",".join(doc.keywords), "ContentSource": publisher},
        filters={
            "类型": (doc.doc_type,),
            "发布机构": (publisher,),
            "主题分类": (doc.topic,),
            "有效性": (status.state,),
            "公开类别": (catalog.CATEGORY_BY_CODE[doc.category].short,),
        },
        search_meta={
            "文号": doc.number or "",
            "发布机构": publisher,
            "发布日期": doc.published.isoformat() if doc.published else f"{doc.written.isoformat()}（成文）",
            "索引号": index_no,
        },
        sort_date=date,
    )

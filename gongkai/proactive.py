"""The 法定主动公开内容 page: every non-empty 条例 category, the 规范性文件 library, the plans.

Each category shows its count and newest items and links its full list; 机构职能 counts its
organisations as well as its documents. Empty categories are left out (emptiness.py).
"""

from __future__ import annotations

from dataclasses import dataclass

from . import catalog, urls
from .documents.browse_pages import facets
from .documents.catalogue import catalogue_links
from .documents.pages import SECTION, by_category
from .institutions import KEY as INSTITUTIONS
from .plans.pages import plan_items
from .values import Linked, ListItem, Page
from .views import COLUMN, HOME, doc_item

LATEST = 5


@dataclass(frozen=True, slots=True)
class CategorySection:
    """One 条例 category on the page: its count, newest items and full list."""

    category: catalog.Category
    url: str
    documents: int
    organizations: int
    latest: tuple[ListItem, ...]


def category_sections(linked: Linked) -> list[CategorySection]:
    groups = by_category(linked)
    profiles = len(linked.of(INSTITUTIONS).profiles)
    sections = []
    for cat in catalog.CATEGORIES:
        members = groups.get(cat.code, ())
        organizations = profiles if cat.code == catalog.INSTITUTIONS else 0
        section = CategorySection(
            cat,
            urls.category(cat.code),
            len(members),
            organizations,
            tuple(doc_item(linked, e) for e in members[:LATEST]),
        )
        if section.documents or section.organizations:
            sections.append(section)
    return sections


def proactive_page(linked: Linked) -> Page:
    level = linked.site.config.model.level
    context = {
        "categories": category_sections(linked),
        "applicable": catalog.applicable_categories(level),
        "plans": plan_items(linked),
        "library": catalogue_links(linked),
        "browse": facets(linked),
    }
    return Page(
        urls.PROACTIVE,
        "proactive.html",
        "法定主动公开内容",
        context,
        (HOME, COLUMN),
        SECTION,
        searchable=False,
        meta={
            "ColumnDescription": "依照《中华人民共和国政府信息公开条例》第二十条、第二十一条主动公开的政府信息。",
            "ColumnKeywords": "法定主动公开内容,行政规范性文件,机构职能,政务公开工作要点",
        },
    )

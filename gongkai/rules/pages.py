"""Pages of the 政府信息公开制度 part: the list and one page per rule."""

from __future__ import annotations

from .. import urls
from ..directory import KEY as DIRECTORY
from ..values import Crumb, Linked, Page
from ..views import COLUMN, HOME, directory_item
from .facts import KEY

SECTION = "政府信息公开制度"


def rule_pages(linked: Linked) -> list[Page]:
    rules = sorted(linked.site.of(KEY), key=lambda e: (e.model.published, e.slug), reverse=True)
    items = [
        directory_item(
            linked,
            KEY.name,
            e.slug,
            e.model.title,
            urls.rule(e.slug),
            number=e.model.number or "",
            publisher=e.model.issuer,
            sample=e.model.sample,
        )
        for e in rules
    ]
    pages = [
        Page(
            urls.RULES,
            "list.html",
            SECTION,
            {"items": items, "pager": None, "intro": "政府信息公开工作所依据的法律法规和本机关的工作制度。"},
            (HOME, COLUMN),
            SECTION,
            searchable=False,
        )
    ]
    crumb = Crumb(SECTION, urls.RULES)
    for e in rules:
        rule = e.model
        pages.append(
            Page(
                urls.rule(e.slug),
                "rule.html",
                rule.title,
                {"rule": rule, "directory": linked.of(DIRECTORY).of(KEY.name, e.slug)},
                (HOME, COLUMN, crumb),
                SECTION,
                rule.published,
                rule.summary,
                source=e.path,
                meta={"ContentSource": rule.issuer},
                filters={"类型": ("制度",), "发布机构": (rule.issuer,)},
                search_meta={
                    "文号": rule.number or "",
                    "发布机构": rule.issuer,
                    "发布日期": rule.published.isoformat(),
                },
            )
        )
    return pages

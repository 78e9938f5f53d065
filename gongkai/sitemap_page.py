"""The HTML 网站地图: every part and list of the site in one nested list (sitemap.xml stays for crawlers).

Single items (each 公文) are reached through the lists, so the map stays one page at any size.
"""

from __future__ import annotations

from dataclasses import dataclass

from . import catalog, urls
from .documents.browse_pages import facets
from .documents.catalogue import catalogue_links
from .feeds import feeds
from .institutions import KEY as INSTITUTIONS
from .plans.facts import KEY as PLANS
from .proactive import category_sections
from .reports.facts import KEY as REPORTS
from .rules.facts import KEY as RULES
from .values import Linked, Page
from .views import HOME


@dataclass(frozen=True, slots=True)
class Node:
    title: str
    url: str
    children: tuple[Node, ...] = ()


def site_map(linked: Linked) -> list[Node]:
    site = linked.site
    proactive = [
        *(Node(title, url) for title, url, _ in catalogue_links(linked)),
        *(Node(s.category.short, s.url) for s in category_sections(linked)),
        *(Node(f.title, f.url) for f in facets(linked)),
    ]
    plans = sorted(site.of(PLANS), key=lambda e: (e.model.year, e.slug), reverse=True)
    if plans:
        proactive.append(
            Node("政务公开工作要点", urls.PLANS, tuple(Node(p.model.title, urls.plan(p.slug)) for p in plans))
        )
    if linked.of(INSTITUTIONS).profiles and not any(n.url == urls.category(catalog.INSTITUTIONS) for n in proactive):
        proactive.append(Node("机构职能", urls.category(catalog.INSTITUTIONS)))
    reports = sorted(site.of(REPORTS), key=lambda e: e.model.year, reverse=True)
    data = [Node("公文数据（JSON）", urls.DOCUMENTS_JSON), Node("公文数据（CSV）", urls.DOCUMENTS_CSV)]
    data += [Node(f"订阅：{f.title}（Atom）", f.url) for f in feeds(linked)]
    return [
        Node("首页", urls.HOME),
        Node(
            "政府信息公开",
            urls.COLUMN,
            (
                Node("政府信息公开指南", urls.GUIDE, (Node("政府信息公开申请表", urls.APPLICATION_FORM),)),
                Node(
                    "政府信息公开制度",
                    urls.RULES,
                    tuple(Node(r.model.title, urls.rule(r.slug)) for r in site.of(RULES)),
                ),
                Node("法定主动公开内容", urls.PROACTIVE, tuple(proactive)),
                Node(
                    "政府信息公开工作年度报告",
                    urls.REPORTS,
                    tuple(Node(f"{r.model.year}年度报告", urls.report(r.model.year)) for r in reports),
                ),
                Node("责任单位", urls.ORGANIZATIONS),
            ),
        ),
        Node("开放数据和订阅", urls.DOCUMENTS_JSON, tuple(data)),
        Node("站内搜索", urls.SEARCH),
        Node("无障碍声明", urls.ACCESSIBILITY),
    ]


def site_map_page(linked: Linked) -> Page:
    return Page(
        urls.SITE_MAP_PAGE,
        "sitemap.html",
        "网站地图",
        {"nodes": site_map(linked)},
        (HOME,),
        "网站地图",
        searchable=False,
        meta={"ColumnDescription": "本网站各栏目和列表的导航。", "ColumnKeywords": "网站地图"},
    )

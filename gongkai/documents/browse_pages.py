"""Static browse lists of 公文: by 发布机构, 年份 (成文日期), 主题分类 (一级 and 二级), 公开类别, 有效性.

Each way of browsing has an index page with counts and one paginated list per value; no
JavaScript. Groups come from link (``DocumentFacts.facets``) and every list item is made once,
so the cost grows with the number of documents, not with the number of lists.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from .. import catalog, urls
from ..models import Document
from ..values import Crumb, Entry, Linked, ListItem, Page
from ..views import COLUMN, HOME, PROACTIVE, Pager, doc_item, org_name, paginate
from .browse import Facets
from .facts import KEY
from .lifecycle import STATES

SECTION = "法定主动公开内容"
BROWSE_PAGE_SIZE = 50
NEWEST = "按发布日期（未载明的按成文日期）从新到旧排列"
ORG_KINDS = ("部门", "镇街", "开发区", "其他", "上级机关", "统称")


@dataclass(frozen=True, slots=True)
class FacetValue:
    """One value to browse by, with its list and how many documents it holds."""

    label: str
    url: str
    count: int
    children: tuple[FacetValue, ...] = ()


@dataclass(frozen=True, slots=True)
class FacetGroup:
    heading: str
    values: tuple[FacetValue, ...]


@dataclass(frozen=True, slots=True)
class Facet:
    """A way of browsing: its index page, what it groups by, and its values."""

    title: str
    url: str
    note: str
    groups: tuple[FacetGroup, ...]
    unit: str = "件"

    @property
    def size(self) -> int:
        """How many values it has (shown beside the link to it)."""
        return sum(len(g.values) for g in self.groups)


def facets(linked: Linked) -> list[Facet]:
    """Every way of browsing that has at least one value (emptiness: none is shown empty)."""
    f = linked.of(KEY).facets
    found = [
        _orgs(linked, f),
        Facet(
            "按年份浏览",
            urls.BROWSE_YEAR,
            "按成文日期的年份归类（成文日期每件文件都有，发布日期可能未载明）。",
            (FacetGroup("", tuple(FacetValue(f"{y}年", urls.by_year(y), len(v)) for y, v in f.by_year.items())),),
        ),
        _topics(f),
        Facet(
            "按公开类别浏览",
            urls.BROWSE_CATEGORY,
            "按《中华人民共和国政府信息公开条例》第二十条、第二十一条的公开类别归类。",
            (
                FacetGroup(
                    "",
                    tuple(
                        FacetValue(f"{c.short}（{c.article}）", urls.category(c.code), len(f.by_category[c.code]))
                        for c in catalog.CATEGORIES
                        if c.code in f.by_category
                    ),
                ),
            ),
        ),
        Facet(
            "按有效性浏览",
            urls.BROWSE_STATE,
            "按构建日期的有效性归类：依据施行日期、有效期至和废止、失效、修改决定计算。",
            (
                FacetGroup(
                    "", tuple(FacetValue(s, urls.by_state(s), len(f.by_state[s])) for s in STATES if s in f.by_state)
                ),
            ),
        ),
    ]
    return [facet for facet in found if facet.size]


def _orgs(linked: Linked, f: Facets) -> Facet:
    groups = []
    for kind in ORG_KINDS:
        values = tuple(
            FacetValue(org.label, urls.by_org(org.id), len(f.by_org[org.id]))
            for org in linked.orgs.values()
            if org.kind == kind and org.id in f.by_org
        )
        if values:
            groups.append(FacetGroup(kind, values))
    return Facet("按发布机构浏览", urls.BROWSE_ORG, "按文件的发布机构归类。", tuple(groups))


def _topics(f: Facets) -> Facet:
    values = []
    for first, seconds in catalog.TOPICS.items():
        if first not in f.by_topic:
            continue
        children = tuple(
            FacetValue(second, urls.by_topic(f"{first}\\{second}"), len(f.by_topic[f"{first}\\{second}"]))
            for second in seconds
            if f"{first}\\{second}" in f.by_topic
        )
        values.append(FacetValue(first, urls.by_topic(first), len(f.by_topic[first]), children))
    return Facet(
        "按主题分类浏览",
        urls.BROWSE_TOPIC,
        "按国务院公文主题分类（一级、二级）归类。",
        (FacetGroup("", tuple(values)),),
    )


def browse_pages(linked: Linked) -> list[Page]:
    """Each facet's index page and the paginated list of each of its values."""
    published = linked.of(KEY).published
    items = {e.slug: doc_item(linked, e) for e in published}
    f = linked.of(KEY).facets
    pages: list[Page] = []
    for facet in facets(linked):
        pages.append(_index_page(facet))
    crumb = {facet.url: Crumb(facet.title, facet.url) for facet in facets(linked)}

    def lists(
        facet_url: str,
        groups: Mapping[str, Sequence[Entry[Document]]],
        title: Callable[[str], str],
        url: Callable[[str], str],
        order: str = NEWEST,
    ) -> None:
        if facet_url not in crumb:
            return
        for key, members in groups.items():
            org = key if facet_url == urls.BROWSE_ORG else None
            chunk = [items[e.slug] for e in members]
            pages.extend(_list_pages(crumb[facet_url], title(key), url(key), chunk, org, order))

    lists(urls.BROWSE_ORG, f.by_org, lambda o: f"发布机构：{org_name(linked, o)}", urls.by_org)
    lists(
        urls.BROWSE_YEAR,
        {str(y): v for y, v in f.by_year.items()},
        lambda y: f"{y}年成文的文件",
        lambda y: urls.by_year(int(y)),
        "按成文日期从新到旧排列",
    )
    lists(urls.BROWSE_TOPIC, f.by_topic, lambda t: f"主题分类：{t}", urls.by_topic)
    lists(urls.BROWSE_STATE, f.by_state, lambda s: f"有效性：{s}", urls.by_state)
    return pages


def _index_page(facet: Facet) -> Page:
    return Page(
        facet.url,
        "browse.html",
        facet.title,
        {"facet": facet, "items": [], "pager": None, "intro": facet.note, "back": None, "org": None},
        (HOME, COLUMN, PROACTIVE),
        SECTION,
        searchable=False,
        meta={"ColumnDescription": f"法定主动公开内容{facet.title}：{facet.note}", "ColumnKeywords": facet.title},
    )


def _list_pages(crumb: Crumb, title: str, base: str, items: list[ListItem], org: str | None, order: str) -> list[Page]:
    def make(chunk: Sequence[ListItem], pager: Pager) -> Page:
        return Page(
            pager.url(pager.page),
            "browse.html",
            title if pager.page == 1 else f"{title}（第 {pager.page} 页）",
            {
                "facet": None,
                "items": list(chunk),
                "pager": pager,
                "intro": f"共 {len(items)} 件，{order}。",
                "back": crumb,
                "org": org,
            },
            (HOME, COLUMN, PROACTIVE, crumb),
            SECTION,
            searchable=False,
            meta={"ColumnDescription": f"{title}，共 {len(items)} 件。", "ColumnKeywords": title},
        )

    return paginate(items, base, make, BROWSE_PAGE_SIZE)

"""Pages of the 政府信息公开工作年度报告: the list and one page per year."""

from __future__ import annotations

from .. import catalog, urls
from ..link import Linked
from ..views import Crumb, ListItem, Page


def report_pages(linked: Linked, home: Crumb, column: Crumb) -> list[Page]:
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

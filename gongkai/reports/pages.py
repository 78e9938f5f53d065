"""Pages of the 政府信息公开工作年度报告: the list with year-over-year charts, one page per year."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from .. import catalog, urls
from ..directory import KEY as DIRECTORY
from ..models.reports import AnyReport, FreeReport
from ..values import Crumb, Entry, Linked, Page
from ..views import COLUMN, HOME, directory_item
from .charts import report_charts
from .exports import tabled
from .facts import KEY
from .tables import report_tables

SECTION = "政府信息公开工作年度报告"
INTRO = (
    "依据《中华人民共和国政府信息公开条例》第四十九条、第五十条，县级以上人民政府部门于每年1月31日前、"
    "县级以上地方人民政府于每年3月31日前公布上一年度政府信息公开工作年度报告。"
)


@dataclass(frozen=True, slots=True)
class ReportItem:
    """A row of the report list."""

    year: int
    title: str
    url: str
    date: dt.date
    format: str
    sample: bool


@dataclass(frozen=True, slots=True)
class Download:
    title: str
    url: str
    kind: str


def report_title(linked: Linked, report: AnyReport) -> str:
    return report.title or f"{linked.site.config.model.name}{report.year}年政府信息公开工作年度报告"


def report_pages(linked: Linked) -> list[Page]:
    home, column = HOME, COLUMN
    nd = Crumb(SECTION, urls.REPORTS)
    reports = sorted(linked.site.of(KEY), key=lambda e: e.model.year, reverse=True)
    items = [
        ReportItem(
            e.model.year,
            report_title(linked, e.model),
            urls.report(e.model.year),
            e.model.published,
            catalog.REPORT_FORMATS[e.model.format],
            e.model.sample,
        )
        for e in reports
    ]
    with_tables = tabled(linked)
    free_years = sorted(e.model.year for e in reports if isinstance(e.model, FreeReport))
    pages = [
        Page(
            urls.REPORTS,
            "report_list.html",
            SECTION,
            {
                "items": [
                    directory_item(linked, KEY.name, e.slug, i.title, i.url, extra=i.format, sample=i.sample)
                    for e, i in zip(reports, items, strict=True)
                ],
                "intro": INTRO,
                "charts": report_charts(with_tables),
                "chart_years": sorted(r.year for r in with_tables),
                "free_years": free_years,
                "history_csv": urls.REPORT_HISTORY_CSV if with_tables else "",
                "sample_charts": any(r.sample for r in with_tables),
            },
            (home, column),
            SECTION,
            searchable=False,
        )
    ]
    for entry, item in zip(reports, items, strict=True):
        pages.append(_report_page(linked, entry, item, (home, column, nd)))
    return pages


def _report_page(linked: Linked, entry: Entry[AnyReport], item: ReportItem, crumbs: tuple[Crumb, ...]) -> Page:
    report = entry.model
    attachments = [
        Download(a.title, urls.asset(a.file), a.file.rsplit(".", 1)[-1].upper()) for a in report.attachments if a.file
    ]
    context: dict[str, object] = {
        "report": report,
        "format_label": item.format,
        "report_parts": catalog.REPORT_PARTS,
        "attachments": attachments,
        "directory": linked.of(DIRECTORY).of(KEY.name, entry.slug),
    }
    if not isinstance(report, FreeReport):
        t2, t3, t4 = report_tables(report)
        context |= {
            "t2": t2,
            "t3": t3,
            "t4": t4,
            "csv": {
                n: Download(f"{caption}（CSV）", urls.report_table_csv(report.year, n), "CSV")
                for n, caption in zip((2, 3, 4), catalog.REPORT_TABLES, strict=True)
            },
            "follow_up": linked.of(KEY).follow_ups.get(report.year, ()),
        }
    description = f"{item.title}（{item.format}）。"
    return Page(
        item.url,
        "report.html",
        item.title,
        context,
        crumbs,
        SECTION,
        report.published,
        description,
        source=entry.path,
        meta={"ContentSource": linked.site.config.model.name},
        filters={"类型": ("年度报告",), "发布机构": (linked.site.config.model.name,)},
        search_meta={"发布机构": linked.site.config.model.name, "发布日期": report.published.isoformat()},
    )

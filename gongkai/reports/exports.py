"""Annual report tables as CSV downloads: one file per table per year, plus the years side by side.

UTF-8 with a byte-order mark, so spreadsheet programs used in government offices open the
Chinese labels correctly; one header row; the label columns keep the form's hierarchy. Every
number is written as the report has it (5949.088667 stays 5949.088667); a blank cell stays an
empty field, never 0.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from .. import catalog, urls
from ..formats import csv_bytes
from ..models.reports import FreeReport, Report, Report2019
from ..values import Linked, OutputFile
from .charts import added, outcome_groups
from .facts import KEY
from .tables import application_keys, layout, proactive_values, result_groups


def _csv(rows: Iterable[Sequence[str]]) -> bytes:
    return csv_bytes(rows)


def proactive_rows(report: Report | Report2019) -> list[list[str]]:
    rows = [["条款", catalog.PROACTIVE_HEAD, "指标", "数值"]]
    for article, label, cells in proactive_values(report):
        rows += [[article, label, header, value.text] for header, value in cells]
    return rows


def application_rows(report: Report | Report2019) -> list[list[str]]:
    legal = catalog.APPLICANT_LEGAL
    cols = catalog.APPLICANT_COLUMNS
    rows = [["项目", "办理结果", "具体情形", cols[0], *(f"{legal}：{c}" for c in cols[1:6]), cols[6]]]
    labels: dict[str, list[str]] = {key: [label, "", ""] for key, label in catalog.APPLICATION_HEAD_ROWS}
    for group, leaves in result_groups(layout(report)):
        for key, leaf in leaves:
            labels[key] = [catalog.APPLICATION_RESULTS, group, leaf]
    labels.update({key: [label, "", ""] for key, label in catalog.APPLICATION_TAIL_ROWS})
    for key in application_keys(layout(report)):
        rows.append([*labels[key], *(v.text for v in getattr(report.applications, key))])
    return rows


def review_rows(report: Report | Report2019) -> list[list[str]]:
    rows = [["类别", "方式", *catalog.REVIEW_RESULT_COLUMNS]]
    for key, name in catalog.REVIEW_ROWS:
        kind = catalog.REVIEW_RECONSIDERATION if key == "reconsideration" else catalog.REVIEW_LITIGATION
        rows.append([kind, "" if key == "reconsideration" else name, *(v.text for v in getattr(report.reviews, key))])
    return rows


def history_rows(reports: Sequence[Report | Report2019]) -> list[list[str]]:
    """The figures the list page charts, one row per year."""
    ordered = sorted(reports, key=lambda r: r.year)
    names = [name for name, _ in outcome_groups(ordered[0])] if ordered else []
    rows = [
        [
            "年度",
            "格式",
            "本年新收",
            "上年结转",
            *names,
            "办理结果总计",
            "结转下年度继续办理",
            "行政复议总计",
            "行政诉讼总计",
        ]
    ]
    for r in ordered:
        a = r.applications
        rows.append(
            [
                str(r.year),
                catalog.REPORT_FORMATS[r.format],
                a.new[6].text,
                a.carried_over[6].text,
                *(v.text for _, v in outcome_groups(r)),
                a.total[6].text,
                a.carried_forward[6].text,
                r.reviews.reconsideration[4].text,
                added(r.reviews.lawsuit_direct[4], r.reviews.lawsuit_after_reconsideration[4]).text,
            ]
        )
    return rows


def tabled(linked: Linked) -> list[Report | Report2019]:
    return [e.model for e in linked.site.of(KEY) if not isinstance(e.model, FreeReport)]


def report_files(linked: Linked) -> list[OutputFile]:
    """表二、表三、表四 of every tabled report as CSV, and the year-over-year figures."""
    out = []
    reports = sorted(tabled(linked), key=lambda r: r.year)
    for report in reports:
        for n, rows in ((2, proactive_rows(report)), (3, application_rows(report)), (4, review_rows(report))):
            out.append(OutputFile(urls.report_table_csv(report.year, n), _csv(rows)))
    if reports:
        out.append(OutputFile(urls.REPORT_HISTORY_CSV, _csv(history_rows(reports))))
    return out

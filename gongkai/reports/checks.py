"""Arithmetic of the 2021-format report tables (standards.md §3.5)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .. import catalog
from ..errors import ContentError, Problems
from ..models import Report
from ..source import Locator
from ..validate import titles

if TYPE_CHECKING:
    from ..load import Site


def check_report(report: Report, loc: Locator) -> list[ContentError]:
    """Arithmetic of the 2021 format tables, rules R1–R3 and R5 (standards.md §3.5)."""
    out: list[ContentError] = []
    table = report.applications
    cols = catalog.APPLICANT_COLUMNS
    row_keys = list(type(table).model_fields)
    labels = titles(type(table))
    for key in row_keys:  # R1: 总计 = the six applicant columns
        row = getattr(table, key)
        if sum(row[:6]) != row[6]:
            out.append(loc.error(("applications", key, 6),
                                 f"表三 {labels[key]} / 总计：各项之和为 {sum(row[:6])}，填写为 {row[6]}",
                                 f"table 3 row {key}: total should be {sum(row[:6])}, got {row[6]}"))
    for c, col in enumerate(cols):
        leaves = sum(getattr(table, k)[c] for k in catalog.RESULT_LEAF_KEYS)
        if leaves != table.total[c]:  # R3
            out.append(loc.error(("applications", "total", c),
                                 f"表三 （七）总计 / {col}：各项办理结果之和为 {leaves}，填写为 {table.total[c]}",
                                 f"table 3 total/{col}: results sum to {leaves}, got {table.total[c]}"))
        left = table.new[c] + table.carried_over[c]
        right = table.total[c] + table.carried_forward[c]
        if left != right:  # R2
            out.append(loc.error(("applications", "carried_forward", c),
                                 f"表三 {col}：一、本年新收 + 二、上年结转 = {left}，而（七）总计 + 四、结转下年度 = {right}，两者应相等",
                                 f"table 3 {col}: new + carried over = {left} but total + carried forward = {right}"))
    for key, label in catalog.REVIEW_ROWS:  # R5
        row = getattr(report.reviews, key)
        if sum(row[:4]) != row[4]:
            out.append(loc.error(("reviews", key, 4),
                                 f"表四 {label} / 总计：各项之和为 {sum(row[:4])}，填写为 {row[4]}",
                                 f"table 4 {key}: total should be {sum(row[:4])}, got {row[4]}"))
    return out


def check_report_set(site: Site, problems: Problems) -> None:
    seen: dict[int, str] = {}
    for entry in site.reports:
        year = entry.model.year
        if year in seen:
            problems.add(entry.locator.error(("year",), f"{year} 年度报告已在 {seen[year]} 中", f"duplicate report year {year}"))
        seen[year] = entry.path
        if entry.slug != str(year):
            problems.add(entry.locator.error(("year",), f"年度报告文件名应为 {year}.yaml", "report file must be named after its year"))
        if entry.model.published.year <= year:
            problems.add(entry.locator.error(("published",), f"{year} 年度报告的发布日期应在 {year + 1} 年或之后",
                                             "report published within its own year", warning=True))

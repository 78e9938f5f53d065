"""Rules of the annual report (standards.md §3.5).

Per file (``check_report``): the tables (gongkai/reports/table_checks.py: the rows of （六）,
R1–R5, all reported at once), attachments, placeholders, the 落款日期. Cell types and missing
cells (R6, R7) are checked by the schema in gongkai/models/reports.py.

Across files (``check_report_set``): one report per year, file names, attachments, the warnings
R8/R9 (last year's figures), 表二（一） against the site's documents and part 六's follow-through.
"""

from __future__ import annotations

from collections.abc import Iterable

from .. import catalog
from ..attachments import check_attachment_file, outside_files
from ..documents.facts import KEY as DOCUMENTS
from ..errors import ContentError, Problems
from ..kind import LinkInput
from ..models.reports import AnyReport, FreeReport, Report, Report2019
from ..plans.facts import KEY as PLANS
from ..source import Locator
from ..values import Entry, Site
from .derived import check_derived
from .facts import KEY, ReportFacts
from .followup import follow_up_problems, report_follow_ups
from .table_checks import check_tables, said
from .tables import row_labels

_COLS = catalog.APPLICANT_COLUMNS


def check_report(report: AnyReport, loc: Locator) -> list[ContentError]:
    """Everything that can be checked within one report file."""
    out = _attachment_paths(report, loc) + _signed(report, loc)
    if isinstance(report, FreeReport):
        return out + _placeholders(report, (("body", "正文"),), loc)
    parts = (
        ("overview", catalog.REPORT_PARTS[0]),
        ("problems", catalog.REPORT_PARTS[4]),
        ("other", catalog.REPORT_PARTS[5]),
    )
    applications = {**report.applications.rows(), **dict.fromkeys(report.applications.unknown())}
    tables = check_tables(report.format, applications, report.reviews.rows(), loc)
    return out + _placeholders(report, parts, loc) + tables


def _signed(report: AnyReport, loc: Locator) -> list[ContentError]:
    if report.signed is None or report.signed <= report.published:
        return []
    return [
        loc.error(
            ("signed",),
            f"落款日期 {report.signed} 晚于发布日期 {report.published}",
            "signed after published",
            "照原报告核对落款日期（signed）和发布日期（published）。",
            warning=True,
            code="report.signed-after-published",
        )
    ]


def _placeholders(report: AnyReport, parts: Iterable[tuple[str, str]], loc: Locator) -> list[ContentError]:
    """Narratives still holding the scaffold's （待填写） (a warning: --strict blocks publishing them)."""
    return [
        loc.error(
            (field,),
            f"“{name}” 尚未填写：仍有模板中的 “{catalog.REPORT_PLACEHOLDER}”",
            f"{field} still holds the template placeholder",
            "写好这一部分后删去 “（待填写）”。",
            warning=True,
            code="report.placeholder",
        )
        for field, name in parts
        if catalog.REPORT_PLACEHOLDER in getattr(report, field)
    ]


def _attachment_paths(report: AnyReport, loc: Locator) -> list[ContentError]:
    out = []
    for i, att in enumerate(report.attachments):
        if att.plan or att.file is None:
            out.append(
                loc.error(
                    ("attachments", i),
                    "年度报告的附件须填写 file（content/files/ 中的文件路径），不能用 plan",
                    "a report attachment needs a file",
                    code="report.attachment-plan",
                )
            )
        elif error := check_attachment_file(loc, ("attachments", i, "file"), att.file, None, "2019-ndbg.pdf"):
            out.append(error)
    return out


def link_reports(given: LinkInput, problems: Problems) -> ReportFacts:
    """The link step of the report kind: rules across report files and against the documents and
    plans; part 六's follow-through from the plans' linked tasks."""
    plans = given.of(PLANS)
    check_report_set(given.site, problems, given.assets)
    for entry in given.site.of(KEY):
        if not isinstance(entry.model, FreeReport):
            problems.extend(follow_up_problems(entry, plans))  # type: ignore[arg-type]
    return ReportFacts(report_follow_ups(given.site.of(KEY), plans))


def check_report_set(site: Site, problems: Problems, assets: frozenset[str] | None = None) -> None:
    """Rules across report files and against the rest of the site; ``assets`` are content/files/ paths."""
    seen: dict[int, str] = {}
    by_year: dict[int, Entry[AnyReport]] = {}
    for entry in site.of(KEY):
        report = entry.model
        year = report.year
        if year in seen:
            problems.add(
                entry.locator.error(
                    ("year",),
                    f"{year} 年度报告已在 {seen[year]} 中",
                    f"duplicate report year {year}",
                    code="report.year-duplicate",
                )
            )
        seen[year] = entry.path
        by_year.setdefault(year, entry)
        if entry.slug != str(year):
            problems.add(
                entry.locator.error(
                    ("year",),
                    f"年度报告文件名应为 {year}.yaml",
                    "report file must be named after its year",
                    code="report.file-name",
                )
            )
        if report.published.year <= year:
            problems.add(
                entry.locator.error(
                    ("published",),
                    f"{year} 年度报告的发布日期应在 {year + 1} 年或之后",
                    "report published within its own year",
                    warning=True,
                    code="report.published-year",
                )
            )
        if assets is not None:
            for i, att in enumerate(report.attachments):
                if att.file and not outside_files(att.file):
                    if error := check_attachment_file(entry.locator, ("attachments", i, "file"), att.file, assets):
                        problems.add(error)
    for year, entry in sorted(by_year.items()):
        report = entry.model
        previous = by_year.get(year - 1)
        if isinstance(report, FreeReport) or report.cross_year_note:
            continue
        if previous is not None and not isinstance(previous.model, FreeReport):
            problems.extend(_carried_over(entry, previous))  # type: ignore[arg-type]
            if isinstance(report, Report) and isinstance(previous.model, Report):
                problems.extend(_current_documents(entry, previous))  # type: ignore[arg-type]
    documents = site.of(DOCUMENTS)
    for entry in site.of(KEY):
        if isinstance(entry.model, Report):
            problems.extend(check_derived(entry, documents))  # type: ignore[arg-type]


_CROSS_HINT = (
    "跨年度核对，仅作提醒；如差异属实（如上年报告数字有误），"
    "可在本报告中写 cross_year_note: 说明原因（页面会显示该说明）。"
)


def _carried_over(entry: Entry[Report | Report2019], previous: Entry[Report | Report2019]) -> list[ContentError]:
    """R8: this year's 二、上年结转 = last year's 四、结转下年度继续办理, column by column."""
    this, last = entry.model.applications.carried_over, previous.model.applications.carried_forward
    label, prev_label = row_labels("2021")["carried_over"], row_labels("2021")["carried_forward"]
    differs = [c for c in range(6) if this[c].value != last[c].value] or ([6] if this[6].value != last[6].value else [])
    return [
        entry.locator.error(
            ("applications", "carried_over", c),
            f"表三 {label} / {_COLS[c]}：应等于 {previous.model.year} 年报告“{prev_label}”的 {said(last[c])}，"
            f"填写为 {said(this[c])}",
            f"table 3 carried_over/{_COLS[c]}: last year's carried forward is {last[c].value}, written {this[c].value}",
            f"R8：对照 {previous.path}。{_CROSS_HINT}",
            warning=True,
            code="report.r8-carried-over",
        )
        for c in differs
    ]


def _current_documents(entry: Entry[Report], previous: Entry[Report]) -> list[ContentError]:
    """R9: 现行有效 ≈ last year's 现行有效 + 本年制发 − 本年废止 (amendments may differ: a warning)."""
    out = []
    for key, label in (("regulations", "规章"), ("normative_documents", "行政规范性文件")):
        now, before = getattr(entry.model.proactive, key), getattr(previous.model.proactive, key)
        expected = before.current.value + now.issued.value - now.repealed.value
        if expected != now.current.value:
            out.append(
                entry.locator.error(
                    ("proactive", key, "current"),
                    f"表二 第二十条第（一）项 {label} / 现行有效件数：按 {previous.model.year} 年现行有效 {said(before.current)} + "
                    f"本年制发 {said(now.issued)} − 本年废止 {said(now.repealed)} 应为 {expected}，填写为 {said(now.current)}",
                    f"table 2 {key}/current: last year's {before.current.value} + {now.issued.value} − "
                    f"{now.repealed.value} = {expected}, written {now.current.value}",
                    f"R9：对照 {previous.path}；修订、重新发布等情况可使两者不等。{_CROSS_HINT}",
                    warning=True,
                    code="report.r9-current",
                )
            )
    return out

"""Rules of the annual report (standards.md §3.5).

Per file (``check_report``): the arithmetic of tables 三 and 四, rules R1–R5, all reported at
once, each naming table, row, column, the expected and the written value. Cell types and
missing cells (R6, R7) are checked by the schema in gongkai/models/reports.py.

Across files (``check_report_set``): one report per year, file names, attachments, and the
warnings R8/R9 (last year's figures) and 表二（一） against the site's documents.
"""

from __future__ import annotations

from collections.abc import Iterable

from .. import catalog
from ..attachments import check_attachment_file, outside_files
from ..documents.facts import KEY as DOCUMENTS
from ..errors import ContentError, Problems
from ..kind import LinkInput
from ..models.reports import AnyReport, FreeReport, Report, Report2019
from ..source import Locator
from ..values import Entry, Site
from .derived import check_derived
from .facts import KEY
from .tables import application_keys, result_leaf_keys, row_labels

_COLS = catalog.APPLICANT_COLUMNS
_R1 = "R1：总计 = 自然人 + 商业企业 + 科研机构 + 社会公益组织 + 法律服务机构 + 其他。"
_R3 = "R3：（七）总计 = （一）至（六）各项办理结果之和。"
_R4 = "多出的件数可能被重复计入了几种办理结果：每件申请只计入一种结果，区分处理的只计入“（二）部分公开”（R4）。"
_R5 = "R5：总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结。"


def check_report(report: AnyReport, loc: Locator) -> list[ContentError]:
    """Everything that can be checked within one report file."""
    out = _attachment_paths(report, loc)
    if isinstance(report, FreeReport):
        return out + _placeholders(report, (("body", "正文"),), loc)
    parts = (
        ("overview", catalog.REPORT_PARTS[0]),
        ("problems", catalog.REPORT_PARTS[4]),
        ("other", catalog.REPORT_PARTS[5]),
    )
    return out + _placeholders(report, parts, loc) + check_applications(report, loc) + check_reviews(report, loc)


def check_applications(report: Report | Report2019, loc: Locator) -> list[ContentError]:
    """表三: R1 on every row, R3 and R2 on every applicant column.

    R2 and R3 on the 总计 column follow from R1 and the six other columns, so they are not
    repeated there: one wrong number gives one message per rule it breaks, each at that cell.
    """
    out: list[ContentError] = []
    table = report.applications
    labels = row_labels(report.format)
    for key in application_keys(report.format):  # R1
        row = getattr(table, key)
        if sum(row[:6]) != row[6]:
            out.append(
                loc.error(
                    ("applications", key, 6),
                    f"表三 {labels[key]} / 总计：各项之和为 {sum(row[:6])}，填写为 {row[6]}",
                    f"table 3 {key}/总计: the six columns add up to {sum(row[:6])}, written {row[6]}",
                    _R1,
                    code="report.r1-total",
                )
            )
    leaves = result_leaf_keys(report.format)
    for c, col in enumerate(_COLS[:6]):
        new, carried, total, forward = (table.new[c], table.carried_over[c], table.total[c], table.carried_forward[c])
        results = sum(getattr(table, k)[c] for k in leaves)
        if results != total:  # R3 (and R4: double counting shows here)
            hint = _R3 + (_R4 if results > total and new + carried == total + forward else "")
            out.append(
                loc.error(
                    ("applications", "total", c),
                    f"表三 （七）总计 / {col}：各项之和为 {results}，填写为 {total}",
                    f"table 3 total/{col}: the results add up to {results}, written {total}",
                    hint,
                    code="report.r3-results",
                )
            )
        if new + carried != total + forward:  # R2, printed in the form's header
            sides = (
                f"R2（表头注明的勾稽关系）：一、本年新收 {new} + 二、上年结转 {carried} = {new + carried}，"
                f"（七）总计 {total} + 四、结转下年度继续办理 {forward} = {total + forward}。"
            )
            if new + carried - total >= 0:
                key, expected, actual = "carried_forward", new + carried - total, forward
                why = f"{new} + {carried} − {total}"
            else:
                key, expected, actual = "new", total + forward - carried, new
                why = f"{total} + {forward} − {carried}"
            out.append(
                loc.error(
                    ("applications", key, c),
                    f"表三 {labels[key]} / {col}：按“一 + 二 = （七）总计 + 四”应为 {expected}（{why}），填写为 {actual}",
                    f"table 3 {key}/{col}: new + carried over must equal total + carried forward",
                    sides,
                    code="report.r2-balance",
                )
            )
    return out


def check_reviews(report: Report | Report2019, loc: Locator) -> list[ContentError]:
    """表四: R5 for 行政复议 and both kinds of 行政诉讼."""
    out = []
    for key, label in catalog.REVIEW_ROW_LABELS.items():
        row = getattr(report.reviews, key)
        if sum(row[:4]) != row[4]:
            out.append(
                loc.error(
                    ("reviews", key, 4),
                    f"表四 {label} / 总计：各项之和为 {sum(row[:4])}，填写为 {row[4]}",
                    f"table 4 {key}: the four results add up to {sum(row[:4])}, written {row[4]}",
                    _R5,
                    code="report.r5-reviews",
                )
            )
    return out


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


def link_reports(given: LinkInput, problems: Problems) -> None:
    """The link step of the report kind: rules across report files and against the documents."""
    check_report_set(given.site, problems, given.assets)


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
    differs = [c for c in range(6) if this[c] != last[c]] or ([6] if this[6] != last[6] else [])
    return [
        entry.locator.error(
            ("applications", "carried_over", c),
            f"表三 {label} / {_COLS[c]}：应等于 {previous.model.year} 年报告“{prev_label}”的 {last[c]}，填写为 {this[c]}",
            f"table 3 carried_over/{_COLS[c]}: last year's carried forward is {last[c]}, written {this[c]}",
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
        expected = before.current + now.issued - now.repealed
        if expected != now.current:
            out.append(
                entry.locator.error(
                    ("proactive", key, "current"),
                    f"表二 第二十条第（一）项 {label} / 现行有效件数：按 {previous.model.year} 年现行有效 {before.current} + "
                    f"本年制发 {now.issued} − 本年废止 {now.repealed} 应为 {expected}，填写为 {now.current}",
                    f"table 2 {key}/current: last year's {before.current} + {now.issued} − {now.repealed} = {expected}, written {now.current}",
                    f"R9：对照 {previous.path}；修订、重新发布等情况可使两者不等。{_CROSS_HINT}",
                    warning=True,
                    code="report.r9-current",
                )
            )
    return out

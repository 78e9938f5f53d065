"""The report tables as rows of cells, in the official order, labels and merged cells.

One generic template macro renders any of them; every data cell lists the ids of all its
header cells (``headers``), so a screen reader announces each number with its row and column
(standards.md §3.2–§3.4, §3.6). ``label`` is the short column name shown beside a number when
a narrow screen stacks the table.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import Any

from .. import catalog
from ..models.figures import Figure
from ..models.reports import Report, Report2019


@dataclass(frozen=True, slots=True)
class Cell:
    """One th or td."""

    text: str
    header: bool = False
    id: str = ""
    headers: str = ""
    colspan: int = 1
    rowspan: int = 1
    scope: str = ""
    label: str = ""
    group: str = ""
    css: str = ""


@dataclass(frozen=True, slots=True)
class Table:
    id: str
    title_id: str
    caption: str
    head: tuple[tuple[Cell, ...], ...]
    body: tuple[tuple[Cell, ...], ...]
    css: str
    note: str = ""


BLANK = "—"
BLANK_NOTE = "表中 “—” 表示原报告此格空白；核对勾稽关系时按 0 计。"


def shown(figure: Figure) -> str:
    """A cell on the page: the number as written, 「—」 where the report left it blank."""
    return figure.text or BLANK


def layout_of(fmt: str, keys: Collection[str]) -> str:
    """How 表三 lays out （六）其他处理: "2019" (the trial form's one row ``other``), "one_row"
    (a 2021-format report printing it as one row, ``other_processing``) or "2021" (three rows)."""
    if fmt == "2019":
        return "2019"
    if catalog.OTHER_ONE_ROW in keys and not any(k in keys for k in catalog.OTHER_ROWS):
        return "one_row"
    return "2021"


def layout(report: Report | Report2019) -> str:
    return layout_of(report.format, report.applications.rows())


_GROUPS = {"2019": catalog.RESULT_GROUPS_2019, "one_row": catalog.RESULT_GROUPS_ONE_ROW}


def result_groups(layout: str) -> tuple[tuple[str, tuple[tuple[str, str], ...]], ...]:
    return _GROUPS.get(layout, catalog.RESULT_GROUPS)


def result_leaf_keys(layout: str) -> tuple[str, ...]:
    return tuple(key for _, rows in result_groups(layout) for key, _ in rows if key != "total")


def row_labels(layout: str) -> dict[str, str]:
    return catalog.APPLICATION_ROW_LABELS_2019 if layout == "2019" else catalog.APPLICATION_ROW_LABELS


def proactive_sections(fmt: str) -> tuple[catalog.ProactiveSection, ...]:
    return catalog.PROACTIVE_SECTIONS_2019 if fmt == "2019" else catalog.PROACTIVE_SECTIONS


def application_keys(layout: str) -> tuple[str, ...]:
    """Every row key of 表三 in the form's order."""
    keys = [k for k, _ in catalog.APPLICATION_HEAD_ROWS]
    keys += [k for _, rows in result_groups(layout) for k, _ in rows]
    return (*keys, *(k for k, _ in catalog.APPLICATION_TAIL_ROWS))


def proactive_values(report: Report | Report2019) -> list[tuple[str, str, tuple[tuple[str, Figure], ...]]]:
    """表二 as (article, row label, ((column header, value), …)) in the form's order."""
    out = []
    for article, columns, rows in proactive_sections(report.format):
        for key, label in rows:
            value: Any = getattr(report.proactive, key)
            cells = tuple((header, value if not col else getattr(value, col)) for col, header, _ in columns)
            out.append((article, label, cells))
    return out


def proactive_table(report: Report | Report2019) -> Table:
    """表二: a section row per 第二十条 item, its column headers, then its rows (4 columns wide)."""
    body: list[tuple[Cell, ...]] = []
    values = iter(proactive_values(report))
    for s, (article, columns, rows) in enumerate(proactive_sections(report.format), start=1):
        sid = f"t2-s{s}"
        body.append((Cell(article, True, sid, colspan=4, scope="colgroup", css="section"),))
        heads = [Cell(catalog.PROACTIVE_HEAD, True, f"{sid}-c0", sid, scope="col")]
        for j, (_, header, _) in enumerate(columns, start=1):
            span = 4 - len(columns) if j == len(columns) else 1
            heads.append(Cell(header, True, f"{sid}-c{j}", sid, colspan=span, scope="col"))
        body.append(tuple(heads))
        for r in range(1, len(rows) + 1):
            _, label, cells = next(values)
            rid = f"{sid}-r{r}"
            row = [Cell(label, True, rid, f"{sid} {sid}-c0")]
            for j, (header, value) in enumerate(cells, start=1):
                span = 4 - len(columns) if j == len(columns) else 1
                row.append(Cell(shown(value), headers=f"{sid} {rid} {sid}-c{j}", colspan=span, label=header))
            body.append(tuple(row))
    blanks = any(value.blank for _, _, cells in proactive_values(report) for _, value in cells)
    return Table("t2", "t2-title", catalog.REPORT_TABLES[0], (), tuple(body), "report-table proactive", _note(blanks))


def _note(blanks: bool) -> str:
    return BLANK_NOTE if blanks else ""


def _applicant_chain(c: int) -> str:
    """The header ids above data column ``c`` of 表三."""
    if c in (0, 6):
        return f"t3-h t3-c{c}"
    return f"t3-h t3-lp t3-c{c}"


def application_table(report: Report | Report2019) -> Table:
    """表三: 3 header rows, 3 label columns with the official merges, 7 data columns."""
    cols = catalog.APPLICANT_COLUMNS
    head = (
        (
            Cell(catalog.APPLICATION_NOTE, colspan=3, rowspan=3, css="note-cell"),
            Cell(catalog.APPLICANT_HEAD, True, "t3-h", colspan=7, scope="colgroup"),
        ),
        (
            Cell(cols[0], True, "t3-c0", "t3-h", rowspan=2, scope="col"),
            Cell(catalog.APPLICANT_LEGAL, True, "t3-lp", "t3-h", colspan=5, scope="colgroup"),
            Cell(cols[6], True, "t3-c6", "t3-h", rowspan=2, scope="col"),
        ),
        tuple(Cell(col, True, f"t3-c{c}", "t3-h t3-lp", scope="col") for c, col in enumerate(cols[1:6], start=1)),
    )
    table = report.applications

    def data(key: str, row_ids: str) -> list[Cell]:
        return [
            Cell(shown(v), headers=f"{row_ids} {_applicant_chain(c)}", label=cols[c])
            for c, v in enumerate(getattr(table, key))
        ]

    body: list[tuple[Cell, ...]] = []
    for key, label in catalog.APPLICATION_HEAD_ROWS:
        body.append((Cell(label, True, f"t3-{key}", colspan=3, scope="row"), *data(key, f"t3-{key}")))
    groups = result_groups(layout(report))
    span = sum(len(rows) for _, rows in groups)
    first = True
    for g, (group, rows) in enumerate(groups, start=1):
        for i, (key, leaf) in enumerate(rows):
            row: list[Cell] = []
            if first:
                row.append(Cell(catalog.APPLICATION_RESULTS, True, "t3-res", rowspan=span, css="results"))
                first = False
            if leaf:
                if i == 0:
                    row.append(Cell(group, True, f"t3-g{g}", "t3-res", rowspan=len(rows), css="group"))
                row.append(Cell(leaf, True, f"t3-{key}", f"t3-res t3-g{g}"))
                row += data(key, f"t3-res t3-g{g} t3-{key}")
            else:
                row.append(Cell(group, True, f"t3-{key}", "t3-res", colspan=2))
                row += data(key, f"t3-res t3-{key}")
            body.append(tuple(row))
    for key, label in catalog.APPLICATION_TAIL_ROWS:
        body.append((Cell(label, True, f"t3-{key}", colspan=3, scope="row"), *data(key, f"t3-{key}")))
    blanks = any(v.blank for row in table.rows().values() for v in row)
    return Table(
        "t3", "t3-title", catalog.REPORT_TABLES[1], head, tuple(body), "report-table applications", _note(blanks)
    )


def review_table(report: Report | Report2019) -> Table:
    """表四: 行政复议 (5 columns) and 行政诉讼 (2 × 5 columns), one row of 15 numbers."""
    cols = catalog.REVIEW_RESULT_COLUMNS
    rc, ls = catalog.REVIEW_RECONSIDERATION, catalog.REVIEW_LITIGATION
    (_, _), (_, direct), (_, after) = catalog.REVIEW_ROWS
    head = (
        (Cell(rc, True, "t4-rc", colspan=5, scope="colgroup"), Cell(ls, True, "t4-ls", colspan=10, scope="colgroup")),
        (
            *(Cell(col, True, f"t4-rc-{j}", "t4-rc", rowspan=2, scope="col") for j, col in enumerate(cols, start=1)),
            Cell(direct, True, "t4-d", "t4-ls", colspan=5, scope="colgroup"),
            Cell(after, True, "t4-a", "t4-ls", colspan=5, scope="colgroup"),
        ),
        tuple(
            Cell(col, True, f"t4-{g}-{j}", f"t4-ls t4-{g}", scope="col")
            for g in ("d", "a")
            for j, col in enumerate(cols, start=1)
        ),
    )
    reviews = report.reviews
    row: list[Cell] = []
    for j, v in enumerate(reviews.reconsideration, start=1):
        row.append(Cell(shown(v), headers=f"t4-rc t4-rc-{j}", label=cols[j - 1], group=rc if j == 1 else ""))
    for g, name, values in (("d", direct, reviews.lawsuit_direct), ("a", after, reviews.lawsuit_after_reconsideration)):
        for j, v in enumerate(values, start=1):
            row.append(
                Cell(
                    shown(v),
                    headers=f"t4-ls t4-{g} t4-{g}-{j}",
                    label=cols[j - 1],
                    group=f"{ls}：{name}" if j == 1 else "",
                )
            )
    blanks = any(v.blank for values in reviews.rows().values() for v in values)
    return Table("t4", "t4-title", catalog.REPORT_TABLES[2], head, (tuple(row),), "report-table reviews", _note(blanks))


def report_tables(report: Report | Report2019) -> Sequence[Table]:
    return (proactive_table(report), application_table(report), review_table(report))

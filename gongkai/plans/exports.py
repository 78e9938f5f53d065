"""The plans ledger as downloads: CSV, XLSX and Word per plan, and every task of the site as JSON.

For the office that compiles the 年度报告 (条例 第五十条: the report covers the year's work).
Every file is byte-identical for the same content and date: the ZIP containers (XLSX, DOCX)
get fixed entry times and document properties dated by the build date, never the clock.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import math
import zipfile
from collections.abc import Sequence
from typing import Any

from .. import urls
from ..documents.facts import KEY as DOCUMENTS
from ..formats import csv_bytes, stable_zip
from ..models import Plan
from ..values import Entry, Linked, OutputFile
from .deadlines import Deadline
from .facts import KEY
from .ledger import LedgerTable, ledger_table
from .status import ORDER, tally


def plan_files(linked: Linked, today: dt.date | None) -> list[OutputFile]:
    """Each plan's ledger as CSV, XLSX and DOCX, and the site-wide tasks JSON."""
    out = []
    for entry in sorted(linked.site.of(KEY), key=lambda e: e.slug):
        table = ledger_table(linked, entry, today)
        stamp = dt.datetime.combine(today or dt.date(entry.model.year, 1, 1), dt.time())
        author = linked.site.config.model.name
        out.append(OutputFile(urls.ledger(entry.slug, "csv"), ledger_csv(table)))
        out.append(OutputFile(urls.ledger(entry.slug, "xlsx"), ledger_xlsx(table, author, stamp)))
        out.append(OutputFile(urls.ledger(entry.slug, "docx"), ledger_docx(table, author, stamp)))
    out.append(OutputFile(urls.TASKS_JSON, tasks_json(linked, today)))
    return out


def ledger_csv(table: LedgerTable) -> bytes:
    """The ledger as CSV: title and subtitle lines, the headers, one row per task."""
    return csv_bytes([[table.title], [table.subtitle], table.headers, *table.rows])


def _merge_runs(rows: Sequence[Sequence[str]], column: int, groups: Sequence[int]) -> list[tuple[int, int]]:
    """(first, last) row indexes where a 工作任务 cell repeats the one above under the same parents."""
    runs = []
    start = 0
    for i in range(1, len(rows) + 1):
        if i < len(rows) and rows[i][column] and all(rows[i][c] == rows[start][c] for c in groups if c <= column):
            continue
        if i - start > 1 and rows[start][column]:
            runs.append((start, i - 1))
        start = i
    return runs


WIDTHS = {
    "units_note": 20,
    "requirement": 60,
    "progress": 40,
    "units": 28,
    "lead": 28,
    "support": 28,
    "address": 30,
    "deadline_note": 20,
    "extra": 20,
    "group": 16,
    "deadline": 12,
    "due": 12,
    "leader": 12,
    "status": 10,
    "no": 8,
    "running": 8,
}


def _widths(table: LedgerTable) -> list[float]:
    return [WIDTHS[c.kind] for c in table.columns]


def _lines(text: str, width: float) -> int:
    """How many lines ``text`` takes in a column ``width`` characters wide (a Chinese character is two)."""
    per_line = max(1.0, width - 1)
    return sum(max(1, math.ceil(sum(1 if ch.isascii() else 2 for ch in part) / per_line)) for part in text.split("\n"))


def ledger_xlsx(table: LedgerTable, author: str, stamp: dt.datetime) -> bytes:
    """The ledger as an Excel workbook: merged 工作任务 cells, header repeated on each printed page."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.properties import PageSetupProperties
    from openpyxl.worksheet.worksheet import Worksheet
    from openpyxl.writer.excel import ExcelWriter

    book = Workbook()
    sheet = book.active
    assert isinstance(sheet, Worksheet)  # a new workbook always has one worksheet
    sheet.title = "任务台账"
    columns = len(table.headers)
    sheet.append([table.title])
    sheet.append([table.subtitle])
    sheet.append(list(table.headers))
    for row in table.rows:
        sheet.append(list(row))
    for line in (1, 2):
        sheet.merge_cells(start_row=line, start_column=1, end_row=line, end_column=columns)
    sheet["A1"].font = Font(bold=True, size=14)
    wrap = Alignment(wrap_text=True, vertical="top")
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    for cells in sheet.iter_rows(min_row=3):
        for cell in cells:
            cell.alignment = wrap
            cell.border = box
    for cell in sheet[3]:
        cell.font = Font(bold=True)
    for column in table.group_columns:
        for first, last in _merge_runs(table.rows, column, table.group_columns):
            sheet.merge_cells(start_row=first + 4, start_column=column + 1, end_row=last + 4, end_column=column + 1)
    widths = _widths(table)
    for i, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(i)].width = width
    for r, row in enumerate(table.rows, start=4):  # spreadsheets do not grow wrapped rows by themselves
        sheet.row_dimensions[r].height = 15 * max(_lines(text, width) for text, width in zip(row, widths, strict=True))
    sheet.freeze_panes = "A4"
    sheet.print_title_rows = "3:3"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)  # every column on one page width
    sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight = 1, 0
    book.properties.creator = author
    book.properties.title = table.title
    book.properties.created = book.properties.modified = stamp
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(book, archive).save()
    return stable_zip(buffer.getvalue())


def ledger_docx(table: LedgerTable, author: str, stamp: dt.datetime) -> bytes:
    """The ledger as a Word table (landscape, merged 工作任务 cells, header row repeated)."""
    import docx
    from docx.enum.section import WD_ORIENT
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    keep = [
        i
        for i, c in enumerate(table.columns)
        if c.kind not in ("due", "address")
        and (c.own or c.kind not in ("deadline", "deadline_note", "progress") or any(r[i] for r in table.rows))
    ]
    headers = [table.headers[i] for i in keep]
    rows = [[r[i] for i in keep] for r in table.rows]
    groups = [keep.index(c) for c in table.group_columns]
    document = docx.Document()
    section = document.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(1.8))
    normal = document.styles["Normal"]
    normal.font.size = Pt(10.5)
    normal.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "宋体")
    document.add_heading(table.title, level=1)
    document.add_paragraph(table.subtitle)
    grid = document.add_table(rows=1 + len(rows), cols=len(headers))
    grid.style = "Table Grid"
    header_row = grid.rows[0]
    flag = OxmlElement("w:tblHeader")
    flag.set(qn("w:val"), "true")
    header_row._tr.get_or_add_trPr().append(flag)
    for cell, text in zip(header_row.cells, headers, strict=True):
        cell.text = ""
        cell.paragraphs[0].add_run(text).bold = True
    weights = [_widths(table)[i] for i in keep]
    widths = [Cm(26.0 * w / sum(weights)) for w in weights]  # A4 landscape less the margins
    grid.autofit = False
    for column, width in zip(grid.columns, widths, strict=True):
        column.width = width
    for row in grid.rows:
        for cell, width in zip(row.cells, widths, strict=True):
            cell.width = width
    cells = [row.cells for row in grid.rows[1:]]  # once: Table.cell() re-reads the whole table
    runs = {c: _merge_runs(rows, c, groups) for c in groups}
    merged = {(r, c) for c, spans in runs.items() for first, last in spans for r in range(first + 1, last + 1)}
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            if (r, c) not in merged:
                cells[r][c].text = text
    for c, spans in runs.items():
        for first, last in spans:
            cells[first][c].merge(cells[last][c])
    props = document.core_properties
    props.author = props.last_modified_by = author
    props.title = table.title
    props.created = props.modified = stamp
    props.revision = 1
    buffer = io.BytesIO()
    document.save(buffer)
    return stable_zip(buffer.getvalue())


def _deadline_json(deadline: Deadline, note: str | None) -> dict[str, Any]:
    return {
        "text": deadline.text,
        "kind": deadline.kind.value,
        "inherited": deadline.inherited,
        "due": deadline.due.isoformat() if deadline.due else None,
        "milestones": [d.isoformat() for d in deadline.milestones],
        "ongoing": deadline.ongoing,
        "explanation": deadline.explanation,
        "note": note,
    }


def _plan_json(linked: Linked, entry: Entry[Plan], today: dt.date | None) -> dict[str, Any]:
    plan = entry.model
    base = linked.site.config.model.base_url

    def orgs(ids: Sequence[str]) -> list[dict[str, str]]:
        return [{"id": i, "name": linked.orgs[i].name if i in linked.orgs else i} for i in ids]

    tasks, states = [], []
    for ref in linked.of(KEY).tasks[entry.slug]:
        task, state = ref.task, ref.state
        states.append(state)
        tasks.append(
            {
                "anchor": ref.anchor,
                "url": urls.absolute(base, urls.task(entry.slug, ref.anchor)),
                "number": ref.number,
                "no": task.no,
                "groups": list(ref.groups),
                "requirement": task.requirement,
                "lead": orgs(task.lead),
                "support": orgs(task.support),
                "units": orgs(task.units),
                "assignments": [{"label": a.label, "units": orgs(a.units)} for a in task.assignments],
                "units_note": task.units_note,
                "leader": task.leader,
                "extra": task.extra,
                "deadline": _deadline_json(ref.deadline, task.deadline_note),
                "status": state.status.value,
                "status_reason": state.reason,
                "completed_late": state.late,
                "progress": [
                    {
                        "date": p.date.isoformat(),
                        "status": p.status,
                        "note": p.note,
                        "sample": p.sample,
                        "links": [urls.absolute(base, _doc_url(linked, s)) for s in p.links],
                    }
                    for p in task.progress
                ],
            }
        )
    counts = tally(plan.title, states)
    return {
        "slug": entry.slug,
        "title": plan.title,
        "year": plan.year,
        "url": urls.absolute(base, urls.plan(entry.slug)),
        "publisher": orgs([plan.publisher])[0] if plan.publisher else None,
        "previous": plan.previous,
        "default_deadline": plan.default_deadline,
        "sample": plan.sample,
        "counts": {s.value: counts.count(s) for s in ORDER},
        "total": counts.total,
        "downloads": {fmt: urls.absolute(base, urls.ledger(entry.slug, fmt)) for fmt in urls.LEDGER_FORMATS},
        "tasks": tasks,
    }


def _doc_url(linked: Linked, slug: str) -> str:
    doc = linked.of(DOCUMENTS).by_slug[slug].model
    return urls.document(doc.category, slug)


def tasks_json(linked: Linked, today: dt.date | None) -> bytes:
    """Every plan and task of the site, with units, 完成时限, state and 落实情况."""
    config = linked.site.config.model
    plans = sorted(linked.site.of(KEY), key=lambda e: (-e.model.year, e.slug))
    data = {
        "site": config.name,
        "base_url": config.base_url,
        "date": today.isoformat() if today else None,
        "statuses": [s.value for s in ORDER],
        "plans": [_plan_json(linked, e, today) for e in plans],
    }
    return (json.dumps(data, ensure_ascii=False, indent=1) + "\n").encode("utf-8")

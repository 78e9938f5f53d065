"""The 政府信息公开申请表 as a Word document (A4 portrait), byte-identical for the same content.

Document properties are dated by the guide's 更新日期 and the ZIP entries get fixed times
(``stable_zip``), so two builds of the same site give the same bytes.
"""

from __future__ import annotations

import datetime as dt
import io

from ..formats import stable_zip
from .application_form import COLUMNS, SAMPLE_MARK, ApplicationForm, placed

WIDTHS_CM = (1.6, 2.0, 3.2, 4.0, 2.4, 3.8)
"""Column widths: 17 cm, A4 less 2 cm margins."""
LINE_CM = 0.8


def _mark(value: str, sample: bool) -> str:
    return value + (SAMPLE_MARK if sample else "")


def form_docx(form: ApplicationForm) -> bytes:
    """The form as DOCX: title, receiving office, the grid with merged cells, office details, notes."""
    import docx
    from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_ROW_HEIGHT_RULE
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    assert len(WIDTHS_CM) == COLUMNS
    document = docx.Document()
    section = document.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(2.0))
    normal = document.styles["Normal"]
    normal.font.size = Pt(10.5)
    normal.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "宋体")

    title = document.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = title.add_run(form.title)
    run.bold, run.font.size = True, Pt(18)
    receiver = document.add_paragraph(f"受理机构：{_mark(form.office, form.office_sample)}（{form.government}）")
    receiver.alignment = WD_ALIGN_PARAGRAPH.CENTER

    grid = document.add_table(rows=len(form.rows), cols=COLUMNS)
    grid.style = "Table Grid"
    grid.autofit = False
    cells = placed(form.rows)
    for i, row in enumerate(grid.rows):
        lines = max(c.lines for r, _, c in cells if r == i)
        row.height, row.height_rule = Cm(LINE_CM * lines), WD_ROW_HEIGHT_RULE.AT_LEAST
        for cell, width in zip(row.cells, WIDTHS_CM, strict=True):
            cell.width = Cm(width)
    for r, c, spec in cells:
        target = grid.cell(r, c)
        if spec.rowspan > 1 or spec.colspan > 1:
            target = target.merge(grid.cell(r + spec.rowspan - 1, c + spec.colspan - 1))
        target.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        paragraph = target.paragraphs[0]
        run = paragraph.add_run(spec.text)
        run.bold = spec.header
        if spec.header:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if spec.hint:
            hint = target.add_paragraph().add_run(f"（{spec.hint}）")
            hint.font.size = Pt(8)
            target.paragraphs[-1].alignment = WD_ALIGN_PARAGRAPH.CENTER

    document.add_paragraph()
    document.add_paragraph().add_run("受理机构联系方式").bold = True
    document.add_paragraph(f"机构名称：{_mark(form.office, form.office_sample)}")
    for contact in form.contacts:
        document.add_paragraph(f"{contact.label}：{_mark(contact.value, contact.sample)}")
    if form.online_url:
        document.add_paragraph(f"在线申请：{_mark(form.online_url, form.online_sample)}")
    document.add_paragraph().add_run("填表说明").bold = True
    for i, note in enumerate(form.notes, start=1):
        document.add_paragraph(f"{i}. {note}")
    if form.sample_note:
        document.add_paragraph(form.sample_note)
    small = document.add_paragraph().add_run(form.source_line)
    small.font.size = Pt(9)

    props = document.core_properties
    props.author = props.last_modified_by = form.government
    props.title = form.title
    props.created = props.modified = dt.datetime.combine(form.guide_updated, dt.time())
    props.revision = 1
    buffer = io.BytesIO()
    document.save(buffer)
    return stable_zip(buffer.getvalue())

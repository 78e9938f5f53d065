"""Small formats shared by pages and downloads: Chinese dates, file formats, CSV bytes, plain
XLSX tables.

Every file is byte-identical for the same content and date: ZIP containers (XLSX, DOCX) get
fixed entry times, and document properties are dated by the build date, never the clock.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import zipfile
from collections.abc import Iterable, Sequence
from urllib.parse import urlsplit

_FILE_SUFFIX = re.compile(r"\.([A-Za-z0-9]{2,5})$")

ZIP_EPOCH = (1980, 1, 1, 0, 0, 0)


def zh_date(value: dt.date | None) -> str:
    """2020年7月28日 (no leading zeros, as 公文 write dates); empty for None."""
    return f"{value.year}年{value.month}月{value.day}日" if value else ""


def file_format(url: str) -> str:
    """The format a link's address names (PDF, DOCX …), for 「附件（PDF）」; empty when it names none."""
    m = _FILE_SUFFIX.search(urlsplit(url).path)
    return (
        m[1].upper()
        if m and not m[1].isdigit() and m[1].lower() not in ("htm", "html", "shtml", "jsp", "php", "aspx")
        else ""
    )


def csv_bytes(rows: Iterable[Sequence[str]]) -> bytes:
    """CSV in UTF-8 with a byte-order mark (so Excel opens Chinese text correctly), CRLF lines."""
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerows(rows)
    return buffer.getvalue().encode("utf-8-sig")


def stable_zip(data: bytes) -> bytes:
    """The same ZIP with fixed entry times, so two builds give identical bytes."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            fixed = zipfile.ZipInfo(info.filename, ZIP_EPOCH)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            target.writestr(fixed, source.read(info))
    return out.getvalue()


def table_xlsx(
    title: str,
    headers: Sequence[str],
    rows: Iterable[Sequence[str]],
    *,
    sheet: str,
    author: str,
    day: dt.date | None,
    widths: Sequence[float] = (),
) -> bytes:
    """A one-sheet workbook: a title line, a bold header row (repeated on printed pages), the rows.

    ``day`` (the build date) dates the document properties; without one a fixed date is used.
    """
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.worksheet import Worksheet
    from openpyxl.writer.excel import ExcelWriter

    book = Workbook()
    ws = book.active
    assert isinstance(ws, Worksheet)  # a new workbook always has one worksheet
    ws.title = sheet
    ws.append([title])
    ws["A1"].font = Font(bold=True, size=14)
    ws.append(list(headers))
    for cell in ws[2]:
        cell.font = Font(bold=True)
    wrap = Alignment(wrap_text=True, vertical="top")
    for row in rows:
        ws.append(list(row))
    for cells in ws.iter_rows(min_row=2):
        for cell in cells:
            cell.alignment = wrap
    for i, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = width
    ws.freeze_panes = "A3"
    ws.print_title_rows = "2:2"
    stamp = dt.datetime.combine(day, dt.time()) if day else dt.datetime(*ZIP_EPOCH)
    book.properties.creator = author
    book.properties.title = title
    book.properties.created = book.properties.modified = stamp
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(book, archive).save()
    return stable_zip(buffer.getvalue())

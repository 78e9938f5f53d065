"""Small formats shared by pages and downloads: Chinese dates, file formats and CSV bytes."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections.abc import Iterable, Sequence
from urllib.parse import urlsplit

_FILE_SUFFIX = re.compile(r"\.([A-Za-z0-9]{2,5})$")


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

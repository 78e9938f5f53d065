"""Small formats shared by pages and downloads: Chinese dates and CSV bytes."""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Iterable, Sequence


def zh_date(value: dt.date | None) -> str:
    """2020年7月28日 (no leading zeros, as 公文 write dates); empty for None."""
    return f"{value.year}年{value.month}月{value.day}日" if value else ""


def csv_bytes(rows: Iterable[Sequence[str]]) -> bytes:
    """CSV in UTF-8 with a byte-order mark (so Excel opens Chinese text correctly), CRLF lines."""
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerows(rows)
    return buffer.getvalue().encode("utf-8-sig")

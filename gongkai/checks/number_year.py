"""The year in a 发文字号 (〔2020〕) against the year of the document's 成文日期."""

from __future__ import annotations

import re

from ..errors import ContentError
from ..models import Document
from ..source import Locator

_YEAR = re.compile(r"〔(\d{4})〕")


def number_year(number: str) -> int | None:
    match = _YEAR.search(number)
    return int(match[1]) if match else None


def check_number_year(doc: Document, loc: Locator) -> list[ContentError]:
    """A warning when 文号 and 成文日期 name different years (a typo in one of them, usually)."""
    year = number_year(doc.number) if doc.number else None
    if year is None or year == doc.written.year:
        return []
    return [
        loc.error(
            ("number",),
            f"发文字号 “{doc.number}” 的年份 {year} 与成文日期 {doc.written} 的年份 {doc.written.year} 不同",
            "the year of the document number differs from the year it was written",
            "核对发文字号和成文日期：文号中的年份通常就是成文的年份。",
            warning=True,
            code="doc.number-year",
        )
    ]

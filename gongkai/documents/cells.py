"""One export cell → the value of one 公文 field, as published; what it could not carry is said.

Dates in the forms CMS exports write them (2024-04-06, 2024/4/6, 2024年4月6日, with a time) become
YAML dates; a time goes with the date where the model keeps one (``published_time``), else the
cell's text is kept in ``extra`` beside the date. A value that is not a date stays as written, so
``check`` points at it. Nothing here fills in a value the cell does not hold.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urljoin

from bs4 import BeautifulSoup

from .column_map import FieldSpec
from .export_file import Cell
from .html_body import file_name, looks_like_html, plain_text

_DATE = re.compile(
    r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?"
    r"(?:[ T]+(\d{1,2})[:：](\d{2})(?:[:：](\d{2})(?:\.\d+)?)?)?$"
)
_URL = re.compile(r"https?://[^\s<>\"'|；;]+", re.I)
_PATH = re.compile(r"(?<![\w.])/[^\s<>\"'|；;（）()]+\.[A-Za-z0-9]{2,5}\b")
_SPLIT = re.compile(r"[，,；;、\s]+")
_TRUE, _FALSE = ("是", "true", "1", "yes", "y"), ("否", "false", "0", "no", "n")


@dataclass(slots=True)
class Converted:
    """A field's value, or None; ``keep`` holds the cell's text when the value does not carry all of it."""

    value: Any = None
    keep: str | None = None
    notes: list[str] = field(default_factory=list)
    unresolved: list[str] = field(default_factory=list)


def cell_text(cell: Cell) -> str:
    """A cell as one text: a JSON list joined by lines, an object as JSON."""
    if isinstance(cell, list):
        return "\n".join(cell_text(c) for c in cell)
    if isinstance(cell, dict):
        return json.dumps(cell, ensure_ascii=False)
    return cell


def parse_date(text: str) -> tuple[dt.date, str | None] | None:
    """(date, time as written or None); None when ``text`` is no date. 00:00 is no time (an Excel date)."""
    m = _DATE.match(text.strip())
    if not m:
        return None
    try:
        day = dt.date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None
    if m[4] is None or (int(m[4]), int(m[5]), int(m[6] or 0)) == (0, 0, 0):
        return day, None
    time = f"{int(m[4]):02d}:{m[5]}" + (f":{m[6]}" if m[6] and m[6] != "00" else "")
    return day, time


def convert(spec: FieldSpec, cell: Cell, has_time_field: bool, base_url: str | None) -> Converted:
    """The value of ``spec`` from ``cell`` (the body is converted elsewhere)."""
    if spec.shape == "attachments":
        return attachments(cell, base_url)
    if spec.shape in ("texts", "orgs"):
        items = cell if isinstance(cell, list) else _SPLIT.split(plain_text(cell_text(cell)))
        return Converted(tuple(t for t in (plain_text(cell_text(i)) for i in items) if t))
    text = plain_text(cell_text(cell))
    if spec.shape == "date":
        found = parse_date(text)
        if found is None:
            return Converted(text, notes=[f"{spec.title} “{text}” 不是日期，照原文写入"])
        day, time = found
        if time is None:
            return Converted(day)
        if has_time_field:
            return Converted(f"{day.isoformat()} {time}")
        return Converted(day, keep=text)
    if spec.shape == "bool":
        low = text.lower()
        return Converted(True if low in _TRUE else False if low in _FALSE else text)
    if spec.shape == "url" and base_url and not re.match(r"^https?://", text, re.I):
        return Converted(urljoin(base_url, text))
    return Converted(text)


def attachments(cell: Cell, base_url: str | None) -> Converted:
    """Attachments as ``{title, url}``: from a JSON list, ``<a href>`` links, or lines of names and URLs."""
    pairs: list[tuple[str, str]] = []
    if isinstance(cell, list):
        for item in cell:
            if isinstance(item, dict):
                pairs.append(
                    (
                        _pick(item, ("title", "name", "名称", "filename", "fileName", "文件名")),
                        _pick(item, ("url", "href", "link", "链接", "地址", "path", "fileUrl", "file_url")),
                    )
                )
            else:
                pairs.extend(_pairs_in(str(item)))
    else:
        pairs = _pairs_in(cell_text(cell))
    out = Converted(())
    items = []
    for title, href in pairs:
        target = href if re.match(r"^https?://", href, re.I) else urljoin(base_url, href) if base_url and href else None
        name = plain_text(title) or (file_name(href) if href else "")
        if target is None:
            out.unresolved.append(href or name)
            items.append({"title": name})
        else:
            items.append({"title": name, "url": target.replace(" ", "%20")})
    out.value = tuple(items)
    if out.unresolved:
        out.keep = cell_text(cell)
    return out


def _pick(item: dict[str, Any], keys: tuple[str, ...]) -> str:
    return next((str(item[k]).strip() for k in keys if item.get(k)), "")


def _pairs_in(text: str) -> list[tuple[str, str]]:
    if looks_like_html(text):
        soup = BeautifulSoup(text, "html.parser")
        return [(a.get_text(" ", strip=True), str(a.get("href")).strip()) for a in soup.find_all("a", href=True)]
    pairs = []
    for part in re.split(r"\n|[；;|]", text):
        part = part.strip()
        m = _URL.search(part) or _PATH.search(part)
        if m:
            title = (part[: m.start()] + part[m.end() :]).strip(" \t:：,，()（）[]【】")
            pairs.append((title, m[0]))
        elif part:
            pairs.append((part, ""))
    return pairs

"""表二 第二十条第（一）项 computed from the documents the site holds (standards.md §6.6).

For 规章 and 行政规范性文件 of report year Y:
- 本年制发件数: 成文日期 (written) in Y — the date a 公文 is made (GB/T 9704-2012 §7.3.5.2);
- 本年废止件数: 有效性 已废止 or 已失效 with the 废止/失效日期 (expired) in Y;
- 现行有效件数: written on or before 31 December Y and not repealed, expired or amended
  (expired) by then.
A row is compared only when the site holds at least one document of that type written by the
end of Y; a difference is a warning naming the documents counted.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from ..errors import ContentError
from ..models import Document
from ..models.reports import Report
from ..values import Entry

ROWS = (("regulations", "规章"), ("normative_documents", "行政规范性文件"))
COLUMNS = (("issued", "本年制发件数"), ("repealed", "本年废止件数"), ("current", "现行有效件数"))
ARTICLE = "第二十条第（一）项"
SHOWN = 10


@dataclass(frozen=True, slots=True)
class Derived:
    """The documents counted in each column, by slug."""

    issued: tuple[str, ...]
    repealed: tuple[str, ...]
    current: tuple[str, ...]


def derive(documents: Sequence[Entry[Document]], doc_type: str, year: int) -> Derived | None:
    """Counts for one row, or None when the site holds no document of ``doc_type`` up to ``year``."""
    end = dt.date(year, 12, 31)
    held = sorted(
        (e for e in documents if e.model.doc_type == doc_type and e.model.written <= end),
        key=lambda e: (e.model.written, e.slug),
    )
    if not held:
        return None
    issued = tuple(e.slug for e in held if e.model.written.year == year)
    repealed = tuple(
        e.slug
        for e in held
        if e.model.validity in ("已废止", "已失效") and e.model.expired is not None and e.model.expired.year == year
    )
    current = tuple(e.slug for e in held if e.model.expired is None or e.model.expired > end)
    return Derived(issued, repealed, current)


def _names(slugs: tuple[str, ...]) -> str:
    if not slugs:
        return "本站没有符合条件的文件"
    shown = "、".join(slugs[:SHOWN])
    return shown + (f" 等 {len(slugs)} 件" if len(slugs) > SHOWN else "")


def check_derived(entry: Entry[Report], documents: Sequence[Entry[Document]]) -> list[ContentError]:
    """Warnings where the typed 表二（一） differs from the counts of the site's own documents."""
    report = entry.model
    if not report.compare_documents:
        return []
    out = []
    for key, label in ROWS:
        derived = derive(documents, label, report.year)
        if derived is None:
            continue
        typed = getattr(report.proactive, key)
        for col, header in COLUMNS:
            counted: tuple[str, ...] = getattr(derived, col)
            written = getattr(typed, col)
            if len(counted) != written.value:
                out.append(
                    entry.locator.error(
                        ("proactive", key, col),
                        f"表二 {ARTICLE} {label} / {header}：按本站文件计算为 {len(counted)} 件（{_names(counted)}），"
                        f"填写为 {written.text or '空白'}",
                        f"table 2 {key}/{col}: the site's documents give {len(counted)}, the report says {written.text!r}",
                        f"按 content/documents/ 中 doc_type 为 {label} 的文件统计：本年制发看成文日期，本年废止看废止/失效日期，"
                        f"现行有效为截至 {report.year}年12月31日 已印发且未废止、未失效的文件。"
                        "核对报告数字或文件的 validity/expired；本站未收录全部文件时，可在报告中写 compare_documents: false。",
                        warning=True,
                        code="report.table2-documents",
                    )
                )
    return out
